import { MAX_REMOVAL_CHARS } from './select.js';
import { BLOCK_TAGS } from './stats.js';
import type { HtmlElement, HtmlNode } from './tree.js';

/** What kind of block a run of text is, from the nearest block element around it. */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'code' | 'caption' | 'cell';

/** One block of rendered text: a paragraph, heading, list item... and where it stood. */
export interface TextBlock {
  text: string;
  kind: BlockKind;
  /** The heading level (1-6) for headings. */
  level?: number;
  /** Inside one of the article's containers. */
  inArticle: boolean;
  linkChars: number;
  /** The nearest block element around the text (for grouping list items). */
  owner: HtmlElement;
  /** Set on a furniture subtree's text: the rule that set it aside. */
  furniture?: string;
}


const KIND_OF: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'item', dt: 'item', dd: 'item', blockquote: 'quote', pre: 'code', figcaption: 'caption', caption: 'caption',
  td: 'cell', th: 'cell',
};

type Step = { node: HtmlNode } | { exit: HtmlElement };

/**
 * Renders the body as blocks in document order, without recursion: each block knows whether it lies
 * in the article; furniture subtrees come out as blocks marked with their reason, in page order.
 */
export function renderBlocks(body: HtmlElement, parts: ReadonlySet<HtmlElement>, furniture: ReadonlyMap<HtmlElement, string>): TextBlock[] {
  const blocks: TextBlock[] = [];
  const owners: HtmlElement[] = [body];
  let buffer: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let articleDepth = 0;
  const flush = () => {
    if (buffer.length === 0) return;
    const joined = buffer.join('');
    buffer = [];
    const text = preDepth > 0 ? joined.replace(/^\s*\n|\s+$/g, '') : collapse(joined);
    const links = linkChars;
    linkChars = 0;
    if (!text) return;
    const owner = owners[owners.length - 1]!;
    const kind = kindOf(owners);
    blocks.push({ text, kind, ...(kind === 'heading' ? { level: Number(headingOf(owners)!.tag[1]) } : {}), inArticle: articleDepth > 0, linkChars: Math.min(links, text.length), owner });
  };
  const pending: Step[] = [];
  for (let i = body.children.length - 1; i >= 0; i--) pending.push({ node: body.children[i]! });
  if (parts.has(body)) articleDepth++;
  while (pending.length > 0) {
    const step = pending.pop()!;
    if ('exit' in step) {
      const element = step.exit;
      if (element.tag === 'a') linkDepth--;
      if (BLOCK_TAGS.has(element.tag) || KIND_OF[element.tag]) {
        flush();
        if (owners[owners.length - 1] === element) owners.pop();
      }
      if (element.tag === 'pre') preDepth--;
      if (parts.has(element)) articleDepth--;
      continue;
    }
    const node = step.node;
    if (typeof node === 'string') {
      buffer.push(node);
      if (linkDepth > 0) linkChars += collapse(node).length;
      continue;
    }
    const reason = furniture.get(node);
    if (reason) {
      const text = collapse(spacedText(node));
      if (text) {
        flush();
        blocks.push({ text: text.length > MAX_REMOVAL_CHARS ? `${text.slice(0, MAX_REMOVAL_CHARS)}…` : text, kind: 'paragraph', inArticle: articleDepth > 0, linkChars: 0, owner: node, furniture: reason });
      }
      // Furniture inside a sentence (an ad box mid-paragraph) must not glue the words around it.
      buffer.push(' ');
      continue;
    }
    if (node.tag === 'br' || node.tag === 'hr') {
      flush();
      continue;
    }
    const isBlock = BLOCK_TAGS.has(node.tag) || KIND_OF[node.tag] !== undefined;
    if (isBlock) {
      flush();
      owners.push(node);
    } else if (node.tag === 'img' && node.attrs.alt === undefined) continue;
    if (parts.has(node)) articleDepth++;
    if (node.tag === 'a') linkDepth++;
    if (node.tag === 'pre') preDepth++;
    pending.push({ exit: node });
    for (let i = node.children.length - 1; i >= 0; i--) pending.push({ node: node.children[i]! });
  }
  flush();
  return blocks;
}

/** All the text under a node with a space where blocks meet ("News Sport" from a menu, not "NewsSport"). */
function spacedText(node: HtmlElement): string {
  const parts: string[] = [];
  const pending: (HtmlNode | null)[] = [node];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next === null) parts.push(' ');
    else if (typeof next === 'string') parts.push(next);
    else {
      const spaced = BLOCK_TAGS.has(next.tag) || KIND_OF[next.tag] !== undefined;
      if (spaced) pending.push(null);
      for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!);
      if (spaced) parts.push(' ');
    }
  }
  return parts.join('');
}

function kindOf(owners: readonly HtmlElement[]): BlockKind {
  for (let i = owners.length - 1; i >= 0; i--) {
    const kind = KIND_OF[owners[i]!.tag];
    if (kind) return kind;
  }
  return 'paragraph';
}

function headingOf(owners: readonly HtmlElement[]): HtmlElement | undefined {
  for (let i = owners.length - 1; i >= 0; i--) if (KIND_OF[owners[i]!.tag] === 'heading') return owners[i];
  return undefined;
}

/** Whitespace runs (including no-break spaces) to one space, ends trimmed, control characters out. */
export function collapse(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
