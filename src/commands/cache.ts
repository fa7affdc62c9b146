import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CorpusAnalysis } from '../core/analyse.js';
import type { Actor, Article, ChronologyEntry, SourceDocument, Story } from '../core/types.js';
import { NEWSX_VERSION_TEXT } from '../version.js';
import { privateFolder, pruneCache, readCacheFile, writeCacheFile, type CacheHeader } from './cache-file.js';
import { ACTOR, CHRONOLOGY_ENTRY, fits, STORED_ARTICLE, STORY } from './cache-schema.js';
import { packageRoot } from './package-root.js';

/**
 * The analysis cache, in the user's cache folder (XDG), never in the corpus folder. Two files per
 * corpus folder: its articles, each under a key of its document (content, identity, metadata), so a
 * changed, added or removed file costs only its own article; and the corpus-level analysis (actors,
 * chronology, stories) under a key of every document, so any change runs those stages again. Both
 * are tied to the build: another newsx trusts neither.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'newsx');
}

/** The format of the files below; a file of any other format is a miss. */
const CACHE_FORMAT = 2;

/** A hash of the running build (dist/build.json, written by the build); null when running from source. */
export function buildHash(): string | null {
  const file = join(packageRoot(), 'dist', 'build.json');
  const runningBuilt = !import.meta.url.endsWith('.ts');
  if (runningBuilt && existsSync(file)) {
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as { buildHash: string }).buildHash;
    } catch {
      // fall through: an unreadable build.json is a build that cannot trust old analyses
    }
  }
  // From source (tsx) the code may differ from any build: no analysis is trusted or kept.
  return null;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** The key of one document: everything its article is made from. */
export function documentKey(d: SourceDocument): string {
  return sha(`${d.id}\u0000${d.contentHash}\u0000${JSON.stringify(d.manifestFields)}\u0000${JSON.stringify(d.fileFields)}\u0000${d.warnings.join('\u0001')}`);
}

/** The cache of one corpus folder for one build. */
export interface CorpusCache {
  /**
   * The cached article of each document that has one, by document key, raw text restored; `unused`
   * counts entries of documents no longer in the folder (removed or changed files).
   */
  readArticles(documents: readonly SourceDocument[]): Promise<{ articles: Map<string, Article>; unused: number }>;
  /** Keeps the corpus's articles (and only them: entries of removed or changed files go). */
  writeArticles(articles: readonly Article[], documents: readonly SourceDocument[]): Promise<void>;
  /** The corpus-level analysis for exactly these documents, or null. */
  readAnalysis(): Promise<CorpusAnalysis | null>;
  /** Keeps the corpus-level analysis, then prunes the folder. */
  writeAnalysis(analysis: CorpusAnalysis): Promise<void>;
}

/**
 * Opens the cache for a corpus folder and its documents; null when nothing may be cached (running from
 * source, or no private cache folder to be had). `build` is the running build's hash.
 */
export async function openCorpusCache(root: string, documents: readonly SourceDocument[], env: NodeJS.ProcessEnv = process.env, build = buildHash()): Promise<CorpusCache | null> {
  if (build === null) return null;
  const dir = await privateFolder(cacheDir(env));
  if (dir === null) return null;
  const folder = sha(root).slice(0, 20);
  const articlesFile = `${folder}.articles.jsonl.gz`;
  const analysisFile = `${folder}.analysis.jsonl.gz`;
  const keys = documents.map(documentKey);
  const corpusKey = sha(`${NEWSX_VERSION_TEXT}\u0000${keys.join('\u0000')}`);
  const header = (kind: string, key: string): CacheHeader => ({ newsx: 'cache', format: CACHE_FORMAT, kind, build, key: `${NEWSX_VERSION_TEXT}/${key}` });
  const articlesHeader = header('articles', folder);
  const analysisHeader = header('analysis', corpusKey);

  return {
    async readArticles(docs) {
      const byKey = new Map(docs.map((d, i) => [keys[i]!, d]));
      const found = new Map<string, Article>();
      let unused = 0;
      const ok = await readCacheFile(dir, articlesFile, articlesHeader, (record) => {
        if (!Array.isArray(record) || record.length !== 2 || typeof record[0] !== 'string' || !fits(record[1], STORED_ARTICLE)) return false;
        const doc = byKey.get(record[0]);
        // An entry for a document no longer in the folder is dropped at the next write.
        if (doc) found.set(record[0], { ...(record[1] as Omit<Article, 'raw'>), raw: doc.text });
        else unused++;
        return true;
      });
      return ok ? { articles: found, unused } : { articles: new Map(), unused: 0 };
    },
    async writeArticles(articles, docs) {
      const keyOf = new Map(docs.map((d, i) => [d.id, keys[i]!]));
      await writeCacheFile(dir, articlesFile, articlesHeader, storedArticles(articles, keyOf));
    },
    async readAnalysis() {
      const analysis: CorpusAnalysis = { actors: [], chronology: [], stories: [] };
      const ok = await readCacheFile(dir, analysisFile, analysisHeader, (record) => acceptAnalysisRecord(record, analysis));
      return ok ? analysis : null;
    },
    async writeAnalysis(analysis) {
      await writeCacheFile(dir, analysisFile, analysisHeader, analysisRecords(analysis));
      await pruneCache(dir, new Set([articlesFile, analysisFile]));
    },
  };
}

function* storedArticles(articles: readonly Article[], keyOf: ReadonlyMap<string, string>): Generator<unknown> {
  for (const article of articles) {
    const key = keyOf.get(article.id);
    if (key === undefined) continue;
    // The raw text is the document's own text: the reader has it in hand on every run.
    const { raw: _raw, ...stored } = article;
    yield [key, stored];
  }
}

function* analysisRecords(analysis: CorpusAnalysis): Generator<unknown> {
  for (const actor of analysis.actors) yield { actor };
  for (const entry of analysis.chronology) yield { entry };
  for (const story of analysis.stories) yield { story };
}

function acceptAnalysisRecord(record: unknown, into: CorpusAnalysis): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const r = record as { actor?: unknown; entry?: unknown; story?: unknown };
  if (r.actor !== undefined && fits(r.actor, ACTOR)) into.actors.push(r.actor as Actor);
  else if (r.entry !== undefined && fits(r.entry, CHRONOLOGY_ENTRY)) into.chronology.push(r.entry as ChronologyEntry);
  else if (r.story !== undefined && fits(r.story, STORY)) into.stories.push(r.story as Story);
  else return false;
  return true;
}
