import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandIds, commands } from '../../src/keys/commands.js';
import { helpMarkdown } from '../../src/keys/help.js';
import { keymap, type Scope } from '../../src/keys/keymap.js';
import { keyName, keyNames, resolveKey } from '../../src/keys/resolve.js';

describe('keymap', () => {
  it('describes every command and binds each one somewhere', () => {
    const bound = new Set(Object.values(keymap).flatMap((bindings) => bindings.map((b) => b.command)));
    for (const id of commandIds) {
      expect(commands[id].description.length, id).toBeGreaterThan(3);
      expect(bound.has(id), `${id} has no key`).toBe(true);
    }
  });

  it.each(Object.keys(keymap) as Scope[])('binds no key twice in the %s scope', (scope) => {
    const keys = keymap[scope].flatMap((b) => b.keys);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it.each([
    [['reader', 'global'], 'q', 'back'],
    [['articles', 'list', 'global'], 'q', 'app.quit'],
    [['filter'], 'j', null],
    [['filter'], 'return', 'filter.accept'],
    [['overlay'], 'escape', 'back'],
    [['articles', 'list', 'global'], 'space', 'compare.mark'],
    [['list', 'global'], '3', 'pane.chronology'],
  ] as const)('in %j, %s runs %s', (scopes, key, command) => {
    expect(resolveKey(scopes, key)?.command ?? null).toBe(command);
  });

  it.each([
    ['', { upArrow: true }, 'up'],
    ['', { tab: true, shift: true }, 'shift+tab'],
    ['u', { ctrl: true }, 'ctrl+u'],
    [' ', {}, 'space'],
    ['G', { shift: true }, 'G'],
    ['', { escape: true }, 'escape'],
  ])('names %j with %j as %s', (input, flags, name) => {
    expect(keyName(input, flags)).toBe(name);
  });

  it('README.md lists the keys exactly as the keymap has them (regenerate: npm run readme-keys)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme)?.[1];
    expect(section).toBe(helpMarkdown());
  });
});

describe('bursts of keys', () => {
  it.each([
    ['\r\r', ['return', 'return']],
    ['jjk', ['j', 'j', 'k']],
    ['a\tb', ['a', 'tab', 'b']],
    ['x\u001b[A', []],
  ])('%j reads as %j', (input, names) => {
    expect(keyNames(input, {})).toEqual(names);
  });
});
