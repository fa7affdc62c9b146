/**
 * The vocabulary of roles in news style. Titles stand before a name and are not part of it ("President
 * Putin"); role nouns head a role phrase ("Kremlin spokesman", "the head of Ukraine's military");
 * modifiers qualify them ("deputy", "foreign", "press"). All lower-case.
 */

/** Words that, capitalised before a name, are a title rather than a name ("Mr.", "Foreign Minister"). */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame',
  'lord', 'lady', 'madam', 'mme', 'mme.', 'herr', 'frau', 'monsieur', 'senor', 'señor',
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general',
  'taoiseach', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'emir', 'sultan', 'crown',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'rev.', 'reverend', 'father', 'rabbi', 'imam', 'ayatollah',
  'general', 'gen', 'gen.', 'lieutenant', 'lt', 'lt.', 'colonel', 'col', 'col.', 'major', 'maj', 'maj.',
  'captain', 'capt', 'capt.', 'sergeant', 'sgt', 'sgt.', 'admiral', 'adm', 'adm.', 'commander', 'marshal',
  'senator', 'sen', 'sen.', 'representative', 'rep', 'rep.', 'congressman', 'congresswoman', 'governor',
  'gov', 'gov.', 'mayor', 'speaker', 'ambassador', 'envoy', 'judge', 'justice', 'attorney', 'prosecutor',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'ceo', 'chief',
  'advisor', 'adviser', 'commissioner', 'councillor', 'councilor', 'leader', 'head', 'mp', 'mep', 'deputy',
  'coach', 'manager', 'officer', 'agent', 'detective', 'inspector', 'superintendent', 'constable',
  'hon', 'hon.', 'doctor', 'saint', 'sayyed', 'sayyid', 'seyed', 'sayed', 'haj', 'hajj', 'mullah', 'mufti',
  'pm', 'eminence', 'excellency', 'highness', 'majesty', 'holiness',
  // Professions written as a capitalised title at the start of a sentence ("Economist Lena Vogt said").
  'economist', 'analyst', 'historian', 'lawyer', 'journalist', 'researcher', 'activist', 'expert',
  'scientist', 'author', 'correspondent', 'commentator', 'strategist',
]);

/** Forms of address: titles, but saying nothing of what a person does, so never kept as a role. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'madam', 'mme',
  'mme.', 'herr', 'frau', 'monsieur', 'senor', 'señor', 'hon', 'hon.', 'prof', 'prof.', 'doctor', 'sayyed', 'sayyid',
  'seyed', 'sayed', 'haj', 'hajj', 'eminence', 'excellency', 'highness', 'majesty', 'holiness',
]);

/** Lower-case nouns that head a role phrase ("US envoy", "military analyst", "chief of staff"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'aide', 'aides',
  'adviser', 'advisor', 'chief', 'head', 'chairman', 'chairwoman', 'chair', 'director', 'leader', 'commander',
  'general', 'ambassador', 'analyst', 'correspondent', 'editor', 'reporter', 'official', 'counterpart',
  'negotiator', 'governor', 'mayor', 'senator', 'lawmaker', 'founder', 'ceo', 'chancellor', 'premier',
  'king', 'queen', 'prince', 'judge', 'lawyer', 'professor', 'economist', 'expert', 'representative',
  'diplomat', 'officer', 'captain', 'journalist', 'researcher', 'author', 'manager', 'owner', 'executive',
  'prosecutor', 'attorney', 'candidate', 'successor', 'predecessor', 'deputy', 'speaker', 'commissioner',
  'colonel', 'admiral', 'lieutenant', 'sergeant', 'spokesmen', 'officials', 'ministers', 'leaders',
  'strategist', 'columnist', 'presenter', 'anchor', 'host', 'producer', 'photographer', 'writer',
  'coordinator', 'mediator', 'emissary', 'premier', 'monarch', 'activist', 'campaigner', 'banker',
  'investor', 'businessman', 'businesswoman', 'tycoon', 'mogul', 'billionaire', 'partner', 'member',
  'staff', 'staffer', 'president-elect', 'taoiseach', 'secretary-general', 'whip', 'cleric', 'militant',
  'colleague', 'monk', 'priest', 'nun', 'hermit', 'scholar', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'cousin', 'mother', 'nephew', 'niece', 'uncle', 'aunt', 'widow', 'friend', 'heir', 'patriarch', 'pontiff',
]);

/** Lower-case words that qualify a role noun inside a role phrase ("deputy", "foreign policy"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'special', 'military', 'foreign', 'policy', 'press', 'deputy', 'former', 'top', 'chief', 'senior',
  'national', 'security', 'defence', 'defense', 'interior', 'finance', 'economy', 'trade', 'justice',
  'health', 'energy', 'education', 'prime', 'vice', 'acting', 'interim', 'outgoing', 'incoming', 'new',
  'longtime', 'long-time', 'veteran', 'lead', 'main', 'assistant', 'associate', 'executive', 'general',
  'political', 'presidential', 'state', 'federal', 'regional', 'local', 'international', 'foreign-policy',
  'intelligence', 'army', 'navy', 'staff', 'affairs', 'editor', 'news', 'communications',
  'armed', 'forces', 'european', 'opposition', 'ruling', 'party', 'government', 'cabinet',
  'first', 'principal', 'permanent', 'sports', 'political', 'diplomatic', 'economic', 'science',
  'technology', 'investigative', 'business', 'world', 'war', 'team', 'last', 'late', 'eldest', 'youngest',
  'second', 'elder', 'younger',
]);
