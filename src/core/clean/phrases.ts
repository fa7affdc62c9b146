/** Furniture that sites place inside the article body: ad markers and links to other stories. */
export const INLINE_FURNITURE_LINES: ReadonlySet<string> = new Set([
  'advertisement', 'advertisement - scroll to continue', 'ad', 'ads', 'sponsored', 'sponsored content',
  'promoted', 'read more', 'read next', 'read this next', 'see also', 'also read', 'recommended',
  'recommended stories', 'recommended for you', 'more on this story', 'listen to this article',
  'end of list', 'anzeige', 'werbung', 'mehr zum thema', 'lesen sie auch', 'auch interessant',
  'publicité', 'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'sur le même sujet', 'annons',
  'läs också', 'publicidad', 'lee también', 'te puede interesar', 'pubblicità', 'leggi anche',
  'advertentie', 'lees ook', 'publicidade', 'leia também',
]);

/**
 * Very common page furniture in several languages that marks the end of an article or the page
 * around it (comments, sharing, navigation, trackers), one signal among others: a whole line that
 * is one of these or of INLINE_FURNITURE_LINES (after `furnitureKey`) is furniture wherever it
 * stands. Kept short on purpose; the shape and position rules (head.ts, tail.ts) carry the rest.
 */
export const FURNITURE_LINES: ReadonlySet<string> = new Set([
  // English: teasers, sharing, comments, navigation, trackers
  'trending', 'trending now', 'most read', 'most popular', 'most viewed', 'popular posts',
  'latest', 'latest news', 'latest stories', 'top stories', 'more stories', 'more news',
  'you missed', 'you may also like', 'you might also like',
  'we recommend', 'related',
  'related posts', 'related articles', 'related stories', 'related news', 'related content',
  'related coverage', 'share', 'share this',
  'share this article', 'share this story', 'share this post', 'share article', 'share on facebook',
  'share on twitter', 'share on x', 'share via email', 'tweet', 'pin it', 'copy link', 'link copied',
  'like this', 'loading', 'like loading', 'source link', 'tags', 'topics', 'filed under', 'categories',
  'comments', 'no comments', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment',
  'add comment', 'join the conversation', 'show comments', 'view comments', 'cancel reply',
  'skip to content', 'skip to main content', 'jump to content', 'menu', 'search', 'home', 'subscribe',
  'subscribe now', 'log in', 'login', 'sign in', 'register', 'newsletter', 'follow us', 'next article',
  'previous article', 'next post', 'previous post', 'back to top', 'click here',
  'quantcast', 'chartbeat', 'comscore', 'outbrain', 'taboola', 'cookie settings', 'accept all',
  'accept cookies', 'reject all', 'manage preferences', 'privacy policy', 'terms of service',
  'terms of use', 'contact us', 'about us', 'all rights reserved', 'print', 'email',
  'live', 'live updates', 'live blog', 'key events', 'show key events only', 'refresh', 'load more',
  'show more', 'recent comments', 'recent posts', 'no comments yet', 'related articles', 'start reading',
  // German
  'kommentare', 'kommentar', 'kommentar schreiben', 'kommentar verfassen',
  'kommentieren', 'hinterlasse einen kommentar', 'schreibe einen kommentar', 'keine kommentare', 'teilen',
  'artikel teilen', 'das könnte sie auch interessieren', 'weitere artikel',
  'drucken', 'newsletter abonnieren',
  // French
  'commentaires', 'commentaire', 'laisser un commentaire', 'laissez un commentaire',
  'ajouter un commentaire', 'aucun commentaire', 'réagir', 'partager', 'partager cet article',
  'les plus lus',
  'abonnez-vous', 'imprimer',
  // Swedish, Spanish, Italian, Dutch, Portuguese
  'inga kommentarer', 'skicka en kommentar', 'kommentera', 'kommentarer', 'dela',
  'dela artikeln', 'mest läst', 'relaterat', 'comentarios',
  'deja un comentario', 'deja una respuesta', 'compartir',
  'noticias relacionadas', 'commenti', 'lascia un commento', 'condividi',
  'reacties', 'laat een reactie achter', 'deel dit artikel',
  'comentários', 'deixe um comentário',
]);

/** Names in share bars: a line made only of these is a share bar ("Facebook Twitter WhatsApp Email"). */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'share', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest',
  'email', 'e-mail', 'mail', 'print', 'copy', 'link', 'messenger', 'vk', 'flipboard', 'threads',
  'bluesky', 'tumblr', 'sms', 'teilen', 'partager', 'dela', 'compartir', 'condividi',
]);

/** Words that open a teaser link to another page: "Read more: …", "Lire aussi : …". */
export const TEASER_LEADS = [
  'read more', 'read also', 'also read', 'see also', 'related', 'more', 'watch', 'listen', 'read',
  'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'lesen sie auch', 'mehr zum thema',
  'läs också', 'läs mer', 'lee también', 'leggi anche', 'lees ook', 'leia também',
];
