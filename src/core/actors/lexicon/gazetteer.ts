/**
 * A built-in gazetteer: countries, major cities and well-known regions, each surface form mapped to
 * one canonical name, so "US", "U.S." and "United States" are one place. General knowledge only: it
 * must serve any corpus, so it lists the world's countries and large or often-reported places.
 */

import { foldWord, memo } from './memo.js';

/** Canonical place name followed by its other spellings ("Kyiv|Kiev"). */
const PLACES: readonly string[] = [
  // Countries and their common short forms.
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia and Herzegovina|Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
  'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'China', 'Colombia',
  'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic|Czechia', 'Denmark', 'Djibouti',
  'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Eritrea', 'Estonia', 'Ethiopia', 'Fiji',
  'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Guatemala', 'Guinea',
  'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel',
  'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait',
  'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg',
  'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Mauritania', 'Mexico', 'Moldova',
  'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar|Burma', 'Namibia', 'Nepal',
  'Netherlands|Holland', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia',
  'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama', 'Paraguay', 'Peru', 'Philippines', 'Poland',
  'Portugal', 'Qatar', 'Romania', 'Russia|Russian Federation', 'Rwanda', 'Saudi Arabia', 'Senegal',
  'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea', 'South Sudan',
  'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan',
  'Tanzania', 'Thailand', 'Togo', 'Tunisia', 'Turkey|Türkiye', 'Turkmenistan', 'Uganda', 'Ukraine',
  'United Arab Emirates|UAE|U.A.E', 'United Kingdom|UK|U.K|Britain|Great Britain',
  'United States|US|U.S|USA|U.S.A|America|United States of America', 'Uruguay', 'Uzbekistan',
  'Vatican|Vatican City', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
  // Regions, continents and often-reported territories.
  'Europe', 'Asia', 'Africa', 'Latin America', 'North America', 'South America', 'Middle East',
  'Scandinavia', 'Balkans', 'Caucasus', 'Arctic', 'Antarctica', 'Gaza|Gaza Strip', 'West Bank',
  'Crimea', 'Donbas|Donbass', 'Donetsk', 'Luhansk|Lugansk', 'Zaporizhzhia|Zaporizhzhya|Zaporozhye',
  'Kherson', 'Kursk', 'Belgorod', 'Transnistria', 'Kashmir', 'Tibet', 'Xinjiang', 'Hong Kong',
  'Kurdistan', 'Sahel', 'Darfur', 'Siberia', 'Chechnya', 'Abkhazia', 'Nagorno-Karabakh', 'Sinai',
  'Golan Heights', 'Black Sea', 'Baltic Sea', 'Red Sea', 'Mediterranean', 'Pacific', 'Atlantic',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Catalonia', 'Bavaria', 'Quebec', 'Ontario',
  // US states.
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee',
  'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming',
  // Major and often-reported cities.
  'Kyiv|Kiev', 'Moscow', 'Washington|Washington DC|Washington D.C|DC|D.C', 'London', 'Paris', 'Berlin',
  'Brussels', 'Geneva', 'Vienna', 'Rome', 'Madrid', 'Lisbon', 'Amsterdam', 'The Hague', 'Stockholm', 'Oslo',
  'Helsinki', 'Copenhagen', 'Warsaw', 'Prague', 'Budapest', 'Bucharest', 'Sofia', 'Athens', 'Istanbul',
  'Ankara', 'Minsk', 'Vilnius', 'Riga', 'Tallinn', 'Chisinau', 'Tbilisi', 'Yerevan', 'Baku', 'Dublin',
  'Edinburgh', 'Manchester', 'Munich', 'Frankfurt', 'Hamburg', 'Milan', 'Barcelona', 'Zurich', 'Munster',
  'Saint Petersburg|St Petersburg|St. Petersburg', 'Kharkiv|Kharkov', 'Odesa|Odessa', 'Lviv|Lvov',
  'Dnipro|Dnipropetrovsk', 'Mariupol', 'Bakhmut', 'Mykolaiv', 'Sumy', 'Chernihiv', 'Pokrovsk', 'Avdiivka',
  'Sevastopol', 'Jerusalem', 'Tel Aviv', 'Beirut', 'Damascus', 'Aleppo', 'Baghdad', 'Tehran', 'Riyadh',
  'Jeddah', 'Doha', 'Dubai', 'Abu Dhabi', 'Cairo', 'Amman', 'Kabul', 'Islamabad', 'Karachi', 'New Delhi|Delhi',
  'Mumbai', 'Beijing', 'Shanghai', 'Tokyo', 'Seoul', 'Pyongyang', 'Taipei', 'Manila', 'Jakarta', 'Bangkok',
  'Hanoi', 'Singapore City', 'Sydney', 'Melbourne', 'Canberra', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver',
  'New York|New York City|NYC', 'Los Angeles', 'Chicago', 'Houston', 'Miami', 'Boston', 'San Francisco',
  'Seattle', 'Atlanta', 'Dallas', 'Philadelphia', 'Anchorage', 'Mexico City', 'Havana', 'Caracas', 'Bogota',
  'Lima', 'Santiago', 'Buenos Aires', 'Brasilia', 'Rio de Janeiro', 'Sao Paulo|São Paulo', 'Nairobi',
  'Lagos', 'Addis Ababa', 'Khartoum', 'Johannesburg', 'Cape Town', 'Tripoli', 'Tunis', 'Algiers', 'Rabat',
  'Istanbul', 'Minneapolis', 'Detroit', 'Las Vegas', 'Phoenix', 'Denver',
];

/**
 * Named places that are not cities or countries but are reported as places (a landmark, a residence).
 * Kept apart so a reader can see why "Oval Office" is not an organisation.
 */
const LANDMARKS: readonly string[] = [
  'Oval Office', 'Capitol Hill', 'Red Square', 'Elysee Palace|Élysée Palace',
  'Mar-a-Lago', 'Camp David', 'Wall Street', 'Silicon Valley', 'Times Square', 'Gaza City',
];

/** Adjectives of nationality mapped to their place. Not mentions themselves; they feed roles. */
const DEMONYMS: Record<string, string> = {
  american: 'United States', russian: 'Russia', ukrainian: 'Ukraine', british: 'United Kingdom',
  english: 'United Kingdom', french: 'France', german: 'Germany', italian: 'Italy', spanish: 'Spain',
  polish: 'Poland', swedish: 'Sweden', finnish: 'Finland', norwegian: 'Norway', danish: 'Denmark',
  dutch: 'Netherlands', belgian: 'Belgium', irish: 'Ireland', chinese: 'China', japanese: 'Japan',
  korean: 'South Korea', indian: 'India', pakistani: 'Pakistan', iranian: 'Iran', iraqi: 'Iraq',
  syrian: 'Syria', israeli: 'Israel', palestinian: 'Palestine', saudi: 'Saudi Arabia', turkish: 'Turkey',
  egyptian: 'Egypt', canadian: 'Canada', mexican: 'Mexico', brazilian: 'Brazil', australian: 'Australia',
  european: 'Europe', belarusian: 'Belarus', hungarian: 'Hungary', romanian: 'Romania', greek: 'Greece',
  austrian: 'Austria', swiss: 'Switzerland', czech: 'Czech Republic', slovak: 'Slovakia', baltic: 'Baltic Sea',
  estonian: 'Estonia', latvian: 'Latvia', lithuanian: 'Lithuania', georgian: 'Georgia', armenian: 'Armenia',
  western: 'Europe', eastern: 'Europe', african: 'Africa', asian: 'Asia', arab: 'Middle East',
  emirati: 'United Arab Emirates', qatari: 'Qatar', lebanese: 'Lebanon', afghan: 'Afghanistan',
  nigerian: 'Nigeria', kenyan: 'Kenya', venezuelan: 'Venezuela', cuban: 'Cuba', portuguese: 'Portugal',
  russians: 'Russia', ukrainians: 'Ukraine', americans: 'United States', europeans: 'Europe',
  israelis: 'Israel', palestinians: 'Palestine', soviet: 'Russia', omani: 'Oman', yemeni: 'Yemen', libyan: 'Libya',
  jordanian: 'Jordan', tunisian: 'Tunisia', algerian: 'Algeria', moroccan: 'Morocco', sudanese: 'Sudan',
  somali: 'Somalia', ethiopian: 'Ethiopia', bahraini: 'Bahrain', kuwaiti: 'Kuwait', kurdish: 'Kurdistan',
  indonesian: 'Indonesia', thai: 'Thailand', vietnamese: 'Vietnam', filipino: 'Philippines', colombian: 'Colombia',
  argentine: 'Argentina', argentinian: 'Argentina', chilean: 'Chile', peruvian: 'Peru', serbian: 'Serbia',
  croatian: 'Croatia', bulgarian: 'Bulgaria', moldovan: 'Moldova', kazakh: 'Kazakhstan', azerbaijani: 'Azerbaijan',
  emiratis: 'United Arab Emirates', saudis: 'Saudi Arabia', yemenis: 'Yemen', libyans: 'Libya', syrians: 'Syria',
  iranians: 'Iran', iraqis: 'Iraq', turks: 'Turkey',
};

/** Suffixes that make a name a place ("Kursk Oblast", "Donetsk region"); the bare name is the key. */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'oblast', 'region', 'province', 'governorate', 'county', 'district', 'krai', 'island', 'islands',
  'peninsula',
]);

const fold = foldWord;

const canonicalByForm = new Map<string, string>();
for (const entry of [...PLACES, ...LANDMARKS]) {
  const forms = entry.split('|');
  const canonical = forms[0]!;
  for (const form of forms) canonicalByForm.set(fold(form), canonical);
}

/** The canonical place a surface form names ("U.S." -> "United States"), or null when not a known place. */
export const placeOf = memo((surface: string): string | null => canonicalByForm.get(fold(surface)) ?? null);

/** The place a nationality adjective belongs to ("Russian" -> "Russia"), or null. */
export const demonymPlace = memo((word: string): string | null => DEMONYMS[fold(word)] ?? null);
