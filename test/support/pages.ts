/** What a made-up news page carries. */
export interface PageSpec {
  title: string;
  outlet?: string;
  /** ISO date-time for article:published_time (or JSON-LD datePublished with `jsonLd`). */
  published?: string;
  author?: string;
  url?: string;
  paragraphs: readonly string[];
  /** Put the metadata in a JSON-LD NewsArticle instead of OpenGraph tags. */
  jsonLd?: boolean;
  /** A `<meta charset>` to declare (the caller encodes the bytes to match). */
  charset?: string;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Paragraphs of made-up reporting, each different, long enough to read as an article. */
export function reporting(topic: string, count = 6): string[] {
  const lines = [
    `The ${topic} was approved on Tuesday after a long debate in the council chamber, officials said.`,
    `"We listened to every objection and changed the plan twice," the deputy mayor, Lena Ortiz, told reporters outside.`,
    `Opponents said the ${topic} would cost far more than the 4 million the city had set aside for it.`,
    `A vote on the final budget is expected next month, when the council returns from its winter recess.`,
    `Residents who spoke at the hearing were split, with several asking for a delay until the spring.`,
    `The regional authority said it would publish its own assessment of the ${topic} before the vote.`,
    `Work could begin in the summer if the budget passes, according to a schedule seen by this newspaper.`,
    `The council first discussed the ${topic} three years ago, but the plan stalled over its cost.`,
  ];
  return Array.from({ length: count }, (_, i) => lines[i % lines.length]!);
}

/** A saved news page: head metadata, navigation, the article, a comments block and a cookie banner. */
export function newsPage(spec: PageSpec): string {
  const head: string[] = [spec.charset ? `<meta charset="${spec.charset}">` : '<meta charset="utf-8">', `<title>${escape(spec.title)}${spec.outlet ? ` | ${escape(spec.outlet)}` : ''}</title>`];
  if (spec.jsonLd) {
    const ld = {
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: spec.title,
      ...(spec.published ? { datePublished: spec.published } : {}),
      ...(spec.author ? { author: { '@type': 'Person', name: spec.author } } : {}),
      ...(spec.outlet ? { publisher: { '@type': 'Organization', name: spec.outlet } } : {}),
    };
    head.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  } else {
    head.push(`<meta property="og:title" content="${escape(spec.title)}">`);
    if (spec.outlet) head.push(`<meta property="og:site_name" content="${escape(spec.outlet)}">`);
    if (spec.published) head.push(`<meta property="article:published_time" content="${spec.published}">`);
    if (spec.author) head.push(`<meta name="author" content="${escape(spec.author)}">`);
  }
  if (spec.url) head.push(`<link rel="canonical" href="${spec.url}">`);
  return `<!DOCTYPE html><html lang="en"><head>${head.join('')}</head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>${escape(spec.title)}</h1>
${spec.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
<section class="comments"><h2>Comments</h2><p>Log in to join the conversation and leave a comment.</p></section></main>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<script>window.analytics = { track: function () {} };</script>
</body></html>`;
}

/** A section front: dozens of headline links and hardly any prose. */
export function indexPage(): string {
  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/story/${i}">Headline number ${i} about the city</a></li>`).join('');
  return `<!DOCTYPE html><html><head><title>World news | The Ledger</title></head><body><nav><a href="/">Home</a></nav><h1>World</h1><ul>${links}</ul><p>More stories.</p></body></html>`;
}

/** A page that is nothing but script (a single-page app saved before it ran). */
export function scriptOnlyPage(): string {
  return `<!DOCTYPE html><html><head><title>Loading…</title><script src="/app.js"></script></head><body><div id="root"></div><script>${'var a = 1;'.repeat(500)}</script></body></html>`;
}

/** Windows-1251 bytes for ASCII and the Russian alphabet (Node's TextEncoder only writes UTF-8). */
export function cp1251(text: string): Buffer {
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    throw new Error(`no Windows-1251 byte for ${ch}`);
  }));
}
