/**
 * A large article corpus for the pipeline benchmark, made from the real seed and corpus articles:
 * copy k of each article gets its dates shifted (day and month), officials' names swapped from a
 * list and part of its sentences shuffled, so the copies are not all near-duplicates and their
 * events spread over many dates. Deterministic: the same count gives the same files.
 *
 *   npx tsx bench/make-corpus.ts --count 10000 --out /tmp/vn-us-corpus
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from './seeded-random';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const SOURCE_FOLDERS = [
  path.join(ROOT, 'data/articles'),
  existsSync(path.join(ROOT, 'data/corpus'))
    ? path.join(ROOT, 'data/corpus')
    : path.resolve(ROOT, '../shared/corpus/articles'),
];

/** Names that swap among themselves (the first, "Vietnamese" list; the second, "American"). */
const NAME_POOLS = [
  [
    'Bùi Thanh Sơn',
    'Lê Minh Khái',
    'Lê Hoài Trung',
    'Nguyễn Văn Thể',
    'Ngô Xuân Lịch',
    'Vương Đình Huệ',
    'Phùng Quang Thanh',
    'Phạm Bình Minh',
    'Trần Lưu Quang',
    'Đỗ Hùng Việt',
  ],
  [
    'Antony Blinken',
    'Jake Sullivan',
    'James Mattis',
    'Ashton Carter',
    'Wilbur Ross',
    'Daniel Kritenbrink',
    'Marc Knapper',
    'Ted Osius',
    'John Kerry',
    'Gina Raimondo',
  ],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every name of the pools, in both spellings: "Bùi Thanh Sơn" and the segmented "Bùi_Thanh_Sơn". */
const NAME_PATTERNS = NAME_POOLS.map((pool) =>
  pool.map((name) => new RegExp(`${escape(name)}|${escape(name.replace(/ /g, '_'))}`, 'g')),
);

/** One variation of an article: copy k. */
export function varyArticle(text: string, k: number): string {
  const dayShift = k % 28;
  const monthShift = Math.floor(k / 28) % 12;
  // "25/3", "31-1", "ngày 5-3" → shifted day and month; years stay, so terms of office still fit.
  let out = text.replace(
    /\b(\d{1,2})([/-])(\d{1,2})\b(?![/-]?\d{3})/g,
    (whole, d: string, sep: string, m: string) => {
      const day = Number(d);
      const month = Number(m);
      if (day < 1 || day > 31 || month < 1 || month > 12) return whole;
      return `${((day - 1 + dayShift) % 28) + 1}${sep}${((month - 1 + monthShift) % 12) + 1}`;
    },
  );
  NAME_PATTERNS.forEach((patterns, p) => {
    const pool = NAME_POOLS[p]!;
    patterns.forEach((pattern, i) => {
      const replacement = pool[(i + k) % pool.length]!;
      out = out.replace(pattern, (found) =>
        found.includes('_') ? replacement.replace(/ /g, '_') : replacement,
      );
    });
  });
  // Shuffle a few body lines (never the first two: headline and lead stay in place).
  const lines = out.split('\n');
  if (lines.length > 6) {
    const next = seededRandom(k * 7919 + lines.length);
    for (let swaps = 0; swaps < 3; swaps++) {
      const a = 2 + Math.floor(next() * (lines.length - 2));
      const b = 2 + Math.floor(next() * (lines.length - 2));
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    }
  }
  return lines.join('\n');
}

export interface CorpusInfo {
  dir: string;
  files: number;
  bytes: number;
}

/** Write `count` article files into `dir` (article i is copy ⌊i / sources⌋ of source i mod sources). */
export function makeCorpus(count: number, dir: string): CorpusInfo {
  const sources: { name: string; text: string }[] = [];
  for (const folder of SOURCE_FOLDERS) {
    let names: string[];
    try {
      // A folder's SOURCES.md or README.md describes the articles; it is not one.
      names = readdirSync(folder)
        .filter((n) => /\.(txt|md)$/i.test(n) && !/^(sources|readme)\.md$/i.test(n))
        .sort();
    } catch {
      continue;
    }
    for (const name of names)
      sources.push({ name, text: readFileSync(path.join(folder, name), 'utf8') });
  }
  if (sources.length === 0) throw new Error(`no source articles in ${SOURCE_FOLDERS.join(', ')}`);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const k = Math.floor(i / sources.length);
    const text = k === 0 ? source.text : varyArticle(source.text, k);
    const ext = path.extname(source.name);
    const file = path.join(
      dir,
      `${String(i).padStart(6, '0')}-${path.basename(source.name, ext)}${ext}`,
    );
    writeFileSync(file, text);
    bytes += statSync(file).size;
  }
  return { dir, files: count, bytes };
}

const direct =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (direct) {
  const arg = (flag: string, fallback: string): string => {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const info = makeCorpus(
    Number(arg('--count', '10000')),
    path.resolve(arg('--out', '/tmp/vn-us-corpus')),
  );
  console.log(
    `wrote ${info.files} articles (${(info.bytes / 1024 / 1024).toFixed(1)} MB) to ${info.dir}`,
  );
}
