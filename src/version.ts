declare const NEWSX_VERSION: string | undefined;

/** The version of newsx: set by the build; "dev" when run from source. */
export const NEWSX_VERSION_TEXT: string = typeof NEWSX_VERSION === 'string' ? NEWSX_VERSION : 'dev';
