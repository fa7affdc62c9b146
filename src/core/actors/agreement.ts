/**
 * Evidence that two spellings name one person, beyond the names themselves: a loose romanisation match
 * ("Moamer Kadhafi" / "Muammar Gaddafi") is merged only when the two also agree on something else.
 */
import type { Candidate } from './candidate.js';
import type { UnionFind } from './name-index.js';
import { ROLE_NOUNS } from './lexicon/titles.js';

/** What the entities found so far share: the articles each is named in, and the role nouns it is given. */
export class EntityContext {
  private readonly articles = new Map<number, Set<string>>();
  private readonly inArticle = new Map<string, Set<number>>();
  private readonly roles = new Map<number, Set<string>>();

  /** Reads only what the entities in `wanted` (roots) need: their articles, roles and neighbours. */
  constructor(candidates: readonly Candidate[], assigned: readonly number[], uf: UnionFind, wanted: ReadonlySet<number>) {
    const roots = assigned.map((id) => (id < 0 ? -1 : uf.find(id)));
    candidates.forEach((c, i) => {
      if (!wanted.has(roots[i]!)) return;
      let articles = this.articles.get(roots[i]!);
      if (!articles) this.articles.set(roots[i]!, (articles = new Set()));
      articles.add(c.articleId);
      this.inArticle.set(c.articleId, new Set());
    });
    candidates.forEach((c, i) => {
      if (roots[i]! >= 0) this.inArticle.get(c.articleId)?.add(roots[i]!);
      const root = roots[i]!;
      if (c.roles.length === 0 || !wanted.has(root)) return;
      let roles = this.roles.get(root);
      if (!roles) this.roles.set(root, (roles = new Set()));
      for (const role of c.roles) for (const w of role.toLowerCase().split(/[^\p{L}-]+/u)) if (ROLE_NOUNS.has(w)) roles.add(w);
    });
  }

  /** Both are given the same role noun somewhere ("envoy", "leader", "lawyer"). */
  sameRole(a: number, b: number): boolean {
    const x = this.roles.get(a);
    const y = this.roles.get(b);
    if (!x || !y) return false;
    for (const r of x) if (y.has(r)) return true;
    return false;
  }

  /** Some third entity is named beside each of them (in one of each one's articles). */
  sharedContext(a: number, b: number): boolean {
    const around = (root: number) => {
      const found = new Set<number>();
      for (const article of this.articles.get(root) ?? []) for (const other of this.inArticle.get(article) ?? []) found.add(other);
      found.delete(a);
      found.delete(b);
      return found;
    };
    const x = around(a);
    for (const other of around(b)) if (x.has(other)) return true;
    return false;
  }
}

// Between a name and another name of the same person: "X, also known as Y", "X was long known as Y",
// "X, known by his nom de guerre Y", "Pope X, born Y", "X, whose real name is Y", "X (born Y)".
const MODIFIERS = '(?:also|once|formerly|previously|long|widely|better|popularly|commonly|often|first)';
const BY_NAME = '(?: (?:by|under) (?:his|her|the) (?:name|nom de guerre|alias|pseudonym)| as)';
const ALIAS_GAP = new RegExp([
  `^,? ?(?:who (?:is|was) )?(?:(?:is|was|has been) )?(?:${MODIFIERS} )+(?:known|called|named|dubbed)${BY_NAME}?$`,
  `^,? ?(?:who (?:is|was) )?(?:(?:is|was|has been) )?known${BY_NAME}$`,
  '^,? ?\\(?(?:born|née|nee|aka|a\\.k\\.a\\.?|alias)$',
  '^, (?:whose|his|her) (?:real|birth|given|original|full) name (?:is|was)$',
  '^[–—-] or$',
].join('|'));

/**
 * Marks apposed names in one sentence: each candidate that follows another with only an alias phrase
 * between them is an alias of it. A dash-or pair ("A – or B, to give him the nom de guerre") counts only
 * when the sentence says it is naming (nom de guerre, known as, real name).
 */
export function linkAliases(sentence: readonly Candidate[], text: string): void {
  for (let i = 1; i < sentence.length; i++) {
    const a = sentence[i - 1]!;
    const b = sentence[i]!;
    if (b.start - a.end > 48 || b.start <= a.end) continue;
    const gap = text.slice(a.end, b.start).toLowerCase();
    if (!ALIAS_GAP.test(gap.replace(/\s+/g, ' ').trim())) continue;
    if (/[–—-] or/.test(gap) && !/nom de guerre|known as|real name|alias/i.test(text.slice(b.end, b.end + 80))) continue;
    b.aliasOf = a;
  }
}
