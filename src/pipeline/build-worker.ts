/**
 * A helper thread of buildFolder: takes chunks of files from the shared counter until none is
 * left, reads and extracts each, and posts the results to the main thread, which merges.
 */
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { processChunk, type HelperData, type HelperMessage } from './build-chunk';

// The main thread loads the same bundle for its own chunks (build-folder.ts): it only takes processChunk.
export { processChunk };

if (!isMainThread) {
  const { dir, names, chunkFiles, counter } = workerData as HelperData;
  const next = new Int32Array(counter);
  const chunks = Math.ceil(names.length / chunkFiles);
  for (let k = Atomics.add(next, 0, 1); k < chunks; k = Atomics.add(next, 0, 1)) {
    const message: HelperMessage = {
      chunk: k,
      results: processChunk(dir, names, k, chunkFiles),
      heapUsed: getHeapStatistics().used_heap_size,
    };
    parentPort!.postMessage(message);
  }
}
