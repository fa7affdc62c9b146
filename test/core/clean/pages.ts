/**
 * Made-up article pages in the styles of sites the bundled corpus does not have. Each lists the
 * paragraphs cleaning must keep (all of them, in order) and what it must remove, by text and reason.
 */
import type { RemovalReason } from '../../../src/core/types.js';

export interface TestPage {
  name: string;
  raw: string;
  paragraphs: string[];
  removed: [text: string, reason: RemovalReason][];
}

const wire: TestPage = {
  name: 'wire story with a dateline, byline, credits and trust line',
  raw: `Ukraine says Russian drones hit energy sites in three regions | Reuters
By Tom Balmforth and Olena Harmash
March 14, 2025 10:42 AM GMT Updated 2 hours ago

KYIV, March 14 (Reuters) - Russia launched 120 drones at Ukraine overnight, damaging energy facilities in three regions, Ukraine's air force said on Friday.
The attack came as U.S. envoy Steve Witkoff was in Moscow for talks with Kremlin officials.
"The enemy continues to target our power grid," Energy Minister Herman Halushchenko said.
He declined to comment further.
Reporting by Tom Balmforth; Editing by Mark Heinrich
Our Standards: The Thomson Reuters Trust Principles.`,
  paragraphs: [
    'Ukraine says Russian drones hit energy sites in three regions',
    "KYIV, March 14 (Reuters) - Russia launched 120 drones at Ukraine overnight, damaging energy facilities in three regions, Ukraine's air force said on Friday.",
    'The attack came as U.S. envoy Steve Witkoff was in Moscow for talks with Kremlin officials.',
    '"The enemy continues to target our power grid," Energy Minister Herman Halushchenko said.',
    'He declined to comment further.',
  ],
  removed: [
    ['| Reuters', 'boilerplate'],
    ['By Tom Balmforth and Olena Harmash', 'boilerplate'],
    ['March 14, 2025 10:42 AM GMT Updated 2 hours ago', 'boilerplate'],
    ['Reporting by Tom Balmforth; Editing by Mark Heinrich', 'boilerplate'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'boilerplate'],
  ],
};

const wordpress: TestPage = {
  name: 'WordPress blog repost with share and related widgets',
  raw: `Kremlin says Putin open to talks, but not at any price
Posted on March 16, 2025 by admin

The Kremlin said on Sunday that President Vladimir Putin was open to talks with Washington, but that any ceasefire must address what it called the root causes of the conflict.

Spokesman Dmitry Peskov told state television that Moscow had received “signals” from the US side.

“We are ready,” he said.

No.

The original article can be read at the agency’s website.
Share this:
Twitter
Facebook
Like this:
Like Loading...
Related
Zelensky heads to Saudi Arabia for talks
March 10, 2025
In "World"
Europe scrambles to fund its own defence
March 8, 2025
In "Europe"`,
  paragraphs: [
    'Kremlin says Putin open to talks, but not at any price',
    'The Kremlin said on Sunday that President Vladimir Putin was open to talks with Washington, but that any ceasefire must address what it called the root causes of the conflict.',
    'Spokesman Dmitry Peskov told state television that Moscow had received “signals” from the US side.',
    '“We are ready,” he said.',
    'No.',
    'The original article can be read at the agency’s website.',
  ],
  removed: [
    ['Posted on March 16, 2025 by admin', 'boilerplate'],
    ['Share this:', 'boilerplate'],
    ['Twitter', 'boilerplate'],
    ['Facebook', 'boilerplate'],
    ['Like this:', 'boilerplate'],
    ['Like Loading...', 'boilerplate'],
    ['Related', 'boilerplate'],
    ['Zelensky heads to Saudi Arabia for talks', 'boilerplate'],
    ['March 10, 2025', 'boilerplate'],
    ['In "World"', 'boilerplate'],
    ['Europe scrambles to fund its own defence', 'boilerplate'],
    ['March 8, 2025', 'boilerplate'],
    ['In "Europe"', 'boilerplate'],
  ],
};

const broadsheet: TestPage = {
  name: 'news site with read-more links, a newsletter box, a caption and a list',
  raw: `Skip to main content
Europe
Macron says Europe must prepare for a future without US protection - The Independent

Emmanuel Macron has told European leaders that the continent must be prepared to defend itself without American help.
Read more: Starmer unveils plan for ‘coalition of the willing’
Speaking in Paris on Tuesday, the French president said the “era of naivety” was over.
Emmanuel Macron at the Élysée Palace on Tuesday. Photograph: Ludovic Marin/AFP/Getty Images
Sign up for our free Europe Edition newsletter
The countries he named:
France
Germany
Poland
Italy
What comes next
The leaders will meet again in London next month.
© 2025 The Independent`,
  paragraphs: [
    'Macron says Europe must prepare for a future without US protection',
    'Emmanuel Macron has told European leaders that the continent must be prepared to defend itself without American help.',
    'Speaking in Paris on Tuesday, the French president said the “era of naivety” was over.',
    'The countries he named:',
    'France',
    'Germany',
    'Poland',
    'Italy',
    'What comes next',
    'The leaders will meet again in London next month.',
  ],
  removed: [
    ['Skip to main content', 'boilerplate'],
    ['Europe', 'boilerplate'],
    ['- The Independent', 'boilerplate'],
    ['Read more: Starmer unveils plan for ‘coalition of the willing’', 'boilerplate'],
    ['Emmanuel Macron at the Élysée Palace on Tuesday. Photograph: Ludovic Marin/AFP/Getty Images', 'boilerplate'],
    ['Sign up for our free Europe Edition newsletter', 'boilerplate'],
    ['© 2025 The Independent', 'boilerplate'],
  ],
};

const german: TestPage = {
  name: 'German page with breadcrumb, ad marker and comment prompts',
  raw: `Selenskyj: Waffenruhe nur mit Sicherheitsgarantien
Startseite › Politik › Ausland
Aktualisiert am 16.03.2025, 10:42 Uhr

Der ukrainische Präsident Wolodymyr Selenskyj hat eine Waffenruhe an Sicherheitsgarantien des Westens geknüpft.
Anzeige
„Wir wollen Frieden, aber keinen Diktatfrieden“, sagte er am Sonntag in Kiew.
Die Gespräche sollen in der kommenden Woche fortgesetzt werden.
Kommentare
Kommentar schreiben
Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.
Mehr zum Thema
Putin empfängt US-Gesandten im Kreml
Was die Waffenruhe für die Front bedeutet`,
  paragraphs: [
    'Selenskyj: Waffenruhe nur mit Sicherheitsgarantien',
    'Der ukrainische Präsident Wolodymyr Selenskyj hat eine Waffenruhe an Sicherheitsgarantien des Westens geknüpft.',
    '„Wir wollen Frieden, aber keinen Diktatfrieden“, sagte er am Sonntag in Kiew.',
    'Die Gespräche sollen in der kommenden Woche fortgesetzt werden.',
  ],
  removed: [
    ['Startseite › Politik › Ausland', 'boilerplate'],
    ['Aktualisiert am 16.03.2025, 10:42 Uhr', 'boilerplate'],
    ['Anzeige', 'boilerplate'],
    ['Kommentare', 'boilerplate'],
    ['Kommentar schreiben', 'boilerplate'],
    ['Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.', 'boilerplate'],
    ['Mehr zum Thema', 'boilerplate'],
    ['Putin empfängt US-Gesandten im Kreml', 'boilerplate'],
    ['Was die Waffenruhe für die Front bedeutet', 'boilerplate'],
  ],
};

const liveBlog: TestPage = {
  name: 'live blog with timestamps and a repeated entry',
  raw: `Ukraine war live: Russian and US delegations meet in Riyadh
Live updates
10:42 GMT
Russian and American delegations have begun talks in Riyadh, Russian state media report.
10:15 GMT
Zelensky says Ukraine will not accept any deal made without it.
“Nothing about Ukraine without Ukraine,” he said.
10:42 GMT
Russian and American delegations have begun talks in Riyadh, Russian state media report.
09:58 GMT
Oil prices rose on hopes of a breakthrough, with Brent crude up 1.2 percent.
Key events
Show key events only`,
  paragraphs: [
    'Ukraine war live: Russian and US delegations meet in Riyadh',
    '10:42 GMT',
    'Russian and American delegations have begun talks in Riyadh, Russian state media report.',
    '10:15 GMT',
    'Zelensky says Ukraine will not accept any deal made without it.',
    '“Nothing about Ukraine without Ukraine,” he said.',
    '09:58 GMT',
    'Oil prices rose on hopes of a breakthrough, with Brent crude up 1.2 percent.',
  ],
  removed: [
    ['Live updates', 'boilerplate'],
    ['10:42 GMT', 'duplicate'],
    ['Russian and American delegations have begun talks in Riyadh, Russian state media report.', 'duplicate'],
    ['Key events', 'boilerplate'],
    ['Show key events only', 'boilerplate'],
  ],
};

const tabloid: TestPage = {
  name: 'tabloid with a cookie banner, advertisement markers and a share prompt',
  raw: `We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.
Accept all
Manage preferences
HOME | NEWS | WORLD
PUTIN'S PEACE GAMBLE Vlad 'ready to talk' as Trump envoy lands in Moscow
By JOHN SMITH, POLITICAL EDITOR
Published: 14:02 GMT, 13 March 2025 | Updated: 16:40 GMT, 13 March 2025
VLADIMIR Putin is ready to talk peace, the Kremlin claimed last night.
Advertisement
The Russian leader met the US envoy for four hours behind closed doors.
ADVERTISEMENT
Trump said: “We'll see.”
MORE: Trump says Putin call 'went well'
Comments
Share or comment on this article:`,
  paragraphs: [
    "PUTIN'S PEACE GAMBLE Vlad 'ready to talk' as Trump envoy lands in Moscow",
    'VLADIMIR Putin is ready to talk peace, the Kremlin claimed last night.',
    'The Russian leader met the US envoy for four hours behind closed doors.',
    'Trump said: “We\'ll see.”',
  ],
  removed: [
    ['We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.', 'boilerplate'],
    ['Accept all', 'boilerplate'],
    ['Manage preferences', 'boilerplate'],
    ['HOME | NEWS | WORLD', 'boilerplate'],
    ['By JOHN SMITH, POLITICAL EDITOR', 'boilerplate'],
    ['Published: 14:02 GMT, 13 March 2025 | Updated: 16:40 GMT, 13 March 2025', 'boilerplate'],
    ['Advertisement', 'boilerplate'],
    ['ADVERTISEMENT', 'boilerplate'],
    ["MORE: Trump says Putin call 'went well'", 'boilerplate'],
    ['Comments', 'boilerplate'],
    ['Share or comment on this article:', 'boilerplate'],
  ],
};

const french: TestPage = {
  name: 'French page with a "lire aussi" link and comment prompts',
  raw: `Ukraine : Macron appelle à maintenir la « pression » sur Moscou
Publié le 16 mars 2025 à 10h42
Emmanuel Macron a appelé dimanche les Européens à maintenir la pression sur la Russie.
Lire aussi : Les Européens cherchent un accord sur les garanties de sécurité
« La Russie doit accepter la trêve », a-t-il déclaré.
Commentaires
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.`,
  paragraphs: [
    'Ukraine : Macron appelle à maintenir la « pression » sur Moscou',
    'Emmanuel Macron a appelé dimanche les Européens à maintenir la pression sur la Russie.',
    '« La Russie doit accepter la trêve », a-t-il déclaré.',
  ],
  removed: [
    ['Publié le 16 mars 2025 à 10h42', 'boilerplate'],
    ['Lire aussi : Les Européens cherchent un accord sur les garanties de sécurité', 'boilerplate'],
    ['Commentaires', 'boilerplate'],
    ['Laisser un commentaire', 'boilerplate'],
    ['Votre adresse e-mail ne sera pas publiée.', 'boilerplate'],
  ],
};

/** Every made-up page. */
export const testPages: readonly TestPage[] = [wire, wordpress, broadsheet, german, liveBlog, tabloid, french];
