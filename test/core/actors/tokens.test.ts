import { describe, expect, it } from 'vitest';
import { internedSlice } from '../../../src/core/actors/intern.js';
import { namesInRun } from '../../../src/core/actors/name-span.js';
import { capitalisedRuns } from '../../../src/core/actors/runs.js';
import { restoreTokens, TokenRecorder } from '../../../src/core/actors/stored-tokens.js';
import { TokenPool } from '../../../src/core/actors/token-pool.js';
import { type Token, tokenise } from '../../../src/core/actors/tokens.js';
import { splitSentences } from '../../../src/core/text/sentences.js';

/** A token's fields as a reader sees them (the pool object itself is an implementation detail). */
const plain = (t: Token) => ({ text: t.text, start: t.start, end: t.end, word: t.word, cap: t.cap, possessive: t.possessive, lower: t.lower });

// Paragraphs in the styles the tokeniser must get right: possessives, abbreviations kept with their full
// stop, hyphenated names and compounds, glued site names, curly and straight quotes, dash quotes.
const PARAGRAPHS = [
  'US envoy Steve Witkoff said talks went well. “We are closer,” he told CNN.',
  'Mr. Witkoff met Gen. Syrsky in Kyiv on Tuesday. The U.S.-led plan was discussed.',
  'Zelensky’s office said Sarah Wynn-Williams and Conor O’Brien were at Mar-a-Lago.',
  'Antiwar.comWhite House officials said the "Trump-initiated" talks were a US-Ukraine matter.',
  '– It will be a long process, Lavrov tells Reuters. The talks continued for four hours.',
  'Syria’s Bashar al-Assad fled. Then: “No comment,” said the Kremlin’s spokesman, Dmitry Peskov.',
];

describe('interned words', () => {
  it('gives the same string for the same characters wherever they stand', () => {
    const a = internedSlice('Steve Witkoff said', 6, 13);
    const b = internedSlice('Envoy Witkoff', 6, 13);
    expect(a).toBe('Witkoff');
    expect(b).toBe(a);
    expect(internedSlice('Witkoffs', 0, 8)).toBe('Witkoffs');
  });
});

describe('token pool', () => {
  it.each(PARAGRAPHS.map((p) => [p]))('gives the same tokens as fresh ones: %s', (paragraph) => {
    const pool = new TokenPool();
    expect(tokenise(paragraph, 0, pool).map(plain)).toEqual(tokenise(paragraph).map(plain));
  });

  it('hands the same objects out again after a reset', () => {
    const pool = new TokenPool();
    const first = tokenise('Witkoff met Lavrov.', 0, pool);
    pool.reset();
    const second = tokenise('Rubio met Peskov.', 0, pool);
    expect(second[0]).toBe(first[0]);
    expect(second.map((t) => t.text)).toEqual(['Rubio', 'met', 'Peskov', '.']);
  });
});

describe('tokens kept from the scan for quote attribution', () => {
  /** Tokenises a paragraph sentence by sentence, as the scan does, recording the tokens. */
  function recorded(paragraph: string) {
    const recorder = new TokenRecorder();
    const pool = new TokenPool();
    recorder.begin();
    let cursor = 0;
    for (const sentence of splitSentences(paragraph)) {
      const start = paragraph.indexOf(sentence, cursor);
      cursor = start + sentence.length;
      pool.reset();
      recorder.add(tokenise(sentence, start, pool), start, cursor);
    }
    return recorder.finish(paragraph.length);
  }

  it.each(PARAGRAPHS.map((p) => [p]))('restores the tokens of the whole paragraph: %s', (paragraph) => {
    const stored = recorded(paragraph);
    expect(stored).not.toBeNull();
    expect(restoreTokens(stored!, new TokenPool())!.map(plain)).toEqual(tokenise(paragraph).map(plain));
  });

  it('keeps nothing when the sentences do not tile the paragraph', () => {
    const recorder = new TokenRecorder();
    recorder.begin();
    recorder.add(tokenise('Witkoff said so.', 0), 0, 16);
    recorder.add(tokenise('Lavrov agreed.', 20), 20, 34);
    expect(recorder.finish(34)).toBeNull();
  });

  it('keeps nothing when the last sentence stops short of the paragraph end', () => {
    const recorder = new TokenRecorder();
    recorder.begin();
    recorder.add(tokenise('Witkoff said so.', 0), 0, 16);
    expect(recorder.finish(30)).toBeNull();
  });
});

describe('names of a run, split once per distinct run', () => {
  const namesOf = (sentence: string) => {
    const tokens = tokenise(sentence);
    return capitalisedRuns(tokens).flatMap((run) => namesInRun(tokens, run, sentence)
      .map((p) => ({ name: sentence.slice(tokens[p.from]!.start, tokens[p.to - 1]!.end), title: p.title, kind: p.kind })));
  };

  it.each([
    ['Russian Foreign Minister Sergei Lavrov spoke.', [{ name: 'Sergei Lavrov', title: 'Russian Foreign Minister', kind: 'person' }]],
    ['On Monday, Russian Foreign Minister Sergei Lavrov spoke.', [{ name: 'Sergei Lavrov', title: 'Russian Foreign Minister', kind: 'person' }]],
    ['He said Russian Foreign Minister Sergei Lavrov spoke.', [{ name: 'Sergei Lavrov', title: 'Russian Foreign Minister', kind: 'person' }]],
    ['US State Department officials met.', [{ name: 'US State Department', title: null, kind: 'organization' }]],
    ['Then the US State Department spoke.', [{ name: 'US State Department', title: null, kind: 'organization' }]],
  ])('finds the same names wherever the run stands: %s', (sentence, names) => {
    expect(namesOf(sentence).filter((n) => n.name !== 'Monday')).toEqual(names);
  });

  it('tells a run that opens its sentence from the same words later on', () => {
    // The same run, split first as a sentence opener ("Despite" is a common word there) and then not.
    expect(namesOf('Despite Putin, talks went on.').map((n) => n.name)).toEqual(['Putin']);
    expect(namesOf('A film called Despite Putin won.').map((n) => n.name)).toEqual(['Despite Putin']);
  });
});
