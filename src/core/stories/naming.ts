import type { Article } from '../types.js';

/** Story titles are cut to this many characters, at a word. */
export const TITLE_LENGTH = 80;

/**
 * A story's title: the title of its most central article (the one most alike the others), without a
 * site suffix ("… | Russia-Ukraine war News") and cut at a word. A headline reads better than a list
 * of key terms, and the central article's headline is the one the others are variations of.
 */
export function storyTitle(members: readonly Article[], centrality: readonly number[]): string {
  let best = 0;
  centrality.forEach((c, i) => { if (c > centrality[best]!) best = i; });
  const title = members[best]?.title.trim() ?? '';
  const withoutSite = title.split(/\s+[|–—]\s+|\s+-\s+/)[0] ?? title;
  const base = withoutSite.split(/\s+/).length >= 3 ? withoutSite : title;
  if (base.length <= TITLE_LENGTH) return base || 'Untitled story';
  const cut = base.slice(0, TITLE_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * A story id that stays the same while the story has the same articles, whatever order they come in:
 * "story-" and a 64-bit FNV-1a hash (two 32-bit halves) of the sorted member ids.
 */
export function storyId(articleIds: readonly string[]): string {
  const text = [...articleIds].sort().join('\n');
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return `story-${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}
