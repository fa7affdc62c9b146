/**
 * The shared vocabulary of newsx: what the corpus reader hands to the core, and what the core hands to
 * the commands and the TUI. Plain data only (JSON-serialisable), so an analysed corpus can be cached.
 */

/** Where a metadata value came from, strongest first. `inferred` is a guess and is shown as one. */
export type Provenance = 'manifest' | 'file' | 'text' | 'inferred';

/** The metadata fields a manifest entry or a file (front matter, JSON fields) can give. */
export interface ArticleFields {
  title?: string;
  outlet?: string;
  via?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** The byline's names as the file gives them (a page's author, a feed's dc:creator, a CSV's byline). */
  author?: string;
  url?: string;
  note?: string;
}

/** The kind of file an article was read from (`.htm`, `.xhtml` and `.html.gz` are `html`). */
export type SourceFormat = 'txt' | 'md' | 'json' | 'jsonl' | 'html' | 'rss' | 'atom' | 'warc' | 'csv' | 'tsv';

/**
 * One article as the corpus reader found it, before any analysis: decoded text plus whatever metadata
 * the file itself and the manifest gave. Produced by corpus/, consumed by core/analyse.
 */
export interface SourceDocument {
  /** Path relative to the corpus root, plus `#N` (1-based) for the Nth record of a .json array or .jsonl. */
  id: string;
  /** Path relative to the corpus root (POSIX separators). */
  file: string;
  /** The decoded text (UTF-8, BOM removed, CRLF as LF), before cleaning. */
  text: string;
  /** Metadata from the file itself: front matter or JSON fields. */
  fileFields: ArticleFields;
  /** The manifest's entry for this document, if any. */
  manifestFields: ArticleFields;
  /** Problems with this document that did not stop it loading (e.g. "decoded as Windows-1252"). */
  warnings: string[];
  /** Hash of the bytes the document came from (cache key). */
  contentHash: string;
  /** The kind of file it came from; absent means plain text. */
  format?: SourceFormat;
  /**
   * Lines of `text` the format already judged not to be the article (an HTML page's navigation,
   * comments, ads), with why: cleaning never sees them, the raw view shows them as removed.
   */
  removed?: Removal[];
  /**
   * What the file's container says when the article does not (a web archive's capture date): used only
   * after the text, and marked as inferred, since a capture date is not a publication date.
   */
  fallbackFields?: ArticleFields;
}

/** Why cleaning dropped a line (docs/DESIGN.md §2). */
export type RemovalReason = 'duplicate' | 'boilerplate' | 'markup' | 'control' | 'empty';

/** One thing cleaning removed: the 1-based raw line it stood on, what it was, and why. */
export interface Removal {
  line: number;
  text: string;
  reason: RemovalReason;
  /** The rule that removed it: cleaning's ("date-stamp", "byline", "caption", "breadcrumb", …) or an HTML extraction's ("navigation", "comments", "cookie banner"). */
  rule?: string;
}

/** What cleaning makes of a raw text: the paragraphs kept, and every removal. */
export interface CleanedText {
  paragraphs: string[];
  /** For each kept paragraph, the 1-based raw line it came from (the reader maps raw to clean by it). */
  paragraphLines: number[];
  removed: Removal[];
}

/** Metadata field names that carry provenance. */
export type ProvenancedField = 'title' | 'outlet' | 'published' | 'url';

/** An article ready for analysis and display. */
export interface Article {
  id: string;
  file: string;
  /** The kind of file the article was read from (buildArticle always sets it; hand-made test articles may not). */
  format?: SourceFormat;
  title: string;
  outlet: string | null;
  /** The site the text was taken from when it is not the original publisher (aggregator, repost). */
  via: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  url: string | null;
  note: string | null;
  provenance: Record<ProvenancedField, Provenance | null>;
  /** The publication time as the page states it ("14:07", 24-hour) and its zone as written ("GMT+03:00"). */
  publishedTime?: string | null;
  publishedZone?: string | null;
  /** What the publication date rests on: the stamp as printed, or for an inferred date, the evidence. */
  publishedEvidence?: string | null;
  /** Who wrote it, as the byline states it, and where that came from (a byline is `text`). */
  author?: string | null;
  authorProvenance?: Provenance | null;
  /** The decoded raw text, control characters and all (display it only through `safeText`). */
  raw: string;
  paragraphs: string[];
  paragraphLines: number[];
  removed: Removal[];
  warnings: string[];
}

/** A sentence's place in an article: paragraph index, sentence index within it, and its text. */
export interface SentenceRef {
  articleId: string;
  paragraph: number;
  sentence: number;
  text: string;
}

/** The three kinds of actor. */
export type ActorKind = 'person' | 'organization' | 'place';

/** One occurrence of an actor's name in an article. */
export interface ActorMention extends SentenceRef {
  /** The surface form as written ("Mr. Witkoff", "Zelenskyy"). */
  surface: string;
}

/** A role the text gives an actor ("US envoy"), with the article that gives it. */
export interface ActorRole {
  text: string;
  articleId: string;
}

/** A direct quote attributed to an actor. */
export interface ActorQuote {
  text: string;
  articleId: string;
  paragraph: number;
}

/** One way the corpus writes an actor's name, and the outlets that write it so ("Kadhafi": AFP, RFI). */
export interface ActorSpelling {
  name: string;
  /** Outlets of the articles using this spelling, in order of first use (articles without one are left out). */
  outlets: string[];
}

/** A person, organisation or place, with every surface form merged into one. */
export interface Actor {
  /** Stable slug of the canonical name ("steve-witkoff"). */
  id: string;
  /** Canonical name: the fullest, most common form. */
  name: string;
  kind: ActorKind;
  /** Every other surface form seen. */
  aliases: string[];
  /** Each spelling (the name's and every alias's), with its outlets; set by the actor stage. */
  spellings?: ActorSpelling[];
  roles: ActorRole[];
  /** How many times the actor is named across the corpus. */
  mentions: number;
  /** Ids of the articles that name the actor. */
  articles: string[];
  quotes: ActorQuote[];
  mentionsIn: ActorMention[];
  /** Other actors named in the same sentences, most frequent first (canonical names). */
  cooccurring: { name: string; count: number }[];
}

/** How precise a chronology date is. A week is dated by its Monday. */
export type Precision = 'day' | 'week' | 'month' | 'year';

/** One article's report of a dated event. */
export interface ChronologySource {
  articleId: string;
  outlet: string | null;
  /** The temporal expression as written ("last Thursday"). */
  expression: string;
  sentence: string;
  paragraph: number;
  /** The date this source puts the event on (may differ from the entry's when flagged). */
  date: string;
  /** Why the date is less than read: resolved from an inferred publication date, or an ambiguous numeric date. */
  note?: string;
}

/** A dated event, merged across every article that reports it. */
export interface ChronologyEntry {
  id: string;
  /** YYYY-MM-DD (day, week), YYYY-MM (month) or YYYY (year). */
  date: string;
  precision: Precision;
  /** The event, shortened for display. */
  text: string;
  /** Canonical actor names. */
  actors: string[];
  sources: ChronologySource[];
  /** Null, or a sentence saying which outlets disagree on the date. */
  conflict: string | null;
}

/** Articles grouped because they report the same story. */
export interface Story {
  id: string;
  title: string;
  articles: string[];
}

/** A warning about the corpus as a whole: a skipped file, a bad manifest. */
export interface CorpusWarning {
  /** Path relative to the corpus root, or the manifest path. */
  file: string;
  reason: string;
  /** True when the file was not loaded at all. */
  skipped: boolean;
}

/** Everything the commands and the TUI need: the analysed corpus. */
export interface Corpus {
  root: string;
  articles: Article[];
  actors: Actor[];
  chronology: ChronologyEntry[];
  stories: Story[];
  warnings: CorpusWarning[];
}

/** Kinds of row in a comparison. */
export type CompareRowKind = 'same' | 'changed' | 'onlyA' | 'onlyB';

/** A piece of a word-level diff. */
export interface DiffPart {
  op: 'same' | 'add' | 'remove';
  text: string;
}

/** One aligned row of a comparison. */
export interface CompareRow {
  kind: CompareRowKind;
  a: string | null;
  b: string | null;
  similarity: number;
  diff?: DiffPart[];
}

/** How a quote fares between two articles. */
export interface CompareQuote {
  text: string;
  in: 'both' | 'altered' | 'a' | 'b';
  a: string | null;
  b: string | null;
}

/** Two articles aligned (docs/DESIGN.md §4 compare contract). */
export interface Comparison {
  a: { id: string; outlet: string | null; title: string };
  b: { id: string; outlet: string | null; title: string };
  similarity: number;
  rows: CompareRow[];
  quotes: CompareQuote[];
  actorsOnlyA: string[];
  actorsOnlyB: string[];
  figuresOnlyA: string[];
  figuresOnlyB: string[];
  /** Same statement, different attribution verb ("said" against "claimed"). */
  attributionChanges: { a: string; b: string; verbA: string; verbB: string }[];
}
