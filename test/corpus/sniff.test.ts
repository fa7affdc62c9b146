import { describe, expect, it } from 'vitest';
import { binaryKind } from '../../src/corpus/sniff.js';

const of = (...parts: (string | number[] | Buffer)[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))));

describe('binaryKind', () => {
  it.each([
    ['PNG', of([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'PNG image'],
    ['PDF', of('%PDF-1.7\n'), 'PDF document'],
    ['ZIP (also .docx)', of([0x50, 0x4b, 0x03, 0x04], 'rest'), 'ZIP archive'],
    ['GZIP', of([0x1f, 0x8b, 0x08, 0x00]), 'GZIP archive'],
    ['JPEG', of([0xff, 0xd8, 0xff, 0xe0]), 'JPEG image'],
    ['NUL-dense data', of(Buffer.alloc(1000, 0), 'x'), '100% NUL or control bytes'],
    ['control-dense data', of(...Array.from({ length: 100 }, () => 'ab\u0001\u0002')), '50% NUL or control bytes'],
  ])('%s is binary', (_name, bytes, kind) => {
    expect(binaryKind(bytes)).toBe(kind);
  });

  it.each([
    ['plain prose', of('Officials said on Sunday that talks would resume.\n')],
    ['prose with tabs, form feeds and ANSI escapes', of('a\tb\fc\u001b[1mbold\u001b[0m\r\n')],
    ['one stray NUL in a short note', of('a stray\u0000 NUL')],
    ['a few NULs in 8 KB of text', of('x'.repeat(8000), Buffer.alloc(20, 0))],
    ['UTF-16 text, full of NULs but with a BOM', of([0xff, 0xfe], Buffer.from('hello world', 'utf16le'))],
    ['an empty file', of()],
  ])('%s is text', (_name, bytes) => {
    expect(binaryKind(bytes)).toBeNull();
  });
});
