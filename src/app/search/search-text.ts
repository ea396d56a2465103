/**
 * Accent-insensitive text search: the query and the haystack are folded the same way, so
 * "bui thanh son" finds "Bùi Thanh Sơn" and "hoa" finds both "Hòa" and "Hoà".
 */
import { foldAccents } from '../../shared/text';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = 0x20;
const DROP = 0;
/** Vietnamese lives below U+2000 (Latin, combining marks, Latin Extended Additional). */
const TABLE_SIZE = 0x2000;

/**
 * What each code unit below U+2000 folds to: a base letter or digit, DROP (a combining mark) or
 * SPACE. Built on the first fold, not when the module loads: the first render never searches.
 */
let TABLE: Uint16Array | undefined;

function foldTable(): Uint16Array {
  if (!TABLE) {
    TABLE = new Uint16Array(TABLE_SIZE);
    for (let code = 0; code < TABLE_SIZE; code++) {
      if (code >= 0x300 && code <= 0x36f) continue; // DROP: the accent of an NFD letter
      const f = foldAccents(String.fromCharCode(code));
      TABLE[code] = f.length === 1 && LETTER_OR_DIGIT.test(f) ? f.charCodeAt(0) : SPACE;
    }
  }
  return TABLE;
}

/** Code units above the table (CJK, Cyrillic, punctuation…), folded on first sight. */
const beyond = new Map<number, number>();

function foldUnit(table: Uint16Array, code: number): number {
  if (code < TABLE_SIZE) return table[code]!;
  let f = beyond.get(code);
  if (f === undefined) {
    // Surrogates (emoji, rare CJK) separate words rather than being split in half.
    const text = code >= 0xd800 && code <= 0xdfff ? ' ' : foldAccents(String.fromCharCode(code));
    f = text.length === 1 && LETTER_OR_DIGIT.test(text) ? text.charCodeAt(0) : SPACE;
    beyond.set(code, f);
  }
  return f;
}

let buffer = new Uint16Array(1024);

/**
 * Fold text for searching: no accents, lower case, punctuation as single spaces
 * ("Hội đàm (2+2)" → "hoi dam 2 2"). One pass over a per-character table into a buffer, because the
 * index folds every event of a 10,000-event dataset at load: `normalize` + Unicode regexes, or
 * building the string one character at a time, are several times slower and load the GC.
 */
export function foldForSearch(text: string): string {
  if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
  let n = 0;
  let pendingSpace = false;
  const table = foldTable();
  for (let i = 0; i < text.length; i++) {
    const f = foldUnit(table, text.charCodeAt(i));
    if (f === DROP) continue;
    if (f === SPACE) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      buffer[n++] = SPACE;
      pendingSpace = false;
    }
    buffer[n++] = f;
  }
  let out = '';
  // In chunks: `apply` with a huge argument list overflows the stack.
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(
      null,
      buffer.subarray(i, Math.min(n, i + 8192)) as unknown as number[],
    );
  }
  return out;
}

/** The words of a search query, folded and de-duplicated; [] for a blank query. */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  const text = foldForSearch(query);
  return text ? [...new Set(text.split(' '))] : [];
}

/** True when every term occurs in the folded haystack (as a word, a prefix or a substring). */
export function matchesTerms(foldedHaystack: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    if (!foldedHaystack.includes(term)) return false;
  }
  return true;
}
