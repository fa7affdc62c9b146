/**
 * Words that look like names only because they are capitalised: sentence openers, calendar words,
 * events. Plus the small closed classes the recogniser reads around names (particles, speech verbs,
 * place prepositions). All lower-case.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Capitalised only because they open a sentence or a heading: never the start of a name. */
export const SENTENCE_OPENERS = set(`
the a an in on at but and or if as when while after before earlier later meanwhile however speaking
following according despite still this that these those it he she they we i you his her their our my its
there here what which who whom why how some many several other others even also more most such since
until for from to with without by of under over amid during last next today yesterday tomorrow tonight
reporting asked data source sources just yet so then thus nor all both each every any no not one two three
four five six seven eight nine ten first second third while where whether although though because once
instead besides indeed perhaps maybe now again only unlike like among between into onto upon about around
against across through throughout toward towards within beyond beside near outside inside alongside
let please thanks yes well oh hey dear note read watch see click share related recommended trending
breaking update updated live latest more advertisement sponsored photo video listen subscribe follow
sign log comment comments reply leave posted published written edited by copyright all rights reserved
`);

/** Month and weekday names: dates, not actors ("Sunday Times" is rescued by its organisation cue). */
export const CALENDAR = set(`
january february march april may june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/** Capitalised sequences that name events, holidays or things, never actors. Joined lower-case. */
export const NOT_ACTORS = set(`
thanksgiving christmas easter ramadan eid hanukkah passover halloween olympics brexit covid covid-19
coronavirus internet web god allah bible quran koran
gmt utc bst cet cest est edt pst pdt msk eet eest
`);

/** Multi-word non-actors, lower-case. */
export const NOT_ACTOR_PHRASES: ReadonlySet<string> = new Set([
  'world war', 'world war i', 'world war ii', 'world war one', 'world war two', 'cold war', 'new year',
  'new year’s eve', 'black friday', 'cyber monday', 'prime time', 'supreme leader', 'last updated', 'arab spring',
  'skip to main content', 'featured image',
]);

/** Lower-case particles inside names ("Ursula von der Leyen", "Rio de Janeiro"). */
export const PARTICLES = set('de del della der den di da das do dos du van von ter ten la le bin ibn al el y');

/** Verbs of speech and report that follow or precede a speaker ("said", "tells", "saying"). */
export const SPEECH_VERBS = set(`
said says say told tells tell added adds add warned warns claimed claims stated states wrote writes
insisted insists noted notes explained explains announced announces argued argues acknowledged
acknowledges responded responds replied replies suggested suggests urged urges confirmed confirms
denied denies asked asks answered answers indicated indicates underlined underlines stressed stresses
emphasised emphasized emphasises emphasizes declared declares tweeted posted described describes
concluded admitted admits recalled recalls predicted predicts cautioned
saying telling adding warning writing insisting noting explaining arguing stressing declaring
fumed blasted raged boasted gushed joked quipped vowed revealed accused accuses echoed reports rejected
`);

/** Words that, before a capitalised sequence, mark it as a place ("in Jeddah", "from Moscow"). */
export const PLACE_PREPOSITIONS = set('in from near outside into across toward towards around via');

/** Short function words that never begin a role phrase or stand for a subject. */
export const FUNCTION_WORDS = set(`
the a an and or but of in on at to for from by with as that which who whom whose this these those it its
his her their our my your is was were are be been being has have had do does did not no so than then
`);

/** Prepositions: a name after one is not the subject of its clause ("told reporters in Moscow"). */
export const PREPOSITIONS = set(`
in at to for from by with of on about between alongside against than like into over under toward towards
via without among amid after before during near outside across through behind beside despite
`);

/** Faiths and their followers: capitalised, never an actor ("Shia Muslims", "Druze"). */
export const FAITHS = set(`
muslim muslims christian christians jew jews jewish sunni sunnis shia shiite shiites shi'ite druze catholic
catholics orthodox protestant protestants hindu hindus buddhist buddhists sikh sikhs evangelical evangelicals
alawite alawites maronite maronites coptic copts zaydi zaidi yazidi yazidis islamic
`);

/** Words that stand for a person named earlier ("he said"). */
export const PERSON_PRONOUNS = set('he she');
