/**
 * The filter alone at one size (`node --import tsx test/bench/profile-filter.ts 100000`), with the time
 * to build the stand-in corpus and its index and the heap they take; add --cpu-prof to profile it.
 */
const { displayCorpus } = await import('./display-corpus.js');
const { CorpusIndex } = await import('../../src/ui/corpus-index.js');
const { TYPED_QUERY } = await import('./filter-bench.js');
const size = Number(process.argv[2] ?? 10000);
let start = performance.now();
const corpus = displayCorpus(size);
console.log(`corpus of ${size}: ${(performance.now() - start).toFixed(0)} ms`);
start = performance.now();
const index = new CorpusIndex(corpus);
console.log(`index: ${(performance.now() - start).toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
for (let round = 0; round < 3; round++) {
  const times: string[] = [];
  for (let i = 1; i <= TYPED_QUERY.length; i++) {
    start = performance.now();
    const ids = index.rowIds('articles', TYPED_QUERY.slice(0, i));
    times.push(`${TYPED_QUERY.slice(0, i)}:${ids.length}:${(performance.now() - start).toFixed(1)}ms`);
  }
  index.rowIds('articles', '');
  console.log(times.join('  '));
}
