/**
 * A mistake of the user's (an unknown option, a bad value, a missing argument): printed as one line,
 * with optional detail lines under it, and exit status 2, as POSIX utilities report usage errors.
 * Never a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The exit status: 2 for a usage error; Failure uses 1. */
  readonly exitCode: number = 2;
  constructor(message: string, readonly details: readonly string[] = []) {
    super(message);
  }
}

/**
 * A run that could not do its job although it was asked rightly (a folder with no article in it, an
 * article that is not there): one line like a UsageError, but exit status 1.
 */
export class Failure extends UsageError {
  override name = 'Failure';
  override readonly exitCode: number = 1;
}
