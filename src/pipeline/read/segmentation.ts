/** Undoing word segmentation: "Bộ_trưởng Bùi_Thanh_Sơn , ( TTXVN )" → "Bộ trưởng Bùi Thanh Sơn, (TTXVN)". */
import { isSpaceCode, splitWordCount } from '../knowledge/letters';

const SPACED_PUNCTUATION = / [,.;:?!](?=\s|$)/gm;

/** True when the text is word-segmented: syllables joined by "_" and punctuation spaced. */
export function isSegmented(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const joined = countJoinedSyllables(sample);
  if (joined < 3) return false;
  const words = splitWordCount(sample);
  const spaced = sample.match(SPACED_PUNCTUATION)?.length ?? 0;
  return joined / words >= 0.04 && spaced >= 1;
}

/** Whether a code unit is a `[^\s_\d]` of a regex (no whitespace, underscore or digit). */
function isSyllableCode(c: number): boolean {
  return c !== 95 && !(c >= 48 && c <= 57) && !isSpaceCode(c);
}

/**
 * How many syllables joined by "_" (`text.match(/[^\s_\d]_[^\s_\d]/g)?.length ?? 0`), found from
 * the underscores (indexOf) instead of trying the pattern at every character: matches never
 * overlap, so after one the next may start only past its last character.
 */
function countJoinedSyllables(text: string): number {
  let count = 0;
  let from = 0; // where the next match may start
  for (let u = text.indexOf('_', from + 1); u >= 0; u = text.indexOf('_', Math.max(u, from) + 1)) {
    if (
      u + 1 < text.length &&
      isSyllableCode(text.charCodeAt(u - 1)) &&
      isSyllableCode(text.charCodeAt(u + 1))
    ) {
      count++;
      from = u + 2;
    }
  }
  return count;
}

const CLOSERS = new Set([',', '.', ';', ':', '!', '?', ')', ']', '...', '…']);
const OPENERS = new Set(['(', '[', ':']);
// Every closer and opener is at most three characters: longer tokens (most) skip the set lookup,
// which hashes each freshly cut token.
const isCloser = (tok: string): boolean => tok.length <= 3 && CLOSERS.has(tok);
const isOpener = (tok: string): boolean => tok.length === 1 && OPENERS.has(tok);

/**
 * Turns one segmented line (or paragraph) into readable text: underscores become spaces, spaced
 * punctuation is attached (` , ` → `, `), brackets and quotes hug their content
 * (`( TTXVN )` → `(TTXVN)`, `" abc "` → `"abc"`).
 */
export function unsegment(line: string): string {
  return joinTokens(segmentedTokens(line));
}

/** The words of a segmented line: runs of characters between whitespace and "_" (one scan, no regex). */
function segmentedTokens(line: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 95 || isSpaceCode(c)) {
      if (start >= 0) tokens.push(line.slice(start, k));
      start = -1;
    } else if (start < 0) start = k;
  }
  if (start >= 0) tokens.push(line.slice(start));
  return tokens;
}

/** Joins tokens with spaces, attaching punctuation and quotes to the words they belong to. */
export function joinTokens(tokens: string[]): string {
  const out: string[] = [];
  let inDouble = false;
  let inSingle = false;
  let attachNext = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = out.length > 0 ? out[out.length - 1]! : undefined;
    const next = tokens[i + 1];
    let role: 'open' | 'close' | 'word';
    if (tok === '"' || tok === "'") {
      const inside: boolean = tok === '"' ? inDouble : inSingle;
      if (next === undefined || isCloser(next)) role = 'close';
      else if (prev === undefined || isOpener(prev) || prev.endsWith(':')) role = 'open';
      else role = inside ? 'close' : 'open';
      if (tok === '"') inDouble = role === 'open';
      else inSingle = role === 'open';
    } else if (tok === '“' || tok === '‘' || tok === '(' || tok === '[') role = 'open';
    else if (tok === '”' || tok === '’' || isCloser(tok) || tok === '%') role = 'close';
    else role = 'word';

    if (role === 'close' && prev !== undefined && !attachNext) out[out.length - 1] = prev + tok;
    else if (attachNext && prev !== undefined) out[out.length - 1] = prev + tok;
    else out.push(tok);
    attachNext = role === 'open';
  }
  return tidyPunctuation(out.join(' '));
}

/** Small fixes shared by every layout: "Kỳ.." → "Kỳ.", "ASEAN.Đầu tư" → "ASEAN. Đầu tư", " / " → "/". */
export function tidyPunctuation(text: string): string {
  // Each pass only where its first character is there (an `includes` is far cheaper than a scan).
  let t = text.includes(' / ') ? text.replace(/ \/ /g, '/') : text;
  // "Ngày 16/ 11/ 2011": a date typed with a space after each slash.
  if (t.includes('/ ')) t = t.replace(SPACED_DATE, '$1/$2/$3');
  if (t.includes('..')) t = t.replace(/([^.])\.\.(?!\.)/g, '$1.');
  if (t.includes('.'))
    t = t.replace(GLUED_SENTENCE, (dot: string, at: number, all: string) =>
      endsWord(all, at) ? '. ' : dot,
    );
  if (t.includes('  ') || t.includes('\t')) t = t.replace(/[ \t]{2,}/g, ' ');
  return t.trim();
}

const SPACED_DATE = /(?<!\d)(\d{1,2})\/ ?(\d{1,2})\/ ?((?:19|20)\d\d)(?!\d)/g;

// A full stop directly followed by a capitalised word: "ASEAN.Đầu tư".
export const GLUED_SENTENCE = /\.(?=\p{Lu}\p{Ll})/gu;

/** True when the text before `at` ends with a word of three letters or a digit (not "E" in "E.Knapper", not "TP"). */
export function endsWord(text: string, at: number): boolean {
  return /(?:\p{L}{3}|\d)$/u.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * Splits words glued by a lost tag or line break: a lower-case letter followed by a capital where
 * the word so far is Vietnamese (has a diacritic) or the capital has one: "Chính trịĐối ngoại" → "Chính trị Đối ngoại",
 * "Dự ánQuản lý" → "Dự án Quản lý"; "iPhone", "VnExpress", "McCain" stay.
 */
export function splitGluedWords(text: string): string {
  return text.replace(
    /(\p{Ll})(\p{Lu})/gu,
    (match, lower: string, upper: string, offset: number, whole: string) =>
      gluedAt(whole, offset + 1) ? `${lower} ${upper}` : match,
  );
}

/**
 * Whether a lower-case letter and the capital at `at` were glued by a lost break: the capital or
 * the word before it has a diacritic ("trịĐối", "chứcNgày"), so it is no "McCain" or "iPhone".
 */
export function gluedAt(text: string, at: number): boolean {
  if (/[\u0080-\uFFFF]/.test(text.charAt(at))) return true;
  const wordStart = Math.max(text.lastIndexOf(' ', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  return /[\u0080-\uFFFF]/.test(text.slice(wordStart, at));
}
