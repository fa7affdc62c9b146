import { Parser } from 'htmlparser2';

/** Elements that end a paragraph: their text never runs into the next block's. */
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section',
  'article', 'header', 'footer', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'hr', 'dd', 'dt', 'aside',
]);

/** Elements whose content is never prose. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math']);

/**
 * The prose of a small piece of HTML (a feed item's description): one paragraph per block, spaces
 * collapsed, entities decoded, scripts and styles dropped. The light path for HTML that is already
 * only the article, where a whole-page extraction has nothing to remove.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let silent = 0;
  const endParagraph = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SILENT.has(name)) silent++;
        else if (BLOCKS.has(name)) endParagraph();
      },
      ontext(text) {
        if (silent === 0) current += text;
      },
      onclosetag(name) {
        if (SILENT.has(name)) silent = Math.max(0, silent - 1);
        else if (BLOCKS.has(name)) endParagraph();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();
  return paragraphs.join('\n\n');
}

/** True when a string holds markup worth parsing (a tag or an entity), not plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<[a-z!/][^>]*>|&(?:[a-z]+\d*|#\d+|#x[0-9a-f]+);/i.test(text);
}
