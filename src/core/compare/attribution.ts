import { normaliseTypography, wordsOf } from './words.js';

/** Reporting verbs by lemma, with the forms news copy uses; only past tense where the present is also a noun ("the State"). */
const REPORTING_VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said'],
  tell: ['tell', 'tells', 'told'],
  write: ['write', 'writes', 'wrote', 'written'],
  claim: ['claim', 'claims', 'claimed'],
  add: ['add', 'adds', 'added'],
  state: ['stated'],
  insist: ['insist', 'insists', 'insisted'],
  argue: ['argue', 'argues', 'argued'],
  warn: ['warn', 'warns', 'warned'],
  note: ['noted'],
  explain: ['explain', 'explains', 'explained'],
  announce: ['announce', 'announces', 'announced'],
  declare: ['declare', 'declares', 'declared'],
  suggest: ['suggest', 'suggests', 'suggested'],
  assert: ['assert', 'asserts', 'asserted'],
  stress: ['stressed'],
  reply: ['replied'],
  respond: ['respond', 'responds', 'responded'],
  admit: ['admit', 'admits', 'admitted'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  allege: ['allege', 'alleges', 'alleged'],
  maintain: ['maintain', 'maintains', 'maintained'],
  describe: ['describe', 'describes', 'described'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  deny: ['deny', 'denies', 'denied'],
  boast: ['boast', 'boasts', 'boasted'],
  concede: ['concede', 'concedes', 'conceded'],
  post: ['posted'],
  tweet: ['tweeted'],
  according: ['according'],
};
const LEMMA = new Map(Object.entries(REPORTING_VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)));

/** The first reporting verb outside quotation marks, as written, with its lemma; null when none. */
export function attributionVerb(sentence: string): { verb: string; lemma: string } | null {
  const outsideQuotes = normaliseTypography(sentence).replace(/"[^"]*"/g, ' ');
  for (const word of wordsOf(outsideQuotes)) {
    const lemma = LEMMA.get(word);
    // "according to X" attributes as surely as "X said"; it is shown whole so it reads as attribution.
    if (lemma) return { verb: word === 'according' ? 'according to' : word, lemma };
  }
  return null;
}

/**
 * The attribution change in one aligned pair: "said" against "claimed" or "told" against "wrote".
 * A change of tense ("says"/"said") is the same verb, not a change of attribution.
 */
export function attributionChange(a: string, b: string): { a: string; b: string; verbA: string; verbB: string } | null {
  const verbA = attributionVerb(a);
  const verbB = attributionVerb(b);
  if (!verbA || !verbB || verbA.lemma === verbB.lemma) return null;
  return { a, b, verbA: verbA.verb, verbB: verbB.verb };
}
