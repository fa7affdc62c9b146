import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/index.js';
import { testPages } from './pages.js';

describe('cleanText on pages from sites it has never seen', () => {
  it.each(testPages.map((p) => [p.name, p] as const))('%s: keeps every reporting paragraph', (_name, page) => {
    expect(cleanText(page.raw).paragraphs).toEqual(page.paragraphs);
  });

  it.each(testPages.map((p) => [p.name, p] as const))('%s: records each removal with its reason', (_name, page) => {
    const removed = cleanText(page.raw).removed.map((r) => [r.text, r.reason]);
    expect(removed).toEqual(page.removed);
  });

  it.each(testPages.map((p) => [p.name, p] as const))('%s: every removal points at the raw line it stood on', (_name, page) => {
    const rawLines = page.raw.split('\n');
    for (const r of cleanText(page.raw).removed) expect(rawLines[r.line - 1]).toContain(r.text);
  });
});
