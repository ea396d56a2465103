/**
 * The CLI's build of a folder, on every core: the main thread and helper threads (worker_threads)
 * take chunks of files from a shared counter and read + extract them; the main thread then merges
 * the outcomes in file order, so the dataset is byte-identical to a single-threaded build. Small
 * inputs (the five seed articles, the tests) never start a helper: one takes tenths of a second to start.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { runInThisContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { assembleDataset, type BuildResult } from './build-dataset';
import { processChunk, type FileResult, type HelperData, type HelperMessage } from './build-chunk';
import { bundleAndCacheHelper, cachedHelper } from './helper-bundle';

/** Below this many files per helper thread, a helper would still be booting when the work is done. */
export const FILES_PER_HELPER = 250;
/** Files per chunk: small enough that the threads finish together, large enough to post rarely. */
const CHUNK_FILES = 8;

export interface FolderBuild extends BuildResult {
  /** Threads that read and extracted files (main included). */
  threads: number;
  /** The helpers' largest heap seen, in bytes (0 without helpers). */
  helperPeakHeap: number;
}

/** How many helper threads pay off for `files` files on this machine. */
export function helpersFor(files: number): number {
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(files / FILES_PER_HELPER)));
}

/** Start a helper thread on the bundle, or on build-worker.mjs (tsx) when bundling failed. */
function startHelper(bundle: string | undefined, data: HelperData): Worker {
  return bundle !== undefined
    ? new Worker(bundle, { eval: true, workerData: data })
    : new Worker(new URL('./build-worker.mjs', import.meta.url), { workerData: data });
}

/**
 * The bundle's processChunk, for this thread's own chunks: the bundle is plain JavaScript, where tsx's
 * transform names every closure at each call (keepNames: Object.defineProperty per closure). A
 * bundle that fails to load is no error, as for the helpers: this thread keeps its own code.
 */
export function bundledProcessChunk(bundle: string): typeof processChunk {
  const module = { exports: {} as { processChunk?: typeof processChunk } };
  try {
    const load = runInThisContext(`(function (exports, require, module) {${bundle}\n})`) as (
      exports: object,
      require: NodeJS.Require,
      module: object,
    ) => void;
    load(module.exports, createRequire(import.meta.url), module);
  } catch {
    return processChunk;
  }
  return module.exports.processChunk ?? processChunk;
}

/** Let queued callbacks run: the bundle's arrival, the helpers' messages. */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Build the dataset from `names` (sorted, relative to `dir`); the report holds every file, unread
 * ones included, sorted by name. `helpers` overrides the number of helper threads (0: this thread only).
 */
export async function buildFolder(
  dir: string,
  names: string[],
  helpers = helpersFor(names.length),
): Promise<FolderBuild> {
  const chunks = Math.ceil(names.length / CHUNK_FILES);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const results: Array<FileResult[] | undefined> = new Array(chunks);
  let helperPeakHeap = 0;
  const workers: Worker[] = [];
  let ownChunk = processChunk;
  // Settles once every chunk has come back (this thread's included), or no helper is left.
  let mine = 0;
  let received = 0;
  let alive = 0;
  let finished = false;
  let settle: () => void = () => undefined;
  const check = (): void => {
    if (finished && (mine + received === chunks || alive === 0)) settle();
  };
  const start = (bundle: string | undefined): void => {
    // Too late: this thread has taken every chunk while the bundle was being made.
    if (finished) return;
    for (let h = 0; h < helpers; h++) {
      const data: HelperData = { dir, names, chunkFiles: CHUNK_FILES, counter };
      const worker = startHelper(bundle, data);
      alive++;
      worker.on('message', (message: HelperMessage) => {
        results[message.chunk] = message.results;
        helperPeakHeap = Math.max(helperPeakHeap, message.heapUsed);
        received++;
        check();
      });
      // A helper that fails to start or dies leaves its chunks to this thread (below).
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        alive--;
        check();
      });
      workers.push(worker);
    }
  };
  if (helpers > 0) {
    // The bundle kept from an earlier build starts the helpers now; else esbuild bundles in its own
    // process while this thread reads, and the helpers start when it is done.
    const cached = cachedHelper();
    if (cached !== undefined) {
      start(cached);
      ownChunk = bundledProcessChunk(cached);
    } else void bundleAndCacheHelper().then(start, () => start(undefined));
  }

  // This thread takes chunks too, from the first: it works while the helpers boot. Between chunks
  // it yields, so that the helpers start as soon as their code is ready and their results are
  // received while this thread still works, not all at the end.
  for (let k = Atomics.add(next, 0, 1); k < chunks; k = Atomics.add(next, 0, 1)) {
    results[k] = ownChunk(dir, names, k, CHUNK_FILES);
    mine++;
    if (helpers > 0) await yieldToEvents();
  }
  finished = true;
  if (alive > 0 && mine + received < chunks) {
    await new Promise<void>((resolve) => {
      settle = resolve;
      check();
    });
  }
  // Every chunk is in, or no helper is left: they stop while this thread assembles.
  const stopped = Promise.all(workers.map((w) => w.terminate()));
  // A chunk a failed helper took and never returned is done here.
  for (let k = 0; k < chunks; k++) results[k] ??= processChunk(dir, names, k, CHUNK_FILES);

  const all = results.flatMap((r) => r!);
  const built = assembleDataset(all.flatMap((r) => ('outcome' in r ? [r.outcome] : [])));
  const report = [...built.report, ...all.flatMap((r) => ('unread' in r ? [r.unread] : []))].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  await stopped;
  return { dataset: built.dataset, report, threads: 1 + helpers, helperPeakHeap };
}
