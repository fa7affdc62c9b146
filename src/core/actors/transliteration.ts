/**
 * A looser key for names romanised from Arabic, Persian and other scripts without a fixed system. The
 * same name reaches English as Gaddafi, Qaddafi, Kadhafi and Gadhafi, or Jolani, Golani, Joulani and
 * Jawlani: the consonants agree in order while the vowels and a few consonant classes do not. The key
 * keeps the consonant skeleton (g/j/k/q/c as one class, th/s as one, the Arabic article's "l" before an
 * assimilating letter dropped) and each vowel run as the class of its first vowel: a/e, o/u, or i. So
 * Muammar and Moamer meet, Hassan and Hussein do not; a final vowel is kept as written (Anna, Anne). Names meeting on this key are only candidates:
 * merging also asks for agreement (see merge.ts).
 */
import { nameKey } from './normalise.js';

const CLASS: Record<string, string> = { a: 'A', e: 'A', o: 'U', u: 'U', i: 'I' };

/** The loose key of one name word ("Moamer" and "Muammar" both give "mUmAr"). */
export function looseKey(word: string): string {
  const spelled = word
    .replace(/j(?=[aeiou])/gi, 'g') // consonantal j: Jolani / Golani
    .replace(/th/gi, 's') // Othman / Osman
    .replace(/aw/gi, 'o') // Jawlani / Jolani
    .replace(/[ae][iy](?![aeiou])/gi, 'e'); // Saif / Seif / Sayf
  return nameKey(spelled)
    .replace(/ul(?=[tdrzsn])/g, 'u') // Abdul-Rahim / Abdurrahim: the article assimilates
    .replace(/[gkq]/g, 'k')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiou]+$/, (run) => run[run.length - 1]!.toUpperCase() + '.') // a final vowel marks gender: Anna / Anne
    .replace(/[aeiou]+/g, (run) => CLASS[run[0]!]!);
}
