import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/core/analyse.js';
import { cleanText } from '../../../src/core/clean/index.js';
import { resolveMetadata } from '../../../src/core/metadata/index.js';
import { dateFromEvidence } from '../../../src/core/metadata/inferred-date.js';
import { dateFromSiblings } from '../../../src/core/metadata/siblings.js';
import type { ArticleFields, SourceDocument } from '../../../src/core/types.js';

// Made-up pages; the stamp shapes are those news sites print.
const doc = (text: string, manifestFields: ArticleFields = {}, id = 'page.txt'): SourceDocument => ({
  id, file: id, text, fileFields: {}, manifestFields, warnings: [], contentHash: '',
});
const meta = (text: string, manifest: ArticleFields = {}) => resolveMetadata(doc(text, manifest), cleanText(text));
const BODY = 'Council members voted to close the old harbour bridge for repairs, officials said.';

describe('publication date, time and zone from the page stamp', () => {
  it.each([
    ['label, 12-hour time', 'Published Mar 17, 2025 01:40 am', '2025-03-17', '01:40', null],
    ['weekday and zone', 'Sun 16 Mar 2025 16.35 GMT', '2025-03-16', '16:35', 'GMT'],
    ['offset zone', 'June 13, 2025 02:07 PM GMT+03:00', '2025-06-13', '14:07', 'GMT+03:00'],
    ['last updated only', 'Last Updated : Jun 20 2025 | 2:25 PM IST', '2025-06-20', '14:25', 'IST'],
    ['a glued section', 'WorldMarch 16, 2025', '2025-03-16', null, null],
    ['a store prefix on the headline', ' date 2025-06-13 Harbour bridge to close', '2025-06-13', null, null],
  ])('%s: %s', (_what, stamp, date, time, zone) => {
    const m = meta(`Harbour bridge to close\n${stamp}\n${BODY}`);
    expect([m.published, m.provenance.published, m.publishedTime, m.publishedZone]).toEqual([date, 'text', time, zone]);
    expect(m.publishedEvidence).toBeTruthy();
  });

  it('prefers the publication stamp to the update, and the same day printed with its time', () => {
    const m = meta(`Harbour bridge to close\n date 2025-04-29\nUpdated: Apr 30, 2025 09:00\n29-04-2025 | 03:28\n${BODY}`);
    expect([m.published, m.publishedTime]).toEqual(['2025-04-29', '03:28']);
  });

  it('settles a slashed date by the month the article names', () => {
    const m = meta(`Harbour floods\n7/9/2025, 8:39:34 PM\nThe river rose after the July storms, and the bridge closed.`);
    expect([m.published, m.publishedTime]).toEqual(['2025-07-09', '20:39']);
  });

  it.each([
    ['a dated dateline', `Harbour bridge to close\nPortville, Eastland — June 3, 2025\n${BODY}`, '2025-06-03', 'text'],
    ['a dateline in brackets', `Harbour bridge to close\nLake County, Westland (July 6, 2025) — ${BODY}`, '2025-07-06', 'text'],
    ['a wire dateline with its year from a month stamp', `Harbour bridge to close\n date 2025-06 PORTVILLE, June 4. /WIRE/. ${BODY}`, '2025-06-04', 'text'],
    ['a yearless stamp, year from the text', `Harbour bridge to close\n- Jul 8\nThe council first met on July 4, 2025 to discuss it. ${BODY}`, '2025-07-08', 'inferred'],
  ])('%s', (_what, text, date, from) => {
    const m = meta(text);
    expect([m.published, m.provenance.published]).toEqual([date, from]);
  });
});

describe('author from the byline', () => {
  it.each([
    ['By NAME', `Harbour bridge to close\nBy Marta Quinn\n${BODY}`, 'Marta Quinn'],
    ['after a stamp on one line', `Harbour bridge to close\n date 2025-01-13 By Marta Quinn\n${BODY}`, 'Marta Quinn'],
    ['a list of names', `Harbour bridge to close\nAnna Berg,Tom Lind and Maria Holm\n${BODY}`, 'Anna Berg, Tom Lind and Maria Holm'],
    ['a blog byline beside its stamp', `Harbour bridge to close\n- Cheryl Dunn\n- Jul 8\n${BODY}`, 'Cheryl Dunn'],
    ['none', `Harbour bridge to close\n${BODY}`, null],
  ])('%s', (_what, text, author) => {
    const m = meta(text);
    expect([m.author, m.authorProvenance]).toEqual([author, author ? 'text' : null]);
  });

  it('takes a manifest author over the byline', () => {
    expect(meta(`Harbour bridge to close\nBy Marta Quinn\n${BODY}`, { author: 'M. Quinn' }).author).toBe('M. Quinn');
  });

  it('keeps the byline out of the text', () => {
    const a = buildArticle(doc(`Harbour bridge to close\nBy Marta Quinn\n${BODY}`));
    expect(a.paragraphs.join(' ')).not.toContain('Marta Quinn');
  });
});

describe('an inferred date when the page shows none', () => {
  it.each([
    ['a relative day pinned to a date', ['The mayor said yesterday (2 November 2025) that the bridge would close.'], '2025-11-03'],
    ['today with its date', ['The bridge was involved in an incident today, 12 June 2025, the operator said.'], '2025-06-12'],
    ['the latest date reported', ['The bridge closed on June 12, 2025.', 'Repairs began on June 16, 2025, engineers said.'], '2025-06-16'],
    ['a weekday reported after the latest date', ['Floods hit the valley on July 4, 2025, a Friday.', 'The council met on Monday to plan repairs.'], '2025-07-07'],
    ['future dates do not count', ['The bridge closed on June 12, 2025.', 'It will reopen on September 1, 2025.'], '2025-06-12'],
  ])('%s', (_what, paragraphs, date) => {
    expect(dateFromEvidence(paragraphs)?.date).toBe(date);
  });

  it('keeps a day and month without a year for the corpus pass, and ignores bare years', () => {
    const e = dateFromEvidence(['She has held the seat since 2004.', 'Voters went to the polls on April 28.']);
    expect(e).toMatchObject({ date: null, yearless: { month: 4, day: 28 } });
  });

  it('marks a date from the text inferred, with its evidence', () => {
    const m = meta(`Harbour bridge to close\nThe bridge closed on June 12, 2025, after the storm. ${BODY}`);
    expect([m.published, m.provenance.published]).toEqual(['2025-06-12', 'inferred']);
    expect(m.publishedEvidence).toMatch(/latest date/);
  });

  it('borrows a year, or a date, from a story sibling', () => {
    const shared = 'Mayor Lena Park and engineer Tom Lind of Portville Council said the Harbour Bridge would shut.';
    const sibling = buildArticle(doc(`Harbour Bridge shuts\nPublished Mar 17, 2025 01:40 am\n${shared}`, {}, 'a.txt'));
    const yearless = buildArticle(doc(`Bridge vote\nThe vote was held on March 16. ${shared}`, {}, 'b.txt'));
    const undated = buildArticle(doc(`Bridge news\n${shared} Repairs follow.`, {}, 'c.txt'));
    const stranger = buildArticle(doc(`Weather\nIt rained in the hills and the farmers were pleased with it.`, {}, 'd.txt'));
    const [, b, c, d] = dateFromSiblings([sibling, yearless, undated, stranger]);
    expect([b!.published, b!.provenance.published]).toEqual(['2025-03-16', 'inferred']);
    expect(b!.publishedEvidence).toMatch(/year from a story sibling/);
    expect([c!.published, c!.provenance.published]).toEqual(['2025-03-17', 'inferred']);
    expect(c!.publishedEvidence).toMatch(/story sibling's date/);
    expect(d!.published).toBeNull();
  });
});
