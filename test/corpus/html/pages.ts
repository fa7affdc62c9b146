/** Made-up pages for the HTML extraction tests: built here, no third-party page in the repo. */

/** Sentences of a made-up story, long enough to read as prose. */
export const STORY = [
  'The harbour authority in Port Meridian approved the new ferry terminal on Tuesday, ending a dispute that had lasted for more than four years.',
  'Councillor Ada Brennan, who chaired the session, said the vote was close but that the town could not wait any longer for a decision.',
  'Construction is expected to begin in the spring, and the first ferries should dock at the terminal before the end of next year.',
  'Residents on the east side of the harbour, who had objected to the noise, will be offered double glazing paid for by the authority.',
];

/** A page: head markup and body markup inside an HTML skeleton. */
export function page(body: string, head = '', htmlAttrs = 'lang="en"'): string {
  return `<!DOCTYPE html><html ${htmlAttrs}><head><meta charset="utf-8"><title>Ferry terminal approved | Meridian Gazette</title>${head}</head><body>${body}</body></html>`;
}

/** A news page with every kind of furniture around a story. */
export function furnishedPage(): string {
  return page(`
    <div id="cookie-consent"><p>We use cookies to give you the best experience. Accept all cookies or manage your settings.</p><button>Accept</button></div>
    <header class="site-header"><a href="/">Meridian Gazette</a></header>
    <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
    <script>window.tracker = { id: 42 }; document.write('<p>injected</p>');</script>
    <style>.story { color: black }</style>
    <main>
      <article class="story">
        <h1>Ferry terminal approved</h1>
        <div class="story-body">
          <p>${STORY[0]}</p>
          <div class="ad-slot"><p>Advertisement: Buy the new Meridian sofa today, with free delivery across the whole county this week.</p></div>
          <p>${STORY[1]}</p>
          <h2>What happens next</h2>
          <p>${STORY[2]}</p>
          <blockquote><p>“We have waited long enough for this terminal, and now the work can finally start,” said Brennan.</p></blockquote>
          <ul><li>Spring: construction begins on the north quay</li><li>Next year: first ferries dock at the terminal</li></ul>
          <p>${STORY[3]}</p>
          <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        </div>
      </article>
      <section class="related-stories"><h3>Related stories</h3><ul>
        <li><a href="/a">Harbour dredging to start next month after years of delay and dispute</a></li>
        <li><a href="/b">Ferry fares will rise by five percent from January, operator announces</a></li></ul></section>
      <section id="comments"><h3>3 comments</h3><p>I think this terminal is a waste of money and nobody asked the people of the east side what they wanted.</p></section>
    </main>
    <footer><p>© Meridian Gazette. All rights reserved. Contact us, privacy policy, terms and conditions.</p></footer>
  `);
}
