/**
 * Future tense around a temporal expression. News reports the past, so a bare "Sunday" or "August" is
 * the most recent one; only words of the future near the expression turn it forward. The window is the
 * clause before the expression (back to a reporting verb, "that" or punctuation, so "said on Sunday that
 * Trump will speak" keeps "Sunday" in the past) and a few words after it ("On Tuesday, Trump will meet").
 */

/** Words that speak of the future. "would" counts (reported future) unless it is "would have". */
const FUTURE = new RegExp(
  [
    "\\b(?:will|shall|won['\u2019]t|would(?!\\s+have)|wouldn['\u2019]t)\\b",
    "['\u2019]ll\\b",
    '\\b(?:going|expected|due|set|scheduled|slated|poised|planning|plans?|intends?|intending|aims?|hopes?|likely)\\s+to\\b',
    '\\b(?:is|are|was|were)\\s+to\\s+\\w+',
    '\\b(?:expects?|upcoming|forthcoming)\\b',
    // Plans and deadlines: "set for June 11", "planned for", "takes effect", "the deadline".
    '\\b(?:set|planned|scheduled|slated|due|penciled|pencilled)\\s+(?:for|on)\\b',
    '\\b(?:takes?|taking)\\s+effect\\b|\\b(?:go|goes|going)\\s+into\\s+effect\\b|\\bdeadline\\b',
    // A headline's infinitive: "Trump and Putin to talk this week".
    '(?<!\\b(?:prompting|prompted|urging|urged|forcing|forced|asking|asked|calling on|called on|allowing|allowed|causing|caused|encouraging|encouraged|leading|led|inviting|invited|getting|got)\\s+)\\b(?!(?:\\w+ed|met|went|came|had|was|were|did|got)\\b)[A-Za-z]+\\s+to\\s+(?:talk|meet|speak|hold|visit|travel|discuss|sign|host|attend|announce|decide|vote|resume|begin|start|send|launch|unveil|face)\\b',
  ].join('|'),
  'i',
);

/** Where the clause before an expression starts: the last reporting verb, "that", or punctuation. */
const CLAUSE_BREAK = /[;:\u2013\u2014(]|\b(?:said|says|told|tells|added|adds|announced|according to|that|who|which)\b/gi;

/** Words that end the look-ahead: past them the words belong to another clause. */
const AFTER_STOP = /\b(?:that|said|says|told|tells|who|which|when|after|before|while|because|but|and)\b|[.;:]/i;

/** True when the words around [start, end) of the sentence speak of the future. */
export function isFutureAt(sentence: string, start: number, end: number): boolean {
  const expression = sentence.slice(start, end);
  if (/\b(?:next|coming|upcoming)\b/i.test(expression)) return true;
  const before = sentence.slice(Math.max(0, start - 120), start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart);
  if (FUTURE.test(clause)) return true;
  let after = sentence.slice(end, end + 48);
  const stop = AFTER_STOP.exec(after);
  if (stop) after = after.slice(0, stop.index);
  return FUTURE.test(after);
}
