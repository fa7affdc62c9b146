/**
 * Start-up to first frame: `node dist/newsx.js` on the bundled corpus against a minimal Ink app bundled
 * the same way (esbuild, one file), each run in a pseudo-terminal by `script` and timed from spawn to
 * the first bytes of its first real frame. Medians of several runs, taken in turn so noise hits both.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ExplorerBaseline } from './analysis-bench.js';
import { atMost, ms, type Figure } from './figures.js';
import { median, now } from './timing.js';

const MINIMAL_APP = `
import { render, Box, Text } from 'ink';
import { createElement } from 'react';
render(createElement(Box, { flexDirection: 'column' }, createElement(Text, null, 'minimal app ready')));
`;

/** Bundles the minimal Ink app with the options newsx's build uses; returns its path. */
export async function buildMinimalApp(root: string, tmp: string): Promise<string> {
  const outfile = join(tmp, 'minimal-ink.mjs');
  await build({
    stdin: { contents: MINIMAL_APP, resolveDir: root, loader: 'js' },
    outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    alias: { 'react-devtools-core': join(root, 'scripts', 'devtools-stub.mjs') },
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);" },
  });
  return outfile;
}

/** Milliseconds from spawning a command in a pseudo-terminal to output containing `marker`; null on timeout. */
export function timeToFrame(command: string, marker: string, env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<number | null> {
  return new Promise((resolve) => {
    const start = now();
    // script gives the command a terminal of its own; it is killed with its group once the frame is seen.
    const child = spawn('script', ['-qfc', command, '/dev/null'], { env: { ...env, COLUMNS: '100', LINES: '30' }, detached: true, stdio: ['pipe', 'pipe', 'ignore'] });
    let seen = '';
    let done = false;
    const finish = (value: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
      resolve(value);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      // Colour codes split words; the marker is looked for in the text without them.
      seen += d.toString().replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
      if (seen.includes(marker)) finish(now() - start);
    });
    child.on('close', () => finish(null));
  });
}

/** The start-up figure: newsx on the bundled corpus (analysis cached, as a second start finds it) against the minimal app. */
export async function startupFigure(root: string, tmp: string, runs: number): Promise<Figure> {
  const minimal = await buildMinimalApp(root, tmp);
  const cacheHome = join(tmp, 'startup-cache');
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome, CI: 'false', FORCE_COLOR: '0' };
  writeFileSync(join(tmp, '.keep'), '');
  const newsx = `node ${join(root, 'dist', 'newsx.js')}`;
  // A first start fills the cache; it is not counted.
  await timeToFrame(newsx, '1 Articles', env);
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await timeToFrame(newsx, '1 Articles', env);
    const b = await timeToFrame(`node ${minimal}`, 'minimal app ready', env);
    if (a !== null) ours.push(a);
    if (b !== null) base.push(b);
  }
  const figure = atMost('start-up to first frame, bundled corpus', median(ours), median(base), 1.5, '× minimal Ink app', ms);
  return ours.length ? figure : { ...figure, met: false, measured: 'no frame' };
}

/** The minimal app's start-up (median of `runs`), for figures that re-open the explorer on a corpus. */
export async function minimalAppBaseline(root: string, tmp: string, runs: number): Promise<ExplorerBaseline> {
  const minimal = await buildMinimalApp(root, tmp);
  const env = { ...process.env, CI: 'false', FORCE_COLOR: '0' };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await timeToFrame(`node ${minimal}`, 'minimal app ready', env);
    if (t !== null) times.push(t);
  }
  // The explorer's first frame of a corpus is its Articles list; a 100k corpus may take a while.
  return { minimalMs: median(times), timeToFrame: (command, e) => timeToFrame(command, '1 Articles', e, 120_000) };
}
