/**
 * `npm run data -- --input DIR --out FILE [--report FILE] [--quiet]`: the build step's only I/O.
 * Reads every *.txt / *.md under the input folder, builds the dataset and writes it atomically,
 * with its JSON Schema beside it.
 */
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { datasetJsonSchema } from '../shared/schema';
import { buildFolder, type FolderBuild } from './build-folder';
import { listArticles } from './source-files';

// A build is short and cold: V8's optimising compiler (TurboFan, on threads of its own) takes about a
// quarter of its CPU, most of it inlining helpers into the big extraction functions, compiled again
// after each deoptimisation. A smaller inlining budget per function (920 bytes of bytecode by
// default) cut that compile time by a fifth, the article code no slower (A/B, 2,000 articles, 3
// rounds: 8.1 → 7.4 CPU-s). Flags are process-wide, so the helper threads share it; the output
// cannot change (inlining is an optimisation, invisible to the code).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

export { MAX_FILE_BYTES } from './source-files';

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

/**
 * Build the dataset from the article files under `dir` (listed and sorted by listArticles): the
 * build `npm run data` runs, on every core for large inputs. The report holds every file.
 */
export async function buildFromFolder(dir: string, names?: string[]): Promise<FolderBuild> {
  return buildFolder(dir, names ?? (await listArticles(dir)));
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

  const { dataset, report: entries } = await buildFromFolder(options.input);
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
