/**
 * Bundle size of the production build: the JavaScript loaded before the first interaction (the
 * entry script and its modulepreloads in `dist/index.html`) against all JavaScript in
 * `dist/assets`, gzip level 9, with the budgets of the app issue.
 *
 *   npx vite build && npx tsx bench/bundle-size.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_INITIAL_KB = 100;
export const BUDGET_ALL_KB = 200;

export interface ChunkSize {
  file: string;
  rawKb: number;
  gzipKb: number;
  initial: boolean;
}

export interface BundleReport {
  chunks: ChunkSize[];
  css: ChunkSize[];
  initialJsKb: number;
  allJsKb: number;
  cssKb: number;
}

const kb = (bytes: number) => bytes / 1024;

/** The asset paths `index.html` loads up front: module entry scripts and modulepreloads. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = tag.startsWith('<script') && /type=["']module["']/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel=["']modulepreload["']/.test(tag);
    const url = /(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url) found.add(basename(url.split('?')[0]!));
  }
  return [...found];
}

/** Measures every JS and CSS file in `dist/assets` (gzip level 9). */
export function measureBundle(dist = resolve('dist')): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(initialScripts(html));
  const assets = join(dist, 'assets');
  const measure = (file: string): ChunkSize => {
    const bytes = readFileSync(join(assets, file));
    return {
      file,
      rawKb: kb(bytes.length),
      gzipKb: kb(gzipSync(bytes, { level: 9 }).length),
      initial: initial.has(file),
    };
  };
  const files = readdirSync(assets).sort();
  const chunks = files.filter((f) => f.endsWith('.js')).map(measure);
  const css = files.filter((f) => f.endsWith('.css')).map(measure);
  const sum = (list: ChunkSize[]) => list.reduce((total, c) => total + c.gzipKb, 0);
  return {
    chunks,
    css,
    initialJsKb: sum(chunks.filter((c) => c.initial)),
    allJsKb: sum(chunks),
    cssKb: sum(css),
  };
}

/** Prints the report as a table with PASS/OVER against the budgets; returns whether both pass. */
export function printBundleReport(report: BundleReport): boolean {
  const rows = [...report.chunks, ...report.css].sort((a, b) => b.gzipKb - a.gzipKb);
  console.log('\nBundle size (gzip -9)');
  console.log(`${'file'.padEnd(44)} ${'raw KB'.padStart(9)} ${'gzip KB'.padStart(9)}  loaded`);
  for (const c of rows) {
    const when = c.file.endsWith('.css') ? 'css' : c.initial ? 'initial' : 'lazy';
    console.log(
      `${c.file.padEnd(44)} ${c.rawKb.toFixed(1).padStart(9)} ${c.gzipKb.toFixed(1).padStart(9)}  ${when}`,
    );
  }
  const initialOk = report.initialJsKb <= BUDGET_INITIAL_KB;
  const allOk = report.allJsKb <= BUDGET_ALL_KB;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
  console.log(
    `initial JS: ${report.initialJsKb.toFixed(1)} KB gzip (budget ${BUDGET_INITIAL_KB}) ${verdict(initialOk)}`,
  );
  console.log(
    `all JS:     ${report.allJsKb.toFixed(1)} KB gzip (budget ${BUDGET_ALL_KB}) ${verdict(allOk)}`,
  );
  console.log(`CSS:        ${report.cssKb.toFixed(1)} KB gzip`);
  return initialOk && allOk;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    printBundleReport(measureBundle());
  } catch (error) {
    console.error(
      `bundle-size: ${error instanceof Error ? error.message : String(error)} (run \`npx vite build\` first)`,
    );
    process.exit(1);
  }
}
