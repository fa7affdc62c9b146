import { totalmem } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { LoadProgress } from '../core/progress.js';
import type { Corpus } from '../core/types.js';
import type { ColumnChoice } from '../corpus/index.js';
import { Failure, UsageError } from './errors.js';
import { loadCorpus } from './load.js';

/** What the explorer asks a worker to load. */
export interface LoadJob {
  dir: string | undefined;
  manifest: string | undefined;
  noCache: boolean;
  followLinks: boolean;
  columns?: ColumnChoice | undefined;
}

/** Messages from the worker, in order: progress any number of times, then one outcome. */
type WorkerMessage =
  | { kind: 'progress'; progress: LoadProgress }
  | { kind: 'loaded'; corpus: Corpus }
  | { kind: 'usage'; message: string; details: readonly string[]; exitCode: number }
  | { kind: 'failed'; stack: string };

/** A corpus loading in a worker thread, so the explorer keeps drawing and answering keys meanwhile. */
export interface BackgroundLoad {
  /** The analysed corpus; rejects with a UsageError for a user's mistake (no such folder, no articles). */
  corpus: Promise<Corpus>;
  /** Called with each progress report (the latest replaces the earlier ones). */
  onProgress: (listener: (progress: LoadProgress) => void) => void;
  /** Stops the work (the user quit before it finished). */
  cancel: () => void;
}

/** The key under which a worker finds its job; any other worker (a test runner's) is left alone. */
const JOB_KEY = 'newsxLoadJob';

/**
 * Starts loading a corpus in a worker thread. The worker runs this very module (by its own URL, so the
 * bundled build needs no extra entry point): the check at the bottom of the file starts the job there.
 */
export function loadInBackground(job: LoadJob): BackgroundLoad {
  // An eval'd worker is CommonJS; import() brings in this module as an ES module, bundled or not.
  const worker = new Worker(`import(${JSON.stringify(import.meta.url)})`, {
    eval: true,
    workerData: { [JOB_KEY]: job },
    // V8's default old space (about 4 GB) is too small for 100k articles; use what the machine has.
    resourceLimits: { maxOldGenerationSizeMb: Math.floor((totalmem() / 2 ** 20) * 0.75) },
  });
  let listener: (progress: LoadProgress) => void = () => {};
  let settled = false;
  const corpus = new Promise<Corpus>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') return listener(message.progress);
      settled = true;
      if (message.kind === 'loaded') resolve(message.corpus);
      else if (message.kind === 'usage') reject(new (message.exitCode === 1 ? Failure : UsageError)(message.message, message.details));
      else reject(new Error(`the analysis failed: ${message.stack}`));
      void worker.terminate();
    });
    worker.on('error', (error) => { settled = true; reject(error); });
    worker.on('exit', (code) => { if (!settled) reject(new Error(`the analysis stopped (exit ${code})`)); });
  });
  return {
    corpus,
    onProgress: (next) => { listener = next; },
    cancel: () => { settled = true; void worker.terminate(); },
  };
}

/** Progress messages at most this often: the explorer cannot draw faster, and each message costs a clone. */
const PROGRESS_MS = 50;

async function runJob(job: LoadJob): Promise<void> {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  let last = 0;
  let stage = '';
  try {
    const corpus = await loadCorpus(job.dir, {
      manifest: job.manifest,
      noCache: job.noCache,
      followLinks: job.followLinks,
      columns: job.columns,
      progress: (progress) => {
        const time = Date.now();
        if (progress.stage === stage && time - last < PROGRESS_MS) return;
        stage = progress.stage;
        last = time;
        post({ kind: 'progress', progress });
      },
    });
    post({ kind: 'loaded', corpus });
  } catch (error) {
    if (error instanceof UsageError) post({ kind: 'usage', message: error.message, details: error.details, exitCode: error.exitCode });
    else post({ kind: 'failed', stack: (error as Error)?.stack ?? String(error) });
  }
}

const job = isMainThread ? undefined : (workerData as Record<string, LoadJob> | null)?.[JOB_KEY];
if (job) void runJob(job);
