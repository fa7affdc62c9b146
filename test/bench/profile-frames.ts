/**
 * Profiles keystroke-to-frame at one size (`node --cpu-prof --import tsx test/bench/profile-frames.ts 10000`):
 * the same run as the bench's frame figures, alone, so a profile shows where a keystroke's time goes.
 */
process.env.CI = 'false';
process.env.FORCE_COLOR = '1';
process.env.NODE_ENV = 'production';
const { displayCorpus } = await import('./display-corpus.js');
const { frameFigures } = await import('./frame-bench.js');
const { figuresTable } = await import('./figures.js');
console.log(figuresTable(await frameFigures(displayCorpus(Number(process.argv[2] ?? 1000)))));
