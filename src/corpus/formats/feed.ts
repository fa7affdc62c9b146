import type { ArticleFields, SourceFormat } from '../../core/types.js';
import { normaliseDate } from '../dates.js';
import { decodeText, normaliseText } from '../decode.js';
import { extractHtmlArticle } from '../html/index.js';
import { pageParts } from './html-record.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import { parseFeed, type FeedItem, type FeedValue } from './feed-parse.js';
import type { FormatContext, FormatProblem, FormatResult, FoundRecord } from './types.js';

/**
 * Item HTML longer than this, or with page furniture in it (navigation, scripts, share bars, related
 * links), goes through the whole-page extraction; other HTML is a summary or a clean body, and the
 * light path reads it without second-guessing a single paragraph.
 */
const EXTRACT_ABOVE = 2000;
const PAGE_FURNITURE = /<(?:nav|aside|footer|header|script|style|form|iframe)\b|\b(?:class|id)\s*=\s*["'][^"']*\b(?:share|related|comments?|cookie|promo|newsletter)/i;

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="windows-1251"?>`). */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
}

/** A feed's bytes as text: a BOM first, then the declared encoding, then as any text file (UTF-8, else Windows-1252). */
export function decodeXml(bytes: Uint8Array): { text: string; warnings: string[] } {
  const declared = declaredEncoding(bytes)?.toLowerCase();
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (declared && !bom && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return normaliseText(new TextDecoder(declared).decode(bytes));
    } catch {
      const decoded = decodeText(bytes);
      return { text: decoded.text, warnings: [`unknown encoding "${declared}" declared; read as ${decoded.warnings.length ? 'Windows-1252' : 'UTF-8'}`, ...decoded.warnings] };
    }
  }
  return decodeText(bytes);
}

/** The first of several elements an item has, with text. */
function first(item: FeedItem, names: readonly string[]): FeedValue | undefined {
  for (const name of names) {
    const value = item.values.get(name);
    if (value && (value.text.trim() || value.nested)) return value;
  }
  return undefined;
}

/** A short text field (title, author) as one plain line, markup and entities read. */
function plain(value: FeedValue | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.nested ? htmlToText(value.markup) : looksLikeHtml(value.text) ? htmlToText(value.text) : value.text;
  const line = text.replace(/\s+/g, ' ').trim();
  return line || undefined;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The item's address: an RSS link, Atom's alternate link, or a permalink guid or id. */
function itemUrl(item: FeedItem): string | undefined {
  const atom = item.links.find((l) => l.href && (!l.rel || l.rel === 'alternate')) ?? item.links.find((l) => l.href);
  const link = plain(item.values.get('link')) ?? atom?.href?.trim();
  if (link) return link;
  const guid = item.values.get('guid');
  const id = plain(guid) ?? plain(item.values.get('id'));
  return id && /^https?:\/\//i.test(id) && guid?.attrs.isPermaLink !== 'false' ? id : undefined;
}

/** An RSS author is often "ann@ledger.example (Ann Lee)": the name, not the address. */
function authorName(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text)?.[1];
  return named ?? (/^\S+@\S+$/.test(text) ? undefined : text);
}

/** The item's body as text: HTML through the extraction (long) or the light path (short), text as it is. */
function itemBody(item: FeedItem, url: string | undefined): { text: string; page?: ReturnType<typeof pageParts> } | null {
  const body = first(item, ['content:encoded', 'content', 'description', 'summary', 'media:description']);
  if (!body) return null;
  const type = (body.attrs.type ?? '').toLowerCase();
  if (type === 'text' || type === 'text/plain') return { text: body.text.trim() };
  const html = body.nested ? body.markup : body.text;
  if (!looksLikeHtml(html)) return { text: html.trim() };
  if (html.length > EXTRACT_ABOVE || PAGE_FURNITURE.test(html)) {
    const article = extractHtmlArticle(html, url ? { url } : {});
    if (article.isArticle && article.text.trim()) return { text: article.text, page: pageParts(article) };
  }
  return { text: htmlToText(html) };
}

/** A date field, or a warning naming it when it does not read as a date. */
function dateOf(value: string | undefined, name: string, warnings: string[]): string | undefined {
  if (!value) return undefined;
  const date = normaliseDate(value);
  if (!date) warnings.push(`${name}: not a date: ${JSON.stringify(value.slice(0, 40))}`);
  return date ?? undefined;
}

/** One item as an article, or a problem naming it. */
function itemRecord(item: FeedItem, index: number, outlet: string | undefined, format: SourceFormat, strip: (s: string) => string): FoundRecord | FormatProblem {
  const warnings: string[] = [];
  const fields: ArticleFields = {};
  const url = itemUrl(item);
  const body = itemBody(item, url);
  const text = body && strip(body.text).trim();
  if (!body || !text) return { record: index, reason: 'no text (no content:encoded, description, content or summary)' };
  const title = plain(first(item, ['title']));
  const author = authorName(plain(first(item, ['dc:creator', 'author/name', 'author', 'itunes:author'])));
  const source = plain(first(item, ['source'])); // an aggregator's item names its original outlet
  if (title) fields.title = oneLine(strip(title));
  if (url) fields.url = url;
  if (source ?? outlet) fields.outlet = (source ?? outlet)!;
  if (author) fields.author = oneLine(strip(author));
  const published = dateOf(plain(first(item, ['pubdate', 'published', 'dc:date', 'issued'])), 'published', warnings);
  const updated = dateOf(plain(first(item, ['updated', 'modified', 'dc:modified'])), 'updated', warnings);
  const page = body.page;
  // The item's own metadata first; a long HTML body's page metadata fills what the item leaves out.
  for (const key of ['title', 'author', 'published'] as const) if (!fields[key] && page?.fields[key]) fields[key] = page.fields[key];
  if (published) fields.published = published;
  const normalised = page ? { text: page.text, warnings: page.warnings } : normaliseText(text);
  return {
    index,
    text: page ? page.text : normalised.text,
    fields,
    warnings: [...warnings, ...normalised.warnings],
    format,
    source: JSON.stringify([fields, text]),
    ...(page?.removed.length ? { removed: page.removed } : {}),
    // An Atom entry must have `updated`, and often has nothing else: a date, but only a fallback one.
    ...(!fields.published && updated ? { fallbackFields: { published: updated } } : {}),
  };
}

/** The kind of feed by its root element, or null when it is some other XML. */
function feedFormat(root: string | null): SourceFormat | null {
  if (root === 'rss' || root === 'rdf:rdf') return 'rss';
  if (root === 'feed') return 'atom';
  return null;
}

/**
 * An RSS or Atom feed (.rss, .atom, or .xml that is one): each item an article `file#N` with its title,
 * link, date, author, the feed's title as outlet, and its body (content:encoded, description, content or
 * summary). Entities a DOCTYPE declares are never expanded: references to them are dropped, with a note.
 */
export async function readFeed(bytes: Uint8Array, _context: FormatContext): Promise<FormatResult> {
  const decoded = decodeXml(bytes);
  const feed = parseFeed(decoded.text);
  const format = feedFormat(feed.root);
  if (!format) return { records: [], problems: [{ reason: feed.root ? `not a feed (its root element is <${feed.root}>)` : 'not a feed (no XML elements in it)' }] };
  const notes: string[] = [];
  let strip = (text: string): string => text;
  if (feed.entities.length) {
    const external = feed.entities.find((e) => /\b(SYSTEM|PUBLIC)\b/.test(e));
    const names = feed.entities.map((e) => /^!ENTITY\s+%?\s*([\w.:-]+)/i.exec(e)?.[1]).filter((n): n is string => !!n);
    notes.push(
      `declares ${feed.entities.length} entit${feed.entities.length === 1 ? 'y' : 'ies'} in its DOCTYPE` +
        (external ? ` (one external: ${external.slice(0, 80)})` : '') +
        ': none was expanded or fetched; references to them were dropped',
    );
    const pattern = names.length ? new RegExp(`&(?:${names.map((n) => n.replace(/[.]/g, '\\.')).join('|')});`, 'g') : null;
    if (pattern) strip = (text) => text.replace(pattern, '');
  }
  const outlet = feed.title ? plain({ text: feed.title, markup: '', nested: false, attrs: {} }) : undefined;
  if (feed.items.length === 0) return { records: [], problems: [{ reason: `an ${format === 'rss' ? 'RSS' : 'Atom'} feed with no items` }], notes };
  const records: FoundRecord[] = [];
  const problems: FormatProblem[] = [];
  feed.items.forEach((item, i) => {
    const found = itemRecord(item, i + 1, outlet && strip(outlet), format, strip);
    if ('text' in found) records.push({ ...found, warnings: [...decoded.warnings, ...found.warnings] });
    else problems.push(found);
  });
  return { records, problems, notes };
}
