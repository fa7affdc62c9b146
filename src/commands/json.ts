/**
 * JSON for scripts: one value on stdout. JSON.stringify leaves C1 controls (U+009B is a one-byte CSI)
 * and bidi overrides as they are, so they are escaped here too: a terminal that shows the JSON never
 * acts on them (docs/DESIGN.md §7).
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Serialises a value as JSON with every control and bidi character escaped. */
export function toSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_JSON,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
