import { cleanValue, readJsonLd } from './json-ld.js';
import type { PageMetadata } from './page-metadata.js';
import { rawText, walkElements, type HtmlElement } from './tree.js';

export type { PageMetadata } from './page-metadata.js';

/** Metadata, the JSON-LD body when a page states one, and what could not be read. */
export interface MetadataReading {
  metadata: PageMetadata;
  jsonLdBody?: string;
  /** The `<title>` text, kept apart: it often carries the outlet ("Headline | Outlet"). */
  documentTitle?: string;
  warnings: string[];
}

// <meta> names and properties for each field, in order of trust.
const META_FIELDS: Record<keyof PageMetadata, readonly string[]> = {
  title: ['og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title', 'headline'],
  published: ['article:published_time', 'og:published_time', 'published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'date', 'article.published', 'originalpublicationdate'],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'lastmod', 'last-modified', 'dcterms.modified', 'article.updated'],
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'twitter:creator'],
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'],
  url: ['og:url', 'twitter:url', 'parsely-link'],
  language: ['og:locale', 'content-language', 'dc.language', 'language'],
};

/** Reads the page's metadata from its whole tree (some CMSs put `<meta>` and JSON-LD in the body). */
export function readMetadata(root: HtmlElement): MetadataReading {
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  let canonical: string | undefined;
  let documentTitle: string | undefined;
  let lang: string | undefined;
  let time: string | undefined;
  walkElements(root, (element) => {
    const { tag, attrs } = element;
    if (tag === 'html' && attrs.lang) lang ??= attrs.lang;
    else if (tag === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase().trim();
      const value = attrs.content ?? attrs.datetime;
      if (key && value && !meta.has(key)) meta.set(key, value);
    } else if (tag === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? '') && attrs.href) canonical ??= attrs.href;
    else if (tag === 'title' && documentTitle === undefined) documentTitle = cleanValue(rawText(element));
    else if (tag === 'script') {
      if (/ld\+json/i.test(attrs.type ?? '')) jsonLd.push(rawText(element));
      return false;
    } else if (tag === 'time' && attrs.datetime && time === undefined) time = attrs.datetime;
    else if (tag === 'svg' || tag === 'style') return false;
  });
  const { article, unreadable } = readJsonLd(jsonLd);
  const fromMeta = (field: keyof PageMetadata): string | undefined => {
    for (const key of META_FIELDS[field]) {
      const value = meta.get(key);
      if (value && cleanValue(value)) return cleanValue(value);
    }
    return undefined;
  };
  const metadata: PageMetadata = {};
  const set = (field: keyof PageMetadata, ...values: (string | undefined)[]) => {
    const value = values.find((v) => v !== undefined && v !== '');
    if (value !== undefined) metadata[field] = value;
  };
  set('title', article.title, fromMeta('title'), documentTitle || undefined);
  set('published', article.published, fromMeta('published'), time ? cleanValue(time) : undefined);
  set('modified', article.modified, fromMeta('modified'));
  set('author', article.author, authorFromMeta(fromMeta('author')));
  // og:site_name is the outlet as it names itself; JSON-LD publishers are sometimes the blog platform.
  set('outlet', fromMeta('outlet')?.replace(/^@/, ''), article.outlet);
  set('url', absoluteUrl(canonical), article.url, absoluteUrl(fromMeta('url')));
  set('language', lang ? cleanValue(lang) : undefined, article.language, fromMeta('language')?.replace('_', '-'));
  const warnings = unreadable > 0 ? [`${unreadable} JSON-LD block${unreadable === 1 ? '' : 's'} could not be read`] : [];
  return { metadata, ...(article.body ? { jsonLdBody: article.body } : {}), ...(documentTitle ? { documentTitle } : {}), warnings };
}

/** `article:author` is often a profile address, which is not a name. */
function authorFromMeta(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

function absoluteUrl(value: string | undefined): string | undefined {
  const cleaned = value ? cleanValue(value) : '';
  return /^https?:\/\//i.test(cleaned) ? cleaned : undefined;
}
