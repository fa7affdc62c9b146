import { intern, internRange, wordOf } from './intern.js';
import { newToken, type TokenPool } from './token-pool.js';
import { infoOf, isCap, markOf, NAME_PREFIX, syncWordInfo, type WordInfo } from './words.js';
import { placeOf } from './lexicon/gazetteer.js';
import { PARTICLES } from './lexicon/common-words.js';

/** One word or punctuation mark of a sentence, with its offsets in the paragraph it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter (or is "al-Assad", "d'Alembert"): may be part of a name. */
  cap: boolean;
  /** Followed by "'s" / "’s", which the token excludes ("Zelensky’s" -> "Zelensky"). */
  possessive: boolean;
  /** Lower-case form, for lexicon look-ups. */
  lower: string;
  /** The interned word's id (see intern.ts), or -1 for a punctuation mark. */
  id: number;
}

// Character classes by code unit, computed once per code: 1 starts a word (letter, digit), 2 continues
// one (combining mark), 0 neither. A hand-written scanner over this table is several times faster
// than a Unicode-property regex, and tokenising is most of the actor stage's work.
const CLASS = new Uint8Array(65536).fill(255);
function classOf(code: number): number {
  let k = CLASS[code]!;
  if (k === 255) {
    const ch = String.fromCharCode(code);
    k = /[\p{L}\p{N}]/u.test(ch) ? 1 : /\p{M}/u.test(ch) ? 2 : 0;
    CLASS[code] = k;
  }
  return k;
}
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

// Inside a word: apostrophes ("O'Brien"), dots ("U.S", "Antiwar.com"), hyphens and ampersands ("AT&T").
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45 || code === 38;
}

/** The end of the word starting at `i`: letters, digits and marks, with joiners between them. */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && classOf(text.charCodeAt(j)) !== 0) j++;
    if (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && classOf(text.charCodeAt(j + 1)) === 1) {
      j += 2;
      continue;
    }
    return j;
  }
}
// Abbreviations and initials keep their full stop: "Mr.", "Gen.", "F.", "U.S.".
const KEEPS_DOT = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|prof|gen|lt|col|sgt|capt|adm|gov|sen|rep|rev|st|jr|sr|hon|mme|inc|corp|ltd|co)$/iu;
// Scrapes glue a site's name to the next word ("Antiwar.comWhite"): split after the domain.
const GLUED_DOMAIN = /^([\p{L}\d-]+\.(?:com|org|net|co\.uk|eu))(\p{Lu}.*)$/u;


function make(text: string, start: number, possessive = false): Token {
  return makeId(intern(text), start, possessive);
}

function makeId(id: number, start: number, possessive: boolean): Token {
  const info = infoOf(id);
  return newToken(pool, info.text, start, start + info.text.length, true, info.cap, possessive, info.lower, id);
}

// The pool of the tokenisation under way (tokenise is not re-entrant).
let pool: TokenPool | null = null;


/**
 * Hyphenated words: "Wynn-Williams" and "Mar-a-Lago" are one name; "Trump-initiated" and "US-Ukraine"
 * name actors in their parts, so those are split (the parts keep their offsets).
 */
function pushWord(out: Token[], text: string, start: number, possessive: boolean): void {
  const glued = text.includes('.') ? GLUED_DOMAIN.exec(text) : null;
  if (glued) {
    out.push(make(glued[1]!, start));
    pushWord(out, glued[2]!, start + glued[1]!.length, possessive);
    return;
  }
  if (!text.includes('-') || NAME_PREFIX.test(text)) {
    out.push(make(text, start, possessive));
    return;
  }
  const parts = text.split('-');
  const last = parts.length - 1;
  const nameish = parts.every((p, i) => isCap(p) || (i > 0 && i < last && PARTICLES.has(p.toLowerCase())));
  if (nameish && !parts.every((p) => placeOf(p) !== null)) {
    out.push(make(text, start, possessive));
    return;
  }
  let at = start;
  parts.forEach((part, i) => {
    if (i > 0) {
      out.push(newToken(pool, '-', at, at + 1, false, false, false, '-', -1));
      at++;
    }
    if (part) out.push(make(part, at, possessive && i === last));
    at += part.length;
  });
}

/**
 * Splits text (a sentence, with its offset in the paragraph) into word and punctuation tokens. With a
 * pool, the tokens are the pool's objects (valid until it is reset); without, they are new.
 */
export function tokenise(text: string, offset = 0, from: TokenPool | null = null): Token[] {
  syncWordInfo();
  pool = from;
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 160) {
      i++;
      continue;
    }
    if (classOf(ch) !== 1) {
      const c = markOf(ch);
      out.push(newToken(pool, c, offset + i, offset + i + 1, false, false, false, c, -1));
      i++;
      continue;
    }
    let end = wordEnd(text, i);
    let stop = end;
    let possessive = false;
    const apostrophe = text.charCodeAt(end - 2);
    if (end - i > 2 && text.charCodeAt(end - 1) === 115 && (apostrophe === 0x2019 || apostrophe === 39)) {
      stop = end - 2;
      possessive = true;
    } else if (text.charCodeAt(end) === 46 && keepsDot(infoOf(internRange(text, i, end)))) {
      end++;
      stop = end;
    }
    const id = internRange(text, i, stop);
    if (infoOf(id).plain) out.push(makeId(id, offset + i, possessive));
    else pushWord(out, wordOf(id), offset + i, possessive);
    i = end;
  }
  pool = null;
  return out;
}

function keepsDot(info: WordInfo): boolean {
  return (info.keepsDot ??= KEEPS_DOT.test(info.text));
}
