import { describe, expect, it } from 'vitest';
import { dateLabel, parseIsoDay } from '../../../src/core/chronology/calendar.js';
import { datedExpressions } from '../../../src/core/chronology/extract.js';

/** "expression -> date/precision" for every dated expression of a sentence. */
function datesIn(sentence: string, published: string | null): string[] {
  return datedExpressions(sentence, parseIsoDay(published)).map((d) => `${d.expression} -> ${dateLabel(d.start, d.precision)}/${d.precision}`);
}

// Publication days used below: Sun 2025-03-16, Sat 2025-03-15, Wed 2025-03-12, Tue 2025-11-25.
describe('weekdays in news style', () => {
  it.each([
    ['Lavrov and Rubio discussed next steps on Saturday, a spokesperson said.', '2025-03-16', 'on Saturday', '2025-03-15'],
    ['Witkoff said on Sunday that he had arranged the call.', '2025-03-16', 'on Sunday', '2025-03-16'],
    ['White House envoy Steve Witkoff said Sunday that Trump would call Putin.', '2025-03-16', 'Sunday', '2025-03-16'],
    ['This confirms the Russian information from last Thursday.', '2025-03-16', 'last Thursday', '2025-03-13'],
    ['The ministry repeated what it said last Sunday.', '2025-03-16', 'last Sunday', '2025-03-09'],
    ['Syrsky said on Thursday that the fighting would go on.', '2025-03-13', 'on Thursday', '2025-03-13'],
    ['At Saturday\u2019s summit, Starmer and allied leaders drew up plans.', '2025-03-16', 'Saturday\u2019s', '2025-03-15'],
    ['Tuesday saw a surge in diplomatic activity in European capitals.', '2025-11-25', 'Tuesday', '2025-11-25'],
    ['Trump aides are making rounds on US television Sunday shows, pressing the case.', '2025-03-16', 'Sunday', '2025-03-16'],
    ['Zelensky is expected to travel to Washington on Friday, officials said.', '2025-03-12', 'on Friday', '2025-03-14'],
    ['The two leaders will meet on Thursday in Riyadh.', '2025-03-16', 'on Thursday', '2025-03-20'],
    ['On Tuesday, the delegations will sit down again in Jeddah.', '2025-03-16', 'On Tuesday', '2025-03-18'],
    ['The envoy flies back next Monday to brief the cabinet.', '2025-03-12', 'next Monday', '2025-03-17'],
    ['A vote is scheduled for this coming Friday in the Bundestag.', '2025-03-12', 'this coming Friday', '2025-03-14'],
    ['Police said the suspect was arrested late Monday night near the border.', '2025-03-12', 'late Monday night', '2025-03-10'],
    ['The president said on Tuesday that he would travel to Kyiv on Friday.', '2025-03-12', 'on Tuesday', '2025-03-11'],
    ['The president said on Tuesday that he would travel to Kyiv on Friday.', '2025-03-12', 'on Friday', '2025-03-14'],
  ])('%s (published %s): %s -> %s', (sentence, published, expression, date) => {
    expect(datesIn(sentence, published)).toContain(`${expression} -> ${date}/day`);
  });
});

describe('days, weeks, months and years named from the publication day', () => {
  it.each([
    ['Russia launched a missile bombardment of Kiev last night, officials said.', '2025-11-25', 'last night -> 2025-11-24/day'],
    ['Drones struck targets in Kryvyy Rih overnight, the governor said.', '2025-03-12', 'overnight -> 2025-03-11/day'],
    ['The minister resigned yesterday after a week of pressure.', '2025-03-16', 'yesterday -> 2025-03-15/day'],
    ['More discussions are expected to take place today in Riyadh.', '2025-03-16', 'today -> 2025-03-16/day'],
    ['The court will rule tomorrow on the appeal by the company.', '2025-03-16', 'tomorrow -> 2025-03-17/day'],
    ['The police reported three days ago that the crowd had dispersed.', '2025-03-16', 'three days ago -> 2025-03-13/day'],
    ['Earlier this week, US envoy Steve Witkoff met Putin in Moscow.', '2025-03-16', 'Earlier this week -> 2025-03-10/week'],
    ['Earlier this week, a source told the BBC that Witkoff would go to Moscow.', '2025-03-12', 'Earlier this week -> 2025-03-10/week'],
    ['This week, Russia has launched a major counter-offensive in Kursk.', '2025-03-16', 'This week -> 2025-03-10/week'],
    ['Trump will speak with Putin this week, the envoy told CNN.', '2025-03-16', 'this week -> 2025-03-17/week'],
    ['US envoy: Trump and Putin to talk this week', '2025-03-16', 'this week -> 2025-03-17/week'],
    ['Trump and Putin To Discuss Potential Ukraine Ceasefire This Week', '2025-03-16', 'This Week -> 2025-03-17/week'],
    ['Ministers will meet this week to agree the budget for defence.', '2025-03-12', 'this week -> 2025-03-10/week'],
    ['Trump and Putin are expected to hold phone calls this coming week, Witkoff said.', '2025-03-16', 'this coming week -> 2025-03-17/week'],
    ['Witkoff met with Putin in Moscow last week following the US announcement.', '2025-03-16', 'last week -> 2025-03-10/week'],
    ['The talks last week ended without a deal between the two sides.', '2025-03-15', 'last week -> 2025-03-10/week'],
    ['The talks last week ended without a deal between the two sides.', '2025-03-12', 'last week -> 2025-03-03/week'],
    ['The delegations will return to Geneva next week to continue the talks.', '2025-03-16', 'next week -> 2025-03-17/week'],
    ['Protesters gathered outside parliament over the weekend, police said.', '2025-03-17', 'over the weekend -> 2025-03-10/week'],
    ['Inflation fell last month as energy prices eased across Europe.', '2025-03-16', 'last month -> 2025-02/month'],
    ['The deal was signed earlier this month by both governments.', '2025-03-16', 'earlier this month -> 2025-03/month'],
    ['Trump and Putin met at the Alaska summit earlier this year.', '2025-11-25', 'earlier this year -> 2025/year'],
    ['The company posted record profits last year despite the sanctions.', '2025-03-16', 'last year -> 2024/year'],
  ])('%s (published %s) -> %s', (sentence, published, expected) => {
    expect(datesIn(sentence, published)).toContain(expected);
  });
});

describe('months and calendar dates', () => {
  it.each([
    ['Russia has retaken Kursk, where the Ukrainian army entered in August.', '2025-03-16', 'in August -> 2024-08/month'],
    ['Prices have risen since March, the statistics office said.', '2025-03-16', 'since March -> 2025-03/month'],
    ['The summit held in June ended without a communique.', '2025-03-16', 'in June -> 2024-06/month'],
    ['The president will visit Kyiv in June, his office said.', '2025-03-16', 'in June -> 2025-06/month'],
    ['Troops were withdrawn by mid-March, the ministry said.', '2025-04-02', 'by mid-March -> 2025-03/month'],
    ['It was the first visit since the incursion across the border in August last year.', '2025-03-12', 'August last year -> 2024-08/month'],
    ['Turnout was lower than last August, organisers said.', '2025-03-16', 'last August -> 2024-08/month'],
    ['Talks are planned for March 2026 in Vienna.', '2025-03-16', 'March 2026 -> 2026-03/month'],
    ['The meeting was the first since a 28 February meeting between Zelensky and Trump.', '2025-03-12', '28 February -> 2025-02-28/day'],
    ['Given the upcoming US Thanksgiving holiday on November 27, talks would not be imminent.', '2025-11-25', 'November 27 -> 2025-11-27/day'],
    ['The talks collapsed on November 27, diplomats said.', '2025-11-25', 'November 27 -> 2024-11-27/day'],
    ['On December 30, the ministry announced new sanctions on banks.', '2025-01-02', 'December 30 -> 2024-12-30/day'],
    ['Witkoff speaks at a news conference at Mar-a-Lago, Jan. 7, 2025, in Palm Beach, Fla.', '2025-03-16', 'Jan. 7, 2025 -> 2025-01-07/day'],
    ['The agreement was signed on March 11, 2025, in Jeddah.', '2025-03-16', 'March 11, 2025 -> 2025-03-11/day'],
    ['The agreement was signed on 11 March 2025 in Jeddah.', '2025-03-16', '11 March 2025 -> 2025-03-11/day'],
    ['The filing, dated 2025-03-11, lists four plaintiffs.', '2025-03-16', '2025-03-11 -> 2025-03-11/day'],
    ['Western countries agreed to freeze about $300 billion of Russian assets in 2022.', '2025-11-25', 'in 2022 -> 2022/year'],
    ['The conflict in Donbas has simmered since 2014, analysts say.', '2025-03-16', 'since 2014 -> 2014/year'],
    ['Voters blamed the 2024 budget for the rise in prices.', '2025-03-16', 'the 2024 -> 2024/year'],
    ['KYIV, March 12 (Reuters) - Ukraine said it would accept the ceasefire proposal.', '2025-03-12', 'March 12 -> 2025-03-12/day'],
    ['14:32 GMT \u2013 Zelensky said on Tuesday 11 March that Kyiv accepted the proposal.', '2025-03-12', 'Tuesday 11 March -> 2025-03-11/day'],
  ])('%s (published %s) -> %s', (sentence, published, expected) => {
    expect(datesIn(sentence, published)).toContain(expected);
  });

  it('reads "Monday, March 17, 2025" as one date, not a weekday and a year besides', () => {
    expect(datesIn('Monday, March 17, 2025', '2025-03-16')).toEqual(['Monday, March 17, 2025 -> 2025-03-17/day']);
  });
});

describe('offsets from the date the sentence is about', () => {
  it.each([
    ['Tuesday saw a surge in diplomacy after negotiators met two days earlier in Geneva.', '2025-11-25', 'two days earlier -> 2025-11-23/day'],
    ['The first convoy left on Monday and a second followed a day later.', '2025-03-16', 'a day later -> 2025-03-11/day'],
    ['Talks opened on Tuesday; the ministers signed the day after.', '2025-03-16', 'the day after -> 2025-03-12/day'],
  ])('%s (published %s) -> %s', (sentence, published, expected) => {
    expect(datesIn(sentence, published)).toContain(expected);
  });

  it('counts from the date of an earlier sentence of the paragraph when its own has none', () => {
    const anchor = datedExpressions('The ceasefire took effect on Tuesday.', parseIsoDay('2025-03-16'))[0]!;
    const later = datedExpressions('Two days later, the first prisoners were exchanged.', parseIsoDay('2025-03-16'), anchor);
    expect(later.map((d) => dateLabel(d.start, d.precision))).toEqual(['2025-03-13']);
  });

  it('gives no date for an offset from an event rather than a date', () => {
    expect(datesIn('Two days after the attack, the ministry blamed Kyiv.', '2025-03-16')).toEqual([]);
  });

  it('gives no date for an offset with nothing to count from', () => {
    expect(datesIn('Two days later, the first prisoners were exchanged.', '2025-03-16')).toEqual([]);
  });
});

describe('words that are not dates', () => {
  it.each([
    ['Witkoff met with Putin for four hours in Moscow.', '2025-03-16'],
    ['Ukraine agreed to a 30-day ceasefire proposed by Washington.', '2025-03-16'],
    ['Witkoff said he expects a ceasefire within weeks.', '2025-03-16'],
    ['A decision would be finalized in the coming days with the Commission.', '2025-11-25'],
    ['Trump wants to see some kind of deal in the coming weeks.', '2025-03-16'],
    ['The two sides were further apart a few weeks ago.', '2025-03-16'],
    ['Details will come over the course of the next several days.', '2025-03-12'],
    ['This was according to British military sources quoted by the Sunday Times.', '2025-03-16'],
    ['This would be a horrible massacre, one not seen since World War II.', '2025-03-16'],
    ['Candidates campaigned hard before Super Tuesday in the southern states.', '2025-03-16'],
    ['The shop is closed on Sundays and public holidays.', '2025-03-16'],
    ['TRENDING NOW', '2025-03-16'],
    ['Protesters march on the capital, and talks may resume.', '2025-03-16'],
    ['About 2,000 troops and 1,500 vehicles crossed the border.', '2025-03-16'],
    ['Officials said 2000 troops were moved to the front.', '2025-03-16'],
    ['Rainbow Six Siege X reinvigorates the 10-Year-Old FPS.', '2025-03-16'],
    ['Prices rose over the past week as supplies dwindled.', '2025-03-16'],
  ])('%s (published %s) has no date', (sentence, published) => {
    expect(datesIn(sentence, published)).toEqual([]);
  });
});

describe('an article without a publication date', () => {
  it.each([
    ['Witkoff said on Sunday that he had arranged the call.', []],
    ['Russia has retaken Kursk, where the Ukrainian army entered in August.', []],
    ['The agreement was signed on March 11, 2025, in Jeddah.', ['March 11, 2025 -> 2025-03-11/day']],
    ['Western countries agreed to freeze Russian assets in 2022.', ['in 2022 -> 2022/year']],
  ])('%s -> %j', (sentence, expected) => {
    expect(datesIn(sentence, null)).toEqual(expected);
  });
});
