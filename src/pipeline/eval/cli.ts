/**
 * `npm run eval [-- --json] [-- --misses]`: builds the dataset from the seeds (data/articles) and the
 * development corpus, scores it against the hand-written gold events and prints the figures.
 * `npm run eval -- --set DIR` scores another set instead: DIR/gold.json (same format), whose file
 * paths are relative to DIR — how a held-out set of articles nobody tuned on is measured.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../build-dataset';
import type { SourceFile } from '../types';
import { scoreDataset, type Gold, type Metric } from './score';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
/** Gold file paths are prefixed with the folder they come from. */
const FOLDERS: Record<string, string> = {
  seeds: path.join(ROOT, 'data/articles'),
  corpus: process.env.CORPUS_DIR ?? path.resolve(ROOT, 'data/corpus'),
};

const LABELS: Record<Metric, string> = {
  events: 'event detection',
  dates: 'event dates (start, end)',
  participants: 'participants',
  locations: 'locations',
  merging: 'merging (pairwise)',
  headlines: 'headlines',
};

async function readFolder(prefix: string, dir: string): Promise<SourceFile[] | undefined> {
  const entries = await readdir(dir).catch(() => undefined);
  if (!entries) return undefined;
  const names = entries.filter((n) => /\.(txt|md)$/i.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({
      file: `${prefix}/${name}`,
      bytes: new Uint8Array(await readFile(path.join(dir, name))),
    })),
  );
}

const percent = (x: number): string => `${(x * 100).toFixed(1).padStart(5)}%`;

/** The gold file and the folders its paths start with: the development set, or `--set DIR`. */
function chooseSet(argv: string[]): { goldFile: string; folders: Record<string, string> } {
  const at = argv.indexOf('--set');
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if (!dir) return { goldFile: path.join(HERE, 'corpus-gold.json'), folders: FOLDERS };
  const root = path.resolve(dir);
  const goldFile = path.join(root, 'gold.json');
  return { goldFile, folders: { articles: path.join(root, 'articles') } };
}

async function main(argv: string[]): Promise<number> {
  const files: SourceFile[] = [];
  const { goldFile, folders } = chooseSet(argv);
  const gold = JSON.parse(await readFile(goldFile, 'utf8')) as Gold;
  for (const [prefix, dir] of Object.entries(folders)) {
    const found = await readFolder(prefix, dir);
    if (found) {
      // Only the articles the gold lists: a folder's SOURCES.md or README.md is not an article.
      const listed = new Set(gold.articles.map((a) => a.file));
      files.push(...found.filter((f) => listed.has(f.file)));
      continue;
    }
    // A folder may be missing (CORPUS_DIR pointing elsewhere): score what is there rather than fail.
    const hint = prefix === 'corpus' ? ' (set CORPUS_DIR)' : '';
    process.stderr.write(`eval: ${dir} not found${hint}; its articles are left out\n`);
    gold.articles = gold.articles.filter((a) => !a.file.startsWith(`${prefix}/`));
  }
  const { dataset } = buildDataset(files);
  const { figures, misses } = scoreDataset(dataset, gold);

  if (argv.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ articles: gold.articles.length, figures, misses }, null, 2)}\n`,
    );
    return 0;
  }
  const lines = [
    `eval: ${gold.articles.length} articles (${files.length} files), ${dataset.events.length} events built`,
    '',
    `${'figure'.padEnd(26)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}   (tp / predicted / expected)`,
  ];
  for (const metric of Object.keys(LABELS) as Metric[]) {
    const f = figures[metric];
    lines.push(
      `${LABELS[metric].padEnd(26)} ${percent(f.precision).padStart(9)} ${percent(f.recall).padStart(7)} ${percent(f.f1).padStart(7)}   (${f.tp} / ${f.predicted} / ${f.expected})`,
    );
  }
  if (argv.includes('--misses')) lines.push('', ...misses.map((m) => `  ${m}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `eval failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
