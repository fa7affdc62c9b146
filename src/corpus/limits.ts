/** Files above this are skipped unread: no article is 20 MB, and reading one would stall the TUI. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Files read at once: enough to keep the disk busy, few enough not to run out of file handles. */
export const READ_CONCURRENCY = 32;

/** Bytes as "25.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of this size is skipped as too large. */
export function tooLarge(bytes: number): string {
  return `too large (${megabytes(bytes)}; the limit is ${MAX_FILE_BYTES / (1024 * 1024)} MB)`;
}
