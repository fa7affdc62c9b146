/**
 * The event's text for display: its sentence, or, when that is long, the clause holding the temporal
 * expression ("after US and Ukrainian negotiators met two days earlier in Geneva"), grown with its
 * neighbours up to about 100 characters and cut at a word boundary. A clause that starts mid-sentence
 * keeps a short subject in front ("Witkoff … who met with Putin …").
 */

/** About how long an event's text may be. */
export const EVENT_TEXT_LENGTH = 100;

/** Where one clause ends and the next begins: punctuation and subordinating words (not dashes: news uses them in pairs, as brackets). */
const BREAK = /,\s+|;\s+|:\s+|\s+(?=(?:after|before|following|while|which|who|where|since|when|because|although|that)\s)/g;

/** A sentence's first clause that can stand as the subject of a later one: a capitalised noun phrase, not an opening adverbial. */
const SUBJECT = /^(?!(?:On|In|At|For|By|From|With|After|Before|Since|During|Following|Speaking|Earlier|Later|But|And|However|Meanwhile|This|That|Last|Next|It|There|Yesterday|Today|Tomorrow|Tonight|\p{Lu}\p{Ll}+day)\b)\p{Lu}/u;

/** Words that tie a clause to the one before; dropped when the clause stands alone. */
const LINK = /^(?:and|but|or|after|before|following|while|which|who|where|since|when|because|although|that)\s+/;

interface Span {
  start: number;
  end: number;
}

/** The clauses of a sentence as character spans. */
export function clauseSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(sentence); m; m = BREAK.exec(sentence)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < sentence.length) spans.push({ start, end: sentence.length });
  return spans;
}

/**
 * The display text of the event an expression at [from, to) dates in a sentence. `otherDates` are the
 * offsets of the sentence's other dated expressions: their clauses belong to other events.
 */
export function eventText(sentence: string, from: number, to: number, otherDates: readonly number[] = [], max = EVENT_TEXT_LENGTH): string {
  const text = sentence.trim();
  if (text.length <= max) return text;
  const spans = clauseSpans(sentence);
  // The expression may itself hold a comma ("Jan. 7, 2025"): take every clause it touches.
  let lo = Math.max(0, spans.findIndex((s) => s.end > from));
  let hi = Math.max(lo, spans.findIndex((s) => s.end >= to));
  const width = () => spans[hi]!.end - spans[lo]!.start;
  // A short clause grows by a neighbour that fits, the next first; a clause that is little more than its
  // date takes the one before when that fits ("a news conference at Mar-a-Lago, Jan. 7, 2025"). Failing
  // both, the next clause is taken and cut ("Earlier this week, US envoy Steve Witkoff met …").
  const free = (s: Span | undefined) => s !== undefined && !otherDates.some((at) => at >= s.start && at < s.end);
  while (width() < max * 0.6) {
    const next = free(spans[hi + 1]) ? spans[hi + 1] : undefined;
    const prev = free(spans[lo - 1]) ? spans[lo - 1] : undefined;
    const prevFits = prev !== undefined && width() + (spans[lo]!.start - prev.start) <= max;
    const nextFits = next !== undefined && width() + (next.end - spans[hi]!.end) <= max;
    if (prevFits && width() < max * 0.3) lo--;
    else if (nextFits) hi++;
    else if (prevFits) lo--;
    else if (next) hi++;
    else break;
  }
  let core = sentence.slice(spans[lo]!.start, spans[hi]!.end).trim();
  if (lo > 0) {
    const head = spans[0]!;
    const linked = LINK.test(core);
    core = core.replace(LINK, '');
    const subject = sentence.slice(head.start, head.end);
    if (SUBJECT.test(subject) && head.end - head.start <= 30 && (linked || /^\p{Ll}/u.test(core))) core = `${sentence.slice(head.start, head.end).trim()} \u2026 ${core}`;
    else core = core.charAt(0).toUpperCase() + core.slice(1);
  }
  return truncate(core.replace(/[,;:\s]+$/, ''), max);
}

/** Cuts text at the last word boundary before `max`, marking the cut. */
export function truncate(text: string, max = EVENT_TEXT_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, '')}\u2026`;
}
