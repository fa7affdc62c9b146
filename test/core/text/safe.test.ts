import { describe, expect, it } from 'vitest';
import { safeLine, safeText, visibleText } from '../../../src/core/text/safe.js';

/** Any byte a terminal acts on: C0 but newline and tab, ESC, DEL, C1, bidi controls. */
const TERMINAL_ACTS_ON = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('safeText: text to read', () => {
  it.each([
    ['SGR colour', '\u001b[31mred\u001b[0m', 'red'],
    ['OSC 0 window title, BEL', 'title\u001b]0;pwned\u0007!', 'title!'],
    ['OSC 52 clipboard, ST', 'clip\u001b]52;c;Zm9v\u001b\\board', 'clipboard'],
    ['OSC without an end', 'a\u001b]0;rest of the line', 'a'],
    ['CSI 2J clear screen', 'before\u001b[2J\u001b[Hafter', 'beforeafter'],
    ['DCS string', 'dcs\u001bPq#0\u001b\\end', 'dcsend'],
    ['one-byte C1 CSI with its parameters', 'c1\u009b31mx', 'c1x'],
    ['one-byte C1 OSC', 'o\u009d0;t\u009cx', 'ox'],
    ['charset designation ESC ( B', 'a\u001b(Bb', 'ab'],
    ['reset ESC c', 'a\u001bcb', 'ab'],
    ['bidi override and pop', 'bidi\u202eevil\u202c', 'bidievil'],
    ['bidi isolates and marks', '\u2066a\u2069\u200fb\u200e', 'ab'],
    ['BEL, backspace, CR, DEL', 'a\u0007b\u0008c\rd\u007fe', 'abcde'],
    ['zero-width space, word joiner, BOM, soft hyphen', 'a\u200bb\u2060c\ufeffd\u00ade', 'abcde'],
    ['a stray tag character', 'tag\u{e0041}x', 'tagx'],
    ['a lone surrogate', 'lone\ud800x', 'lonex'],
    ['line separator', 'a\u2028b', 'a\nb'],
    ['tab and newline kept', 'tab\tand\nnewline', 'tab\tand\nnewline'],
    ['ZWNJ kept (Persian)', 'می\u200cخواهم', 'می\u200cخواهم'],
    ['ZWJ kept (emoji sequence)', '👩\u200d💻 and 👨\u200d👩\u200d👧', '👩\u200d💻 and 👨\u200d👩\u200d👧'],
    ['flag tag sequence kept', '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}', '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'],
    ['VS16 kept', '☺\ufe0f', '☺\ufe0f'],
    ['plain text untouched', 'Witkoff met Putin — 3 hours', 'Witkoff met Putin — 3 hours'],
  ])('%s', (_what, input, output) => {
    expect(safeText(input)).toBe(output);
    expect(safeText(input)).not.toMatch(TERMINAL_ACTS_ON);
  });
});

describe('safeLine: text to read on one line', () => {
  it.each([
    ['a newline cannot start a second line', 'Title\nnewsx: skipped: forged', 'Title newsx: skipped: forged'],
    ['controls go, spaces collapse', '  a\u001b[2J \t b  ', 'a b'],
  ])('%s', (_what, input, output) => {
    expect(safeLine(input)).toBe(output);
  });
});

describe('visibleText: names and diagnostics', () => {
  it.each([
    ['a newline in a file name', 'a\nnewsx: skipped: b.txt', 'a␤newsx: skipped: b.txt'],
    ['window title', 'x\u001b]0;title\u0007.txt', 'x␛]0;title␇.txt'],
    ['OSC 52', '\u001b]52;c;Zm9v\u001b\\', '␛]52;c;Zm9v␛\\'],
    ['clear screen', '\u001b[2J.md', '␛[2J.md'],
    ['tab, CR, DEL', 'a\tb\rc\u007f', 'a␉b␍c␡'],
    ['C1 CSI', 'a\u009b2J', 'a<U+009B>2J'],
    ['bidi override', 'evil\u202etxt.exe', 'evil<U+202E>txt.exe'],
    ['ZWNJ and ZWJ are text', 'می\u200cخواهم 👩\u200d💻', 'می\u200cخواهم 👩\u200d💻'],
    ['plain name', 'reports/2025-03-12 bbc.txt', 'reports/2025-03-12 bbc.txt'],
  ])('%s', (_what, input, output) => {
    expect(visibleText(input)).toBe(output);
    expect(visibleText(input)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
