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
  // Emphasis spans are bounded: an unclosed `**` must not make each later one scan to the line's end.
  [/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2'], // bold
  [/(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])/g, '$1'], // italics with *; _ is too common in names
];

/** Emphasis, after links: `[**a**](x)` keeps its words either way, and `**` inside a target goes with it. */
const EMPHASIS = MARKDOWN_TO_TEXT.length - 2;

/**
 * `prefix` + text + `](` + target + `)` replaced by the text, as `/!\[([^\]]*)\]\([^)]*\)/g` would: the text
 * runs to the first `]`, the target to the first `)`. By hand, because that regex scans to the end of the
 * line from every `[` that has no `)` after it, and "[a](" repeated over a 20 MB line took minutes. Here
 * each `]` and `)` is found once, left to right: the first after one place is the first after any later
 * place before it.
 */
function linkTexts(line: string, prefix: '![' | '[', minText: number): string {
  if (!line.includes('](')) return line;
  let out = '';
  let done = 0;
  let close = -1; // the first `]` after the current candidate, kept while it still is
  let paren = -1; // the first `)` after that `]`, likewise
  for (let open = line.indexOf(prefix); open !== -1; open = line.indexOf(prefix, open + 1)) {
    const text = open + prefix.length;
    if (close < text) close = line.indexOf(']', text);
    if (close === -1) break; // no `]` after here: no more links
    if (close - text < minText || line[close + 1] !== '(') continue;
    if (paren < close + 2) paren = line.indexOf(')', close + 2);
    if (paren === -1) break; // no `)` after here: no more links
    out += line.slice(done, open) + line.slice(text, close);
    done = paren + 1;
    open = done - 1;
  }
  return done === 0 ? line : out + line.slice(done);
}

/** One line of Markdown as plain text. */
function plainLine(line: string): string {
  for (const [pattern, replacement] of MARKDOWN_TO_TEXT.slice(0, EMPHASIS)) line = line.replace(pattern, replacement);
  line = linkTexts(linkTexts(line, '![', 0), '[', 1); // images keep their alt text, links their words
  for (const [pattern, replacement] of MARKDOWN_TO_TEXT.slice(EMPHASIS)) line = line.replace(pattern, replacement);
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
