import { afterEach, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/ui/text-width.js';
import { BIN, hasTmux, Terminal } from '../support/tmux.js';

let term: Terminal | null = null;
afterEach(() => term?.close());

/** Every line of a screen fits the terminal, and its last line keeps `? help`. */
function fits(screen: string, columns: number): void {
  for (const line of screen.split('\n')) expect(textWidth(line.trimEnd())).toBeLessThanOrEqual(columns);
  expect(screen.trimEnd().split('\n').at(-1)).toContain('? help');
}

// A walk through the four panes as a new user takes it, in a real terminal at 80x24 without colour:
// a jump lands with a margin mark, Esc comes back the way it went, every frame fits.
describe.skipIf(!hasTmux)('a walk through the four panes at 80x24, NO_COLOR', () => {
  it('articles, reader, actors, chronology, compare and back', async () => {
    term = new Terminal(['node', BIN], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    fits(await term.waitFor((s) => s.includes('1/5 · 5 of 5 articles'), 'the article list'), 80);

    term.send('Enter');
    const reader = await term.waitFor((s) => s.includes('i: details'), 'the reader, its header one line');
    fits(reader, 80);
    expect(reader).not.toMatch(/^\s*Outlet\s/m);
    term.send('/');
    term.send('Witkoff', true);
    term.send('Enter');
    term.send('n');
    fits(await term.waitFor((s) => /^▸ .*Witkoff/m.test(s), 'a search match marked in the margin'), 80);

    term.send('2');
    fits(await term.waitFor((s) => s.includes('Actors · 1/'), 'the actors'), 80);
    term.send('Enter');
    await term.waitFor((s) => /mentions? in \d+ articles?/.test(s), 'an actor');
    term.send('t');
    fits(await term.waitFor((s) => s.includes('Chronology of') && s.includes('Esc goes back'), "the actor's chronology"), 80);
    term.send('Escape');
    await term.waitFor((s) => /mentions? in \d+ articles?/.test(s), 'back to the actor');

    term.send('3');
    fits(await term.waitFor((s) => s.includes('Chronology · 1/'), 'the chronology'), 80);
    term.send('Enter');
    await term.waitFor((s) => s.includes('Sources ('), 'an event');
    term.send('Escape');

    term.send('4');
    fits(await term.waitFor((s) => s.includes('Compare · 1/') && s.includes('%'), 'the pairs, measured'), 80);
    term.send('Enter');
    fits(await term.waitFor((s) => s.includes('alike'), 'a comparison'), 80);
    term.send('j');
    term.send('Enter');
    await term.waitFor((s) => s.includes('Articles · clean') && /^▌ /m.test(s), 'the compare row in the reader, marked');
    term.send('Escape');
    await term.waitFor((s) => s.includes('alike') && s.includes('row 2/'), 'back to the same compare row');

    term.send('q');
    term.send('q');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit');
    expect(term.exitStatus()).toBe(0);
  });
});
