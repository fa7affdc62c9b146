/** Files above this are skipped unread: no article is 20 MB, and reading one would stall the TUI. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A manifest may be larger than any article: it can hold an entry for each of 100,000 of them. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** Folders deeper than this are not read: real archives nest a few levels, a link trick nests forever. */
export const MAX_DEPTH = 32;

/**
 * Directory entries listed before the walk stops: far above a real corpus (100,000 articles in files of
 * their own), and reached in about a second, so a folder that leads into a whole disk ends with a warning.
 */
export const MAX_ENTRIES = 500_000;

/** Files read at once: enough to keep the disk busy, few enough not to run out of file handles. */
export const READ_CONCURRENCY = 32;

/** Bytes as "25.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of this size is skipped as too large (articles by default; manifests have their own limit). */
export function tooLarge(bytes: number, limit = MAX_FILE_BYTES): string {
  return `too large (${megabytes(bytes)}; the limit is ${Math.round(limit / (1024 * 1024))} MB)`;
}
