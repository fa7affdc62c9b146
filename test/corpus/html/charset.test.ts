import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, extractHtmlArticle } from '../../../src/corpus/html/index.js';

/** Bytes from ASCII markup and raw byte runs (the encoded words, written out byte by byte). */
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]; // Привет
const LODZ_8859_2 = [0xa3, 0xf3, 0x64, 0xbc]; // Łódź
const NIHON_SJIS = [0x93, 0xfa, 0x96, 0x7b]; // 日本
const NEWS_SJIS = [0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58]; // ニュース
const CHINESE_GBK = [0xd6, 0xd0, 0xce, 0xc4]; // 中文
const KOREA_EUCKR = [0xc7, 0xd1, 0xb1, 0xb9]; // 한국

describe('decodeHtmlBytes', () => {
  it.each([
    ['<meta charset> windows-1251', bytes('<html><head><meta charset="windows-1251"></head><body><p>', PRIVET_1251, '</p>'), 'Привет'],
    ['http-equiv ISO-8859-2', bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>', LODZ_8859_2, '</p>'), 'Łódź'],
    ['Shift_JIS', bytes("<meta charset='Shift_JIS'><p>", NIHON_SJIS, NEWS_SJIS, '</p>'), '日本ニュース'],
    ['x-sjis, an old alias', bytes('<meta charset=x-sjis><p>', NIHON_SJIS, '</p>'), '日本'],
    ['GBK', bytes('<meta charset="gbk"><p>', CHINESE_GBK, '</p>'), '中文'],
    ['EUC-KR', bytes('<meta charset="euc-kr"><p>', KOREA_EUCKR, '</p>'), '한국'],
    ['an XML declaration', bytes('<?xml version="1.0" encoding="windows-1251"?><html><p>', PRIVET_1251, '</p>'), 'Привет'],
  ])('honours %s', (_name, input, word) => {
    expect(decodeHtmlBytes(input)).toContain(word);
  });

  it('lets the HTTP charset win over the page', () => {
    expect(decodeHtmlBytes(bytes('<meta charset="utf-8"><p>', PRIVET_1251, '</p>'), 'windows-1251')).toContain('Привет');
  });

  it('lets a BOM win over everything', () => {
    expect(decodeHtmlBytes(bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1251"><p>', [0xd0, 0x9f], '</p>'))).toBe('<meta charset="windows-1251"><p>П</p>');
  });

  it('reads undeclared UTF-8, and undeclared non-UTF-8 as Windows-1252', () => {
    expect(decodeHtmlBytes(new Uint8Array(Buffer.from('<p>café “x”</p>', 'utf8')))).toBe('<p>café “x”</p>');
    expect(decodeHtmlBytes(bytes('<p>caf', [0xe9, 0x20, 0x93], 'x', [0x94], '</p>'))).toBe('<p>café “x”</p>');
  });

  it('reads a declared iso-8859-1 as Windows-1252 (as browsers do), curly quotes included', () => {
    expect(decodeHtmlBytes(bytes('<meta charset="iso-8859-1"><p>', [0x93], 'x', [0x94, 0xe9], '</p>'))).toContain('“x”é');
  });

  it('passes over an unknown label to the next source', () => {
    expect(decodeHtmlBytes(new Uint8Array(Buffer.from('<meta charset="klingon-8"><p>café</p>', 'utf8')))).toContain('café');
  });

  it('ignores a utf-16 declaration on bytes that are not UTF-16 (browsers re-save pages as UTF-8)', () => {
    expect(decodeHtmlBytes(new Uint8Array(Buffer.from('<meta charset="utf-16"><p>café</p>', 'utf8')))).toContain('café');
  });

  it('feeds extraction: a windows-1251 page comes out in Cyrillic', () => {
    const sentence: (string | number[])[] = [PRIVET_1251, ', ', PRIVET_1251, ', ', PRIVET_1251, '. '];
    const paragraph: (string | number[])[] = ['<p>', ...Array.from({ length: 5 }, () => sentence).flat(), '</p>'];
    const html = bytes('<html lang="ru"><head><meta charset="windows-1251"></head><body><article>', ...Array.from({ length: 6 }, () => paragraph).flat(), '</article></body></html>');
    const article = extractHtmlArticle(decodeHtmlBytes(html));
    expect(article.isArticle).toBe(true);
    expect(article.text.startsWith('Привет, Привет, Привет.')).toBe(true);
    expect(article.metadata.language).toBe('ru');
  });
});
