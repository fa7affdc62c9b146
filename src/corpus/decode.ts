import { decodeWindows1252 } from './cp1252.js';
import { repairMojibake } from './mojibake.js';

/** Decoded text, and what decoding had to do to get it (shown as the document's warnings). */
export interface Decoded {
  text: string;
  warnings: string[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to a string: UTF-8 (BOM dropped), UTF-16 by its BOM, else Windows-1252 with a warning. */
function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: ['decoded as UTF-16'] };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: ['decoded as UTF-16'] };
  try {
    return { text: strictUtf8.decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8: old CMS exports and Word pastes are nearly always Windows-1252, and every byte decodes.
    return { text: decodeWindows1252(bytes), warnings: ['decoded as Windows-1252'] };
  }
}

/** One clean-up of decoded text: gives the new text and a warning when it changed something. */
type TextRepair = (text: string) => { text: string; warning?: string };

/** Every newline as LF, so line numbers and paragraph breaks mean the same in every file. */
const unifyNewlines: TextRepair = (text) => ({ text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text });

/** NULs in a text are debris from a broken export; they would end JSON strings in other tools. */
const dropNuls: TextRepair = (text) => {
  if (!text.includes('\0')) return { text };
  const count = text.split('\0').length - 1;
  return { text: text.replaceAll('\0', ''), warning: `removed ${count} NUL character${count === 1 ? '' : 's'}` };
};

/** UTF-8 that went through a Windows-1252 reader somewhere upstream ("â€™" for "’"). */
const repairBrokenEncoding: TextRepair = (text) => {
  const repair = repairMojibake(text);
  if (repair.count === 0 || !repair.example) return { text };
  const { broken, fixed } = repair.example;
  return {
    text: repair.text,
    warning: `repaired ${repair.count} garbled character${repair.count === 1 ? '' : 's'} (e.g. "${broken}" -> "${fixed}")`,
  };
};

/** Repairs applied to every decoded text, in order: newlines first so later stages see one kind. */
const textRepairs: readonly TextRepair[] = [unifyNewlines, dropNuls, repairBrokenEncoding];

/** Runs the text repairs over a string (also used on text taken out of JSON records). */
export function normaliseText(text: string): Decoded {
  const warnings: string[] = [];
  for (const repair of textRepairs) {
    const result = repair(text);
    text = result.text;
    if (result.warning) warnings.push(result.warning);
  }
  return { text, warnings };
}

/** A file's bytes to normalised text: decoding, newlines, NULs and mojibake, with a warning for each fix. */
export function decodeText(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  const normalised = normaliseText(decoded.text);
  return { text: normalised.text, warnings: [...decoded.warnings, ...normalised.warnings] };
}
