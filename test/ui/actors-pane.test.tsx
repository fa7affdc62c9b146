import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { analysedCorpus, handCorpus } from './actors-corpus.js';
import { KEY, renderApp } from '../support/ink.js';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
  chalk.level = 0;
});

const SMALL = { columns: 60, rows: 20 };
/** ANSI colour codes as Ink writes them once colour is on. */
const ANSI = { yellow: '\u001b[33m', magenta: '\u001b[35m', green: '\u001b[32m', cyan: '\u001b[36m' };
/** The frame without colour codes, for checks on the text. */
const plain = (frame: string) => frame.replace(/\u001b\[[0-9;]*m/g, '');
/** The text right after a colour code, up to the next code. */
const coloured = (frame: string, code: string) => frame.split(code).slice(1).map((part) => part.split('\u001b')[0] ?? '');

async function openActors(size = { columns: 100, rows: 30 }) {
  app = await renderApp(handCorpus(), size);
  await app.press('2');
  await app.waitFor((f) => plain(f).includes('of 6 actors'), 'the Actors pane');
  return app;
}

async function openDetail(name: string, size = { columns: 100, rows: 30 }) {
  const pane = await openActors(size);
  await pane.press('/');
  await pane.type(name.toLowerCase());
  await pane.press(KEY.enter, KEY.enter);
  await pane.waitFor((f) => plain(f).includes(`${name} · `) && plain(f).includes('Mentions ('), `the detail of ${name}`);
  return pane;
}

/** Presses a key until the status bar shows `what` (at most `limit` presses). */
async function pressUntil(key: string, what: RegExp, limit = 40) {
  for (let i = 0; i < limit && !what.test(app!.frame()); i++) await app!.press(key);
  await app!.waitFor((f) => what.test(f), String(what));
}

describe('Actors pane: the list', () => {
  it('lists every actor most prominent first, with kind, articles, outlets and mentions', async () => {
    await openActors();
    const frame = app!.frame();
    expect(frame).toContain('6 of 6 actors');
    const names = frame.split('\n').map((line) => /^ (\S.*?)\s{2,}(?:person|org|place) /.exec(line)?.[1]).filter(Boolean);
    expect(names).toEqual(['Maria Okafor', 'Henrik Dahl', 'Rotterdam', 'Northwire', 'The Hague', 'Europe']);
    expect(frame).toMatch(/Maria Okafor\s+person\s+4\s+4\s+28\s+City Live, Northwire/);
    expect(frame).toMatch(/Northwire\s+org\s+1\s+1\s+1/);
    expect(frame).toMatch(/The Hague\s+place\s+1\s+1\s+1\s+Havenkrant/);
  });

  it.each([
    ['a fuzzy fragment of a name', 'hnrk', 'Henrik Dahl', 'Maria Okafor'],
    ['an alias the name does not contain, shown beside it', 'haag', 'The Hague ~ Den Haag', 'Henrik Dahl'],
    ['an alias written in capitals', 'ROTTERDAM', 'Rotterdam', 'Europe'],
  ])('filters by %s', async (_what, query, shown, hidden) => {
    await openActors();
    await app!.press('/');
    await app!.type(query);
    await app!.waitFor((f) => f.includes('1 of 6 actors') && f.includes(shown), `the filter to narrow to ${shown}`);
    expect(app!.frame()).not.toContain(hidden);
    expect(app!.frame()).toContain(`filter "${query}"`);
  });

  it('highlights what the filter matched in the name', async () => {
    chalk.level = 1;
    await openActors();
    await app!.press('/');
    await app!.type('dahl');
    await app!.waitFor((f) => plain(f).includes('1 of 6 actors'), 'the filter');
    expect(coloured(app!.frame(), ANSI.yellow)).toContain('Dahl');
  });

  it('says what to do when nothing matches, and Esc clears the filter', async () => {
    await openActors();
    await app!.press('/');
    await app!.type('zzzz');
    await app!.waitFor((f) => f.includes('No actor matches "zzzz"'), 'the empty list');
    await app!.press(KEY.escape);
    await app!.waitFor((f) => f.includes('6 of 6 actors'), 'every actor again');
  });

  it('fits a 60-column terminal, leaving out the outlet names', async () => {
    await openActors(SMALL);
    const lines = app!.frame().split('\n');
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(app!.frame()).toMatch(/Maria Okafor\s+person\s+4\s+4\s+28/);
    expect(app!.frame()).not.toContain('Named by');
  });

  it('lists the actors the analysis itself found', async () => {
    app = await renderApp(analysedCorpus());
    await app.press('2');
    await app.waitFor((f) => /Maria Okafor\s+person/.test(f), 'an actor found by the recogniser');
  });
});

describe('Actors pane: the detail', () => {
  it('shows aliases, roles with their outlets, quotes with their outlet, co-occurring actors and mentions', async () => {
    await openDetail('Maria Okafor');
    const frame = app!.frame();
    expect(frame).toContain('Also written: Okafor');
    expect(frame).toContain('28 mentions in 4 articles');
    // One role however it is capitalised, with every outlet that gives it.
    expect(frame).toContain('union leader — Northwire, Havenkrant');
    expect(frame).toContain('“This is a fair agreement for every worker” — Northwire');
    expect(frame).toContain('Henrik Dahl ×3');
    expect(frame).toContain('City Live · 00:00 Entry 1: Okafor addresses the picket line');
    expect(frame).toContain('Maria Okafor · role 1 of 1 · 1/32');
  });

  it('highlights the name in each mention, coloured as a person', async () => {
    chalk.level = 1;
    await openDetail('Henrik Dahl');
    const names = coloured(app!.frame(), ANSI.magenta);
    expect(names).toContain('Henrik Dahl');
    expect(names).toContain('Dahl');
  });

  it('opens the article at the mentioned sentence with Enter, deep in a long article', async () => {
    await openDetail('Maria Okafor', SMALL);
    await pressUntil(KEY.down, /mention 20 of 28/);
    await app!.press(KEY.enter);
    await app!.waitFor((f) => f.includes('Entry 20: Okafor addresses the picket line') && f.includes('Articles · clean · line'), 'the reader at entry 20');
    expect(app!.frame()).not.toContain('Port strike diary: hour by hour');
  });

  it('opens the article at a quote with Enter', async () => {
    await openDetail('Henrik Dahl', SMALL);
    await pressUntil(KEY.down, /quote 1 of 1/);
    await app!.press(KEY.enter);
    await app!.waitFor((f) => f.includes('called the deal "a win for') && f.includes('Articles · clean'), 'the reader at the quote');
  });

  it('opens the article where it gives the role with Enter, and marks that paragraph', async () => {
    chalk.level = 1;
    await openDetail('Henrik Dahl');
    await app!.press(KEY.enter);
    await app!.waitFor((f) => plain(f).includes('Articles · clean'), 'the reader');
    expect(plain(app!.frame())).toContain('Port strike ends after talks in Rotterdam');
    expect(coloured(app!.frame(), ANSI.cyan).some((t) => t.startsWith('Transport minister'))).toBe(true);
  });

  it('goes to a co-occurring actor with Enter', async () => {
    await openDetail('Henrik Dahl');
    await pressUntil(KEY.down, /co-occurring actor 1 of 1/);
    await app!.press(KEY.enter);
    await app!.waitFor((f) => f.includes('Maria Okafor · role 1 of 1 · 1/32'), "Maria Okafor's detail");
  });

  it('scrolls a long detail so the selected row stays in view', async () => {
    await openDetail('Maria Okafor', SMALL);
    await app!.press('G');
    await app!.waitFor((f) => f.includes('32/32'), 'the last row');
    expect(app!.frame()).toContain('The Morning Ledger · Maria Okafor, the union leader');
    expect(app!.frame()).not.toContain('Also written');
    await app!.press('g');
    await app!.waitFor((f) => f.includes(' 1/32') && f.includes('Also written'), 'the top again');
  });

  it.each([['Esc', KEY.escape], ['q', 'q']])('goes back to the list with %s, keeping the selection', async (_name, key) => {
    await openActors();
    await app!.press(KEY.down, KEY.enter);
    await app!.waitFor((f) => f.includes('Henrik Dahl · role 1 of 1'), 'the detail');
    await app!.press(key);
    await app!.waitFor((f) => f.includes('6 of 6 actors'), 'the list');
    expect(app!.quitted()).toBe(false);
    await app!.press(KEY.enter);
    await app!.waitFor((f) => f.includes('Henrik Dahl · role 1 of 1'), 'the same actor again');
  });

  it.each([['the list', false], ['the detail', true]])("shows the actor's chronology with t from %s", async (_where, drill) => {
    await openActors();
    await app!.press(KEY.down);
    if (drill) await app!.press(KEY.enter);
    await app!.press('t');
    // The Chronology pane is narrowed to the actor selected here, the second one.
    await app!.waitFor((f) => / Chronology · /.test(f) && f.includes('Henrik Dahl'), "Henrik Dahl's chronology");
  });
});

describe('Reader: actor names', () => {
  it('colours actor names by kind in the clean text, and the search highlight stays distinct', async () => {
    chalk.level = 1;
    app = await renderApp(handCorpus());
    await app.press(KEY.down, KEY.enter);
    await app.waitFor((f) => plain(f).includes('Transport minister Henrik Dahl welcomed'), 'the wire story');
    // "Maria Okafor" is wrapped over two lines at this width: both halves are coloured.
    expect(coloured(app.frame(), ANSI.magenta)).toEqual(expect.arrayContaining(['Maria', 'Okafor', 'Henrik Dahl']));
    expect(coloured(app.frame(), ANSI.green)).toContain('ROTTERDAM');
    await app.press('/');
    await app.type('deal');
    await app.press(KEY.enter);
    await app.waitFor((f) => /"deal": 1 of \d/.test(plain(f)), 'the search');
    expect(coloured(app.frame(), ANSI.yellow)).toContain('deal');
    expect(coloured(app.frame(), ANSI.magenta)).toContain('Henrik Dahl');
  });
});
