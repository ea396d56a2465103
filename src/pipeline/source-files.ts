/**
 * The CLI's file access, shared with its worker threads: list a folder's articles, read one file.
 * Together with cli.ts, the only code of the build step that touches the file system.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReportEntry } from './build-dataset';
import type { SourceFile } from './types';

/** Files above this size are not read into memory at all. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Every *.txt and *.md under `dir`, as paths relative to it with forward slashes, sorted. */
export async function listArticles(dir: string, prefix = ''): Promise<string[]> {
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

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * One file's bytes, or the report line saying why it was not read (over 5 MB, or unreadable).
 * Reads at most what stat promised: a file that grew meanwhile is cut, never read unbounded.
 */
export function readSource(dir: string, name: string): SourceFile | ReportEntry {
  const unread = (status: ReportEntry['status'], reason: string): ReportEntry => ({
    file: name,
    status,
    format: 'unknown',
    events: [],
    warnings: [reason],
  });
  try {
    const full = path.join(dir, name);
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) {
      return unread(
        'skipped',
        `file too large (${formatMegabytes(size)} > ${formatMegabytes(MAX_FILE_BYTES)})`,
      );
    }
    const fd = openSync(full, 'r');
    try {
      const buffer = Buffer.alloc(size);
      const read = readSync(fd, buffer, 0, size, 0);
      return { file: name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, read) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unread('error', `cannot read: ${(error as Error).message}`);
  }
}
