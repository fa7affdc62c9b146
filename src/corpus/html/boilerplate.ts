import type { HtmlElement } from './tree.js';

/**
 * Why a subtree is page furniture rather than the article, judged by its tag, role and the words in its
 * class and id. Rules name what the block is (the reason recorded with the removal), in order of trust.
 */
interface FurnitureRule {
  reason: string;
  tags?: readonly string[];
  roles?: readonly string[];
  /** Matched against class and id words (split on spaces, dashes and underscores), lower-cased. */
  words?: RegExp;
  /** Matched against whole class names and ids only (CMSs write "tag-sport" on the article itself). */
  names?: RegExp;
}

/** Elements that are never article text, whatever their class. */
const NEVER_TEXT: Record<string, string> = {
  script: 'script', style: 'style', noscript: 'script', template: 'script', svg: 'image', canvas: 'image',
  iframe: 'embed', object: 'embed', embed: 'embed', button: 'form', select: 'form', input: 'form', textarea: 'form',
  option: 'form', label: 'form', map: 'image', audio: 'media', video: 'media', head: 'head', title: 'head', dialog: 'popup',
};

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  { reason: 'cookie banner', words: /^(?:cookies?|cookie\w*|consent\w*|gdpr|cmp|onetrust\w*|didomi\w*|privacy-?banner)$/ },
  { reason: 'navigation', tags: ['nav'], roles: ['navigation', 'menubar', 'menu', 'search', 'banner'], words: /^(?:nav|navs|navbar|navigation|menu|menus|submenu|breadcrumbs?|skip|skiplinks?|masthead|topbar|toolbar|pagination|pager|jump)$/ },
  { reason: 'comments', words: /^(?:comments?|commenting|disqus\w*|discussion|replies|respond|reactions?)$/ },
  { reason: 'share bar', words: /^(?:share|shares|sharing|sharebar|social|socials|sociable|addthis|sharethis|shareaholic|follow|print|email-?share)$/ },
  { reason: 'related links', words: /^(?:related|relatedposts|recommended|recommendations?|recirc|recirculation|more|read-?more|readnext|also|trending|popular|mostpopular|most|outbrain|taboola|teasers?|promos?|upnext|next-?up|further|onward|onwardjourney)$/ },
  { reason: 'ad', words: /^(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|adsense|adzone|dfp|gpt|sponsored|sponsor|banner|billboard|leaderboard|mpu|dfp-ad|native-ad|commercial)$/ },
  { reason: 'newsletter', words: /^(?:newsletter|newsletters|subscribe|subscription|signup|sign|optin|paywall|regwall|piano|membership|donate|donation)$/ },
  { reason: 'sidebar', tags: ['aside'], roles: ['complementary'], words: /^(?:sidebar|rail|widget|widgets|sidebox)$/ },
  { reason: 'footer', tags: ['footer'], roles: ['contentinfo'], words: /^(?:footer|foot|copyright|colophon)$/ },
  { reason: 'header', tags: ['header'], words: /^(?:header|site-header)$/ },
  { reason: 'byline', words: /^(?:byline|bylines|author|authors|dateline|timestamp|meta|metadata)$/ },
  { reason: 'tags', names: /^(?:tags?|tag-?list|tag-?cloud|tags-\w+|(?:post|article|entry|story|page)[-_]?(?:tags|topics|keywords|categories)|keywords|topics|categories|filed-?under)$/ },
  { reason: 'caption', tags: ['figcaption'], words: /^(?:caption|captions|figcaption|credit|credits|image-credit|photo-credit|photocredit)$/ },
  { reason: 'gallery', words: /^(?:gallery|slideshow|carousel|slider|slides|lightbox|photo-?gallery)$/ },
  { reason: 'popup', words: /^(?:tooltip|popover|rollover|hovercard|flyout|dropdown)$/ },
  { reason: 'hidden', words: /^(?:hidden|hide|visually-hidden|sr-only|screen-reader-text|screenreader|offscreen|invisible|modal|popup|overlay|lightbox)$/ },
];


/** The words of an element's class and id, lower-cased, split on spaces, dashes and underscores. */
export function classWords(element: HtmlElement): string[] {
  const raw = `${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`.toLowerCase();
  if (!raw.trim()) return [];
  const words = new Set<string>();
  for (const name of raw.split(/\s+/)) {
    if (!name) continue;
    words.add(name);
    for (const part of name.split(/[-_:.]+|(?<=[a-z])(?=[A-Z])/)) if (part) words.add(part);
  }
  return [...words];
}

/** Why this element is furniture (the removal's reason), or undefined when it may be article text. */
export function furnitureReason(element: HtmlElement, byClass: boolean): string | undefined {
  const never = NEVER_TEXT[element.tag];
  if (never) return never;
  const { attrs } = element;
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return 'hidden';
  if (attrs.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style)) return 'hidden';
  if (!byClass) return undefined;
  if (element.tag === 'form' && !attrs.id?.match(/aspnet|form1/i)) return 'form';
  const role = (attrs.role ?? '').toLowerCase();
  const words = classWords(element);
  const names = `${attrs.class ?? ''} ${attrs.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  // The article's own body is never furniture; other blocks holding most of the prose are kept by the caller.
  if (attrs.itemprop === 'articleBody') return undefined;
  for (const rule of FURNITURE_RULES) {
    if (rule.tags?.includes(element.tag)) return rule.reason;
    if (role && rule.roles?.includes(role)) return rule.reason;
    if (rule.words && words.some((w) => rule.words!.test(w))) return rule.reason;
    if (rule.names && names.some((name) => rule.names!.test(name))) return rule.reason;
  }
  return undefined;
}
