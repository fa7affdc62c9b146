import { decodeWindows1252 } from '../cp1252.js';

/** How far into a page its `<meta charset>` is looked for (the HTML standard says 1024 bytes; pages are sloppier). */
const SNIFF_BYTES = 4096;

// Labels TextDecoder does not know under the name pages use.
const ALIASES: Record<string, string> = { 'x-sjis': 'shift_jis', 'sjis': 'shift_jis', 'ms932': 'shift_jis', 'cp932': 'shift_jis', 'windows-31j': 'shift_jis', 'cp1251': 'windows-1251', 'cp1252': 'windows-1252', 'cp1250': 'windows-1250', 'win-1251': 'windows-1251', 'utf8': 'utf-8', 'gb_2312-80': 'gbk', 'ks_c_5601-1987': 'euc-kr', 'x-euc-jp': 'euc-jp' };

/** A TextDecoder for a charset label, or undefined when Node does not know it. */
function decoderFor(label: string): TextDecoder | undefined {
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  try {
    return new TextDecoder(ALIASES[name] ?? name);
  } catch {
    return undefined;
  }
}

/** The charset a page declares in its first bytes: `<meta charset>` or `http-equiv="Content-Type"`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 keeps every byte as one character, so ASCII markup reads right whatever the real charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (xml) return xml[1];
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  return undefined;
}

/**
 * Page bytes to text: a BOM first, then the HTTP charset, then the page's own declaration, then UTF-8
 * (bytes that are not UTF-8 fall back to Windows-1252, what old pages without a declaration mostly are).
 * Never throws; an unknown label is passed over.
 */
export function decodeHtmlBytes(bytes: Uint8Array, httpCharset?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  for (const label of [httpCharset, declaredCharset(bytes)]) {
    if (!label) continue;
    const decoder = decoderFor(label);
    // A page saved by a browser is re-encoded to UTF-8 but keeps saying utf-16: trust the bytes instead.
    if (!decoder || decoder.encoding.startsWith('utf-16')) continue;
    // Labels meaning Windows-1252 (latin1, iso-8859-1, ascii...) go through newsx's own table, see cp1252.ts.
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
