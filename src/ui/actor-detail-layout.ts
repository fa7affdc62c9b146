import { safeText } from '../core/text/safe.js';
import type { Actor, ActorKind } from '../core/types.js';
import type { Link } from '../state/view-context.js';
import { formsOfActor, type ActorLookups } from './actor-lookups.js';
import { namePattern, nameSpansOverLines, type NameSpan } from './name-spans.js';
import { truncate, wrap } from './text-width.js';

/** One screen line of an actor's detail view. */
export interface ActorDetailLine {
  text: string;
  tone: 'title' | 'meta' | 'heading' | 'item' | 'muted' | 'blank';
  /** The selectable row this line belongs to. */
  row?: number;
  /** Whether this is the first line of its row (it carries the selection marker). */
  first?: boolean;
  /** Actor names in the line (mention sentences), coloured by kind. */
  names?: NameSpan[];
  /** The kind colouring the whole line (the title, a co-occurring actor). */
  kind?: ActorKind;
}

/** What a selectable row of the detail is and where Enter on it leads. */
export interface DetailRow {
  section: 'role' | 'quote' | 'cooccurring' | 'mention';
  link: Link | null;
  /** What `y` copies of the row: its content without the outlet the view adds ("“…”", the sentence). */
  cited: string;
  /** Index of its first line. */
  line: number;
  /** Lines it takes. */
  height: number;
}

/** An actor's detail view laid out at a width: every line, and the selectable rows among them. */
export interface DetailLayout {
  lines: ActorDetailLine[];
  rows: DetailRow[];
}

/**
 * How much of a long list the detail shows: a corpus of 100k articles names a leader tens of thousands
 * of times, and laying out 1,000 wrapped sentences takes half a second (measured).
 */
const LIMITS = { cooccurring: 50, mention: 200 } as const;
/** Lines one row may take; a longer sentence ends in "…". */
const ROW_LINES = 4;
/** Rows are indented by this much; the first cell holds the selection marker. */
export const INDENT = 2;

/** Lays out an actor's detail: header, then roles, quotes, co-occurring actors and mentions in context. */
export function actorDetailLayout(actor: Actor, lookups: ActorLookups, width: number): DetailLayout {
  const lines: ActorDetailLine[] = [];
  const rows: DetailRow[] = [];
  const inner = Math.max(8, width - INDENT);
  const push = (text: string, tone: ActorDetailLine['tone'], extra: Partial<ActorDetailLine> = {}) => lines.push({ text, tone, ...extra });
  const wrapped = (text: string, tone: ActorDetailLine['tone']) => { for (const t of wrap(text, width)) push(t, tone); };

  push(truncate(safeText(actor.name), width), 'title', { kind: actor.kind });
  const outlets = lookups.outletsOf(actor);
  wrapped(`${actor.kind} · ${plural(actor.mentions, 'mention')} in ${plural(actor.articles.length, 'article')} · ${plural(outlets.length, 'outlet')}: ${outlets.join(', ')}`, 'meta');
  if (actor.aliases.length) wrapped(`Also written: ${actor.aliases.map(safeText).join(', ')}`, 'meta');
  // Outlets romanise names differently (Gaddafi, Qaddafi): who writes which is itself a finding.
  const spellings = actor.spellings ?? [];
  if (spellings.length > 1) wrapped(`Spellings: ${spellings.map((sp) => `${safeText(sp.name)} (${sp.outlets.map(safeText).join(', ')})`).join('; ')}`, 'meta');

  const addRow = (section: DetailRow['section'], text: string, link: Link | null, cited: string, pattern: ReturnType<typeof namePattern> = null, skip = 0, kind?: ActorKind) => {
    let parts = wrap(text, inner);
    if (parts.length > ROW_LINES) parts = [...parts.slice(0, ROW_LINES - 1), truncate(`${parts[ROW_LINES - 1]!} …`, inner)];
    const names = nameSpansOverLines(parts, pattern);
    // The outlet prefix of a mention is not the actor ("CNN · ..." in CNN's own detail).
    if (skip) names[0] = names[0]!.filter((s) => s.start >= skip);
    const row = rows.length;
    rows.push({ section, link, cited, line: lines.length, height: parts.length });
    parts.forEach((t, i) => push(t, 'item', { row, first: i === 0, names: names[i], kind }));
  };
  const section = (title: string, count: number, shown: number, unit?: string) => {
    const total = unit ? plural(count, unit) : String(count);
    push('', 'blank');
    push(shown < count ? `${title} (${shown} of ${total})` : `${title} (${total})`, 'heading');
  };

  const roles = rolesByText(actor, lookups);
  if (roles.length) {
    section('Roles', roles.length, roles.length);
    const where = roleParagraphs(actor);
    for (const role of roles) {
      addRow('role', `${role.text} — ${role.outlets.join(', ')}`, { kind: 'article', articleId: role.articleId, paragraph: where(role.articleId, role.text) }, `${actor.name}, ${role.text}`);
    }
  }
  if (actor.quotes.length) {
    section('Quotes', actor.quotes.length, actor.quotes.length);
    for (const q of actor.quotes) {
      addRow('quote', `“${safeText(q.text)}” — ${lookups.outletOfArticle(q.articleId)}`, { kind: 'article', articleId: q.articleId, paragraph: q.paragraph }, `“${q.text}”`);
    }
  }
  if (actor.cooccurring.length) {
    const shown = actor.cooccurring.slice(0, LIMITS.cooccurring);
    section('Named with', actor.cooccurring.length, shown.length);
    for (const other of shown) {
      const found = lookups.byName.get(other.name);
      addRow('cooccurring', `${safeText(other.name)} ×${other.count}`, found ? { kind: 'actor', actorId: found.id } : null, `${actor.name} is named with ${other.name} in ${other.count} sentences`, null, 0, found?.kind);
    }
  }
  const mentions = distinctSentences(actor);
  if (mentions.length) {
    const shown = mentions.slice(0, LIMITS.mention);
    section('Mentions', mentions.length, shown.length, 'sentence');
    const pattern = namePattern(formsOfActor(actor));
    for (const m of shown) {
      const prefix = `${lookups.outletOfArticle(m.articleId)} · `;
      addRow('mention', prefix + safeText(m.text), { kind: 'article', articleId: m.articleId, paragraph: m.paragraph }, m.text, pattern, prefix.length);
    }
    if (shown.length < mentions.length) {
      wrapped(`${mentions.length - shown.length} more: filter the Articles pane with actor:${actor.name.split(' ').pop()}`, 'muted');
    }
  }
  if (rows.length === 0) {
    push('', 'blank');
    push('No roles, quotes or mentions in context were found for this actor.', 'muted');
  }
  return { lines, rows };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Roles once per wording (case aside), with the outlets that give it and the first article that does. */
function rolesByText(actor: Actor, lookups: ActorLookups): { text: string; outlets: string[]; articleId: string }[] {
  const byText = new Map<string, { text: string; outlets: string[]; articleId: string }>();
  for (const role of actor.roles) {
    const key = role.text.toLowerCase();
    const outlet = lookups.outletOfArticle(role.articleId);
    const known = byText.get(key);
    if (!known) byText.set(key, { text: safeText(role.text), outlets: [outlet], articleId: role.articleId });
    else if (!known.outlets.includes(outlet)) known.outlets.push(outlet);
  }
  return [...byText.values()];
}

/**
 * Where an article gives an actor a role: the first paragraph in which a sentence naming the actor
 * holds the role's words ("US envoy Steve Witkoff"), or null (the reader opens at the top).
 */
function roleParagraphs(actor: Actor): (articleId: string, role: string) => number | null {
  const byArticle = new Map<string, Actor['mentionsIn']>();
  for (const m of actor.mentionsIn) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  return (articleId, role) => {
    const words = role.toLowerCase();
    return byArticle.get(articleId)?.find((m) => m.text.toLowerCase().includes(words))?.paragraph ?? null;
  };
}

/** Mentions once per sentence: a sentence that names the actor twice is one place to go. */
function distinctSentences(actor: Actor): Actor['mentionsIn'] {
  const seen = new Set<string>();
  return actor.mentionsIn.filter((m) => {
    const key = `${m.articleId}\u0000${m.paragraph}\u0000${m.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
