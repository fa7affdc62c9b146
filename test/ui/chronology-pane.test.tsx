import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Article, ChronologyEntry, ChronologySource, Corpus } from '../../src/core/types.js';
import { initialState } from '../../src/state/app-state.js';
import { CorpusIndex } from '../../src/ui/corpus-index.js';
import { expressionSpan, wrapWithSpan } from '../../src/ui/panes/chronology-detail-lines.js';
import { groupLabel, headingRowOf, layOut, rowAt } from '../../src/ui/panes/chronology-rows.js';
import type { AppState } from '../../src/state/app-state.js';
import { PaneModels } from '../../src/ui/models/index.js';
import { fittedMeta } from '../../src/ui/panes/lists.js';
import { PaneView } from '../../src/ui/panes/PaneView.js';
import { textWidth } from '../../src/ui/text-width.js';
import { sampleCorpus } from '../support/corpus.js';
import { KEY, renderApp } from '../support/ink.js';

/** The Chronology pane's model and view for a state in a box, as the App makes them. */
function chronologyPane({ corpus, index, state, width, height }: { corpus: Corpus; index: CorpusIndex; state: AppState; width: number; height: number }) {
  const model = new PaneModels(corpus, index).pane({ ...state, size: { columns: width, rows: height + 3 } });
  return { status: model.status, context: model.context, element: <PaneView model={model} width={width} height={height} /> };
}

function article(id: string, outlet: string, title: string, paragraphs: string[]): Article {
  return {
    id, file: id, title, outlet, via: null, published: '2025-03-17', url: null, note: null,
    provenance: { title: 'manifest', outlet: 'manifest', published: 'manifest', url: null },
    raw: [title, ...paragraphs].join('\n\n'), paragraphs, paragraphLines: paragraphs.map((_, i) => 3 + 2 * i), removed: [], warnings: [],
  };
}

function actor(name: string): Actor {
  const id = name.toLowerCase().replace(/\s+/g, '-');
  return { id, name, kind: 'person', aliases: [], roles: [], mentions: 1, articles: [], quotes: [], mentionsIn: [], cooccurring: [] };
}

const WIRE = ['Moscow talks end without a deal', 'US envoy Steve Witkoff met Vladimir Putin in Moscow on Wednesday, officials said.', 'Sanctions were first imposed in 2024.'];
const TV = ['Putin receives Witkoff', 'Witkoff met Putin in the Kremlin on Thursday, the Kremlin said.', 'Talks began in Riyadh in February.', 'Putin said on Sunday that talks would continue.'];
const BLOG = ['Live: the envoy in Moscow', 'Witkoff shuttled between capitals earlier this week.', 'Steve Witkoff and Vladimir Putin met last Wednesday, a source said.', 'The harbour bridge reopened on Thursday, mayor Anna Berg said.'];

function source(articleId: string, lines: string[], paragraph: number, expression: string, date: string): ChronologySource {
  const outlet = { 'wire.txt': 'Reuters', 'tv.txt': 'Press TV', 'blog.txt': 'Daily Gazette' }[articleId] ?? null;
  return { articleId, outlet, expression, sentence: lines[paragraph + 1]!, paragraph, date };
}

/** A hand-built corpus, so the pane is tested whatever the chronology core makes of real text. */
function chronologyCorpus(): Corpus {
  const entry = (e: Omit<ChronologyEntry, 'id'>): ChronologyEntry => ({ id: `${e.date}:${e.text.slice(0, 12)}`, ...e });
  return {
    root: '/tmp/chronology', warnings: [], stories: [],
    articles: [article('wire.txt', 'Reuters', WIRE[0]!, WIRE.slice(1)), article('tv.txt', 'Press TV', TV[0]!, TV.slice(1)), article('blog.txt', 'Daily Gazette', BLOG[0]!, BLOG.slice(1))],
    actors: ['Steve Witkoff', 'Vladimir Putin', 'Anna Berg'].map(actor),
    chronology: [
      entry({ date: '2024', precision: 'year', text: 'Sanctions were first imposed', actors: [], sources: [source('wire.txt', WIRE, 1, 'in 2024', '2024')], conflict: null }),
      entry({ date: '2025-02', precision: 'month', text: 'Talks began in Riyadh', actors: [], sources: [source('tv.txt', TV, 1, 'in February', '2025-02'), source('wire.txt', WIRE, 1, 'in February', '2025-02')], conflict: null }),
      entry({ date: '2025-03-10', precision: 'week', text: 'Witkoff shuttled between capitals', actors: ['Steve Witkoff'], sources: [source('blog.txt', BLOG, 0, 'earlier this week', '2025-03-10')], conflict: null }),
      entry({
        date: '2025-03-13', precision: 'day', text: 'Steve Witkoff met Vladimir Putin in Moscow', actors: ['Steve Witkoff', 'Vladimir Putin'],
        sources: [source('tv.txt', TV, 0, 'on Thursday', '2025-03-13'), source('wire.txt', WIRE, 0, 'on Wednesday', '2025-03-12'), source('blog.txt', BLOG, 1, 'last Wednesday', '2025-03-12')],
        conflict: 'Reuters and Daily Gazette put this on 2025-03-12; Press TV on 2025-03-13',
      }),
      entry({ date: '2025-03-13', precision: 'day', text: 'The harbour bridge reopened', actors: ['Anna Berg'], sources: [source('blog.txt', BLOG, 2, 'on Thursday', '2025-03-13')], conflict: null }),
      entry({ date: '2025-03-16', precision: 'day', text: 'Putin said talks would continue', actors: ['Vladimir Putin'], sources: [source('tv.txt', TV, 2, 'on Sunday', '2025-03-16')], conflict: null }),
    ],
  };
}

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => app?.unmount());

async function openChronology(corpus = chronologyCorpus(), size = { columns: 100, rows: 30 }) {
  app = await renderApp(corpus, size);
  await app.press('3');
  await app.waitFor((f) => / of \d+ events/.test(f), 'the Chronology pane');
  return app;
}

const lineWith = (frame: string, text: string) => frame.split('\n').find((l) => l.includes(text)) ?? '';

describe('Chronology list', () => {
  it('groups events under their year, month, week or day, oldest first, each date once', async () => {
    const { frame } = await openChronology();
    const headings = ['2024', 'February 2025', 'week of Mon 10 Mar 2025', 'Thu 13 Mar 2025', 'Sun 16 Mar 2025'];
    const at = headings.map((h) => frame().indexOf(h));
    expect(at.every((i) => i !== -1)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(frame().split('Thu 13 Mar 2025').length - 1).toBe(1);
    expect(frame()).toContain('6 of 6 events');
  });

  it('shows the precision where it is not a day, the number of sources, the outlets, and ! for a conflict', async () => {
    const { frame } = await openChronology();
    expect(lineWith(frame(), 'Talks began in Riyadh')).toMatch(/month · 2 sources · Press TV, Reuters/);
    expect(lineWith(frame(), 'Witkoff shuttled')).toMatch(/week · 1 source · Daily Gazette/);
    const met = lineWith(frame(), 'met Vladimir Putin');
    expect(met).toMatch(/^\s?!/);
    // With room to spare the outlets take it: every one is named, no "+1" beside empty columns.
    expect(met).toMatch(/3 sources · Press TV, Reuters, \S/);
    expect(lineWith(frame(), 'harbour bridge')).toMatch(/^\s+The harbour bridge reopened\s+1 source · Daily Gazette/);
  });

  it('moves over events only, never onto a date heading', async () => {
    const a = await openChronology();
    await a.press(KEY.down, KEY.down, KEY.enter);
    await a.waitFor((f) => f.includes('event 3/6'), 'the third event');
    expect(a.frame()).toContain('Witkoff shuttled between capitals');
    expect(a.frame()).toContain('week of Mon 10 Mar 2025 (to the week)');
  });

  it.each([
    ['witkoff', ['Witkoff shuttled', 'met Vladimir Putin'], ['harbour bridge', 'Riyadh']],
    ['actor:witkoff', ['Witkoff shuttled', 'met Vladimir Putin'], ['harbour bridge', 'talks would continue']],
    ['actor:putin', ['met Vladimir Putin', 'talks would continue'], ['Witkoff shuttled']],
    ['outlet:press', ['Riyadh', 'met Vladimir Putin', 'talks would continue'], ['harbour bridge', 'Sanctions']],
    ['outlet:"press"', ['Riyadh', 'met Vladimir Putin', 'talks would continue'], ['harbour bridge', 'Sanctions']],
    ['outlet:"press tv"', ['Riyadh', 'met Vladimir Putin', 'talks would continue'], ['harbour bridge', 'Sanctions']],
    ['outlet:reuters actor:putin', ['met Vladimir Putin'], ['talks would continue', 'Riyadh']],
    ['bridge', ['harbour bridge'], ['Riyadh', 'Witkoff shuttled']],
  ])('the filter %s keeps %j and drops %j', async (query, kept, dropped) => {
    const a = await openChronology();
    await a.press('/');
    await a.type(query);
    await a.waitFor((f) => f.includes(`${kept.length} of 6 events`), `${kept.length} events`);
    for (const text of kept) expect(a.frame()).toContain(text);
    for (const text of dropped) expect(a.frame()).not.toContain(text);
  });

  it('says so when nothing matches, and Esc brings every event back', async () => {
    const a = await openChronology();
    await a.press('/');
    await a.type('zzqx');
    await a.waitFor((f) => f.includes('No event matches "zzqx"'), 'the empty message');
    await a.press(KEY.escape);
    await a.waitFor((f) => f.includes('6 of 6 events'), 'every event');
  });

  it("narrows to an actor's chronology from the detail, says so, and Esc goes back again", async () => {
    const a = await openChronology();
    await a.press(KEY.down, KEY.down, KEY.down, KEY.enter);
    await a.waitFor((f) => f.includes('Chronology of Steve Witkoff'), 'the actor links');
    await a.press('G', KEY.enter);
    await a.waitFor((f) => f.includes('Chronology of Vladimir Putin · Esc goes back'), 'the narrowed list');
    expect(a.frame()).toContain('2 of 6 events · naming Vladimir Putin');
    expect(a.frame()).not.toContain('Witkoff shuttled');
    // Esc goes back where the jump came from: the event's detail, then the list of every event.
    await a.press(KEY.escape);
    await a.waitFor((f) => f.includes('Chronology of Steve Witkoff') && f.includes('Sources'), 'the detail again');
    await a.press(KEY.escape);
    await a.waitFor((f) => f.includes('6 of 6 events') && !f.includes('Esc goes back'), 'every event');
  });

  it('shows only the events naming the actor set from the Actors pane (state.chronologyActor)', () => {
    const corpus = chronologyCorpus();
    const state = { ...initialState({ columns: 80, rows: 20 }), pane: 'chronology' as const, chronologyActor: 'steve-witkoff' };
    const view = chronologyPane({ corpus, index: new CorpusIndex(corpus), state, width: 80, height: 16 });
    expect(view.status).toBe('1/2 · 2 of 6 events · naming Steve Witkoff');
    expect(view.context.rowIds).toEqual([corpus.chronology[2]!.id, corpus.chronology[3]!.id]);
    const frame = render(<>{view.element}</>).lastFrame() ?? '';
    expect(frame).toContain('Chronology of Steve Witkoff · Esc goes back');
    expect(frame).not.toContain('harbour bridge');
  });

  it('fits 60 columns and the height it is given', async () => {
    const { frame } = await openChronology(chronologyCorpus(), { columns: 60, rows: 12 });
    const lines = frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(11);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(60);
    expect(frame()).toContain('6 of 6 events');
  });

  it('keeps the date heading above the window when it scrolls into a day', () => {
    const corpus = chronologyCorpus();
    const base = initialState({ columns: 80, rows: 10 });
    const state = { ...base, pane: 'chronology' as const, lists: { ...base.lists, chronology: { selectedId: corpus.chronology[4]!.id, filter: '' } } };
    const view = chronologyPane({ corpus, index: new CorpusIndex(corpus), state, width: 80, height: 3 });
    const frame = render(<>{view.element}</>).lastFrame() ?? '';
    expect(frame.split('\n')[0]).toContain('Thu 13 Mar 2025');
    expect(frame).toContain('The harbour bridge reopened');
  });

  it('windows a long chronology: G goes to the last event, under its own date', async () => {
    const corpus = chronologyCorpus();
    const day = (i: number) => `2025-04-${String(1 + Math.floor(i / 10)).padStart(2, '0')}`;
    corpus.chronology = Array.from({ length: 300 }, (_, i) => ({ ...corpus.chronology[5]!, id: `long-${i}`, date: day(i), text: `Numbered event ${i}` }));
    const a = await openChronology(corpus, { columns: 80, rows: 16 });
    await a.press('G');
    await a.waitFor((f) => f.includes('Numbered event 299'), 'the last event');
    expect(a.frame()).toContain('Wed 30 Apr 2025');
    expect(a.frame()).not.toContain('Numbered event 0 ');
    expect(a.frame().split('\n').length).toBeLessThanOrEqual(15);
    await a.press(KEY.enter);
    await a.waitFor((f) => f.includes('event 300/300'), 'the last event opened');
  });

  it('never shows control sequences from the text', async () => {
    const corpus = chronologyCorpus();
    corpus.chronology[0] = { ...corpus.chronology[0]!, text: 'Sanctions \u001b[2Jwere \u202eimposed' };
    const { frame } = await openChronology(corpus);
    expect(frame()).toContain('Sanctions were imposed');
    expect(frame()).not.toContain('\u202e');
  });

  it('lists the dated events the core finds in made-up articles', async () => {
    const { frame } = await openChronology(sampleCorpus());
    for (const heading of ['February 2025', 'Sun 9 Mar 2025', 'Mon 10 Mar 2025']) expect(frame()).toContain(heading);
    expect(lineWith(frame(), 'Grain exports rose')).toContain('month · 1 source · Press TV');
  });
});

describe('Chronology detail', () => {
  it('shows the date with its precision, the conflict, the actors and every source with its sentence', async () => {
    const a = await openChronology();
    await a.press(KEY.down, KEY.down, KEY.down, KEY.enter);
    await a.waitFor((f) => f.includes('event 4/6 · source 1 of 3'), 'the detail');
    const f = a.frame();
    expect(f).toContain('Thu 13 Mar 2025 (to the day)');
    expect(f).toContain('! Dates differ: Reuters and Daily Gazette put this on 2025-03-12; Press TV on 2025-03-13');
    expect(f).toContain('Actors    Steve Witkoff, Vladimir Putin');
    expect(f).toContain('Press TV · "on Thursday"');
    expect(f).toContain('Reuters · "on Wednesday" · puts it on 2025-03-12');
    expect(f).toContain('Daily Gazette · "last Wednesday" · puts it on 2025-03-12');
    expect(f).toContain('Steve Witkoff and Vladimir Putin met last Wednesday, a source said.');
  });

  it('opens the article at the source paragraph with Enter, and q goes back to the list', async () => {
    const a = await openChronology();
    await a.press(KEY.down, KEY.down, KEY.down, KEY.enter, KEY.down);
    await a.waitFor((f) => f.includes('source 2 of 3'), 'the second source');
    await a.press(KEY.enter);
    await a.waitFor((f) => f.includes('Moscow talks end without a deal') && f.includes('line '), 'the reader');
    expect(a.frame()).toContain('US envoy Steve Witkoff met Vladimir Putin in Moscow on Wednesday');
    await a.press('3', 'q');
    await a.waitFor((f) => f.includes('6 of 6 events'), 'the list');
    expect(a.quitted()).toBe(false);
  });

  it.each([
    ['met on Thursday in Moscow', 'on Thursday', [4, 15]],
    ['Met LAST WEDNESDAY', 'last Wednesday', [4, 18]],
    ['no such words here', 'on Sunday', null],
  ])('finds the expression in %j', (sentence, expression, span) => {
    expect(expressionSpan(sentence, expression)).toEqual(span);
  });

  it('carries the highlight over a line break', () => {
    const sentence = 'The envoy arrived in the capital late last Wednesday evening.';
    const lines = wrapWithSpan(sentence, expressionSpan(sentence, 'last Wednesday'), 42);
    const marked = lines.flatMap((l) => l.spans.map(([a, b]) => l.text.slice(a, b)));
    expect(marked.join(' ')).toBe('last Wednesday');
    expect(lines.length).toBe(2);
  });
});

describe('Chronology helpers', () => {
  it('numbers rows with a heading before each new date or precision', () => {
    const e = (date: string, precision: ChronologyEntry['precision']): ChronologyEntry => ({ id: `${precision}${date}`, date, precision, text: date, actors: [], sources: [], conflict: null });
    const listing = layOut([e('2025-03-10', 'day'), e('2025-03-10', 'day'), e('2025-03-10', 'week'), e('2025-03-11', 'day'), e('2025-03', 'month')]);
    expect([...listing.rowOfEntry]).toEqual([1, 2, 4, 6, 8]);
    expect(listing.rowCount).toBe(9);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((r) => `${rowAt(listing, r)!.kind[0]}${rowAt(listing, r)!.index}`))
      .toEqual(['h0', 'e0', 'e1', 'h2', 'e2', 'h3', 'e3', 'h4', 'e4']);
    expect([0, 1, 2, 3, 4].map((i) => headingRowOf(listing, i))).toEqual([0, 0, 3, 5, 7]);
    expect(rowAt(listing, 9)).toBeNull();
  });

  it.each([
    [{ date: '2025-03-13', precision: 'day' }, 'Thu 13 Mar 2025'],
    [{ date: '2025-03-10', precision: 'week' }, 'week of Mon 10 Mar 2025'],
    [{ date: '2025-02', precision: 'month' }, 'February 2025'],
    [{ date: '2024', precision: 'year' }, '2024'],
  ] as const)('an entry dated %j goes under %s', (entry, label) => {
    expect(groupLabel(entry)).toBe(label);
  });

  it.each([
    [60, '3 sources · Press TV, Reuters, Daily Gazette'],
    [40, '3 sources · Press TV, Reuters +1'],
    [25, '3 sources · Press TV +2'],
    [22, '3 sources · 3 outlets'],
    [16, '3 sources · 3 o…'],
  ])('at %i cells the outlets of an event read %j', (width, meta) => {
    expect(fittedMeta(chronologyCorpus().chronology[3]!, width)).toBe(meta);
  });
});
