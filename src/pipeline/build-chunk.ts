/**
 * The per-file half of the CLI's build, shared by the main thread and its helper threads: read and
 * extract one chunk of files. Kept apart from build-folder.ts so that the helpers' bundle holds
 * only the pipeline, not esbuild's API that build-folder.ts bundles it with (a quarter of the bundle:
 * longer to bundle, parse and compile before a helper reads its first file).
 */
import { processSource, type FileOutcome, type ReportEntry } from './build-dataset';
import { readSource } from './source-files';

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
