import type { Block } from '../../core/report/document.js';
import { line } from '../text-table.js';

// Inline, so the file is whole offline; plain serif for reading, and a print layout without colour.
const STYLE = `body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
h1,h2,h3,h4{font-family:system-ui,sans-serif;line-height:1.2}h2{border-top:1px solid #ccc;padding-top:.6em}
blockquote{margin:1em 0;padding:.2em 1em;border-left:3px solid #999}blockquote footer{font-size:.9em;color:#555}
li{margin:.3em 0}.note{color:#555}@media print{body{margin:0;max-width:none}h2{break-before:auto}blockquote{break-inside:avoid}}`;

/**
 * A report as one HTML file: no script, no remote resource (addresses appear as text, never as links
 * or sources), a strict Content-Security-Policy so a browser loads nothing even if it tried, readable
 * offline and printable.
 */
export function htmlReport(blocks: readonly Block[], title: string): string {
  const body: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const id = block.anchor ? ` id="${escape(block.anchor)}"` : '';
        body.push(`<h${block.level}${id}>${escape(block.text)}</h${block.level}>`);
        break;
      }
      case 'paragraph':
        body.push(`<p${block.emphasis ? ' class="note"' : ''}>${escape(block.text)}</p>`);
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        const items = block.items.map((item) => {
          const lead = item.lead ? `<strong>${escape(item.lead)}</strong> ` : '';
          const sub = item.sub?.length ? `<ul>${item.sub.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>` : '';
          return `<li>${lead}${escape(item.text)}${sub}</li>`;
        });
        body.push(`<${tag}>\n${items.join('\n')}\n</${tag}>`);
        break;
      }
      case 'quote':
        body.push(`<blockquote><p>${escape(block.text)}</p><footer>— ${escape(block.citation)}</footer></blockquote>`);
        break;
    }
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/** Text made terminal-safe, single-line and inert as HTML. */
function escape(text: string): string {
  return line(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
