import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean/index.js';

const DATA = join(import.meta.dirname, '../../../data');
const files = readdirSync(DATA).filter((f) => f.endsWith('.txt')).sort();
const cleaned = new Map(files.map((f) => [f, cleanText(readFileSync(join(DATA, f), 'utf8'))]));
const paragraphsOf = (prefix: string): string[] => {
  const file = files.find((f) => f.startsWith(prefix));
  return file ? cleaned.get(file)!.paragraphs : [];
};

/** Furniture seen on the bundled pages; none of it may reach a paragraph. */
const FURNITURE = [
  /kommentar/i, /leave a (comment|reply)/i, /email address will not be published/i, /share this/i,
  /^source link$/i, /related posts/i, /you missed/i, /recommended stories/i, /list of \d+ items/i,
  /copyright/i, /originally appeared/i, /advertisement/i, /trending now/i, /alternate addresses/i,
  /^www\./, /roku/i, /quantcast/i, /^news \/ /i, /^monday, march 17, 2025$/i, /<a href/,
  /\| Russia-Ukraine war News/, /File photo by AP/, /Nørgaard/, /Grijalva/, /Rainbow Six/, /Chappell Roan/,
  /Kohberger/, /Meta stops/, /nuclear weapons in Poland/, /Antiwar\.comWhite/,
];

describe('the bundled corpus, cleaned', () => {
  it('has five articles', () => expect(files).toHaveLength(5));

  it.each(files)('%s: no paragraph is page furniture', (file) => {
    for (const p of cleaned.get(file)!.paragraphs) {
      for (const pattern of FURNITURE) expect(p, `"${p}" matches ${pattern}`).not.toMatch(pattern);
    }
  });

  it.each(files)('%s: no paragraph repeats another', (file) => {
    const keys = cleaned.get(file)!.paragraphs.map((p) => p.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(files)('%s: every non-blank raw line is kept or recorded as removed', (file) => {
    const raw = readFileSync(join(DATA, file), 'utf8').split('\n');
    const c = cleaned.get(file)!;
    const accounted = new Set([...c.paragraphLines, ...c.removed.map((r) => r.line)]);
    raw.forEach((line, i) => {
      if (line.trim() !== '') expect(accounted.has(i + 1), `line ${i + 1}: ${line}`).toBe(true);
    });
  });

  it.each([
    ['000', 'US envoy: Trump and Putin to talk this week', 0],
    ['000', '“I am hopeful that we will see real progress towards ending the war,” he said.', 1],
    ['000', 'Lavrov and Rubio have discussed “next steps”', 1],
    ['000', '– I think it will be so, Witkoff tells CNN.', 1],
    ['000', 'Finland, Spain, Turkey, Canada and Australia have all opened up to sending troops.', 1],
    ['000', 'Data: 10,000 troops could be sent to Ukraine', 1],
    ['000', 'The fighting', 1],
    ['000', 'Ukraine still holds ground in Kursk.', 1],
    ['001', 'Trump to send top envoy to Russia in push to finalise Ukraine plan', 0],
    ['001', 'Macron urges ‘pressure’ on Putin', 1],
    ['001', 'The Russian side is not happy with the amendments to the peace plan, he said.', 1],
    ['001', 'In his daily evening address, Zelensky said:', 1],
    ['002', 'Trump says US officials on way to Moscow for Ukraine talks', 0],
    ['002', 'Trump did not specify what officials he was referring to.', 1],
    ['002', 'The White House confirmed the plans on Wednesday.', 1],
    ['002', 'In a post on the Telegram messaging app, he said:', 1],
    ['003', 'Trump and Putin To Discuss Potential Ukraine Ceasefire This Week', 0],
    ['003', 'White House envoy Steve Witkoff said Sunday that President Trump will speak with Russian President Vladimir Putin', 1],
    ['003', 'The idea is to reach a truce and then start negotiating the terms of a long-term deal.', 1],
    ['004', 'Witkoff says Trump and Putin to speak this week on Ukraine ceasefire deal', 0],
    ['004', 'Witkoff, who met with Putin for four hours on Thursday in Moscow', 1],
    ['004', 'hit back at Lammy over his disrespectful remark.', 1],
  ])('%s keeps "%s" exactly once', (prefix, text, from) => {
    const hits = paragraphsOf(prefix).map((p, i) => [p, i] as const).filter(([p]) => p.includes(text));
    expect(hits).toHaveLength(1);
    if (from === 0) expect(hits[0]![1]).toBe(0); // the headline leads the paragraphs
  });

  it.each([
    ['000', 34],
    ['001', 29],
    ['002', 27],
    ['003', 11],
    ['004', 20],
  ])('%s keeps all %i of its reporting paragraphs (headline included)', (prefix, count) => {
    expect(paragraphsOf(prefix)).toHaveLength(count);
  });
});
