import type { Block } from '../../core/report/document.js';
import { line } from '../text-table.js';

/**
 * A report as Markdown that reads well as plain text (in a terminal, over SSH) and renders on any
 * forge. Article text is escaped where Markdown would act on it: no HTML, link or emphasis can be
 * smuggled in through a quote.
 */
export function markdownReport(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${inline(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(block.emphasis ? `_${escape(block.text)}_` : escape(block.text), '');
        break;
      case 'list':
        block.items.forEach((item, i) => {
          const mark = block.ordered ? `${i + 1}.` : '-';
          const lead = item.lead ? `**${escape(item.lead)}** ` : '';
          out.push(`${mark} ${lead}${escape(item.text)}`);
          for (const sub of item.sub ?? []) out.push(`${' '.repeat(mark.length + 1)}- ${escape(sub)}`);
        });
        out.push('');
        break;
      case 'quote':
        out.push(`> ${escape(block.text)}`, `>`, `> — ${escape(block.citation)}`, '');
        break;
    }
  }
  return out.join('\n');
}

/** One line of text that opens a block, safe for the terminal and inert as Markdown. */
function escape(text: string): string {
  // A line opening with `#`, `-` or `1.` would become a heading or a (nested) list.
  return inline(text).replace(/^([#+-]|\d+\.)(\s)/, '\\$1$2');
}

/** Text inside a line (a heading's, after a list mark), safe for the terminal and inert as Markdown. */
function inline(text: string): string {
  return line(text)
    .replace(/[\\`<>]/g, (ch) => `\\${ch}`)
    // Brackets read as text ("[Russia's] court", "[2]") unless they make a link: break only that.
    .replace(/\]\(/g, '\\](')
    // `*` and `_` only act at a word's edge: file names like 002_447bd.txt stay as they are.
    .replace(/(^|[^\p{L}\p{N}])([*_]+)|([*_]+)(?=[^\p{L}\p{N}]|$)/gu, (_m, before = '', lead, trail) => `${before}${(lead ?? trail).replace(/[*_]/g, '\\$&')}`);
}
