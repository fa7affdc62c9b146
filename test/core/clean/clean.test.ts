import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/index.js';

const HEADLINE = 'Ceasefire talks resume in Geneva as both sides signal flexibility';
const LEAD = 'Negotiators from both countries met in Geneva on Monday for a fresh round of talks, officials said.';
const SECOND = 'The talks are expected to last three days, according to a statement from the Swiss government.';
const LAST = 'A spokesman for the foreign ministry declined to give details of the agenda.';

/** A page with `line` standing between the second and last paragraphs. */
const middle = (line: string): string => [HEADLINE, '', LEAD, '', SECOND, '', line, '', LAST].join('\n');
/** A page with `lines` after the last paragraph. */
const after = (...lines: string[]): string => [HEADLINE, LEAD, SECOND, LAST, ...lines].join('\n');
/** A page with `lines` before the headline. */
const before = (...lines: string[]): string => [...lines, HEADLINE, LEAD, SECOND, LAST].join('\n');

describe('furniture inside the body goes, whatever the site', () => {
  it.each([
    ['an ad marker', '- Advertisement -'],
    ['a German ad marker', 'Anzeige'],
    ['an inline teaser widget', 'list of 3 itemsend of list'],
    ['a recommended-stories label', 'Recommended Stories'],
    ['a read-more link', 'Read more: Kremlin rejects calls for an immediate truce'],
    ['a French read-also link', 'Lire aussi : La Russie rejette la trêve'],
    ['a share bar', 'SHARE THIS ARTICLE'],
    ['a share bar of network names', 'Facebook | Twitter | WhatsApp | Email'],
    ['a photo caption with a credit', 'Delegates arrive at the venue on Monday, Jan. 7, 2025. (File photo by AP)'],
    ['a wire-photo caption', 'Delegates arrive at the Palais des Nations. (AP Photo/Markus Schreiber)'],
    ['a caption label', 'Image caption, Delegates arrive at the Palais des Nations'],
    ['a newsletter box', 'Sign up for our morning briefing newsletter'],
    ['a cookie banner', 'We use cookies to personalise content. By continuing to browse you agree to our use of cookies.'],
    ['a trending label', 'TRENDING NOW'],
    ['a tracker name', 'Quantcast'],
    ['an alternate-address notice', 'Our website can also be accessed at the following alternate addresses:'],
    ['a bare domain', 'www.example-news.co.uk'],
    ['an app line', 'Example News Roku'],
  ])('%s: "%s"', (_kind, line) => {
    const cleaned = cleanText(middle(line));
    expect(cleaned.paragraphs).toEqual([HEADLINE, LEAD, SECOND, LAST]);
    expect(cleaned.removed).toEqual([{ line: 7, text: line, reason: 'boilerplate', rule: expect.any(String) }]);
  });
});

describe('furniture after the article goes', () => {
  it.each([
    ['a source link', ['Source link']],
    ['a repost notice', ['This article originally appeared at Example.org.']],
    ['a copyright notice', ['© 2025 The Example Times']],
    ['an RSS notice', ['Copyright 2024. Distribution via RSS is subject to our RSS Terms of Service.']],
    ['English comment prompts', ['Leave a Reply', 'Your email address will not be published. Required fields are marked *']],
    ['Swedish comment prompts', ['Inga kommentarer:', 'Skicka en kommentar']],
    ['German comment prompts', ['Kommentare', 'Kommentar schreiben']],
    ['a credit line and trust line', ['Reporting by Jane Doe; Editing by John Roe', 'Our standards: how we report.']],
    ['teaser headlines printed twice', ['Storm closes schools across the north', 'Storm closes schools across the north', 'Markets rally as inflation cools', 'Markets rally as inflation cools']],
    ['a related list with blurbs', ['Related Posts', 'Storm closes schools across the north', 'Heavy snow is expected to continue until Thursday, when forecasters say…']],
    ['unlabelled teaser headlines', ['Storm closes schools across the north', 'Markets rally as inflation cools', 'Inside the race to build a better battery']],
  ])('%s', (_kind, lines) => {
    const cleaned = cleanText(after(...lines));
    expect(cleaned.paragraphs).toEqual([HEADLINE, LEAD, SECOND, LAST]);
    expect(cleaned.removed.map((r) => [r.text, r.reason])).toEqual(lines.map((l) => [l, 'boilerplate']));
  });
});

describe('site furniture above the headline goes', () => {
  it.each([
    ['a breadcrumb', ['News / Foreign Policy / Russia / More']],
    ['a tracker and a date line', ['Quantcast', 'Monday, March 17, 2025']],
    ['a site name and a section', ['The Example Herald', 'World']],
    ['a skip link and a menu', ['Skip to content', 'Menu']],
  ])('%s', (_kind, lines) => {
    const cleaned = cleanText(before(...lines));
    expect(cleaned.paragraphs).toEqual([HEADLINE, LEAD, SECOND, LAST]);
    expect(cleaned.removed.map((r) => r.text)).toEqual(lines);
  });

  it.each([
    ['Trump to send top envoy to Russia | Russia-Ukraine war News', 'Trump to send top envoy to Russia', '| Russia-Ukraine war News'],
    ['Ukraine talks resume in Geneva - BBC News', 'Ukraine talks resume in Geneva', '- BBC News'],
    ['Ukraine talks resume in Geneva - and Moscow is watching', 'Ukraine talks resume in Geneva - and Moscow is watching', null],
  ])('headline "%s" is kept as "%s"', (headline, kept, suffix) => {
    const cleaned = cleanText([headline, LEAD, SECOND].join('\n'));
    expect(cleaned.paragraphs[0]).toBe(kept);
    expect(cleaned.removed.map((r) => r.text)).toEqual(suffix === null ? [] : [suffix]);
  });

  it('splits a byline glued to the first sentence', () => {
    const cleaned = cleanText([HEADLINE, '(Jane Doe, Example.comNegotiators met in Geneva on Monday for a fresh round of talks.'].join('\n'));
    expect(cleaned.paragraphs).toEqual([HEADLINE, 'Negotiators met in Geneva on Monday for a fresh round of talks.']);
    expect(cleaned.removed).toEqual([{ line: 2, text: '(Jane Doe, Example.com', reason: 'boilerplate', rule: 'byline' }]);
  });
});

describe('repeated blocks keep their first copy', () => {
  it.each([
    ['an exact repeat', LEAD, LEAD],
    ['a repeat with other quotes and spacing', 'He said the talks were “constructive” and would continue on Tuesday in Geneva.', 'He said the talks were "constructive"  and would continue on Tuesday in Geneva.'],
    ['a repeat in other case', 'The talks are expected to last three days, the ministry said.', 'THE TALKS ARE EXPECTED TO LAST THREE DAYS, THE MINISTRY SAID.'],
    ['a near repeat with one word changed', 'Negotiators from both countries met in Geneva on Monday for a fresh round of talks on the disputed border, officials said.', 'Negotiators from both countries met in Geneva on Monday for a new round of talks on the disputed border, officials said.'],
  ])('%s', (_kind, first, repeat) => {
    const cleaned = cleanText([HEADLINE, first, SECOND, repeat, LAST].join('\n'));
    expect(cleaned.paragraphs).toEqual([HEADLINE, first, SECOND, LAST]);
    expect(cleaned.removed).toEqual([{ line: 4, text: repeat.replace(/\s+/g, ' '), reason: 'duplicate', rule: 'repeated-block' }]);
  });

  it('keeps a near repeat whose figures changed: that is news', () => {
    const first = 'The death toll from the overnight Russian missile and drone strike on the southern port city of Odesa has risen to 12, regional governor Oleh Kiper said on Telegram.';
    const update = first.replace('12', '15');
    expect(cleanText([HEADLINE, first, SECOND, update].join('\n')).paragraphs).toEqual([HEADLINE, first, SECOND, update]);
  });

  it('drops a block rewrapped into one paragraph', () => {
    const a = 'Negotiators met in Geneva on Monday for a fresh round of talks.';
    const b = 'The talks are expected to last three days, officials said.';
    const cleaned = cleanText([HEADLINE, a, b, LAST, `${a} ${b}`].join('\n'));
    expect(cleaned.paragraphs).toEqual([HEADLINE, a, b, LAST]);
    expect(cleaned.removed.map((r) => r.reason)).toEqual(['duplicate']);
  });

  it('drops the heading of a repeated section with the section', () => {
    const section = ['The fighting', LEAD, SECOND];
    const cleaned = cleanText([HEADLINE, ...section, LAST, ...section].join('\n'));
    expect(cleaned.paragraphs).toEqual([HEADLINE, ...section, LAST]);
    expect(cleaned.removed.map((r) => [r.line, r.reason])).toEqual([[6, 'duplicate'], [7, 'duplicate'], [8, 'duplicate']]);
  });
});

describe('reporting survives', () => {
  it.each([
    ['a short quote', '“No,” he said.'],
    ['a one-line paragraph', 'Talks resume on Tuesday.'],
    ['a heading', 'Lavrov and Rubio have discussed “next steps”'],
    ['a heading with quotes', 'Macron urges ‘pressure’ on Putin'],
    ['a heading with a colon', 'Data: 10,000 troops could be sent to Ukraine'],
    ['a list of countries', 'Finland, Spain, Turkey, Canada and Australia'],
    ['a dash-led quote', '– I think it will be so, Witkoff tells CNN.'],
    ['a paragraph about copyright', 'Copyright holders have sued the company over the use of their books.'],
    ['a paragraph that mentions cookies', 'The regulator fined the company for setting cookies without consent.'],
    ['a paragraph that starts with "More"', 'More than 200 people were killed in the attack, officials said.'],
    ['a timestamp', '10:42 GMT'],
  ])('%s: "%s"', (_kind, line) => {
    expect(cleanText(middle(line)).paragraphs).toEqual([HEADLINE, LEAD, SECOND, line, LAST]);
  });

  it('keeps a short repeated line that is not part of a repeated block', () => {
    const cleaned = cleanText([HEADLINE, '“No,” he said.', LEAD, '“No,” he said.', LAST].join('\n'));
    expect(cleaned.paragraphs).toHaveLength(5);
  });

  it('keeps a closing list of places after the last sentence', () => {
    const cleaned = cleanText(after('Signatories', 'France', 'Poland'));
    expect(cleaned.paragraphs.slice(-3)).toEqual(['Signatories', 'France', 'Poland']);
  });

  it('keeps the first line when it is a paragraph rather than a headline', () => {
    expect(cleanText([LEAD, SECOND].join('\n')).paragraphs).toEqual([LEAD, SECOND]);
  });
});

describe('control characters and markup', () => {
  it.each([
    ['an ANSI colour', 'The \u001b[31mtalks\u001b[0m resumed on Monday.', 'The talks resumed on Monday.', 'ESC[31m ESC[0m'],
    ['an OSC hyperlink', '\u001b]8;;https://x.test\u0007The talks resumed on Monday.', 'The talks resumed on Monday.', 'ESC]8;;https://x.testU+0007'],
    ['a C1 CSI', 'The talks\u009b2J resumed on Monday.', 'The talks resumed on Monday.', 'U+009B2J'],
    ['a bidi override', 'The talks \u202eresumed on Monday.', 'The talks resumed on Monday.', 'U+202E'],
    ['a zero-width space', 'The talks re\u200bsumed on Monday.', 'The talks resumed on Monday.', 'U+200B'],
  ])('strips %s and records it described', (_kind, line, kept, described) => {
    const cleaned = cleanText([HEADLINE, line].join('\n'));
    expect(cleaned.paragraphs).toEqual([HEADLINE, kept]);
    expect(cleaned.removed).toEqual([{ line: 2, text: described, reason: 'control', rule: 'control-characters' }]);
  });

  it('removes a line of nothing but controls', () => {
    const cleaned = cleanText([HEADLINE, '\u001b[2J\u001b[H', LEAD].join('\n'));
    expect(cleaned.paragraphs).toEqual([HEADLINE, LEAD]);
    expect(cleaned.removed).toEqual([{ line: 2, text: 'ESC[2J ESC[H', reason: 'control', rule: 'control-characters' }]);
  });

  it('never leaves a control character in a paragraph or a removal', () => {
    const hostile = Array.from({ length: 0xa0 }, (_, c) => String.fromCharCode(c)).join('') + '\u202e\u2066\ufeff';
    const cleaned = cleanText(`${HEADLINE}\n${hostile} The talks resumed on Monday.`);
    const all = [...cleaned.paragraphs, ...cleaned.removed.map((r) => r.text)].join('');
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/);
  });

  it.each([
    ['an unclosed tag', '<a href', null],
    ['a paragraph tag', '<p>The talks resumed on Monday.</p>', 'The talks resumed on Monday.'],
    ['a link', 'The <a href="https://x.test">talks</a> resumed on Monday.', 'The talks resumed on Monday.'],
  ])('drops %s', (_kind, line, kept) => {
    const cleaned = cleanText([HEADLINE, line, LEAD].join('\n'));
    expect(cleaned.paragraphs).toEqual(kept === null ? [HEADLINE, LEAD] : [HEADLINE, kept, LEAD]);
    expect(cleaned.removed.map((r) => r.reason)).toEqual(['markup']);
  });

  it.each([
    ['Smith &amp; Wesson shares fell on Monday.', 'Smith & Wesson shares fell on Monday.'],
    ['The talks&nbsp;resumed on Monday.', 'The talks resumed on Monday.'],
    ['He said it was &#8220;constructive&#8221; and &#x2018;calm&#x2019;.', 'He said it was “constructive” and ‘calm’.'],
    ['A rule written as &lt;b&gt; stays text.', 'A rule written as <b> stays text.'],
    ['An encoded override &#x202E; is not smuggled in.', 'An encoded override is not smuggled in.'],
  ])('decodes entities: "%s"', (line, kept) => {
    expect(cleanText([HEADLINE, line].join('\n')).paragraphs[1]).toBe(kept);
  });
});

describe('totality', () => {
  it.each([[''], ['\n\n\n'], ['   '], ['one line']])('cleans %j without throwing', (raw) => {
    const cleaned = cleanText(raw);
    expect(cleaned.paragraphs).toHaveLength(cleaned.paragraphLines.length);
  });

  it('does not record blank separator lines', () => {
    expect(cleanText(`${HEADLINE}\n\n\n${LEAD}\n \n`).removed).toEqual([]);
  });
});
