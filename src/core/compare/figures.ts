/**
 * Figures an article gives: counts ("10,000 troops"), durations ("four hours", "30-day"), amounts
 * ("$300 billion") and percentages. Each is keyed by value and unit, so "four hours" and "4 hours"
 * are one figure and "four hours" is not "four oblasts"; dates and years are the chronology's business.
 */

/** A figure as written, and the key two articles are compared on ("4 hour", "300000000000 usd"). */
export interface Figure {
  text: string;
  key: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, hundred: 100,
};
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };
const CURRENCIES: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy' };
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
// "one of", "two sides": small spelled-out numbers are figures only before a unit of time or measure.
const UNITS = new Set(
  'second minute hour day week month year decade century percent km kilometre kilometer mile metre meter ton tonne dollar euro pound'.split(' '),
);
const NOT_UNITS = new Set('of the a an and or to in on at for by from with than that who which as is are was were'.split(' '));

const MODIFIER = /^(?:more|other|new|additional|\p{L}+(?:ian|an|ese|ish|ern|ic))$/u;

const TOKEN = /[$€£¥]|\d+(?:[.,]\d+)*%?|\p{L}+|-/gu;

interface Token { text: string; start: number; end: number }

// Where a figure can start: a digit (after a currency sign) or a number word. Only there is the text
// tokenised, in a small window, so prose without figures costs one regex scan.
const FIGURE_START = new RegExp(`[$€£¥]?\\d|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'giu');
const BEFORE = 16;
const AFTER = 80;

/** The figures of a text, each once (by key), in order of first appearance. */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  const seen = new Set<string>();
  let consumed = 0;
  for (const start of text.matchAll(FIGURE_START)) {
    if (start.index < consumed) continue;
    const from = Math.max(0, start.index - BEFORE);
    const window = text.slice(from, start.index + AFTER);
    const tokens: Token[] = [];
    let first = -1;
    for (const m of window.matchAll(TOKEN)) {
      if (from + m.index === start.index) first = tokens.length;
      tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    if (first === -1) continue;
    const figure = readFigure(tokens, first, window);
    if (!figure) continue;
    consumed = from + tokens[figure.last]!.end;
    if (!seen.has(figure.key)) { seen.add(figure.key); out.push({ text: figure.text, key: figure.key }); }
  }
  return out;
}

function readFigure(tokens: readonly Token[], first: number, text: string): (Figure & { last: number }) | null {
  let k = first;
  const currency = CURRENCIES[tokens[k]!.text];
  if (currency) k++;
  const token = tokens[k];
  if (!token) return null;
  const lower = token.text.toLowerCase();
  const spelled = NUMBER_WORDS[lower];
  const digits = /^\d/.test(token.text);
  if (spelled === undefined && !digits) return null;
  const previous = tokens[first - 1]?.text.toLowerCase() ?? '';
  let value = spelled ?? Number(token.text.replace(/%$/, '').replace(/,/g, ''));
  let percent = token.text.endsWith('%');
  // "twenty-five"
  if (spelled !== undefined && tokens[k + 1]?.text === '-' && NUMBER_WORDS[tokens[k + 2]?.text.toLowerCase() ?? ''] !== undefined) {
    value += NUMBER_WORDS[tokens[k + 2]!.text.toLowerCase()]!;
    k += 2;
  }
  const scale = SCALES[tokens[k + 1]?.text.toLowerCase() ?? ''];
  if (scale) { value *= scale; k++; }
  let unit = '';
  let last = k;
  const next = tokens[k + 1]?.text.toLowerCase() ?? '';
  if (currency) {
    // An amount's unit is its currency: "$300 billion of assets" is the amount, not "of assets".
  } else if (!percent && (next === 'percent' || (next === 'per' && tokens[k + 2]?.text.toLowerCase() === 'cent'))) {
    percent = true;
    last = next === 'per' ? k + 2 : k + 1;
  } else if (next === '-' && /^\p{L}/u.test(tokens[k + 2]?.text ?? '')) {
    unit = singular(tokens[k + 2]!.text.toLowerCase());
    last = k + 2;
  } else if (/^\p{L}/u.test(next) && !NOT_UNITS.has(next) && tokens[k + 1]!.start - tokens[k]!.end <= 1) {
    unit = singular(next);
    last = k + 1;
    const after = tokens[k + 2]?.text ?? '';
    // "four Ukrainian oblasts", "seven more people": the counted thing is the noun after the modifier.
    if (MODIFIER.test(next) && /^\p{L}{3,}$/u.test(after) && !NOT_UNITS.has(after.toLowerCase())) {
      unit = singular(after.toLowerCase());
      last = k + 2;
    }
  }
  if (MONTHS.has(previous) || MONTHS.has(unit) || MONTHS.has(next)) return null;
  if (digits && !currency && !percent && /^(1[89]|20)\d\d$/.test(token.text) && !UNITS.has(unit)) return null;
  if (spelled !== undefined && !scale && !percent && value < 3 && !UNITS.has(unit)) return null;
  if (spelled !== undefined && !scale && !percent && !unit) return null;
  if (!Number.isFinite(value)) return null;
  const kind = percent ? '%' : currency ?? unit;
  return { text: text.slice(tokens[first]!.start, tokens[last]!.end), key: `${value} ${kind}`.trim(), last };
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
