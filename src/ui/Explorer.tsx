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
  return (
    <Loading corpusName={corpusName} progress={progress} width={stdout.columns || 80}
      onQuit={() => { load.cancel(); exit(); }} onTypeahead={(names) => typeahead.current.push(...names)} />
  );
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
