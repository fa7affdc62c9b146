/**
 * What marks a name as an organisation: well-known bodies, outlets and platforms by name, and the
 * words organisation names end in ("Ministry", "Council", "News"). General knowledge, not a corpus list.
 */

import { foldWord, memo } from './memo.js';

/** Canonical organisation name followed by its other spellings. */
const KNOWN: readonly string[] = [
  // Governments and international bodies that news names by a building or an acronym.
  'Kremlin', 'White House', 'State Department|US State Department|Department of State', 'Pentagon',
  'Downing Street', 'Elysee|Élysée', 'Congress|US Congress', 'Senate|US Senate', 'Duma|State Duma',
  'Knesset', 'Bundestag', 'Verkhovna Rada|Rada', 'NATO|Nato', 'European Union|EU|E.U', 'United Nations|UN|U.N',
  'European Commission', 'European Parliament', 'Security Council|UN Security Council', 'G7', 'G20',
  'IMF|International Monetary Fund', 'World Bank', 'WHO|World Health Organization', 'OSCE', 'OPEC',
  'ICC|International Criminal Court', 'Red Cross', 'Hamas', 'Hezbollah', 'Taliban', 'Wagner|Wagner Group',
  'al-Qaeda|al Qaeda|al-Qaida|al Qaida|Al-Qaeda|Al Qaeda', 'Islamic State|ISIS|ISIL|Daesh', 'Islamic Jihad',
  'Human Rights Watch', 'Amnesty International', 'Doctors Without Borders|MSF|Médecins Sans Frontières',
  'FBI', 'CIA', 'NSA', 'FSB', 'KGB', 'SBU', 'Mossad', 'IAEA', 'Interpol', 'Europol', 'Frontex', 'Brics|BRICS',
  // News agencies, broadcasters and papers.
  'Reuters', 'Associated Press|AP', 'AFP|Agence France-Presse', 'Bloomberg', 'BBC', 'CNN', 'ABC|ABC News',
  'CBS|CBS News', 'NBC|NBC News', 'Fox News', 'MSNBC', 'NPR', 'PBS', 'Sky News', 'Al Jazeera',
  'Al Arabiya', 'Axios', 'Politico', 'Guardian|The Guardian', 'New York Times|The New York Times|NYT',
  'Washington Post|The Washington Post', 'Wall Street Journal|WSJ', 'Financial Times|FT', 'The Economist',
  'Times|The Times', 'Sunday Times|The Sunday Times', 'Telegraph|The Telegraph', 'Independent|The Independent',
  'Daily Mail', 'Der Spiegel|Spiegel', 'Le Monde', 'Deutsche Welle|DW', 'Euronews', 'France 24',
  'TASS', 'RIA Novosti', 'Interfax', 'RT|Russia Today', 'Meduza', 'Novaya Gazeta', 'Kommersant',
  'Kyiv Independent', 'Ukrainska Pravda', 'Ukrinform', 'Xinhua', 'CGTN', 'NHK', 'Yonhap', 'Press TV',
  'SVT', 'DR', 'NRK', 'YLE|Yle', 'Aftonbladet', 'Expressen', 'Dagens Nyheter', 'Svenska Dagbladet',
  // Platforms and companies that news quotes or reports on.
  'X', 'Getty Images', 'Truth Social', 'Telegram', 'Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'WhatsApp',
  'Meta', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Tesla', 'SpaceX', 'OpenAI', 'Gazprom', 'Rosneft',
];

/** Last (or only) words that make a capitalised sequence an organisation. Lower-case. */
export const ORG_CUES: ReadonlySet<string> = new Set([
  'ministry', 'council', 'department', 'army', 'navy', 'forces', 'force', 'party', 'university', 'college',
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'company', 'corporation', 'bank',
  'commission', 'committee', 'agency', 'office', 'court', 'institute', 'foundation', 'union', 'association',
  'alliance', 'coalition', 'federation', 'organization', 'organisation', 'authority', 'service', 'services',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'press', 'tv', 'radio', 'network',
  'channel', 'magazine', 'airlines', 'airways', 'guard', 'police', 'staff', 'command', 'assembly',
  'parliament', 'senate', 'congress', 'cabinet', 'government', 'administration', 'embassy', 'fund',
  'reserve', 'exchange', 'club', 'fc', 'brigade', 'battalion', 'regiment', 'corps', 'directorate',
  'bureau', 'center', 'centre', 'board', 'secretariat', 'movement', 'front', 'church', 'hospital', 'media',
  'brigades', 'militia', 'faction', 'network', 'monastery', 'cathedral', 'mosque', 'museum', 'school',
]);

/** Organisation words that may be followed by "of" and a name ("Ministry of Defence"). */
export const ORG_OF_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'university', 'bank', 'council', 'court', 'institute', 'office', 'commission',
  'coalition', 'league', 'organization', 'organisation', 'federation', 'union', 'church', 'house',
  'chamber', 'board', 'bureau', 'academy', 'school', 'museum', 'party', 'assembly', 'alliance',
]);

const fold = foldWord;

const canonicalByForm = new Map<string, string>();
for (const entry of KNOWN) {
  const forms = entry.split('|');
  for (const form of forms) canonicalByForm.set(fold(form), forms[0]!);
}

/** The canonical organisation a surface form names ("Nato" -> "NATO"), or null when not a known one. */
export const organisationOf = memo((surface: string): string | null => canonicalByForm.get(fold(surface)) ?? null);

/** True for a web address used as an outlet's name ("Antiwar.com", "Politico.eu"). */
export function isWebOutlet(surface: string): boolean {
  return /^[\p{L}\d-]+\.(?:com|org|net|info|news|co\.uk|eu|io|tv|ru|ua|se|de|fr)$/iu.test(surface);
}
