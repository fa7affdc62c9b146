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
const TEASER_LEAD = new RegExp(`^(?:${TEASER_LEADS.map(escape).join('|')})\\s*[:|»›>]\\s*\\S`, 'i');
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;
const CAPTION_END =
  /\((?:[^()]*\b(?:photo|photograph|image|picture|foto|bild|photo credit)\b[^()]*|(?:AP|AFP|Reuters|Getty Images|EPA|Anadolu|Xinhua|TASS|dpa)(?: Photo)?(?:\s*\/[^()]*)?)\)$/i;

/**
 * The furniture rules, most specific first. Phrases are one signal; the rest describe kinds of line
 * (a caption, a credit, a notice) by their wording pattern, so they carry over to unseen sites.
 */
export const furnitureRules: readonly FurnitureRule[] = [
  { name: 'inline-phrase', inline: true, matches: (_t, key) => key.length <= 60 && INLINE_FURNITURE_LINES.has(key) },
  { name: 'phrase', matches: (_t, key) => key.length <= 60 && FURNITURE_LINES.has(key) },
  // Al Jazeera-style inline teaser widgets: "list of 3 itemsend of list".
  { name: 'teaser-widget', inline: true, matches: (_t, key) => /^list of \d+ items?(?:\s*end of list)?$/.test(key) },
  { name: 'comment-count', matches: (_t, key) => /^(?:\d+ )?(?:comments?|kommentare?|commentaires?|kommentarer|comentarios|commenti|reacties)(?: \(\d+\))?$/.test(key) },
  { name: 'share-bar', matches: (_t, key, words) => words <= 10 && key.split(/[\s|·•/,]+/).every((w) => w === '' || SHARE_WORDS.has(w)) },
  { name: 'copyright', matches: (t) => /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})/i.test(t) || /\ball rights reserved\b|\bno part of this (?:site|website|publication|article|material) may be reproduced/i.test(t) },
  { name: 'rss-notice', matches: (t) => /\bRSS\b/.test(t) && /\b(?:terms|reproduc|permission|licens)/i.test(t) },
  { name: 'repost-notice', matches: (t, _k, words) => words <= 30 && (/^(?:this|the) (?:article|story|post|piece|report|column|interview|op-ed|commentary) (?:was )?(?:originally|first) (?:appeared|published|posted|ran)\b/i.test(t) || /^(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by)\b/i.test(t) || /^(?:republished|reprinted|reposted|cross-?posted) (?:from|with permission|by)\b/i.test(t)) },
  { name: 'alternate-address', matches: (t) => /\bcan (?:also )?be accessed at\b|\balternate (?:addresses|domains|urls?)\b|\bmirror sites?\b/i.test(t) },
  { name: 'address-line', matches: (t) => !t.includes(' ') && DOMAIN_LINE.test(t) },
  { name: 'app-line', matches: (t, _k, words) => words <= 8 && !endsLikeSentence(t) && /\b(?:roku|app store|google play|apple tv|android tv|fire tv|ios app|android app|download (?:the|our) app)\b/i.test(t) },
  { name: 'comment-prompt', matches: (t) => /your email address will not be published|required fields are marked|save my name, email|you must be logged in to (?:post|leave) a comment|comments are (?:closed|moderated)|ihre e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|email|courriel|de messagerie) ne sera pas publiée|tu dirección de correo electrónico no será publicada|din e-postadress kommer inte (?:att )?publiceras|il tuo indirizzo email non sarà pubblicato/i.test(t) || /^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b/i.test(t) },
  { name: 'newsletter', inline: true, matches: (t, _k, words) => words <= 30 && (/^(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|updates|alerts|briefing)\b/i.test(t) || /^get (?:our|the) .{0,60}\bnewsletter\b/i.test(t)) },
  { name: 'cookie-banner', inline: true, matches: (t, _k, words) => words <= 80 && (/\b(?:we|this (?:web)?site|our (?:web)?site|this page) uses? cookies\b|\bwir verwenden cookies\b|\b(?:ce site|nous) utilis\w* des cookies\b|\bby (?:continuing|using this (?:web)?site)\b.{0,80}\b(?:agree|accept|consent)/i.test(t) || /^(?:accept|reject|allow|manage)(?: all)? (?:cookies|preferences|choices)\b/i.test(t)) },
  { name: 'teaser-link', inline: true, matches: (t, _k, words) => words <= 25 && TEASER_LEAD.test(t) },
  { name: 'credit-line', matches: (t, _k, words) => words <= 40 && /^(?:\(?(?:additional )?reporting|writing|editing|compiled|produced|graphics?|translated) by\b/i.test(t) },
  { name: 'filing-line', matches: (t, _k, words) => words <= 15 && ((/^(?:posted|filed|published) (?:in|under|on|by)\b/i.test(t) && !endsLikeSentence(t)) || /^(?:tags|topics|categories|kategorien|étiquettes|etiketter|schlagwörter)\s*:/i.test(t)) },
  { name: 'caption', inline: true, matches: (t, _k, words) => words <= 80 && (CAPTION_END.test(t) || /^(?:image|photo|picture) (?:caption|source|copyright|credit)\b/i.test(t) || /\bPhotograph: [^.]{1,80}$/.test(t) || (words <= 12 && /^(?:photo|foto|bild|image|credit|source|quelle)\s*:\s*\S/i.test(t))) },
  { name: 'share-widget', matches: (t) => /\(opens in (?:a )?new window\)$/i.test(t) || /^click to (?:share|email|print|tweet)\b/i.test(t) },
];

/** The first furniture rule a line matches, or null for a line that may be reporting. */
export function furnitureRuleFor(text: string): FurnitureRule | null {
  const key = furnitureKey(text);
  const words = wordCount(text);
  for (const rule of furnitureRules) if (rule.matches(text, key, words)) return rule;
  return null;
}

/** The name of the first furniture rule a line matches, or null for a line that may be reporting. */
export function furnitureKind(text: string): string | null {
  return furnitureRuleFor(text)?.name ?? null;
}
