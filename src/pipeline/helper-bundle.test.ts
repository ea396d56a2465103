import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleAndCacheHelper, bundleHelper, cachedHelper } from './helper-bundle';

const dir = mkdtempSync(path.join(tmpdir(), 'helper-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the helpers’ bundle cache', () => {
  it('gives back the bundle it kept, the same code esbuild makes afresh', async () => {
    const cacheFile = path.join(dir, 'kept.json');
    expect(cachedHelper(cacheFile)).toBeUndefined();
    const made = await bundleAndCacheHelper(cacheFile);
    expect(cachedHelper(cacheFile)).toBe(made);
    expect(made).toBe(await bundleHelper());
    const { inputs } = JSON.parse(readFileSync(cacheFile, 'utf8')) as { inputs: [string][] };
    expect(inputs.map(([file]) => path.basename(file))).toContain('extract-events.ts');
  }, 60_000);

  it('is not used once a file it was made from has changed, or when it is cut short', async () => {
    const cacheFile = path.join(dir, 'stale.json');
    await bundleAndCacheHelper(cacheFile);
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { inputs: [string, string][] };
    const stale = structuredClone(cached);
    stale.inputs[stale.inputs.length - 1]![1] = '0'.repeat(40);
    writeFileSync(cacheFile, JSON.stringify(stale));
    expect(cachedHelper(cacheFile)).toBeUndefined();
    writeFileSync(cacheFile, JSON.stringify(cached).slice(0, 1000));
    expect(cachedHelper(cacheFile)).toBeUndefined();
  }, 60_000);
});
