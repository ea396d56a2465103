/** File metadata: YAML front matter or `# key = value` header lines, and the dates they carry. */
import { ymd } from '../../shared/dates';

export interface Metadata {
  kind: 'front-matter' | 'header-lines' | 'none';
  title?: string;
  /** YYYY-MM-DD when a date field could be read. */
  date?: string;
  url?: string;
  author?: string;
  categories?: string[];
}

export interface MetadataResult {
  meta: Metadata;
  /** The text after the metadata block. */
  body: string;
  warnings: string[];
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Splits a file into its metadata and its body; broken front matter gives a warning, not a failure. */
export function extractMetadata(text: string): MetadataResult {
  if (/^---[ \t]*\n/.test(text)) return readFrontMatter(text);
  if (/^[ \t]*#\s*[\w-]+\s*=/.test(text)) return readHeaderLines(text);
  return { meta: { kind: 'none' }, body: text, warnings: [] };
}

function readFrontMatter(text: string): MetadataResult {
  const lines = text.split('\n');
  const warnings: string[] = [];
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      end = i;
      break;
    }
  }
  const fields = new Map<string, string | string[]>();
  let lastKey: string | undefined;
  let bodyStart: number;
  let unparsable = 0;
  // A closing --- that comes after a line of prose was moved there (or the writer forgot it and a
  // horizontal rule follows): the article starts at the prose, unless more keys follow it.
  let firstProse = -1;
  let lastKeyLine = -1;
  const limit = end < 0 ? lines.length : end;
  let i = 1;
  for (; i < limit; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && lastKey) {
      const prev = fields.get(lastKey);
      const list = Array.isArray(prev) ? prev : prev ? [prev] : [];
      list.push(unquote(item[1]!.trim()));
      fields.set(lastKey, list);
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*)|\s*)$/.exec(line);
    if (kv) {
      lastKey = kv[1]!.toLowerCase();
      fields.set(lastKey, parseValue((kv[2] ?? '').trim()));
      lastKeyLine = i;
      continue;
    }
    if (end < 0) break; // unterminated: the body starts at the first line that is not metadata
    if (firstProse < 0 && isProse(line)) firstProse = i;
    unparsable++;
  }
  if (end < 0) {
    warnings.push('front matter not terminated (no closing ---); read the rest as the article');
    bodyStart = i;
  } else if (firstProse >= 0 && lastKeyLine < firstProse) {
    warnings.push(
      `front matter's closing --- comes after article text (line ${firstProse + 1}); read from there`,
    );
    bodyStart = firstProse;
  } else {
    bodyStart = end + 1;
    if (unparsable > 0)
      warnings.push(`front matter: ${unparsable} line(s) not understood, ignored`);
  }
  const meta: Metadata = { kind: 'front-matter' };
  const title = first(fields.get('title'));
  if (title) meta.title = title;
  const date = first(fields.get('date')) ?? first(fields.get('published'));
  if (date) {
    const parsed = parseMetadataDate(date);
    if (parsed) meta.date = parsed;
    else warnings.push(`front matter date not understood: "${date}"`);
  }
  const url = first(fields.get('url')) ?? first(fields.get('link')) ?? first(fields.get('source'));
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  const author = first(fields.get('author'));
  if (author) meta.author = author;
  const categories = fields.get('categories') ?? fields.get('tags');
  if (categories) {
    meta.categories = (Array.isArray(categories) ? categories : categories.split(/[\s,]+/)).filter(
      Boolean,
    );
  }
  return { meta, body: lines.slice(bodyStart).join('\n'), warnings };
}

/** A line of running text, not a broken YAML line: several words of letters, unindented. */
function isProse(line: string): boolean {
  return !/^\s/.test(line) && (line.match(/\p{L}+/gu) ?? []).length >= 4;
}

function readHeaderLines(text: string): MetadataResult {
  const lines = text.split('\n');
  const meta: Metadata = { kind: 'header-lines' };
  const warnings: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const kv = /^\s*#\s*([\w-]+)\s*=\s*(.*)$/.exec(line);
    if (!kv) break;
    const key = kv[1]!.toLowerCase();
    const value = kv[2]!.trim();
    if (key === 'url' && /^https?:\/\//.test(value)) meta.url = value;
    else if (key === 'date' || key === 'published') {
      const parsed = parseMetadataDate(value);
      if (parsed) meta.date = parsed;
      else warnings.push(`header date not understood: "${value}"`);
    } else if (key === 'title' && value) meta.title = value;
    else if (key === 'author' && value) meta.author = value;
  }
  return { meta, body: lines.slice(i).join('\n'), warnings };
}

/**
 * A metadata date as YYYY-MM-DD: ISO ("2024-08-03"), RFC 822 ("Sat, 03 Aug 2024 11:00:00 +0700",
 * the date as written, not shifted to UTC), compact ("20201101") or "03/08/2024"; or as YYYY-MM
 * when the metadata gives only the month ("2023-09", "09/2023"): that still tells the year.
 */
export function parseMetadataDate(value: string): string | undefined {
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(v);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return ymd(+m[3]!, month, +m[1]!);
  }
  m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(v);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) return ymd(+m[3]!, month, +m[2]!);
  }
  m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(v);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{4})[-/](\d{1,2})$/.exec(v);
  if (m) return ymd(+m[1]!, +m[2]!, 1)?.slice(0, 7);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(v);
  if (m) return ymd(+m[2]!, +m[1]!, 1)?.slice(0, 7);
  return undefined;
}

// A date in an article's address, as many news sites put it: "…-2017080817212485.htm" (the
// publication time, down to the second or beyond, or followed by an id: "-20140116i1165352") or a
// "/20210826/" folder. A run of digits that does not start with a real date is an id.
const URL_DATE = /(?<=[/-])((?:199|20[0-3])\d)(\d{2})(\d{2})(?:\d{4,12})?(?=[/.]|$|[a-z]\d)/;
// "/2013/04/22/…": year, month and day folders; "…/a-19-2009-06-09-voa8-…": a dashed date between
// the words of a page's name.
const URL_DATE_FOLDERS =
  /(?<=[/-])((?:199|20[0-3])\d)([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/-])/;

/** An address's path ("" when it is no address). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** The publication date a news address carries, if it carries one. */
export function dateFromUrl(url: string): string | undefined {
  const path = pathOf(url);
  const m = URL_DATE.exec(path);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  const folders = URL_DATE_FOLDERS.exec(path);
  return folders ? ymd(+folders[1]!, +folders[3]!, +folders[4]!) : undefined;
}

// "/channel/8205/201812/…": a month folder, as some newspapers' systems file their pages.
// Also "/2013/04/…": year and month folders.
const URL_MONTH = /\/((?:199|20[0-3])\d)\/?(0[1-9]|1[0-2])\//;

/** The publication month a news address's month folder gives ("…/201812/…" → "2018-12"), if any. */
export function monthFromUrl(url: string): string | undefined {
  const m = URL_MONTH.exec(pathOf(url));
  return m ? `${m[1]}-${m[2]}` : undefined;
}

// "/-/2018/12345/…": a year folder alone, as some content systems file their pages. Only a whole
// path segment counts, never the digits of an id or a slug.
const URL_YEAR = /\/((?:199|20[0-3])\d)\//;

/** The publication year a news address's year folder gives ("…/-/2018/12345/…" → "2018"), if any. */
export function yearFromUrl(url: string): string | undefined {
  return URL_YEAR.exec(pathOf(url))?.[1];
}

function parseValue(raw: string): string | string[] {
  if (raw.startsWith('[') && raw.endsWith(']')) {
    return raw
      .slice(1, -1)
      .split(',')
      .map((s) => unquote(s.trim()))
      .filter(Boolean);
  }
  return unquote(raw);
}

function unquote(raw: string): string {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    return raw
      .slice(1, -1)
      .replace(/\\(["\\])/g, '$1')
      .trim();
  }
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
    return raw.slice(1, -1).replace(/''/g, "'").trim();
  }
  return raw.replace(/\s+#.*$/, '').trim();
}

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.trim() ? v.trim() : undefined;
}
