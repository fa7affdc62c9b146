import { describe, expect, it } from 'vitest';
import type { CommandId } from '../../src/keys/commands.js';
import { editLine, insertText } from '../../src/state/line-edit.js';

describe('the filter line edits as readline does', () => {
  it.each([
    ['press tv|', 'edit.deleteWord', 'press |'],
    ['press, tv|', 'edit.deleteWord', 'press, |'],
    ['press |tv', 'edit.deleteToStart', '|tv'],
    ['press |tv', 'edit.deleteToEnd', 'press |'],
    ['press tv|', 'edit.wordLeft', 'press |tv'],
    ['|press tv', 'edit.wordRight', 'press| tv'],
    ['press tv|', 'edit.home', '|press tv'],
    ['|press tv', 'edit.end', 'press tv|'],
    ['ab|c', 'edit.backspace', 'a|c'],
    ['ab|c', 'edit.delete', 'ab|'],
    ['|abc', 'edit.backspace', '|abc'],
    ['🗞|x', 'edit.backspace', '|x'],
    ['a|🗞', 'edit.right', 'a🗞|'],
  ] as const)('%s with %s gives %s', (before, command, after) => {
    const line = { text: before.replace('|', ''), cursor: before.indexOf('|') };
    const next = editLine(line, command as CommandId);
    expect(`${next.text.slice(0, next.cursor)}|${next.text.slice(next.cursor)}`).toBe(after);
  });

  it('inserts typed text at the cursor', () => {
    expect(insertText({ text: 'tv', cursor: 0 }, 'press ')).toEqual({ text: 'press tv', cursor: 6 });
  });
});
