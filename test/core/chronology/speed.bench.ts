/**
 * Speed of the chronology (run: npx tsx test/core/chronology/speed.bench.ts [MB] [synthetic|bundled]).
 * Reports CPU time, not wall time: the machine may be shared. The first run is cold (as in the app).
 */
import { buildChronology } from '../../../src/core/chronology/index.js';
import { sentencesOf } from '../../../src/core/text/article-sentences.js';
import type { ChronologyEntry } from '../../../src/core/types.js';
import { repeatedBundledCorpus, syntheticCorpus } from './synthetic-corpus.js';

const make = process.argv[3] === 'bundled' ? repeatedBundledCorpus : syntheticCorpus;
const { articles, actors, bytes } = make(Number(process.argv[2] ?? 10) * 1024 * 1024);

/** CPU seconds (user + system) a call takes: the machine may be shared, and wall time would count the others. */
function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

const mb = bytes / 1024 / 1024;
// Sentence splitting is shared with the actor stage (sentencesOf caches per article): timed apart.
const split = cpuSeconds(() => articles.forEach((a) => sentencesOf(a)));
let entries: ChronologyEntry[] = [];
const runs = [1, 2, 3].map(() => cpuSeconds(() => { entries = buildChronology(articles, actors); }));
const best = Math.min(...runs);
const merged = entries.filter((e) => e.sources.length > 1).length;
console.log(`${articles.length} articles, ${mb.toFixed(1)} MB -> ${entries.length} entries (${merged} with several sources)`);
console.log(`sentence splitting: ${split.toFixed(2)} s CPU (${(mb / split).toFixed(1)} MB/s)`);
console.log(`chronology: cold ${runs[0]!.toFixed(2)} s CPU (${(mb / runs[0]!).toFixed(1)} MB/s), best of 3 ${best.toFixed(2)} s (${(mb / best).toFixed(1)} MB/s)`);
