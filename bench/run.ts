/**
 * `npm run bench`: the pipeline benchmark (bench/pipeline.ts, when present), then the bundle size
 * of the production build (built first if `dist/` is missing), then the app benchmark.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchApp } from './app';
import { measureBundle, printBundleReport } from './bundle-size';

async function runPipelineBench(): Promise<void> {
  const file = resolve('bench/pipeline.ts');
  if (!existsSync(file)) {
    console.log('pipeline benchmark: bench/pipeline.ts is missing, skipped');
    return;
  }
  // A path held in a variable, so that TypeScript does not require the module to exist.
  const module = (await import(file)) as { benchPipeline?: () => unknown };
  if (typeof module.benchPipeline !== 'function') {
    console.log('pipeline benchmark: bench/pipeline.ts exports no benchPipeline(), skipped');
    return;
  }
  await module.benchPipeline();
}

async function main(): Promise<void> {
  await runPipelineBench();

  if (!existsSync(resolve('dist/index.html'))) {
    console.log('\nbuilding dist/ (npx vite build)…');
    execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  printBundleReport(measureBundle());
  await benchApp();
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
