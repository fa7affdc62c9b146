/**
 * A mistake of the user's (a bad argument, a missing folder): printed as one line, with optional detail
 * lines under it, and exit status 1. Never a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly details: readonly string[] = []) {
    super(message);
  }
}
