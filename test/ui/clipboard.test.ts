import { describe, expect, it } from 'vitest';
import { osc52, OSC52_LIMIT } from '../../src/ui/clipboard.js';

describe('copying through the terminal (OSC 52)', () => {
  it('writes the exact sequence: ESC ] 52 ; c ; base64 BEL', () => {
    expect(osc52('“Peace” — Steve Witkoff')).toBe(`\u001b]52;c;${Buffer.from('“Peace” — Steve Witkoff').toString('base64')}\u0007`);
  });

  it('copies the text sanitised: no escape sequence rides along', () => {
    const sequence = osc52('quote\u001b]0;pwned\u0007 end\u009b2J')!;
    const copied = Buffer.from(sequence.slice('\u001b]52;c;'.length, -1), 'base64').toString('utf8');
    expect(copied).toBe('quote end');
  });

  it('refuses a text too long for one sequence rather than sending a cut one', () => {
    expect(osc52('x'.repeat((OSC52_LIMIT / 4) * 3 + 3))).toBeNull();
    expect(osc52('x'.repeat(1000))).not.toBeNull();
  });
});
