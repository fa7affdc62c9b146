import { Parser } from 'htmlparser2';

/** An element of a parsed page: only what extraction reads (no DOM, nothing that could run or fetch). */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

/** A node of a parsed page: an element or a run of text (entities already decoded). */
export type HtmlNode = HtmlElement | string;

/** A parsed page and what parsing had to give up (said as warnings). */
export interface HtmlTree {
  root: HtmlElement;
  warnings: string[];
}

/** Pages past this many characters are parsed up to it: no article needs more, and work stays bounded. */
export const MAX_HTML_CHARS = 8 * 1024 * 1024;
/** Nesting past this depth is flattened into the element at the limit, so no walk can overflow a stack. */
export const MAX_DEPTH = 256;
/** Elements past this count are not built (a page of a million empty divs is not an article). */
export const MAX_ELEMENTS = 400_000;

/**
 * Parses HTML into a small tree with htmlparser2's tokenizer (it implies end tags for p, li, td...).
 * Script and style bodies arrive as text of their element and are never run; nothing is fetched.
 */
export function parseHtml(html: string): HtmlTree {
  const warnings: string[] = [];
  if (html.length > MAX_HTML_CHARS) {
    warnings.push(`page is ${(html.length / 1048576).toFixed(1)} M characters; read only the first ${MAX_HTML_CHARS / 1048576} M`);
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  // One entry per open tag the tokenizer reported; past MAX_DEPTH the same element repeats, so closes balance.
  const stack: HtmlElement[] = [root];
  let elements = 0;
  let flattened = false;
  let capped = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack[stack.length - 1]!;
        if (stack.length > MAX_DEPTH || elements >= MAX_ELEMENTS) {
          if (stack.length > MAX_DEPTH) flattened = true;
          else capped = true;
          stack.push(parent);
          return;
        }
        elements++;
        const element: HtmlElement = { tag: name, attrs, children: [], parent };
        parent.children.push(element);
        stack.push(element);
      },
      ontext(text) {
        const parent = stack[stack.length - 1]!;
        const last = parent.children.length - 1;
        if (last >= 0 && typeof parent.children[last] === 'string') parent.children[last] += text;
        else parent.children.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  if (flattened) warnings.push(`markup nested deeper than ${MAX_DEPTH} levels was flattened`);
  if (capped) warnings.push(`page has more than ${MAX_ELEMENTS} elements; the rest was read as text only`);
  return { root, warnings };
}

/** Calls `visit` on every element under `from` in document order, without recursion; `false` skips a subtree. */
export function walkElements(from: HtmlElement, visit: (element: HtmlElement) => boolean | void): void {
  const pending: HtmlNode[] = [...from.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') continue;
    if (visit(node) === false) continue;
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
}

/** The first element with this tag under `from`, if any. */
export function findElement(from: HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  let found: HtmlElement | undefined;
  walkElements(from, (element) => {
    if (found) return false;
    if (test(element)) found = element;
  });
  return found;
}

/** All the text under a node, raw (whitespace as written). */
export function rawText(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  const parts: string[] = [];
  const pending: HtmlNode[] = [node];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') parts.push(next);
    else for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!);
  }
  return parts.join('');
}
