import { Tokenizer } from 'htmlparser2';

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
/** Nesting past this depth is flattened (elements at the limit become siblings), so no walk can overflow a stack. */
export const MAX_DEPTH = 256;
/** Elements past this count are not built (a page of a million empty divs is not an article). */
export const MAX_ELEMENTS = 400_000;

// Tags whose start closes an open element of these kinds (the HTML standard's implied end tags, in short).
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th', 'td'])], ['td', new Set(['th', 'td'])],
  ['li', new Set(['li'])], ['option', new Set(['option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['a', new Set(['a'])], ['p', P], ...[...HEADINGS].map((h): [string, ReadonlySet<string>] => [h, new Set([...HEADINGS, 'p'])]),
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, ReadonlySet<string>] => [t, P]),
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Parses HTML into a small tree over htmlparser2's tokenizer (fast, forgiving, entities decoded; script
 * and style bodies come out as raw text and are never run; nothing is fetched). The tree is built here
 * rather than by htmlparser2's Parser because its open-element list costs O(depth) per tag, which a page
 * of 100,000 nested divs turns into minutes; here the open list never grows past MAX_DEPTH.
 */
export function parseHtml(html: string): HtmlTree {
  const warnings: string[] = [];
  if (html.length > MAX_HTML_CHARS) {
    warnings.push(`page is ${(html.length / 1048576).toFixed(1)} M characters; read only the first ${MAX_HTML_CHARS / 1048576} M`);
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  const open: HtmlElement[] = [root];
  let elements = 0;
  let flattened = false;
  let capped = false;
  // The tag being read: its element (null when past a limit) and the attribute being read.
  let pending: HtmlElement | null = null;
  let pendingTag = '';
  let attrName = '';
  let attrValue = '';
  const top = () => open[open.length - 1]!;
  const addText = (text: string) => {
    const parent = top();
    const last = parent.children.length - 1;
    if (last >= 0 && typeof parent.children[last] === 'string') parent.children[last] += text;
    else parent.children.push(text);
  };
  const close = (tag: string): boolean => {
    for (let i = open.length - 1; i > 0; i--) {
      if (open[i]!.tag !== tag) continue;
      open.length = i;
      return true;
    }
    return false;
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    onopentagname(start, end) {
      const tag = html.slice(start, end).toLowerCase();
      pendingTag = tag;
      const implied = IMPLIED_CLOSE.get(tag);
      while (implied && open.length > 1 && implied.has(top().tag)) open.pop();
      if (elements >= MAX_ELEMENTS) {
        capped = true;
        pending = null;
        return;
      }
      // At the depth limit the innermost element is closed first, so the new one becomes its sibling:
      // blocks stay apart, and the open list stays short.
      if (open.length > MAX_DEPTH) {
        flattened = true;
        open.pop();
      }
      elements++;
      pending = { tag, attrs: {}, children: [], parent: top() };
      top().children.push(pending);
    },
    onattribname(start, end) {
      attrName = html.slice(start, end).toLowerCase();
      attrValue = '';
    },
    onattribdata(start, end) {
      attrValue += html.slice(start, end);
    },
    onattribentity(codepoint) {
      attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (pending && !Object.hasOwn(pending.attrs, attrName)) pending.attrs[attrName] = attrValue;
      attrValue = '';
    },
    onopentagend() {
      if (pending && !VOID.has(pendingTag)) open.push(pending);
      pending = null;
    },
    onselfclosingtag() {
      // HTML ignores the slash (<div/> opens a div); void elements never open anyway.
      if (pending && !VOID.has(pendingTag)) open.push(pending);
      pending = null;
    },
    onclosetag(start, end) {
      const tag = html.slice(start, end).toLowerCase();
      if (tag === 'br' && !flattened) top().children.push({ tag: 'br', attrs: {}, children: [], parent: top() });
      else if (!VOID.has(tag)) close(tag);
    },
    ontext(start, end) {
      addText(html.slice(start, end));
    },
    ontextentity(codepoint) {
      addText(String.fromCodePoint(codepoint));
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  });
  tokenizer.write(html);
  tokenizer.end();
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
