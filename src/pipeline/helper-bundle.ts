/**
 * The helper threads' code: build-worker.ts and everything it imports, bundled by esbuild (the
 * compiler tsx itself runs on), and kept on disk between builds, keyed by the contents of every
 * file that went into it. A helper started on build-worker.mjs instead registers tsx, gets a
 * module-loader thread of its own and transpiles the pipeline file by file: ≈ 0.5 s of CPU per
 * helper on a 2-core machine, before it reads its first file. Bundling takes 0.15–0.4 s on a quiet
 * 2-core machine (over 1 s on a busy one), in a process of its own that takes a core from the build:
 * a cached bundle lets the helpers start at once.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./build-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SETTINGS = ['tsconfig.json', 'package.json'].map((file) => path.join(ROOT, file));

/** node_modules/.cache, where build tools keep their caches; one file per checkout (its entry path). */
export const HELPER_CACHE_FILE = path.join(
  ROOT,
  'node_modules/.cache/vn-us-timeline',
  `helper-${sha1(ENTRY).slice(0, 12)}.json`,
);

interface CachedBundle {
  esbuild: string;
  /** Every file esbuild read, absolute, with the SHA-1 of its contents. */
  inputs: Array<[file: string, hash: string]>;
  code: string;
}

function sha1(data: string | Buffer): string {
  return createHash('sha1').update(data).digest('hex');
}

/** Bundle build-worker.ts in memory; also returns the absolute paths of the files it read. */
async function bundle(): Promise<{ code: string; inputs: string[] }> {
  const bundled = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    // A failed bundle is no error: the helpers start on build-worker.mjs instead (startHelper).
    logLevel: 'silent',
  });
  // esbuild also reads the TypeScript settings, which the metafile does not list.
  const settings = SETTINGS.filter((file) => existsSync(file));
  return {
    code: bundled.outputFiles[0]!.text,
    inputs: [
      ...Object.keys(bundled.metafile.inputs).map((file) => path.resolve(ROOT, file)),
      ...settings,
    ],
  };
}

/** A fresh bundle of the helpers' code, never the cached one. */
export async function bundleHelper(): Promise<string> {
  return (await bundle()).code;
}

/** The cached bundle, if esbuild and every file it was made from are unchanged; else undefined. */
export function cachedHelper(cacheFile = HELPER_CACHE_FILE): string | undefined {
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CachedBundle;
    if (cached.esbuild !== esbuildVersion) return undefined;
    for (const [file, hash] of cached.inputs)
      if (sha1(readFileSync(file)) !== hash) return undefined;
    return cached.code;
  } catch {
    // No cache yet, an input gone, a cache file cut short: bundle afresh.
    return undefined;
  }
}

/**
 * Bundle the helpers' code and keep it in `cacheFile` for the next builds. Not kept when a file
 * it was made from changed while esbuild ran (its hash would not match what was bundled), nor when
 * the cache cannot be written: the bundle is returned all the same.
 */
export async function bundleAndCacheHelper(cacheFile = HELPER_CACHE_FILE): Promise<string> {
  const started = Date.now();
  const { code, inputs } = await bundle();
  try {
    const hashed: CachedBundle['inputs'] = [];
    for (const file of inputs) {
      // Read, then stat: contents read after a change always come with the change's time.
      hashed.push([file, sha1(readFileSync(file))]);
      if (statSync(file).mtimeMs >= started) return code;
    }
    const cached: CachedBundle = { esbuild: esbuildVersion, inputs: hashed, code };
    // Through a temp file and a rename: a build starting meanwhile reads the old cache or the new.
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(cached));
      renameSync(temp, cacheFile);
    } catch {
      try {
        unlinkSync(temp);
      } catch {
        // Never written.
      }
    }
  } catch {
    // An input that cannot be read again: no cache this time.
  }
  return code;
}
