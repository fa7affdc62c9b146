import { describe, expect, it } from 'vitest';
import { actorDetailLayout } from '../../src/ui/actor-detail-layout.js';
import { CorpusIndex } from '../../src/ui/corpus-index.js';
import { sampleCorpus } from '../support/corpus.js';

describe("an actor's detail", () => {
  const corpus = sampleCorpus();
  const index = new CorpusIndex(corpus);
  const berg = corpus.actors.find((a) => a.name === 'Anna Berg')!;
  const text = (actor: typeof berg) => actorDetailLayout(actor, index.actorLookups, 100).lines.map((l) => l.text).join('\n');

  it('shows which outlets use which spelling when they differ', () => {
    const spelt = { ...berg, spellings: [{ name: 'Anna Berg', outlets: ['Daily Gazette'] }, { name: 'Ana Berg', outlets: ['Evening Herald', 'Wire'] }] };
    expect(text(spelt)).toContain('Spellings: Anna Berg (Daily Gazette); Ana Berg (Evening Herald, Wire)');
  });

  it('says nothing of spellings when every outlet writes the name alike', () => {
    expect(text({ ...berg, spellings: [{ name: 'Anna Berg', outlets: ['Daily Gazette'] }] })).not.toContain('Spellings:');
  });
});
