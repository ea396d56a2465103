/**
 * Pipeline benchmark: builds the dataset from 1k, 2k, 5k and 10k articles made from the real ones
 * (bench/make-corpus.ts), 3 runs each (median), and prints articles/s, time per article and its
 * growth (linearity) and peak memory. Two tables:
 *   1. the build `npm run data` runs (cli.ts → buildFolder: files read from disk, read + extract
 *      on the main thread and helper worker threads, merge on the main thread), each run starting
 *      its helpers afresh as the CLI does;
 *   2. the same build on one thread, in-process, with the time per stage (read, extract, merge).
 * Goal: ≥ 1,000 articles/s.
 *
 *   npx tsx bench/pipeline.ts            (also run by `npm run bench`)
 *   BENCH_SIZES=1000,2000 BENCH_RUNS=3 npx tsx bench/pipeline.ts
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildDataset, type Stages } from '../src/pipeline/build-dataset';
import { buildFromFolder } from '../src/pipeline/cli';
import { helpersFor } from '../src/pipeline/build-folder';
import { extractEvents } from '../src/pipeline/extract/extract-events';
import { readArticle } from '../src/pipeline/read/read-article';
import type { SourceFile } from '../src/pipeline/types';
import { makeCorpus } from './make-corpus';

const GOAL_PER_SECOND = 1000;
/** Runs per size (median reported); BENCH_RUNS lowers it on a busy machine. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;

/**
 * CPU ms of each of this process's threads (Linux's /proc; undefined elsewhere). V8 compiles hot
 * functions (TurboFan) and helps the garbage collector on threads of its own, shared by every
 * isolate: their time is what a cold helper thread adds beside its own, and on a 2-core machine it
 * takes from the cores the JS threads run on.
 */
function threadCpu(): Map<string, number> | undefined {
  if (!existsSync('/proc/self/task')) return undefined;
  const cpu = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime and stime, in clock ticks (1/100 s)
      cpu.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return cpu;
}

/** The main thread's and the V8 threads' CPU ms between two threadCpu readings (helpers: the rest). */
function threadSplit(
  before: Map<string, number> | undefined,
  after: Map<string, number> | undefined,
): { main: number; v8: number } | undefined {
  if (!before || !after) return undefined;
  const main = String(process.pid);
  let v8 = 0;
  // Threads alive before and after: the main thread, V8's platform threads, libuv's pool (idle
  // here). Helper threads start and end within the build.
  for (const [tid, ms] of after) if (tid !== main && before.has(tid)) v8 += ms - before.get(tid)!;
  return { main: (after.get(main) ?? 0) - (before.get(main) ?? 0), v8 };
}

interface Run {
  total: number;
  /** CPU time of this process (user + system), less sensitive than wall time to a busy machine. */
  cpu: number;
  read: number;
  extract: number;
  rest: number;
  events: number;
  peakHeap: number;
  /** CPU of V8's own threads (compiler, GC helpers), ms; undefined off Linux. */
  v8Cpu?: number;
}

/** The real stages wrapped with timers and a memory sample every 100 files. */
function timedStages(run: Run): Stages {
  let calls = 0;
  const sample = (): void => {
    const heap = process.memoryUsage().heapUsed;
    if (heap > run.peakHeap) run.peakHeap = heap;
  };
  return {
    read(source) {
      if (++calls % 100 === 0) sample();
      const t = performance.now();
      try {
        return readArticle(source);
      } finally {
        run.read += performance.now() - t;
      }
    },
    extract(article) {
      const t = performance.now();
      try {
        return extractEvents(article);
      } finally {
        run.extract += performance.now() - t;
      }
    },
  };
}

function once(files: SourceFile[]): Run {
  (globalThis as { gc?: () => void }).gc?.();
  const run: Run = { total: 0, cpu: 0, read: 0, extract: 0, rest: 0, events: 0, peakHeap: 0 };
  const threadsBefore = threadCpu();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const { dataset } = buildDataset(files, timedStages(run));
  run.total = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  run.v8Cpu = threadSplit(threadsBefore, threadCpu())?.v8;
  run.cpu = (cpu.user + cpu.system) / 1000;
  run.rest = run.total - run.read - run.extract;
  run.events = dataset.events.length;
  const heap = process.memoryUsage().heapUsed;
  if (heap > run.peakHeap) run.peakHeap = heap;
  return run;
}

interface CliRun {
  total: number;
  /** CPU time of the whole process (every thread: main, helpers, GC). */
  cpu: number;
  events: number;
  /** Main thread's heap right after the build, the dataset still held. */
  mainHeap: number;
  helperPeakHeap: number;
  /** The main thread's and V8's threads' CPU, ms (the helpers had the rest); undefined off Linux. */
  split?: { main: number; v8: number };
}

/** One build as `npm run data` does it: helpers started afresh, files read from disk. */
async function cliOnce(dir: string, names: string[]): Promise<CliRun> {
  (globalThis as { gc?: () => void }).gc?.();
  const threadsBefore = threadCpu();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const built = await buildFromFolder(dir, names);
  const total = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const split = threadSplit(threadsBefore, threadCpu());
  return {
    ...(split ? { split } : {}),
    total,
    cpu: (cpu.user + cpu.system) / 1000,
    events: built.dataset.events.length,
    mainHeap: process.memoryUsage().heapUsed,
    helperPeakHeap: built.helperPeakHeap,
  };
}

function medianBy<T extends { total: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.total - b.total)[Math.floor(runs.length / 2)]!;
}

function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.total - b.total)[Math.floor(runs.length / 2)]!;
}

const pad = (text: string | number, width: number): string => String(text).padStart(width);

/** Run the benchmark and print its figures. */
export async function benchPipeline(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,2000,5000,10000').split(',').map(Number);
  const largest = Math.max(...sizes);
  const dir = mkdtempSync(path.join(tmpdir(), 'vn-us-bench-'));
  try {
    const corpus = makeCorpus(largest, dir);
    const names = readdirSync(dir).sort();
    console.log(
      `corpus: ${corpus.files} articles, ${(corpus.bytes / MB).toFixed(1)} MB, made from the seed and corpus articles ` +
        `(dates shifted, names swapped, lines shuffled); ${availableParallelism()} cores, Node ${process.version}`,
    );
    // Other processes on the machine slow every figure down: say how busy it was.
    console.log(`machine load average (1 min) at start: ${loadavg()[0]!.toFixed(1)}`);
    // Warm-up: let the JIT compile the stages before timing (helpers always start cold, as in the CLI).
    await buildFromFolder(dir, names.slice(0, Math.min(500, names.length)));

    console.log(
      "\n1. npm run data's build (buildFromFolder: read from disk, read + extract on every core, merge on the main thread)",
    );
    console.log(
      `${pad('articles', 8)} ${pad('threads', 7)} ${pad('median ms', 10)} ${pad('art/s', 7)} ${pad('ms/art', 7)} ${pad('art/cpu-s', 9)} ${pad('events', 7)} ${pad('main heap', 9)} ${pad('helper heap', 11)} ${pad('peak RSS', 8)} ${pad('CPU s: main', 11)} ${pad('helpers', 7)} ${pad('V8', 5)}`,
    );
    const cliResults = new Map<number, CliRun>();
    for (const size of sizes) {
      const slice = names.slice(0, size);
      const runs: CliRun[] = [];
      for (let r = 0; r < RUNS; r++) runs.push(await cliOnce(dir, slice));
      const m = medianBy(runs);
      cliResults.set(size, m);
      // Peak RSS of the whole process (every thread) so far: sizes run in increasing order.
      const rss = process.resourceUsage().maxRSS / 1024;
      console.log(
        `${pad(size, 8)} ${pad(1 + helpersFor(size), 7)} ${pad(m.total.toFixed(0), 10)} ${pad(Math.round((size / m.total) * 1000), 7)} ${pad((m.total / size).toFixed(3), 7)} ${pad(Math.round((size / m.cpu) * 1000), 9)} ` +
          `${pad(m.events, 7)} ${pad((Math.max(...runs.map((r) => r.mainHeap)) / MB).toFixed(0), 9)} ${pad((Math.max(...runs.map((r) => r.helperPeakHeap)) / MB).toFixed(0), 11)} ${pad(rss.toFixed(0), 8)} ` +
          (m.split
            ? `${pad((m.split.main / 1000).toFixed(1), 11)} ${pad(((m.cpu - m.split.main - m.split.v8) / 1000).toFixed(1), 7)} ${pad((m.split.v8 / 1000).toFixed(1), 5)}`
            : `${pad('–', 11)} ${pad('–', 7)} ${pad('–', 5)}`),
      );
    }

    const smallest = Math.min(...sizes);
    const cliFirst = cliResults.get(smallest)!;
    const cliLast = cliResults.get(largest)!;
    const cliRate = (largest / cliLast.total) * 1000;
    console.log(
      `throughput at ${largest}: ${Math.round(cliRate)} articles/s (goal ≥ ${GOAL_PER_SECOND}: ${cliRate >= GOAL_PER_SECOND ? 'met' : 'NOT met'}); ` +
        `linearity time(${largest}) / time(${smallest}) ÷ ${largest / smallest} = ${(cliLast.total / largest / (cliFirst.total / smallest)).toFixed(2)} (1.00 = linear)`,
    );
    console.log(
      'memory: main heap = the main thread after the build, dataset held; helper heap = largest heap a helper thread reported; peak RSS = the whole process (all threads) so far, MB',
    );
    console.log(
      "CPU s: the main thread's, the helper threads', and V8's own threads' (its optimising compiler, GC helpers: each cold helper compiles the pipeline anew)",
    );

    // The in-process single-thread reference: the corpus in memory, a timer around each stage.
    const files: SourceFile[] = names.map((name) => ({
      file: name,
      bytes: new Uint8Array(readFileSync(path.join(dir, name))),
    }));
    console.log('\n2. one thread, in-process (buildDataset: the corpus in memory, time per stage)');
    console.log(
      `${pad('articles', 8)} ${pad('median ms', 10)} ${pad('art/s', 7)} ${pad('ms/art', 7)} ${pad('art/cpu-s', 9)} ${pad('read', 7)} ${pad('extract', 8)} ${pad('merge+', 7)} ${pad('events', 7)} ${pad('heap MB', 8)} ${pad('V8 CPU s', 8)}`,
    );
    const results = new Map<number, Run>();
    for (const size of sizes) {
      const slice = files.slice(0, size);
      const runs = Array.from({ length: RUNS }, () => once(slice));
      const m = median(runs);
      results.set(size, m);
      console.log(
        `${pad(size, 8)} ${pad(m.total.toFixed(0), 10)} ${pad(Math.round((size / m.total) * 1000), 7)} ${pad((m.total / size).toFixed(3), 7)} ${pad(Math.round((size / m.cpu) * 1000), 9)} ` +
          `${pad(m.read.toFixed(0), 7)} ${pad(m.extract.toFixed(0), 8)} ${pad(m.rest.toFixed(0), 7)} ${pad(m.events, 7)} ${pad((Math.max(...runs.map((r) => r.peakHeap)) / MB).toFixed(0), 8)} ${pad(m.v8Cpu === undefined ? '–' : (m.v8Cpu / 1000).toFixed(1), 8)}`,
      );
    }

    const first = results.get(smallest)!;
    const last = results.get(largest)!;
    const linearity = last.total / largest / (first.total / smallest);
    const rate = (largest / last.total) * 1000;
    const cpuLinearity = last.cpu / largest / (first.cpu / smallest);
    console.log(
      `one thread at ${largest}: ${Math.round(rate)} articles/s; linearity ${linearity.toFixed(2)} wall, ${cpuLinearity.toFixed(2)} CPU`,
    );
    console.log(
      `parallel speed-up at ${largest} (table 1 over table 2): ${(last.total / cliLast.total).toFixed(2)}×`,
    );
    console.log(`machine load average (1 min) at end: ${loadavg()[0]!.toFixed(1)}`);
    const stages = { read: last.read, extract: last.extract, 'merge + validate': last.rest };
    const slowest = Object.entries(stages).sort((a, b) => b[1] - a[1])[0]!;
    console.log(
      `slowest stage at ${largest}, one thread: ${slowest[0]} (${((slowest[1] / last.total) * 100).toFixed(0)}% of the time)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const direct =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (direct) {
  benchPipeline().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
