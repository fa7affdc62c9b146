import { readFrontMatter } from './front-matter.js';
import type { FormatReader } from './types.js';

/**
 * Markdown syntax to plain text, line by line so paragraphs stay where they were: the reader shows
 * prose, and cleaning should not mistake `**` or link targets for content.
 */
const MARKDOWN_TO_TEXT: readonly [RegExp, string][] = [
  [/^ {0,3}(?:```|~~~).*$/, ''], // code fences
  [/^ {0,3}(?:[-*_][ \t]*){3,}$/, ''], // horizontal rules
  [/^( {0,3}#{1,6}[ \t].*?)[ \t]{1,20}#+[ \t]{0,20}$/, '$1'], // a heading's closing #s (bounded: no backtracking over long runs)
  [/^ {0,3}#{1,6}[ \t]+/, ''], // ATX heading markers
  [/^ {0,3}>[ \t]?/, ''], // block quotes
  [/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1'], // images: keep the alt text
  [/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1'], // links: keep the words
  // Emphasis spans are bounded: an unclosed `**` must not make each later one scan to the line's end.
  [/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2'], // bold
  [/(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])/g, '$1'], // italics with *; _ is too common in names
];

/** One line of Markdown as plain text. */
function plainLine(line: string): string {
  for (const [pattern, replacement] of MARKDOWN_TO_TEXT) line = line.replace(pattern, replacement);
  return line;
}

/** A Markdown article: optional front matter, then the body; a leading `# Heading` is a title too. */
export const readMarkdown: FormatReader = (text) => {
  const front = readFrontMatter(text);
  const fields = { ...front?.fields };
  const body = front ? front.body : text;
  const firstLine = /^\s*(.*)/.exec(body.slice(0, 2000))?.[1] ?? '';
  if (!fields.title && /^#[ \t]/.test(firstLine)) fields.title = plainLine(firstLine).trim();
  const plain = body.split('\n').map(plainLine).join('\n');
  return { records: [{ text: plain, fields, warnings: front?.warnings ?? [] }], problems: [] };
};
