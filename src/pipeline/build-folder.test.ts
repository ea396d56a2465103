import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { processChunk, type HelperData, type HelperMessage } from './build-chunk';
import { buildFolder, bundledProcessChunk, helpersFor } from './build-folder';
import { bundleHelper } from './helper-bundle';

const CORPUS = path.resolve(__dirname, '../../data/corpus');
const names = readdirSync(CORPUS)
  .filter((n) => /\.(txt|md)$/.test(n))
  .sort();

describe('buildFolder', () => {
  it('starts no helper thread for a small folder', () => {
    expect(helpersFor(5)).toBe(0);
  });

  it('gives the same dataset and report with a helper thread as on this thread alone', async () => {
    const alone = await buildFolder(CORPUS, names, 0);
    const shared = await buildFolder(CORPUS, names, 1);
    expect(shared.threads).toBe(2);
    expect(JSON.stringify(shared.dataset)).toBe(JSON.stringify(alone.dataset));
    expect(shared.report).toEqual(alone.report);
    expect(alone.dataset.events.length).toBeGreaterThan(10);
  }, 60_000);

  it("computes this thread's chunks with the helpers' bundle as with its own code", async () => {
    const bundled = bundledProcessChunk(await bundleHelper());
    expect(bundled).not.toBe(processChunk);
    const chunkFiles = 8;
    for (let k = 0; k < Math.ceil(names.length / chunkFiles); k++)
      expect(JSON.stringify(bundled(CORPUS, names, k, chunkFiles))).toBe(
        JSON.stringify(processChunk(CORPUS, names, k, chunkFiles)),
      );
    // A bundle that does not load leaves this thread its own code.
    expect(bundledProcessChunk('this is not JavaScript')).toBe(processChunk);
  }, 60_000);

  it('has a helper thread take every chunk and post what this thread would compute', async () => {
    const chunkFiles = 8;
    const data: HelperData = { dir: CORPUS, names, chunkFiles, counter: new SharedArrayBuffer(4) };
    // The code the CLI starts its helpers on: build-worker.ts bundled by esbuild.
    const worker = new Worker(await bundleHelper(), { eval: true, workerData: data });
    const messages: HelperMessage[] = [];
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (m: HelperMessage) => messages.push(m));
      worker.on('error', reject);
      worker.on('exit', () => resolve());
    });
    const chunks = Math.ceil(names.length / chunkFiles);
    expect(messages.map((m) => m.chunk).sort((a, b) => a - b)).toEqual([...Array(chunks).keys()]);
    for (const m of messages)
      expect(JSON.stringify(m.results)).toBe(
        JSON.stringify(processChunk(CORPUS, names, m.chunk, chunkFiles)),
      );
  }, 60_000);
});
