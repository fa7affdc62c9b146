import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Corpus, SourceDocument } from '../core/types.js';
import { NEWSX_VERSION_TEXT } from '../version.js';
import { packageRoot } from './package-root.js';

/**
 * The analysis cache: an analysed corpus kept in the user's cache folder (XDG), never in the corpus
 * folder, keyed by every document's content and manifest fields and by the build, so that editing a
 * file, the manifest or newsx itself makes a fresh analysis.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'newsx');
}

/** A hash of the running build (dist/build.json, written by the build); null when running from source. */
function buildHash(): string | null {
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

/** The cache key of a set of documents (content, identity and metadata of each, plus the build), or null for no caching. */
export function cacheKey(documents: readonly SourceDocument[]): string | null {
  const build = buildHash();
  if (build === null) return null;
  const hash = createHash('sha256').update(`${NEWSX_VERSION_TEXT}\u0000${build}`);
  for (const d of documents) {
    hash.update(`\u0000${d.id}\u0000${d.contentHash}\u0000${JSON.stringify(d.manifestFields)}\u0000${JSON.stringify(d.fileFields)}\u0000${d.warnings.join('\u0001')}`);
  }
  return hash.digest('hex').slice(0, 32);
}

type CachedAnalysis = Omit<Corpus, 'root' | 'warnings'>;

/** The cached analysis for a key, or null (missing, unreadable or from another format: all a miss). */
export async function readCachedAnalysis(key: string, env: NodeJS.ProcessEnv = process.env): Promise<CachedAnalysis | null> {
  try {
    const parsed = JSON.parse(await readFile(join(cacheDir(env), `${key}.json`), 'utf8')) as { format: number; analysis: CachedAnalysis };
    return parsed.format === CACHE_FORMAT ? parsed.analysis : null;
  } catch {
    return null;
  }
}

const CACHE_FORMAT = 1;

/** Stores an analysis; best effort (a read-only home must not stop newsx), written whole or not at all. */
export async function writeCachedAnalysis(key: string, corpus: Corpus, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const dir = cacheDir(env);
  const { root: _root, warnings: _warnings, ...analysis } = corpus;
  try {
    await mkdir(dir, { recursive: true });
    const temporary = join(dir, `${key}.${process.pid}.tmp`);
    await writeFile(temporary, JSON.stringify({ format: CACHE_FORMAT, analysis }));
    await rename(temporary, join(dir, `${key}.json`));
  } catch {
    // A cache that cannot be written only costs the next start its speed.
  }
}
