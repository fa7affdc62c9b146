/**
 * Finds the temporal expressions of one sentence: runs the parsers in order, each claiming words no
 * earlier parser took, then settles offsets ("two days earlier") against the sentence's own dates.
 */
import { alignStart, type DayNumber } from './calendar.js';
import { temporalParsers } from './configuration.js';
import { cuesOf } from './cues.js';
import type { DatedExpression, ParseContext, ResolvedDate, TemporalMatch, TemporalParser } from './model.js';
import { isFutureAt } from './tense.js';

/** `ParseContext.isFuture`, shared by every context rather than a closure made per sentence. */
function isFuture(this: ParseContext, start: number, end: number): boolean {
  return isFutureAt(this.sentence, start, end);
}

/** Every temporal match of a sentence, in order of position, before offsets are settled. */
export function findTemporalMatches(sentence: string, published: DayNumber | null, parsers: readonly TemporalParser[] = temporalParsers): TemporalMatch[] {
  const cues = cuesOf(sentence);
  if (cues === 0) return [];
  const context: ParseContext = { sentence, published, isFuture };
  // Claims stay sorted and disjoint, and a parser's matches come in order, so one pointer finds any
  // overlap: a single 20 MB sentence of dates costs its matches, not their square.
  let claimed: TemporalMatch[] = [];
  for (const parser of parsers) {
    if ((parser.cue & cues) === 0) continue;
    parser.pattern.lastIndex = 0;
    const added: TemporalMatch[] = [];
    let j = 0;
    for (let m = parser.pattern.exec(sentence); m; m = parser.pattern.exec(sentence)) {
      if (m[0].length === 0) {
        parser.pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      while (j < claimed.length && claimed[j]!.end <= start) j++;
      if (j < claimed.length && claimed[j]!.start < end) continue;
      added.push({ expression: m[0], start, end, parser: parser.name, resolution: parser.resolve(m, context) });
    }
    if (added.length > 0) claimed = mergeByStart(claimed, added);
  }
  return claimed;
}

/** Two lists sorted by start, as one. */
function mergeByStart(a: readonly TemporalMatch[], b: readonly TemporalMatch[]): TemporalMatch[] {
  if (a.length === 0) return b as TemporalMatch[];
  const out: TemporalMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * The dated expressions of a sentence. An offset counts from the nearest dated expression of the same
 * sentence (before it first); failing that, from `anchor`, the date the text was last about.
 */
export function datedExpressions(sentence: string, published: DayNumber | null, anchor: ResolvedDate | null = null): DatedExpression[] {
  const matches = findTemporalMatches(sentence, published);
  const out: DatedExpression[] = [];
  const fixed = matches.filter((m) => m.resolution?.kind === 'date' && (m.resolution.precision === 'day' || m.resolution.precision === 'week'));
  for (const m of matches) {
    const r = m.resolution;
    if (r === null) continue;
    if (r.kind === 'date') {
      const found: DatedExpression = { expression: m.expression, from: m.start, to: m.end, parser: m.parser, start: r.start, precision: r.precision };
      out.push(r.note ? { ...found, note: r.note } : found);
      continue;
    }
    const base = nearestAnchor(fixed, m) ?? anchor;
    if (!base || (base.precision !== 'day' && base.precision !== 'week')) continue;
    if (r.precision === 'day' && base.precision !== 'day') continue;
    out.push({
      expression: m.expression, from: m.start, to: m.end, parser: m.parser,
      start: alignStart(base.start + r.offsetDays, r.precision), precision: r.precision,
    });
  }
  return out;
}

function nearestAnchor(fixed: readonly TemporalMatch[], m: TemporalMatch): ResolvedDate | null {
  let best: TemporalMatch | null = null;
  for (const f of fixed) {
    if (f.start < m.start) best = f;
    else if (!best) best = f;
  }
  const r = best?.resolution;
  return r && r.kind === 'date' ? r : null;
}
