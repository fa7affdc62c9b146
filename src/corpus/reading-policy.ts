/**
 * What newsx reads of a folder it was handed, and what it refuses. A folder of articles often comes from
 * someone else, so every decision about links, file types, sizes and how far to walk is made here, once,
 * for articles and manifests alike:
 * - stay inside the folder's real path: a link (file or folder) that resolves outside it is skipped with a
 *   warning naming where it points, unless the user asked for `--follow-links`;
 * - a link never loops: folders are known by real path, and a link to a folder that holds it is refused;
 * - only regular files are read (FIFOs, sockets and devices are skipped), opened without blocking, checked
 *   on the open handle (type and size) and read to a bound;
 * - the walk is bounded in depth and in entries, with a warning when a bound stops it.
 */
import { sep } from 'node:path';
import { kindOf, shownPath, type CorpusFs, type DirEntry, type FileRead, type FileStat, type RawPath } from './fs.js';
import { MAX_DEPTH, MAX_ENTRIES, MAX_FILE_BYTES, MAX_MANIFEST_BYTES } from './limits.js';

/** How far reading may go; the defaults suit any real corpus. */
export interface ReadingPolicy {
  /** Follow links that lead out of the folder (`--follow-links`); loops are refused either way. */
  followLinks: boolean;
  /** Folders below the root read at most this deep. */
  maxDepth: number;
  /** Directory entries listed at most, over the whole walk. */
  maxEntries: number;
  maxFileBytes: number;
  maxManifestBytes: number;
}

/** What a caller may change of the policy. */
export type PolicyOptions = Partial<Pick<ReadingPolicy, 'followLinks' | 'maxDepth' | 'maxEntries'>>;

/** The policy with the defaults filled in. */
export function readingPolicy(options: PolicyOptions = {}): ReadingPolicy {
  return {
    followLinks: options.followLinks ?? false,
    maxDepth: options.maxDepth ?? MAX_DEPTH,
    maxEntries: options.maxEntries ?? MAX_ENTRIES,
    maxFileBytes: MAX_FILE_BYTES,
    maxManifestBytes: MAX_MANIFEST_BYTES,
  };
}

/** True when `path` is `folder` or lies below it (both real paths). */
export function isWithin(folder: RawPath, path: RawPath): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Why a link whose target's real path is `real` may not be followed, or null when it may. `from` is the
 * real path of the folder that holds the link.
 */
export function linkRefusal(policy: ReadingPolicy, realRoot: RawPath, from: RawPath, real: RawPath, target: FileStat): string | null {
  if (!policy.followLinks && !isWithin(realRoot, real)) return `link to outside the folder (${shownPath(real)}); --follow-links reads it`;
  // A folder that holds the link would be walked again from inside itself: refused even with --follow-links.
  if (target.isDirectory() && isWithin(real, from)) return `link to a folder that holds it (${shownPath(real)}): a loop`;
  return null;
}

/** Why an entry that is neither a file, a folder nor a link is skipped. */
export function notRegular(entry: DirEntry | FileStat): string {
  return `not a regular file (${kindOf(entry)})`;
}

/** The link's target: its real path and what it is; null when it leads nowhere (ENOENT). */
export async function resolveLink(fs: CorpusFs, path: RawPath): Promise<{ real: RawPath; target: FileStat } | null> {
  try {
    const real = await fs.realpath(path);
    return { real, target: await fs.stat(real) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
}

/** What reading a manifest gave: its bytes, or why there is none (`missing`: none there, which is normal). */
export type ManifestRead = { bytes: Uint8Array } | { refused: string } | { missing: true };

/**
 * Reads a manifest under the same rules as an article: inside the folder unless the user named it
 * (`--manifest FILE` may be anywhere), a regular file, within its size limit.
 */
export async function readManifestFile(fs: CorpusFs, policy: ReadingPolicy, realRoot: RawPath | null, path: RawPath, named: boolean): Promise<ManifestRead> {
  const link = await resolveLink(fs, path);
  if (!link) return { missing: true };
  const { real, target } = link;
  if (!named && realRoot !== null && !policy.followLinks && !isWithin(realRoot, real)) {
    return { refused: `link to outside the folder (${shownPath(real)}); --follow-links reads it` };
  }
  if (!target.isFile()) return { refused: notRegular(target) };
  const read: FileRead = await fs.readFile(real, policy.maxManifestBytes);
  return 'refused' in read ? read : { bytes: read.bytes };
}
