/**
 * Progress of loading a corpus, reported by the reader and the analysis as they go, so long work can
 * say how far it is (a line on stderr, a bar in the explorer). Plain data: it crosses worker threads.
 */

/** The stages of loading, in the order they run. */
export type LoadStage = 'reading' | 'cache' | 'articles' | 'actors' | 'chronology' | 'stories' | 'saving';

/** How far one stage is: `done` of `total` (null when the stage cannot count ahead). */
export interface LoadProgress {
  stage: LoadStage;
  done: number;
  total: number | null;
}

/** Where progress goes; it must be cheap, as it is called often. */
export type ProgressSink = (progress: LoadProgress) => void;

/** A sink that drops everything. */
export const noProgress: ProgressSink = () => {};

const count = (n: number) => n.toLocaleString('en');

const STAGE_WORDS: Readonly<Record<LoadStage, string>> = {
  reading: 'reading',
  cache: 'checking the cache',
  articles: 'analysing: articles',
  actors: 'analysing: actors',
  chronology: 'analysing: chronology',
  stories: 'analysing: stories',
  saving: 'saving the analysis',
};

/** One line for people: "reading 12,000 of 100,000 files…", "analysing: actors…". */
export function describeProgress(progress: LoadProgress): string {
  const { stage, done, total } = progress;
  if (stage === 'reading') return total ? `reading ${count(done)} of ${count(total)} files…` : `reading ${count(done)} files…`;
  if (stage === 'articles' && total) return `${STAGE_WORDS[stage]} ${count(done)} of ${count(total)}…`;
  return `${STAGE_WORDS[stage]}…`;
}

/** How far through the whole load a report is, 0 to 1, for a progress bar (stages weighted by their usual cost). */
export function loadFraction(progress: LoadProgress): number {
  const spans: Readonly<Record<LoadStage, readonly [number, number]>> = {
    reading: [0, 0.1], cache: [0.1, 0.12], articles: [0.12, 0.35], actors: [0.35, 0.65],
    chronology: [0.65, 0.92], stories: [0.92, 0.98], saving: [0.98, 1],
  };
  const [from, to] = spans[progress.stage];
  const within = progress.total ? Math.min(1, progress.done / progress.total) : 0;
  return from + (to - from) * within;
}
