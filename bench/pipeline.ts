/**
 * Pipeline benchmark: builds the dataset in-process from 1k, 2k, 5k and 10k articles made from
 * the real ones (bench/make-corpus.ts), 3 runs each (median), and prints articles/s, time per
 * article and its growth (linearity), time per stage and peak memory. Goal: ≥ 1,000 articles/s.
 *
 *   npx tsx bench/pipeline.ts            (also run by `npm run bench`)
 *   BENCH_SIZES=1000,2000 npx tsx bench/pipeline.ts
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildDataset, type Stages } from '../src/pipeline/build-dataset';
import { extractEvents } from '../src/pipeline/extract/extract-events';
import { readArticle } from '../src/pipeline/read/read-article';
import type { SourceFile } from '../src/pipeline/types';
import { makeCorpus } from './make-corpus';

const GOAL_PER_SECOND = 1000;
/** Runs per size (median reported); BENCH_RUNS lowers it on a busy machine. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;

interface Run {
  total: number;
  /** CPU time of this process (user + system), less sensitive than wall time to a busy machine. */
  cpu: number;
  read: number;
  extract: number;
  rest: number;
  events: number;
  peakHeap: number;
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
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const { dataset } = buildDataset(files, timedStages(run));
  run.total = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  run.cpu = (cpu.user + cpu.system) / 1000;
  run.rest = run.total - run.read - run.extract;
  run.events = dataset.events.length;
  const heap = process.memoryUsage().heapUsed;
  if (heap > run.peakHeap) run.peakHeap = heap;
  return run;
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
    const files: SourceFile[] = names.map((name) => ({
      file: name,
      bytes: new Uint8Array(readFileSync(path.join(dir, name))),
    }));
    console.log('pipeline benchmark (npm run data, in-process: read → extract → merge → validate)');
    console.log(
      `corpus: ${corpus.files} articles, ${(corpus.bytes / MB).toFixed(1)} MB, made from the seed and corpus articles ` +
        `(dates shifted, names swapped, lines shuffled); ${availableParallelism()} cores, Node ${process.version}`,
    );
    // Other processes on the machine slow every figure down: say how busy it was.
    console.log(`machine load average (1 min) at start: ${loadavg()[0]!.toFixed(1)}`);
    // Warm-up: let the JIT compile the stages before timing.
    once(files.slice(0, Math.min(500, files.length)));

    console.log(
      `\n${pad('articles', 8)} ${pad('median ms', 10)} ${pad('art/s', 7)} ${pad('ms/art', 7)} ${pad('art/cpu-s', 9)} ${pad('read', 7)} ${pad('extract', 8)} ${pad('merge+', 7)} ${pad('events', 7)} ${pad('heap MB', 8)}`,
    );
    const results = new Map<number, Run>();
    for (const size of sizes) {
      const slice = files.slice(0, size);
      const runs = Array.from({ length: RUNS }, () => once(slice));
      const m = median(runs);
      results.set(size, m);
      console.log(
        `${pad(size, 8)} ${pad(m.total.toFixed(0), 10)} ${pad(Math.round((size / m.total) * 1000), 7)} ${pad((m.total / size).toFixed(3), 7)} ${pad(Math.round((size / m.cpu) * 1000), 9)} ` +
          `${pad(m.read.toFixed(0), 7)} ${pad(m.extract.toFixed(0), 8)} ${pad(m.rest.toFixed(0), 7)} ${pad(m.events, 7)} ${pad((Math.max(...runs.map((r) => r.peakHeap)) / MB).toFixed(0), 8)}`,
      );
    }

    const smallest = Math.min(...sizes);
    const first = results.get(smallest)!;
    const last = results.get(largest)!;
    const linearity = last.total / largest / (first.total / smallest);
    const rate = (largest / last.total) * 1000;
    const cpuRate = (largest / last.cpu) * 1000;
    const cpuLinearity = last.cpu / largest / (first.cpu / smallest);
    const peakRss = process.resourceUsage().maxRSS / 1024;
    console.log(
      `\nthroughput at ${largest}: ${Math.round(rate)} articles/s (goal ≥ ${GOAL_PER_SECOND}: ${rate >= GOAL_PER_SECOND ? 'met' : 'NOT met'})`,
    );
    console.log(
      `per CPU-second (what a quiet machine would give): ${Math.round(cpuRate)} articles/s`,
    );
    console.log(
      `linearity: time(${largest}) / time(${smallest}) ÷ ${largest / smallest} = ${linearity.toFixed(2)} wall, ${cpuLinearity.toFixed(2)} CPU (1.00 = linear)`,
    );
    console.log(`machine load average (1 min) at end: ${loadavg()[0]!.toFixed(1)}`);
    console.log(
      `peak RSS: ${peakRss.toFixed(0)} MB (includes the ${(corpus.bytes / MB).toFixed(0)} MB corpus held in memory by the benchmark)`,
    );
    const stages = { read: last.read, extract: last.extract, 'merge + validate': last.rest };
    const slowest = Object.entries(stages).sort((a, b) => b[1] - a[1])[0]!;
    console.log(
      `slowest stage at ${largest}: ${slowest[0]} (${((slowest[1] / last.total) * 100).toFixed(0)}% of the time)`,
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
