import { decodeHTML } from 'entities';
import type { PageMetadata } from './page-metadata.js';

/** What a page's JSON-LD says about its article (schema.org NewsArticle, Article, BlogPosting...). */
export interface JsonLdArticle extends PageMetadata {
  /** The article's body as the publisher states it (some CMSs put the whole text here). */
  body?: string;
}

// schema.org types that are an article, most specific first in spirit; WebPage only lends what is missing.
const ARTICLE_TYPE = /^(?:\w+:)?(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Article|ScholarlyArticle|TechArticle|Report|SocialMediaPosting|Posting)$/i;
const PAGE_TYPE = /^(?:\w+:)?(?:WebPage|ItemPage|ArticlePage)$/i;
/** Nesting past this in one JSON-LD block is not followed (a hostile page cannot make the walk long). */
const MAX_OBJECTS = 2000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Reads every `<script type="application/ld+json">` body; unparsable blocks are skipped (warned by the caller). */
export function readJsonLd(blocks: readonly string[]): { article: JsonLdArticle; unreadable: number } {
  const objects: Record<string, Json>[] = [];
  let unreadable = 0;
  for (const block of blocks) {
    const parsed = parseLenient(block);
    if (parsed === undefined) unreadable++;
    else collectObjects(parsed, objects);
  }
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const pages = objects.filter((o) => typesOf(o).some((t) => PAGE_TYPE.test(t)));
  const organisations = objects.filter((o) => typesOf(o).some((t) => /Organization$/i.test(t)));
  const article: JsonLdArticle = {};
  for (const source of [...articles, ...pages]) {
    article.title ??= text(source.headline) ?? (articles.includes(source) ? text(source.name) : undefined);
    article.published ??= text(source.datePublished) ?? text(source.dateCreated);
    article.modified ??= text(source.dateModified);
    article.author ??= names(source.author) ?? names(source.creator);
    article.outlet ??= names(source.publisher) ?? names(source.sourceOrganization);
    article.url ??= urlOf(source.url) ?? urlOf(source.mainEntityOfPage);
    article.language ??= text(source.inLanguage) ?? names(source.inLanguage);
    if (articles.includes(source)) article.body ??= text(source.articleBody);
  }
  // A page's own Organization block names the outlet when the article leaves the publisher out.
  if (!article.outlet && articles.length > 0) article.outlet = organisations.map((o) => text(o.name)).find(Boolean);
  return { article, unreadable };
}

/** JSON as CMSs write it: HTML comments or CDATA around it, a trailing comma, raw newlines in strings. */
function parseLenient(block: string): Json | undefined {
  const trimmed = block.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '').trim();
  if (!trimmed) return undefined;
  for (const candidate of [trimmed, trimmed.replace(/,\s*([}\]])/g, '$1').replace(/[\n\r\t]+/g, ' ')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/** Every object in a JSON-LD value: arrays, @graph and nested values (author, publisher...) flattened. */
function collectObjects(value: Json, into: Record<string, Json>[]): void {
  const pending: Json[] = [value];
  while (pending.length > 0 && into.length < MAX_OBJECTS) {
    const next = pending.pop()!;
    if (Array.isArray(next)) pending.push(...[...next].reverse());
    else if (next && typeof next === 'object') {
      into.push(next);
      if (next['@graph'] !== undefined) pending.push(next['@graph']);
      for (const key of ['mainEntity', 'itemListElement', 'hasPart']) if (next[key] && typeof next[key] === 'object') pending.push(next[key]);
    }
  }
}

function typesOf(object: Record<string, Json>): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** A string value, entities decoded and whitespace collapsed; empty is absent. */
function text(value: Json | undefined): string | undefined {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value !== 'string') return undefined;
  const cleaned = cleanValue(value.includes('&') ? decodeHTML(value) : value);
  return cleaned || undefined;
}

/** A person or organisation as a name: a string, `{name}`, or an array of them joined with commas. */
function names(value: Json | undefined): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const item of list) {
    const name = item && typeof item === 'object' && !Array.isArray(item) ? text(item.name) : text(item ?? undefined);
    if (name && !/^https?:\/\//.test(name) && !found.includes(name)) found.push(name);
  }
  return found.length > 0 ? found.join(', ') : undefined;
}

function urlOf(value: Json | undefined): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) return urlOf(value['@id'] ?? value.url);
  const url = text(value);
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Whitespace runs to one space, control characters out: metadata is one line of plain text. */
export function cleanValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]+/g, ' ').replace(/\s+/g, ' ').trim();
}
