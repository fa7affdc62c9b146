import { afterEach, describe, expect, it } from 'vitest';
import { BIN, hasTmux, Terminal } from '../support/tmux.js';

let term: Terminal | null = null;
afterEach(() => term?.close());

// The walk a new user takes on the bundled corpus, in a real terminal, with CI set as in CI and not.
describe.skipIf(!hasTmux).each([['CI=true', { CI: 'true' }], ['no CI', {}]])('the explorer in a terminal (%s)', (_label, env) => {
  it('filters, reads, shows what cleaning removed, helps, and quits leaving the terminal as it was', async () => {
    term = new Terminal(['node', BIN], { columns: 110, rows: 32, env });
    const first = await term.waitFor((s) => s.includes('5 of 5 articles'), 'the article list');
    for (const outlet of ['Press TV', 'Al Jazeera', 'BBC', 'Antiwar.com']) expect(first).toContain(outlet);
    expect(first).toMatch(/2025-03-16/);

    term.send('/');
    await term.waitFor((s) => s.includes('Filter:'), 'the filter input');
    term.send('press tv', true);
    const filtered = await term.waitFor((s) => s.includes('1 of 5 articles'), 'the filter');
    expect(filtered).toContain('Press TV');
    expect(filtered).not.toContain('Al Jazeera');

    term.send('Enter');
    await term.waitFor((s) => s.includes('(/ edit'), 'the kept filter');
    term.send('Enter');
    await term.waitFor((s) => /Press TV · .* · i: details/.test(s), 'the reader');
    term.send('r');
    await term.waitFor((s) => s.includes('Raw text:') && /\[boilerplate(: [a-z -]+)?\]/.test(s), 'the raw text with reasons');
    term.send('Escape');
    await term.waitFor((s) => s.includes('1 of 5 articles'), 'the list again');
    term.send('?');
    await term.waitFor((s) => s.includes('Filter as you type'), 'the help');
    term.send('Escape');
    await term.waitFor((s) => !s.includes('Filter as you type'), 'the help to close');
    term.send('q');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit');
    expect(term.exitStatus()).toBe(0);
    expect(term.screen()).not.toContain('of 5 articles');
  });
});

describe.skipIf(!hasTmux)('keys sent in one go', () => {
  it('a paste of "/press tv" fills the filter: no key after "/" is lost', async () => {
    term = new Terminal(['node', BIN], { columns: 110, rows: 32, env: { CI: 'true' } });
    await term.waitFor((s) => s.includes('5 of 5 articles'), 'the article list');
    term.send('/press tv', true);
    const filtered = await term.waitFor((s) => s.includes('1 of 5 articles'), 'the filter');
    expect(filtered).toMatch(/Filter: press tv/);
    term.send('Enter');
    // Letters typed straight after one another (separate writes, no pause) all land.
    term.send('/');
    for (const ch of 'witkoff') term.send(ch, true);
    await term.waitFor((s) => /Filter: press tvwitkoff/.test(s), 'every letter typed');
    term.send('C-c');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit');
  });
});

describe.skipIf(!hasTmux)('the explorer at small sizes', () => {
  it('survives a storm of resizes, down to 20x5, and redraws at the final size', async () => {
    term = new Terminal(['node', BIN], { columns: 100, rows: 30, env: { CI: 'true' } });
    await term.waitFor((s) => s.includes('5 of 5 articles'), 'the article list');
    const sizes = [[20, 5], [160, 50], [41, 10], [39, 9], [80, 24], [60, 20], [120, 40], [20, 5], [90, 28]] as const;
    for (const [columns, rows] of sizes) term.resize(columns, rows);
    const screen = await term.waitFor((s) => s.includes('5 of 5 articles'), 'a redraw at 90x28');
    expect(Math.max(...screen.split('\n').map((l) => l.trimEnd().length))).toBeLessThanOrEqual(90);
    term.resize(20, 5);
    await term.waitFor((s) => s.includes('needs a'), 'the size message');
    term.send('q');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit');
    expect(term.exitStatus()).toBe(0);
  });

  it('says how large a terminal it needs, and still quits', async () => {
    term = new Terminal(['node', BIN], { columns: 20, rows: 5, env: { CI: 'true' } });
    await term.waitFor((s) => s.includes('needs a'), 'the size message');
    term.send('q');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit');
    expect(term.exitStatus()).toBe(0);
  });
});
