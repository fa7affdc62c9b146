import { safeText } from '../core/text/safe.js';

/**
 * JSON for scripts: one value on stdout. JSON.stringify writes ESC as `\u001b`, which `jq -r` turns back
 * into a raw ESC on the terminal, so every string (keys included) goes through the same `safeText` as the
 * screen before it is serialised: no escape sequence, C0/C1 control or invisible format character
 * survives into the values a script reads (docs/DESIGN.md §7). Newlines and tabs stay (JSON escapes them).
 */
export function toSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, safeJsonValue, indent);
}

function safeJsonValue(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'string') return safeText(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // Object keys come from manifests and file names too (a manifest's unknown fields, an article's id).
  const keys = Object.keys(value);
  if (keys.every((k) => safeText(k) === k)) return value;
  return Object.fromEntries(keys.map((k) => [safeText(k), (value as Record<string, unknown>)[k]]));
}
