import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/corpus/cp1252.js';
import { decodeText } from '../../src/corpus/decode.js';
import { repairMojibake } from '../../src/corpus/mojibake.js';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

describe('decodeText', () => {
  it.each([
    ['plain UTF-8 passes through', utf8('Kyiv says “yes”.\n'), 'Kyiv says “yes”.\n', []],
    ['a UTF-8 BOM is dropped', bytes([0xef, 0xbb, 0xbf], 'Headline\n'), 'Headline\n', []],
    ['CRLF becomes LF', utf8('one\r\ntwo\r\n'), 'one\ntwo\n', []],
    ['a lone CR (old Mac) becomes LF', utf8('one\rtwo\r'), 'one\ntwo\n', []],
    ['BOM and CRLF together', bytes([0xef, 0xbb, 0xbf], 'a\r\nb'), 'a\nb', []],
    ['Windows-1252 curly quotes and dash', bytes([0x93], 'No', [0x94, 0x20, 0x97, 0x20], 'caf', [0xe9]), '“No” — café', ['decoded as Windows-1252']],
    ['Windows-1252 euro and apostrophe', bytes('It', [0x92], 's ', [0x80], '5'), 'It’s €5', ['decoded as Windows-1252']],
    ['Latin-1 accents', bytes('Z', [0xfc], 'rich'), 'Zürich', ['decoded as Windows-1252']],
    ['UTF-16LE by its BOM', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi “x”', 'utf16le')])), 'Hi “x”', ['decoded as UTF-16']],
    ['stray NULs are removed', utf8('a\u0000b\u0000'), 'ab', ['removed 2 NUL characters']],
  ])('%s', (_name, input, text, warnings) => {
    expect(decodeText(input)).toEqual({ text, warnings });
  });

  it('repairs mojibake and says so with an example', () => {
    const decoded = decodeText(utf8('He said â€œnoâ€\u009d. Itâ€™s over.'));
    expect(decoded.text).toBe('He said “no”. It’s over.');
    expect(decoded.warnings).toEqual(['repaired 3 garbled characters (e.g. "â€œ" -> "“")']);
  });
});

describe('repairMojibake', () => {
  it.each([
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['itâ€™s', 'it’s'],
    ['a â€” dash and â€“ en dash', 'a — dash and – en dash'],
    ['cafÃ© and naÃ¯ve', 'café and naïve'],
    ['Â£5 with Â\u00a0space', '£5 with \u00a0space'],
    ['emoji ðŸ˜€', 'emoji 😀'],
    ['itÃ¢â‚¬â„¢s (mangled twice)', 'it’s (mangled twice)'],
    ['Latin-1 decoder output â\u0080\u009c', 'Latin-1 decoder output “'],
  ])('repairs %j', (broken, fixed) => {
    expect(repairMojibake(broken).text).toBe(fixed);
  });

  it.each([
    ['real French before a no-break space', 'UNIVERSITÉ\u00a0»'],
    ['real accents', 'Ça va, señor? Über café.'],
    ['a lead without its continuation', 'Ã alone'],
    ['plain ASCII', 'nothing to do'],
  ])('leaves %s alone', (_name, text) => {
    expect(repairMojibake(text)).toEqual({ text, count: 0, example: null });
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F to the WHATWG characters, not Latin-1 controls', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99))).toBe('€…‘’“”–—™');
  });
  it('keeps the five undefined bytes as their code points', () => {
    expect([...decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))].map((c) => c.charCodeAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });
});
