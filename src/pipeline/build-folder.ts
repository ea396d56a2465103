/**
 * The CLI's build of a folder, on every core: the main thread and helper threads (worker_threads)
 * take chunks of files from a shared counter and read + extract them; the main thread then merges
 * the outcomes in file order, so the dataset is byte-identical to a single-threaded build. Small
 * inputs (the five seed articles, the tests) never start a helper: one costs ≈ 0.4 s to boot.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  assembleDataset,
  processSource,
  type BuildResult,
  type FileOutcome,
  type ReportEntry,
} from './build-dataset';
import { readSource } from './source-files';

/** Below this many files per helper thread, a helper would still be booting when the work is done. */
export const FILES_PER_HELPER = 250;
/** Files per chunk: small enough that the threads finish together, large enough to post rarely. */
const CHUNK_FILES = 8;

/** One file's result: its outcome, or why it was never read (that file only joins the report). */
export type FileResult = { outcome: FileOutcome } | { unread: ReportEntry };

/** What a helper thread is given. */
export interface HelperData {
  dir: string;
  names: string[];
  chunkFiles: number;
  /** Int32 [next chunk to take]: shared by all threads, taken with Atomics.add. */
  counter: SharedArrayBuffer;
}

/** What a helper thread posts: one chunk's results, with its heap size for the benchmark. */
export interface HelperMessage {
  chunk: number;
  results: FileResult[];
  heapUsed: number;
}

export interface FolderBuild extends BuildResult {
  /** Threads that read and extracted files (main included). */
  threads: number;
  /** The helpers' largest heap seen, in bytes (0 without helpers). */
  helperPeakHeap: number;
}

/** Read and extract chunk `k` of `names`: the per-file half of the build, pure but for reading. */
export function processChunk(
  dir: string,
  names: string[],
  k: number,
  chunkFiles: number,
): FileResult[] {
  const results: FileResult[] = [];
  for (const name of names.slice(k * chunkFiles, (k + 1) * chunkFiles)) {
    const source = readSource(dir, name);
    results.push('bytes' in source ? { outcome: processSource(source) } : { unread: source });
  }
  return results;
}

/** How many helper threads pay off for `files` files on this machine. */
export function helpersFor(files: number): number {
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(files / FILES_PER_HELPER)));
}

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
  // Settles once every chunk a helper took has come back, or the helpers are gone.
  let pending = 0;
  let settle: () => void = () => undefined;
  let alive = helpers;
  const check = (): void => {
    if (pending === 0 || alive === 0) settle();
  };
  for (let h = 0; h < helpers; h++) {
    const data: HelperData = { dir, names, chunkFiles: CHUNK_FILES, counter };
    const worker = new Worker(new URL('./build-worker.mjs', import.meta.url), { workerData: data });
    worker.on('message', (message: HelperMessage) => {
      results[message.chunk] = message.results;
      helperPeakHeap = Math.max(helperPeakHeap, message.heapUsed);
      pending--;
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

  // This thread takes chunks too, from the first: it works while the helpers boot.
  let mine = 0;
  for (let k = Atomics.add(next, 0, 1); k < chunks; k = Atomics.add(next, 0, 1)) {
    results[k] = processChunk(dir, names, k, CHUNK_FILES);
    mine++;
  }
  // Every chunk is taken now: the ones not done here are the helpers'. No message has been
  // handled yet (this thread has not yielded since starting them), so none is counted twice.
  pending = chunks - mine;
  if (alive > 0 && pending > 0) {
    await new Promise<void>((resolve) => {
      settle = resolve;
    });
  }
  await Promise.all(workers.map((w) => w.terminate()));
  // A chunk a failed helper took and never returned is done here.
  for (let k = 0; k < chunks; k++) results[k] ??= processChunk(dir, names, k, CHUNK_FILES);

  const all = results.flatMap((r) => r!);
  const built = assembleDataset(all.flatMap((r) => ('outcome' in r ? [r.outcome] : [])));
  const report = [...built.report, ...all.flatMap((r) => ('unread' in r ? [r.unread] : []))].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  return { dataset: built.dataset, report, threads: 1 + helpers, helperPeakHeap };
}
