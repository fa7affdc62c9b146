import { describe, expect, it } from 'vitest';
import { attributionChange, attributionVerb } from '../../../src/core/compare/attribution.js';

describe('attribution verbs', () => {
  it.each([
    ['Witkoff said he expects a ceasefire.', 'said'],
    ['The minister told reporters the talks had failed.', 'told'],
    ['“I said no,” the envoy wrote on X.', 'wrote'],
    ['The State Department issued a statement.', null],
    ['The talks will resume, according to Reuters.', 'according to'],
  ])('%s -> %s', (sentence, verb) => {
    expect(attributionVerb(sentence)?.verb ?? null).toBe(verb);
  });

  it.each([
    ['said against claimed', 'Witkoff said he expects a ceasefire.', 'Witkoff claimed he expected a ceasefire.', ['said', 'claimed']],
    ['told against wrote', 'Macron told reporters Russia must accept.', 'Macron wrote on X that Russia must accept.', ['told', 'wrote']],
    ['a change of tense is not a change', 'Witkoff says he expects a ceasefire.', 'Witkoff said he expected a ceasefire.', null],
    ['no verb on one side', 'A ceasefire is expected.', 'Witkoff said a ceasefire is expected.', null],
  ])('%s', (_name, a, b, verbs) => {
    const change = attributionChange(a, b);
    expect(change ? [change.verbA, change.verbB] : null).toEqual(verbs);
  });
});
