/**
 * `npm run data -- --input DIR --out FILE [--report FILE] [--quiet]`: the build step's only I/O.
 * Reads every *.txt / *.md under the input folder, builds the dataset and writes it atomically,
 * with its JSON Schema beside it.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasetJsonSchema } from '../shared/schema';
import { buildDataset, type ReportEntry } from './build-dataset';
import type { SourceFile } from './types';

/** Files above this size are not read into memory at all. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface Options {
  input: string;
  out: string;
  report?: string;
  quiet: boolean;
}

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

const CONSOLE: Output = {
  log: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    input: 'data/articles',
    out: 'public/data/timeline.json',
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--input') options.input = value();
    else if (flag === '--out') options.out = value();
    else if (flag === '--report') options.report = value();
    else if (flag === '--quiet') options.quiet = true;
    else
      throw new UsageError(
        `unknown option ${arg} (usage: --input DIR --out FILE [--report FILE] [--quiet])`,
      );
  }
  return options;
}

/** Every *.txt and *.md under `dir`, as paths relative to it with forward slashes, sorted. */
async function listArticles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    // A linked file counts like a file; linked folders are not followed (they may loop).
    const isFile =
      entry.isFile() ||
      (entry.isSymbolicLink() &&
        (await stat(path.join(dir, relative)).catch(() => undefined))?.isFile());
    if (entry.isDirectory()) found.push(...(await listArticles(dir, relative)));
    else if (isFile && /\.(txt|md)$/i.test(entry.name)) found.push(relative);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Write through a temp file in the same folder, then rename: readers never see half a file. */
async function writeAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.tmp`,
  );
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Read the files one at a time, in name order, as the build consumes them: only one file's bytes
 * are held at once, so memory follows the dataset, not the corpus. Files over 5 MB are never read.
 */
function* readLazily(dir: string, names: string[], unread: ReportEntry[]): Generator<SourceFile> {
  const skip = (file: string, status: ReportEntry['status'], reason: string): void => {
    unread.push({ file, status, format: 'unknown', events: [], warnings: [reason] });
  };
  for (const name of names) {
    let source: SourceFile;
    try {
      const full = path.join(dir, name);
      const size = statSync(full).size;
      if (size > MAX_FILE_BYTES) {
        skip(
          name,
          'skipped',
          `file too large (${formatMegabytes(size)} > ${formatMegabytes(MAX_FILE_BYTES)})`,
        );
        continue;
      }
      // Read at most what stat promised: a file that grew meanwhile is cut, never read unbounded.
      const fd = openSync(full, 'r');
      try {
        const buffer = Buffer.alloc(size);
        const read = readSync(fd, buffer, 0, size, 0);
        source = { file: name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, read) };
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      skip(name, 'error', `cannot read: ${(error as Error).message}`);
      continue;
    }
    yield source;
  }
}

/** Run the build step; returns the process exit code. */
export async function main(argv: string[], output: Output = CONSOLE): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    output.error(`error: ${(error as Error).message}`);
    return 2;
  }

  const inputStat = await stat(options.input).catch(() => undefined);
  if (!inputStat?.isDirectory()) {
    output.error(`error: input folder not found: ${options.input}`);
    return 1;
  }

  const names = await listArticles(options.input);
  const unread: ReportEntry[] = [];
  const { dataset, report } = buildDataset(readLazily(options.input, names, unread));
  const entries = [...report, ...unread].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  const problems = entries.filter((e) => e.status !== 'ok');
  for (const entry of problems)
    output.error(`${entry.status}: ${entry.file}: ${entry.warnings.join('; ')}`);

  if (options.report) await writeAtomic(options.report, `${JSON.stringify(entries, null, 2)}\n`);
  if (dataset.articles.length === 0) {
    output.error(`error: no article could be read in ${options.input} (${entries.length} files)`);
    return 1;
  }

  await writeAtomic(options.out, `${JSON.stringify(dataset, null, 2)}\n`);
  const schemaFile = path.join(path.dirname(options.out), 'timeline.schema.json');
  await writeAtomic(schemaFile, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);

  if (!options.quiet) {
    output.log(
      `built ${dataset.events.length} events from ${dataset.articles.length} articles (${problems.length} skipped) → ${options.out}`,
    );
  }
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
