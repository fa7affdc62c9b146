import { describe, expect, it } from 'vitest';
import { authorOf, isBareByline } from '../../../src/core/clean/byline.js';
import { cleanText } from '../../../src/core/clean/index.js';
import { readDateline, readStamp } from '../../../src/core/clean/stamps.js';

// Made-up pages: the shapes are those news sites print; the words are invented.
const LEAD = 'Council members voted on Tuesday to close the old harbour bridge for repairs, officials said.';
const SECOND = 'The repairs are expected to take four months, according to the city engineer.';

describe('readStamp: the shapes of a publication stamp', () => {
  it.each([
    ['label, month first, 12-hour time', 'Published Mar 17, 2025 01:40 am', '2025-03-17', '01:40', null, 'published'],
    ['weekday, day first, dotted time, zone', 'Sun 16 Mar 2025 16.35 GMT', '2025-03-16', '16:35', 'GMT', 'published'],
    ['an offset zone', 'June 13, 2025 02:07 PM GMT+03:00', '2025-06-13', '14:07', 'GMT+03:00', 'published'],
    ['last updated with a pipe', 'Last Updated : Jun 20 2025 | 2:25 PM IST', '2025-06-20', '14:25', 'IST', 'updated'],
    ['a section glued on', 'WorldMarch 16, 2025', '2025-03-16', null, null, 'published'],
    ['an outlet before a dot', 'Harbour News·2025-10-20 11:53', '2025-10-20', '11:53', null, 'published'],
    ['numeric with dots, day first', '23.2.2025 - 19:10', '2025-02-23', '19:10', null, 'published'],
    ['numeric with dashes, day first', '29-04-2025 | 03:28', '2025-04-29', '03:28', null, 'published'],
    ['year first with slashes', 'Published on: 2025/04/29 20:00', '2025-04-29', '20:00', null, 'published'],
    ['slashes and an update', 'June 3, 2025 / 2:00 PM / Updated at 2:00 PM', '2025-06-03', '14:00', null, 'published'],
    ['an ordinal and a zone', 'Monday, April 28th 2025 - 14:49 UTC', '2025-04-28', '14:49', 'UTC', 'published'],
    ['a zone after a comma', 'Monday 27 October 2025 22:50, UK', '2025-10-27', '22:50', 'UK', 'published'],
  ])('%s: %s', (_shape, line, date, time, zone, kind) => {
    expect(readStamp(line)).toMatchObject({ date, time, zone, kind, rest: '' });
  });

  it('keeps both readings of a slashed date that reads both ways', () => {
    expect(readStamp('7/9/2025, 8:39:34 PM')).toMatchObject({ ambiguous: ['2025-09-07', '2025-07-09'], time: '20:39' });
  });

  it('reads a stamp printed without a year', () => {
    expect(readStamp('- Jul 8')).toMatchObject({ date: null, yearless: { month: 7, day: 8 } });
    expect(readStamp('Updated: Jul 9')).toMatchObject({ yearless: { month: 7, day: 9 }, kind: 'updated' });
  });

  it('cuts a marked stamp off the text glued to it', () => {
    expect(readStamp(' date 2025-06-13 Harbour bridge to close for repairs')).toMatchObject({ date: '2025-06-13', rest: 'Harbour bridge to close for repairs' });
    expect(readStamp('Monday, April 28th 2025 - 14:49 UTC Council members met')).toMatchObject({ rest: 'Council members met' });
  });

  it.each([
    ['prose opening with a date', 'March 16, 2025 was the coldest day of the year.'],
    ['a sentence with a date inside', 'On July 6, 2025, officials reported more rain.'],
    ['a count', '12 people were rescued'],
    ['a bare year', '2025 was a hard year'],
  ])('is not fooled by %s', (_what, line) => {
    expect(readStamp(line)).toBeNull();
  });
});

describe('readDateline', () => {
  it.each([
    ['a dated dateline alone', 'Harbourtown, Eastland — June 3, 2025', '2025-06-03', true],
    ['a dateline in brackets', 'Lake County, Westland (July 6, 2025) — Floods closed the road.', '2025-07-06', false],
    ['a dateline with a colon', 'PORTVILLE, Eastland — May 27, 2025: The council met.', '2025-05-27', false],
  ])('%s', (_what, line, date, whole) => {
    expect(readDateline(line)).toMatchObject({ date, whole });
  });

  it('reads a wire dateline without a year', () => {
    expect(readDateline('PORTVILLE, June 4 (Wirenews) -- The council met.')).toMatchObject({ date: null, yearless: { month: 6, day: 4 } });
    expect(readDateline('PORTVILLE, June 4. /WIRE/. The council met.')).toMatchObject({ yearless: { month: 6, day: 4 } });
  });
});

describe('bylines and authors', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe, Example News', 'Jane Doe'],
    ['Anna Berg,Tom Lind and Maria Holm', 'Anna Berg, Tom Lind and Maria Holm'],
    ['BY ANNA BERG and TOM LIND', 'Anna Berg and Tom Lind'],
    ['Ruth Okafor, Local Democracy reporter', 'Ruth Okafor'],
    ['- Cheryl Dunn', 'Cheryl Dunn'],
    ['Von Hans Meier', 'Hans Meier'],
  ])('%s → %s', (byline, author) => {
    expect(authorOf(byline)).toBe(author);
  });

  it.each([
    ['a title-case headline with a comma', 'California Storms Flood Valleys, Close Roads', false],
    ['a list of names', 'Anna Berg, Tom Lind and Maria Holm', true],
    ['a name with a reporter role', 'Ruth Okafor, Local Democracy reporter', true],
    ['a name with another apposition', 'Ruth Okafor, the mayor of Portville', false],
  ])('isBareByline: %s', (_what, line, expected) => {
    expect(isBareByline(line)).toBe(expected);
  });
});

/** The paragraphs kept and the rules of what went. */
function clean(lines: string[]) {
  const cleaned = cleanText(lines.join('\n'));
  return { paragraphs: cleaned.paragraphs, rules: cleaned.removed.map((r) => [r.text, r.rule]) };
}

describe('cleaning the masthead: each removal names its rule', () => {
  it.each([
    ['a stamp glued to the headline', [' date 2025-06-13 Harbour bridge to close for repairs', LEAD], ['Harbour bridge to close for repairs', LEAD], [['date 2025-06-13', 'date-stamp']]],
    ['a stamp and byline on one line', ['Harbour bridge to close for repairs', ' date 2025-01-13 By Marta Quinn', LEAD], ['Harbour bridge to close for repairs', LEAD], [['date 2025-01-13', 'date-stamp'], ['By Marta Quinn', 'byline']]],
    ['a stamp, a time and a count', ['Harbour bridge to close', 'Apr 28, 2025 - 20:42', '0', LEAD], ['Harbour bridge to close', LEAD], [['Apr 28, 2025 - 20:42', 'date-stamp'], ['0', 'date-stamp']]],
    ['a blog byline list', ['Harbour bridge to close for repairs', '- Cheryl Dunn', '- Jul 8', '- 4 min read', 'Updated: Jul 9', LEAD], ['Harbour bridge to close for repairs', LEAD],
      [['- Cheryl Dunn', 'byline'], ['- Jul 8', 'date-stamp'], ['- 4 min read', 'read-time'], ['Updated: Jul 9', 'date-stamp']]],
    ['a relative stamp', ['Harbour bridge to close for repairs', 'Portville Post2 days ago', LEAD], ['Harbour bridge to close for repairs', LEAD], [['Portville Post2 days ago', 'date-stamp']]],
    ['a dated dateline alone', ['Harbour bridge to close for repairs', 'Portville, Eastland — June 3, 2025', LEAD], ['Harbour bridge to close for repairs', LEAD], [['Portville, Eastland — June 3, 2025', 'dateline']]],
    ['a breadcrumb from home', ['Home / World News / Harbour bridge to close for repairs after storm damage', 'Harbour bridge to close for repairs', LEAD], ['Harbour bridge to close for repairs', LEAD],
      [['Home / World News / Harbour bridge to close for repairs after storm damage', 'breadcrumb']]],
    ['a skip link above the headline', ['Skip to main content', 'Harbour bridge to close for repairs', LEAD], ['Harbour bridge to close for repairs', LEAD], [['Skip to main content', 'phrase']]],
    ['a section glued to the headline', ['PoliticsHarbour bridge to close for repairs', LEAD], ['Harbour bridge to close for repairs', LEAD], [['Politics', 'glued-section']]],
    ['a site promise above the headline', ['Get all your news in one place.', 'Start reading', 'Harbour bridge to close for repairs', LEAD], ['Harbour bridge to close for repairs', LEAD],
      [['Get all your news in one place.', 'above-headline'], ['Start reading', 'phrase']]],
    ['a names-only byline', ['Harbour bridge to close for repairs', 'Anna Berg,Tom Lind and Maria Holm', LEAD], ['Harbour bridge to close for repairs', LEAD], [['Anna Berg,Tom Lind and Maria Holm', 'byline']]],
    ['a wire byline in capitals', ['Harbour bridge to close', `BY ANNA BERG and TOM LIND Wirenews PORTVILLE ${LEAD}`], ['Harbour bridge to close', `Wirenews PORTVILLE ${LEAD}`], [['BY ANNA BERG and TOM LIND', 'byline']]],
    ['a one-word outlet label under the headline', ['Harbour bridge to close for repairs', 'Briefly', LEAD], ['Harbour bridge to close for repairs', LEAD], [['Briefly', 'label-under-headline']]],
  ])('%s', (_what, lines, paragraphs, rules) => {
    const got = clean(lines);
    expect(got.paragraphs).toEqual(paragraphs);
    expect(got.rules).toEqual(rules);
  });

  it('never takes the title from a breadcrumb or a skip link', () => {
    const got = clean(['Skip to main content', 'Home / World / Harbour bridge', 'Harbour bridge to close for repairs', LEAD]);
    expect(got.paragraphs[0]).toBe('Harbour bridge to close for repairs');
  });
});

describe('cleaning the body: each removal names its rule', () => {
  it.each([
    ['an agency credit', 'AFP', 'agency-credit'],
    ['a read-time line', '3 min read', 'read-time'],
    ['a photo credit with a slash', '(Lena Park / Portville Times)', 'photo-credit'],
    ['a credit with a particle', '(Jan van der Berg/Harbour Daily)', 'photo-credit'],
    ['a caption closed by a photo credit', 'The mayor speaks at the harbour on Monday. Photo by Lena Park/EPA-EFE', 'photo-credit'],
    ['a wire caption', 'A crane is seen beside the harbour bridge in Portville, Eastland, June 12, 2025.', 'photo-credit'],
    ['an inputs credit', '(With inputs from agencies.)', 'credit-line'],
    ['a field label', '- Country:', 'field-label'],
    ['a disclaimer', 'The views and facts appearing in the post do not reflect the opinions of this site.', 'disclaimer'],
    ['a share bar with a filler', 'Share with X', 'share-bar'],
    ['markdown image debris', '![harbour bridge](https://example.com/bridge.jpg)', 'image-debris'],
    ['a lone e-mail address', 'desk@example.com', 'email-line'],
    ['a teaser widget', 'list of 3 itemsend of list', 'teaser-widget'],
    ['a login prompt', 'You must be logged in to add a comment.', 'comment-prompt'],
    ['a numeric stamp in the body', '23.02.2025, 19:11', 'date-stamp'],
  ])('%s: %s', (_what, line, rule) => {
    const got = clean(['Harbour bridge to close for repairs', LEAD, line, SECOND]);
    expect(got.paragraphs).toEqual(['Harbour bridge to close for repairs', LEAD, SECOND]);
    expect(got.rules).toEqual([[line, rule]]);
  });

  it('cuts a caption glued to the end of a paragraph, keeping the reporting', () => {
    const caption = 'Mayor Lena Park, right, and engineer Tom Lind shake hands at the harbour in Portville.(AP)';
    const got = clean(['Harbour bridge to close for repairs', `${LEAD} ${caption}`, SECOND]);
    expect(got.paragraphs).toEqual(['Harbour bridge to close for repairs', LEAD, SECOND]);
    expect(got.rules).toEqual([[caption, 'glued-caption']]);
  });

  it('keeps a subheading and a short paragraph', () => {
    const got = clean(['Harbour bridge to close for repairs', 'The repairs', LEAD, 'He declined to comment.', SECOND]);
    expect(got.paragraphs).toEqual(['Harbour bridge to close for repairs', 'The repairs', LEAD, 'He declined to comment.', SECOND]);
  });
});
