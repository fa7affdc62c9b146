import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { ArticleFields, CorpusWarning, SourceDocument } from '../core/types.js';
import { describeError, type CorpusFs } from './fs.js';
import { jsonError } from './formats/json.js';
import { checkManifest } from './manifest-check.js';

/** The name of the manifest inside a corpus folder. */
export const MANIFEST_NAME = 'newsx.json';

/** A loaded manifest: entries by file path or id, and its problems as corpus warnings. */
export interface Manifest {
  /** Absolute path of the manifest file (excluded from the articles when inside the corpus). */
  path: string;
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
 * Reads `<root>/newsx.json`, or `given` (a path anywhere) instead. A missing default manifest is
 * normal; everything else that is wrong becomes a warning naming the problem, never an exception.
 */
export async function loadManifest(root: string, given: string | undefined, fs: CorpusFs): Promise<Manifest> {
  const path = given === undefined ? resolve(root, MANIFEST_NAME) : resolve(given);
  const label = labelOf(root, path, given);
  const manifest: Manifest = { path, label, entries: new Map(), warnings: [] };
  const warn = (reason: string, skipped = false): void => void manifest.warnings.push({ file: manifest.label, reason, skipped });
  let text: string;
  try {
    text = new TextDecoder().decode(await fs.readFile(path));
  } catch (error) {
    // No manifest is the usual case; so is a root that is not a folder (discovery reports that).
    const code = (error as { code?: unknown }).code;
    if (given !== undefined || (code !== 'ENOENT' && code !== 'ENOTDIR')) warn(`cannot read manifest (${describeError(error)})`, true);
    return manifest;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    warn(`not valid JSON (${jsonError(error)}); manifest ignored`, true);
    return manifest;
  }
  const checked = checkManifest(json);
  for (const problem of checked.problems) warn(problem, checked.unusable);
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
