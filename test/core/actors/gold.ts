import { readFileSync } from 'node:fs';
import type { Actor, ActorKind, Article } from '../../../src/core/types.js';

/** A hand-made answer key: every actor a careful reader finds, with each spelling the text uses. */
export interface Gold {
  people: string[][];
  organizations: string[][];
  places: string[][];
  roles: [string, string][];
  quotes: [string, string][];
  unattributed: string[];
  distinct?: [string, string][];
}

/** A fixture: made-up articles in one outlet style, with their gold. */
export interface Fixture {
  style: string;
  articles: { id: string; outlet: string; title: string; paragraphs: string[] }[];
  gold: Gold;
}

const fixtures = new URL('../../fixtures/actors/', import.meta.url);

/** Reads a JSON fixture from test/fixtures/actors. */
export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as T;
}

/** An Article with just the fields the actor stage reads. */
export function article(id: string, paragraphs: string[], outlet: string | null = null): Article {
  return {
    id, file: id, title: paragraphs[0] ?? id, outlet, via: null, published: null, url: null, note: null,
    provenance: { title: null, outlet: null, published: null, url: null },
    raw: paragraphs.join('\n'), paragraphs, paragraphLines: paragraphs.map((_, i) => i + 1), removed: [], warnings: [],
  };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").replace(/\.$/, '').toLowerCase().trim();
const clean = (s: string) => fold(s).replace(/[“”"]/g, '').replace(/[.,]+$/, '').replace(/^(the|a|an) /, '');

/** Every spelling of an actor, folded. */
export function spellings(actor: Actor): string[] {
  return [actor.name, ...actor.aliases].map(fold);
}

/** The actor of a kind whose name or aliases include one of the gold entry's spellings. */
export function matching(actors: readonly Actor[], entry: readonly string[], kind?: ActorKind): Actor[] {
  const wanted = new Set(entry.map(fold));
  return actors.filter((a) => (kind === undefined || a.kind === kind) && spellings(a).some((s) => wanted.has(s)));
}

/** Precision and recall of one kind against the gold, with what was missed, spurious or split. */
export function score(actors: readonly Actor[], gold: readonly string[][], kind: ActorKind) {
  const ofKind = actors.filter((a) => a.kind === kind);
  const spurious = ofKind.filter((a) => !gold.some((entry) => matching([a], entry).length > 0)).map((a) => a.name);
  const missing = gold.filter((entry) => matching(ofKind, entry).length === 0).map((e) => e[0]!);
  const split = gold.filter((entry) => matching(ofKind, entry).length > 1).map((e) => e[0]!);
  const precision = ofKind.length === 0 ? 1 : (ofKind.length - spurious.length) / ofKind.length;
  const recall = gold.length === 0 ? 1 : (gold.length - missing.length) / gold.length;
  return { precision, recall, spurious, missing, split };
}

/** Whether an actor (found by a gold spelling) has a role containing the gold text. */
export function hasRole(actors: readonly Actor[], name: string, role: string): boolean {
  return matching(actors, [name]).some((a) => a.roles.some((r) => clean(r.text).includes(clean(role))));
}

/** Whether an actor (found by a gold spelling) is credited with a quote containing the gold text. */
export function hasQuote(actors: readonly Actor[], name: string, quote: string): boolean {
  return matching(actors, [name]).some((a) => a.quotes.some((q) => clean(q.text).includes(clean(quote))));
}

/** Whether any actor is credited with a quote containing the text. */
export function anyoneQuotes(actors: readonly Actor[], quote: string): string | null {
  const hit = actors.find((a) => a.quotes.some((q) => clean(q.text).includes(clean(quote))));
  return hit ? hit.name : null;
}
