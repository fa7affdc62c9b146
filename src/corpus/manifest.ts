import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ArticleFields, CorpusWarning, SourceDocument } from '../core/types.js';
import { describeError, toRaw, type CorpusFs, type RawPath } from './fs.js';
import { jsonError } from './formats/json.js';
import { checkManifest } from './manifest-check.js';
import { readManifestFile, type ReadingPolicy } from './reading-policy.js';

/** The name of the manifest inside a corpus folder. */
export const MANIFEST_NAME = 'newsx.json';

/** A loaded manifest: entries by file path or id, and its problems as corpus warnings. */
export interface Manifest {
  /** Absolute path of the manifest file, as given. */
  path: string;
  /** Its real path when it was read (excluded from the articles when inside the corpus). */
  realPath: RawPath | null;
  /** How warnings name it: "newsx.json", or the path the user gave. */
  label: string;
  entries: Map<string, ArticleFields>;
  warnings: CorpusWarning[];
}

/** How a manifest is named in warnings: relative to the corpus when inside it, else as the user gave it. */
function labelOf(root: string, path: string, given: string | undefined): string {
  const inside = relative(resolve(root), path);
  if (!inside.startsWith('..') && !isAbsolute(inside)) return inside.replaceAll('\\', '/');
  return given ?? basename(path);
}

/**
 * Reads `<root>/newsx.json`, or `given` (a path anywhere) instead, under the reading policy (a regular
 * file within its size limit; the folder's own manifest may not lead outside it). A missing default
 * manifest is normal; everything else that is wrong becomes a warning naming the problem, never an exception.
 */
export async function loadManifest(root: string, realRoot: RawPath | null, given: string | undefined, fs: CorpusFs, policy: ReadingPolicy): Promise<Manifest> {
  const path = given === undefined ? resolve(root, MANIFEST_NAME) : resolve(given);
  const label = labelOf(root, path, given);
  const manifest: Manifest = { path, realPath: null, label, entries: new Map(), warnings: [] };
  const warn = (reason: string, skipped = false): void => void manifest.warnings.push({ file: manifest.label, reason, skipped });
  let text: string;
  try {
    // The folder's own manifest is looked for in its real path, where discovery walks.
    const raw = given === undefined && realRoot !== null ? realRoot + sep + MANIFEST_NAME : toRaw(path);
    const read = await readManifestFile(fs, policy, realRoot, raw, given !== undefined);
    if ('missing' in read) {
      if (given !== undefined) warn('cannot read manifest (no such file)', true);
      return manifest;
    }
    if ('refused' in read) {
      warn(`${read.refused}; manifest ignored`, true);
      return manifest;
    }
    manifest.realPath = await fs.realpath(raw);
    text = new TextDecoder().decode(read.bytes);
  } catch (error) {
    // A root that is not a folder is reported by discovery.
    const code = (error as { code?: unknown }).code;
    if (given !== undefined || code !== 'ENOTDIR') warn(`cannot read manifest (${describeError(error)})`, true);
    return manifest;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    warn(`not valid JSON (${jsonError(error, text)}); manifest ignored`, true);
    return manifest;
  }
  const checked = checkManifest(json);
  // An unusable manifest says so once, so the user knows none of its entries applied.
  checked.problems.forEach((problem, i) => {
    const last = i === checked.problems.length - 1;
    warn(checked.unusable && last ? `${problem}; manifest ignored` : problem, checked.unusable);
  });
  manifest.entries = checked.entries;
  return manifest;
}

/**
 * Gives each document its manifest entry: the file's entry, overlaid by the record's own (`a.jsonl#2`).
 * An entry naming no file in the corpus is a warning (a typo there would otherwise do nothing, silently).
 */
export function applyManifest(docs: SourceDocument[], manifest: Manifest, seen: ReadonlySet<string>): CorpusWarning[] {
  if (manifest.entries.size === 0) return [];
  for (const doc of docs) {
    const byFile = manifest.entries.get(doc.file);
    const byId = doc.id === doc.file ? undefined : manifest.entries.get(doc.id);
    if (byFile || byId) doc.manifestFields = { ...byFile, ...byId };
  }
  const warnings: CorpusWarning[] = [];
  for (const key of manifest.entries.keys()) {
    const file = key.replace(/#\d+$/, '');
    if (!seen.has(file)) warnings.push({ file: manifest.label, reason: `articles[${JSON.stringify(key)}]: no such file in the corpus`, skipped: false });
  }
  return warnings;
}
