import { describe, expect, it } from 'vitest';
import { keyboardInput } from '../../src/ui/input-guard.js';

describe('keyboard input guard', () => {
  it.each([
    ['\u001b[A', '\u001b[A'],
    ['\u001b[1;5C', '\u001b[1;5C'],
    ['\u001b[6~', '\u001b[6~'],
    ['\u001b[Z', '\u001b[Z'],
    ['\u001b[97;5u', '\u001b[97;5u'],
    ['red \u001b[31mtext\u001b[0m', 'red text'],
    ['\u001b]0;pwned\u0007after', 'after'],
    ['\u001b]52;c;Zm9v\u001b\\x', 'x'],
    ['\u001bPq#0;2;0;0;0\u001b\\', ''],
    ['a\u009b31mb', 'a31mb'],
    ['plain paste', 'plain paste'],
  ])('%j becomes %j', (input, expected) => {
    expect(keyboardInput(input)).toBe(expected);
  });
});
