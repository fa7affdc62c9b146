import { windows1252ByteOf, windows1252CharClass } from './cp1252.js';

/** What repairing mojibake did: the repaired text, how many sequences, and the first as an example. */
export interface MojibakeRepair {
  text: string;
  count: number;
  example: { broken: string; fixed: string } | null;
}

/** Every character Windows-1252 (or a Latin-1 decoder) shows for a UTF-8 continuation byte. */
const continuationClass = windows1252CharClass(0x80, 0xbf);

/**
 * Leads kept to those that almost never occur before such characters in real text: Â/Ã for two-byte
 * sequences (the Latin-1 supplement), any three- or four-byte lead (quotes, dashes, emoji). An
 * uppercase "É" before a no-break space is real French, so other two-byte leads are left alone.
 */
const MOJIBAKE = new RegExp(
  `[\\u00c2\\u00c3][${continuationClass}]|[\\u00e0-\\u00ef][${continuationClass}]{2}|[\\u00f0-\\u00f4][${continuationClass}]{3}`,
  'g',
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text a run of Windows-1252 characters was meant to be, or null when it is not valid UTF-8. */
function reinterpret(run: string): string | null {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = windows1252ByteOf(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** One pass of repair over the text. */
function repairOnce(text: string): MojibakeRepair {
  let count = 0;
  let example: MojibakeRepair['example'] = null;
  const repaired = text.replace(MOJIBAKE, (broken) => {
    const fixed = reinterpret(broken);
    if (fixed === null) return broken;
    count++;
    example ??= { broken, fixed };
    return fixed;
  });
  return { text: repaired, count, example };
}

/**
 * Repairs UTF-8 read as Windows-1252 ("â€œ" -> "“", "Ã©" -> "é") where the bytes decode unambiguously.
 * Text mangled twice ("Ã¢â‚¬â„¢") takes a second pass; three is as deep as real damage goes.
 */
export function repairMojibake(text: string): MojibakeRepair {
  const result: MojibakeRepair = { text, count: 0, example: null };
  // Cheap test first: nearly every text has none, and the regex is the slow part.
  for (let pass = 0; pass < 3 && /[\u00c2-\u00f4]/.test(result.text); pass++) {
    const repair = repairOnce(result.text);
    if (repair.count === 0) break;
    result.text = repair.text;
    result.count += pass === 0 ? repair.count : 0;
    result.example ??= repair.example;
  }
  return result;
}
