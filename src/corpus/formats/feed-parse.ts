import { Parser } from 'htmlparser2';

/** One element's content inside a feed item: its text, the same as markup (for inline XHTML), its attributes. */
export interface FeedValue {
  text: string;
  markup: string;
  /** True when it held elements (Atom's `type="xhtml"` content): `markup` is then the HTML. */
  nested: boolean;
  attrs: Record<string, string>;
}

/** A feed item or entry: its child elements by lower-cased name (first of each kept), and every link. */
export interface FeedItem {
  values: Map<string, FeedValue>;
  links: Record<string, string>[];
}

/** What the parser found: the root element, the feed's own title, its items and declared entities. */
export interface ParsedFeed {
  root: string | null;
  title: string | null;
  items: FeedItem[];
  /** `<!ENTITY ...>` declarations found in the DOCTYPE (never expanded), as written. */
  entities: string[];
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/** Atom is sometimes written with an `atom:` prefix; everything else keeps its prefix (content:encoded). */
const keyOf = (name: string): string => name.toLowerCase().replace(/^atom:/, '');

/**
 * Parses a feed with htmlparser2 in XML mode: forgiving (an unclosed tag or a bare ampersand does not lose
 * the feed) and, by construction, safe: it never reads a DTD, so custom entities (a billion-laughs bomb)
 * and external ones (SYSTEM "file:///etc/passwd") stay unexpanded text and nothing is ever fetched.
 */
export function parseFeed(xml: string): ParsedFeed {
  const feed: ParsedFeed = { root: null, title: null, items: [], entities: [] };
  const stack: string[] = [];
  let item: FeedItem | null = null;
  let itemDepth = -1;
  // The element being read inside an item (depth itemDepth + 1), and its nested path for Atom's author/name.
  let field: { key: string; value: FeedValue; depth: number } | null = null;
  let nestedKey: { key: string; value: FeedValue; depth: number } | null = null;
  let feedTitle: string | null = null;

  const parser = new Parser(
    {
      onprocessinginstruction(_name, data) {
        for (const m of data.matchAll(/<?!ENTITY[^>]*/gi)) feed.entities.push(m[0].replace(/^</, ''));
      },
      onopentag(name, attrs) {
        const key = keyOf(name);
        stack.push(key);
        const depth = stack.length;
        if (feed.root === null) feed.root = key;
        if (item === null && (key === 'item' || key === 'entry')) {
          item = { values: new Map(), links: [] };
          itemDepth = depth;
          return;
        }
        if (item === null) {
          if (key === 'title' && (stack[depth - 2] === 'channel' || stack[depth - 2] === 'feed')) feedTitle = '';
          return;
        }
        if (depth === itemDepth + 1) {
          if (key === 'link') item.links.push(attrs);
          field = { key, depth, value: { text: '', markup: '', nested: false, attrs } };
        } else if (field) {
          field.value.nested = true;
          const attributes = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
          field.value.markup += `<${name}${attributes}>`;
          if (depth === itemDepth + 2) nestedKey = { key: `${field.key}/${key}`, depth, value: { text: '', markup: '', nested: false, attrs } };
        }
      },
      ontext(text) {
        if (feedTitle !== null) feedTitle += text;
        if (field) {
          field.value.text += text;
          field.value.markup += escapeText(text);
        }
        if (nestedKey) nestedKey.value.text += text;
      },
      onclosetag(name) {
        const depth = stack.length;
        stack.pop();
        if (feedTitle !== null && item === null) {
          if (feed.title === null) feed.title = feedTitle;
          feedTitle = null;
        }
        if (item === null) return;
        if (nestedKey && depth === nestedKey.depth) {
          if (!item.values.has(nestedKey.key)) item.values.set(nestedKey.key, nestedKey.value);
          nestedKey = null;
        } else if (field && depth > field.depth) {
          field.value.markup += `</${name}>`;
        }
        if (field && depth === field.depth) {
          if (!item.values.has(field.key)) item.values.set(field.key, field.value);
          field = null;
        }
        if (depth === itemDepth) {
          feed.items.push(item);
          item = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return feed;
}
