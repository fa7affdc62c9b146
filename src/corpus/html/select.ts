import type { TextBlock } from './blocks.js';

/** The article's text and the blocks that were left out of it, with why. */
export interface SelectedText {
  text: string;
  removed: { text: string; reason: string }[];
}

// Short lines that are furniture in any language newsx meets in English-first corpora.
const FURNITURE_LINES: [RegExp, string][] = [
  [/^(?:advertisement|advertising|advert|anzeige|publicité|publicidad|sponsored( content)?|ad|story continues below( advertisement)?)$/i, 'ad'],
  [/^(?:photo|image|picture|video|credit)s?\s*:.{0,80}$/i, 'caption'],
  // An agency's name with a separator or "photo" beside it is a credit line; "(Reuters) - Shares rose" is not.
  [/^(?=.{0,100}$)(?=.*(?:[|/©]|\bphoto|\bimage|\bcredit)).*\b(?:getty images|shutterstock|ap photo|afp|reuters|epa|alamy|pa wire|bloomberg)\b/i, 'caption'],
  [/^(?:don'?t miss|must read|also read|more:|watch:|listen:|click here)\b.{0,80}$/i, 'related links'],
  [/^(?:tell us what you think|have your say|join the (conversation|discussion)).{0,40}$/i, 'comments'],
  [/^(?:share( this( article| story)?)?|share on \w+|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|pinterest|reddit)$/i, 'share bar'],
  [/^(?:read more|read next|related( articles| stories| coverage| content)?|more from|see also|recommended|you may also like|most (read|popular|viewed))\b.{0,60}$/i, 'related links'],
  [/^(?:sign up|subscribe|newsletter|get our newsletter|join our)\b.{0,80}$/i, 'newsletter'],
  [/^(?:comments?|\d+ comments?|leave a (comment|reply)|show comments|view comments)$/i, 'comments'],
  [/^(?:we use cookies|this (web)?site uses cookies)\b.*$/i, 'cookie banner'],
];
/** Removal texts past this are cut (a script or a mega-menu says enough in its first lines). */
export const MAX_REMOVAL_CHARS = 300;
/** Blocks whose text is more than this share of link text are link lists, not prose. */
const MAX_LINK_SHARE = 0.5;

/** Picks the article's blocks, joins them as paragraphs, and says why each other block went. */
export function selectArticleText(blocks: readonly TextBlock[], title: string | undefined): SelectedText {
  const kept: TextBlock[] = [];
  const removed: SelectedText['removed'] = [];
  const drop = (text: string, reason: string) => {
    const last = removed[removed.length - 1];
    // Blocks outside the article come in runs (a menu, a footer): one removal per run reads better.
    if (last && last.reason === reason && reason === 'outside the article' && last.text.length < MAX_REMOVAL_CHARS) last.text += ` / ${text}`;
    else removed.push({ text: text.length > MAX_REMOVAL_CHARS ? `${text.slice(0, MAX_REMOVAL_CHARS)}…` : text, reason });
  };
  let sawTitle = false;
  for (const block of blocks) {
    if (block.furniture) {
      drop(block.text, block.furniture);
      continue;
    }
    const isTitle = !sawTitle && block.kind === 'heading' && kept.length === 0 && (isHeadline(block.text, title) || (block.inArticle && block.level === 1));
    if (isTitle) {
      sawTitle = true;
      drop(block.text, 'title (kept as metadata)');
      continue;
    }
    if (!block.inArticle) {
      drop(block.text, 'outside the article');
      continue;
    }
    const rule = FURNITURE_LINES.find(([pattern]) => block.text.length < 120 && pattern.test(block.text));
    if (rule) {
      drop(block.text, rule[1]);
      continue;
    }
    if (block.linkChars > block.text.length * MAX_LINK_SHARE && block.text.length < 400) {
      drop(block.text, 'links');
      continue;
    }
    kept.push(block);
  }
  return { text: joinBlocks(kept), removed };
}

/** Blocks as text: a blank line between blocks, list items of one list on lines of their own. */
function joinBlocks(blocks: readonly TextBlock[]): string {
  const out: string[] = [];
  let previous: TextBlock | undefined;
  for (const block of blocks) {
    const line = block.kind === 'item' ? `- ${block.text}` : block.text;
    if (previous && block.kind === 'item' && previous.kind === 'item' && previous.owner.parent === block.owner.parent) out[out.length - 1] += `\n${line}`;
    else out.push(line);
    previous = block;
  }
  return out.join('\n\n');
}

/** A heading that is the page's title, or the title before " | Outlet". */
export function isHeadline(heading: string, title: string | undefined): boolean {
  if (!title) return false;
  const h = key(heading);
  const t = key(title);
  return h.length > 0 && (h === t || (h.length >= 10 && t.startsWith(`${h} `)));
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
