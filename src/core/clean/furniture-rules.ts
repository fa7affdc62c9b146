import { FURNITURE_LINES, INLINE_FURNITURE_LINES, SHARE_WORDS, TEASER_LEADS } from './phrases.js';
import { endsLikeSentence, furnitureKey, wordCount } from './shape.js';

/** A rule recognising one kind of page furniture from a whole line, whatever its position. */
export interface FurnitureRule {
  name: string;
  /** Sites put this kind inside the body (ads, links to other stories, captions), not only at its end. */
  inline?: true;
  /** `key` is `furnitureKey(text)`, `words` its word count: computed once per line for every rule. */
  matches(text: string, key: string, words: number): boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Patterns live here, not inside the rules: a regex literal in a function is a new object per call.
const TEASER_WIDGET = /^list of \d+ items?(?:\s*end of list)?$/;
const COMMENT_COUNT = /^(?:\d+ )?(?:comments?|kommentare?|commentaires?|kommentarer|comentarios|commenti|reacties)(?: \(\d+\))?$/;
const SHARE_SEPARATORS = /[\s|·•/,]+/;
// "Share with X", "Share on Facebook": filler words a share bar may hold after "share".
const SHARE_FILLER = new Set(['with', 'on', 'via', 'to', 'this']);
const COPYRIGHT_HINT = /©|\(c\)|copyright|rights reserved|reproduced/i;
const COPYRIGHT_START = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})/i;
const RIGHTS_NOTICE = /\ball rights reserved\b|\bno part of this (?:site|website|publication|article|material) may be reproduced/i;
const RSS = /\bRSS\b/;
const RSS_TERMS = /\b(?:terms|reproduc|permission|licens)/i;
const REPOST = [
  /^(?:this|the) (?:article|story|post|piece|report|column|interview|op-ed|commentary) (?:was )?(?:originally|first) (?:appeared|published|posted|ran)\b/i,
  /^(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by)\b/i,
  /^(?:republished|reprinted|reposted|cross-?posted) (?:from|with permission|by)\b/i,
];
const ALTERNATE_ADDRESS = /\bcan (?:also )?be accessed at\b|\balternate (?:addresses|domains|urls?)\b|\bmirror sites?\b/i;
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;
const APP = /\b(?:roku|app store|google play|apple tv|android tv|fire tv|ios app|android app|download (?:the|our) app)\b/i;
const COMMENT_PROMPT =
  /your email address will not be published|required fields are marked|save my name, email|you must be logged in to (?:post|leave|add|write) a comment|comments are (?:closed|moderated)|ihre e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|email|courriel|de messagerie) ne sera pas publiée|tu dirección de correo electrónico no será publicada|din e-postadress kommer inte (?:att )?publiceras|il tuo indirizzo email non sarà pubblicato/i;
const COMMENT_INVITE = /^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b/i;
const NEWSLETTER = [/^(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|updates|alerts|briefing)\b/i, /^get (?:our|the) .{0,60}\bnewsletter\b/i];
const COOKIE_HINT = /cookie|preferences|choices/i;
const COOKIE_BANNER = [
  /\b(?:we|this (?:web)?site|our (?:web)?site|this page) uses? cookies\b|\bwir verwenden cookies\b|\b(?:ce site|nous) utilis\w* des cookies\b|\bby (?:continuing|using this (?:web)?site)\b.{0,80}\b(?:agree|accept|consent)/i,
  /^(?:accept|reject|allow|manage)(?: all)? (?:cookies|preferences|choices)\b/i,
];
const TEASER_LEAD = new RegExp(`^(?:${TEASER_LEADS.map(escape).join('|')})\\s*[:|»›>]\\s*\\S`, 'i');
const CREDIT = /^(?:\(?(?:additional )?reporting|writing|editing|compiled|produced|graphics?|translated) by\b|^\(?with (?:inputs?|additional reporting|agency inputs?) from\b/i;
// A news agency's name alone on a line: the copy's credit ("AFP", "Keystone-SDA", "PTI").
const AGENCY_LINE = /^(?:AP|AFP|Reuters|dpa|SDA|Keystone|Keystone-SDA|ATS|APA|ANSA|EFE|PTI|ANI|IANS|UNI|UPI|TASS|RIA Novosti|Xinhua|Anadolu|Yonhap|Kyodo|Bernama|AAP|NTB|TT|Belga|PA|PA Media|Getty Images|EPA|EPA-EFE)$/;
const READ_TIME = /^(?:\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+read(?:ing time)?|(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|minuten)\.?)$/i;
// A field label alone on a line, and its value below it ("- Country:" / "- India").
const FIELD_LABEL = /^(?:country|countries|region|location|city|state|category|section|topic|source|dateline)\s*:$/i;
// Wire captions: "A tail of … is seen stuck on a building after the incident in Ahmedabad, India, June 12, 2025."
const WIRE_CAPTION_VERB = /\b(?:is|are) (?:seen|pictured|shown|displayed)\b/;
const WIRE_CAPTION_END = /, (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\.$/;
// A credit closing a caption: "… Photo by Jeon Heon-kyun/EPA-EFE", "… Photo: Michael Kappeler/dpa", "(Genaro Molina / Los Angeles Times)".
const PHOTO_CREDIT_END = /\b(?:Photo|Photograph|Picture|Image|Foto|Bild)(?: by|:)\s+[^.()]{2,60}\/\s?[\p{L}][\p{L} -]{1,30}$/u;
const SLASH_CREDIT = /\((?:\p{Lu}[\p{L}.'’-]+\s+(?:(?:van|von|der|den|de|da|del|di|du|la|le|al|el|bin)\s+)*){1,3}\p{Lu}[\p{L}.'’-]+\s*\/\s*[\p{Lu}][^()]{1,40}\)$/u;
const DISCLAIMER = /\b(?:views|opinions)(?: and facts)? (?:expressed|appearing)\b.{0,200}\b(?:do|does) not (?:necessarily )?reflect\b|\bembedded directly from the user'?s social media\b/i;
const READ_AT = /^(?:read (?:more |the full (?:story|article) )?(?:at|on))\s+\S+\.\S+$/i;
const EMAIL_LINE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const IMAGE_DEBRIS = /^!?\[[^\]]*\]\([^)]*\)$|^\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)$|^!\[[^\]]*\]$/;
const TEMPERATURE = /^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$/;
const FILED = /^(?:posted|filed|published) (?:in|under|on|by)\b/i;
const TAGS = /^(?:tags|topics|categories|kategorien|étiquettes|etiketter|schlagwörter)\s*:/i;
const CAPTION_END =
  /\((?:[^()]*\b(?:photo|photograph|image|picture|foto|bild|photo credit)\b[^()]*|(?:AP|AFP|Reuters|Getty Images|EPA|Anadolu|Xinhua|TASS|dpa)(?: Photo)?(?:\s*\/[^()]*)?)\)$/i;
const CAPTION_LABEL = /^(?:image|photo|picture) (?:caption|source|copyright|credit)\b/i;
const PHOTOGRAPH_CREDIT = /\bPhotograph: [^.]{1,80}$/;
const CREDIT_LABEL = /^(?:photo|foto|bild|image|credit|source|quelle)\s*:\s*\S/i;
const SHARE_WIDGET = [/\(opens in (?:a )?new window\)$/i, /^click to (?:share|email|print|tweet)\b/i];

const any = (patterns: readonly RegExp[], t: string): boolean => patterns.some((p) => p.test(t));

/**
 * The furniture rules, most specific first. Phrases are one signal; the rest describe kinds of line
 * (a caption, a credit, a notice) by their wording pattern, so they carry over to unseen sites.
 * Each checks the word count first: most prose is longer than any furniture of its kind.
 */
export const furnitureRules: readonly FurnitureRule[] = [
  { name: 'inline-phrase', inline: true, matches: (_t, key) => key.length <= 60 && INLINE_FURNITURE_LINES.has(key) },
  { name: 'phrase', matches: (_t, key) => key.length <= 60 && FURNITURE_LINES.has(key) },
  // Al Jazeera-style inline teaser widgets: "list of 3 itemsend of list".
  { name: 'teaser-widget', inline: true, matches: (_t, key) => key !== '' && TEASER_WIDGET.test(key) },
  { name: 'comment-count', matches: (_t, key) => key !== '' && COMMENT_COUNT.test(key) },
  {
    name: 'share-bar',
    matches: (_t, key, words) =>
      words <= 10 && key.split(SHARE_SEPARATORS).every((w) => w === '' || SHARE_WORDS.has(w) || (key.startsWith('share ') && SHARE_FILLER.has(w))),
  },
  { name: 'copyright', matches: (t, _k, words) => words <= 80 && COPYRIGHT_HINT.test(t) && (COPYRIGHT_START.test(t) || RIGHTS_NOTICE.test(t)) },
  { name: 'rss-notice', matches: (t, _k, words) => words <= 80 && t.includes('RSS') && RSS.test(t) && RSS_TERMS.test(t) },
  { name: 'repost-notice', matches: (t, _k, words) => words <= 30 && any(REPOST, t) },
  { name: 'alternate-address', matches: (t, _k, words) => words <= 30 && ALTERNATE_ADDRESS.test(t) },
  { name: 'address-line', matches: (t) => !t.includes(' ') && DOMAIN_LINE.test(t) },
  { name: 'app-line', matches: (t, _k, words) => words <= 8 && !endsLikeSentence(t) && APP.test(t) },
  { name: 'comment-prompt', matches: (t, _k, words) => words <= 25 && (COMMENT_PROMPT.test(t) || COMMENT_INVITE.test(t)) },
  { name: 'newsletter', inline: true, matches: (t, _k, words) => words <= 30 && any(NEWSLETTER, t) },
  { name: 'cookie-banner', inline: true, matches: (t, _k, words) => words <= 80 && COOKIE_HINT.test(t) && any(COOKIE_BANNER, t) },
  { name: 'teaser-link', inline: true, matches: (t, _k, words) => words <= 25 && TEASER_LEAD.test(t) },
  { name: 'credit-line', matches: (t, _k, words) => words <= 40 && CREDIT.test(t) },
  { name: 'filing-line', matches: (t, _k, words) => words <= 15 && ((FILED.test(t) && !endsLikeSentence(t)) || TAGS.test(t)) },
  {
    name: 'caption',
    inline: true,
    matches: (t, _k, words) =>
      words <= 80 &&
      ((t.endsWith(')') && CAPTION_END.test(t)) ||
        CAPTION_LABEL.test(t) ||
        (t.includes('Photograph: ') && PHOTOGRAPH_CREDIT.test(t)) ||
        (words <= 12 && CREDIT_LABEL.test(t))),
  },
  { name: 'share-widget', matches: (t, _k, words) => words <= 20 && any(SHARE_WIDGET, t) },
  { name: 'agency-credit', inline: true, matches: (t, _k, words) => words <= 3 && AGENCY_LINE.test(t.trim()) },
  { name: 'read-time', inline: true, matches: (_t, key, words) => words <= 6 && READ_TIME.test(key) },
  { name: 'field-label', inline: true, matches: (_t, key, words) => words <= 2 && FIELD_LABEL.test(`${key}:`) && /:\s*$/.test(_t) },
  {
    name: 'photo-credit',
    inline: true,
    matches: (t, _k, words) =>
      words <= 80 &&
      ((t.includes('/') && (PHOTO_CREDIT_END.test(t) || (t.endsWith(')') && SLASH_CREDIT.test(t)))) ||
        (WIRE_CAPTION_END.test(t) && WIRE_CAPTION_VERB.test(t))),
  },
  { name: 'disclaimer', matches: (t, _k, words) => words <= 90 && DISCLAIMER.test(t) },
  { name: 'read-at', matches: (t, _k, words) => words <= 6 && READ_AT.test(t.trim()) },
  { name: 'email-line', inline: true, matches: (t) => !t.trim().includes(' ') && EMAIL_LINE.test(t.trim()) },
  { name: 'image-debris', inline: true, matches: (t) => t.includes('](') || t.startsWith('![') ? IMAGE_DEBRIS.test(t.trim()) : false },
  { name: 'weather-widget', matches: (t, _k, words) => words <= 2 && TEMPERATURE.test(t.trim()) },
  { name: 'symbol-line', inline: true, matches: (t) => t.trim().length > 0 && t.trim().length <= 5 && !/[\p{L}\p{N}]/u.test(t) },
];

/** Phrase keys are needed only for lines this short; longer lines get an empty key. */
const KEYED_WORDS = 12;

/** The first furniture rule a line matches, or null for a line that may be reporting. */
export function furnitureRuleFor(text: string): FurnitureRule | null {
  const words = wordCount(text);
  const key = words <= KEYED_WORDS ? furnitureKey(text) : '';
  for (const rule of furnitureRules) if (rule.matches(text, key, words)) return rule;
  return null;
}

/** The name of the first furniture rule a line matches, or null for a line that may be reporting. */
export function furnitureKind(text: string): string | null {
  return furnitureRuleFor(text)?.name ?? null;
}
