import { render, useApp, useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { BackgroundLoad } from '../commands/background-load.js';
import type { LoadProgress } from '../core/progress.js';
import type { Corpus } from '../core/types.js';
import { App, type CitationSink } from './App.js';
import { guardInput } from './input-guard.js';
import { Loading } from './Loading.js';

/** Props of Explorer. */
export interface ExplorerProps {
  load: BackgroundLoad;
  corpusName: string;
  /** Where y / Y / e send citations. */
  citations?: CitationSink;
}

/**
 * The explorer while its corpus loads in a worker: the progress view until the analysis arrives, then
 * the App. A user's mistake found by the worker (no such folder) ends it with that error.
 */
export function Explorer({ load, corpusName, citations }: ExplorerProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [corpus, setCorpus] = useState<Corpus | null>(null);
  const typeahead = useRef<string[]>([]);
  useEffect(() => {
    load.onProgress(setProgress);
    load.corpus.then(setCorpus, (error: unknown) => exit(error as Error));
  }, [load, exit]);
  if (corpus) return <App corpus={corpus} typeahead={typeahead.current} {...(citations ? { citations } : {})} />;
  const onKeys = (names: string[]) => {
    if (quitsWhileLoading(typeahead.current, names)) {
      load.cancel();
      exit();
    } else typeahead.current.push(...names);
  };
  return <Loading corpusName={corpusName} progress={progress} width={stdout.columns || 80} onKeys={onKeys} />;
}

const CLOSES_FILTER = new Set(['return', 'escape', 'tab', 'shift+tab']);

/**
 * True when keys typed while the corpus loads quit: Ctrl-C always, q unless a "/" typed ahead left a
 * filter open (then "/iraq" is a filter, not "/ira" and quit).
 */
export function quitsWhileLoading(typedAhead: readonly string[], names: readonly string[]): boolean {
  if (names[0] === 'ctrl+c') return true;
  if (names[0] !== 'q') return false;
  for (let i = typedAhead.length - 1; i >= 0; i--) {
    if (typedAhead[i] === '/') return false;
    if (CLOSES_FILTER.has(typedAhead[i]!)) return true;
  }
  return true;
}

/**
 * Draws the explorer on the terminal while the corpus loads, until the user quits. The corpus, or
 * null when the user quit before it was ready.
 */
export async function exploreWhileLoading(load: BackgroundLoad, corpusName: string, citations?: CitationSink): Promise<Corpus | null> {
  let loaded: Corpus | null = null;
  load.corpus.then((corpus) => { loaded = corpus; }, () => {});
  const instance = render(<Explorer load={load} corpusName={corpusName} {...(citations ? { citations } : {})} />, {
    stdin: guardInput(process.stdin),
    exitOnCtrlC: false,
    maxFps: 60,
    patchConsole: false,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
    load.cancel();
  }
  return loaded;
}
