/** Word-segmented text on a single line: headline, lead, body, captions and byline run together. */
import { WEEKDAY_SOURCE } from '../knowledge/months';
import { parseByline } from './byline';
import { isChromeMarker, isClickPrompt, parseTimestampLine } from './chrome';
import { findHeadlineEnd } from './headline';
import type { ArticleParts } from './parts';
import { endsWord, GLUED_SENTENCE, joinTokens } from './segmentation';

const TERMINATORS = new Set(['.', '!', '?', '...', '…']);
const PARAGRAPH_CHARS = 600;

/**
 * Reads one-line segmented text. The headline is found by `findHeadlineEnd`; the rest is cut
 * into sentences at spaced terminators (` . `). A caption sentence is followed by its credit
 * ("… ngày 25/3 . Ảnh : BNG_Hai Bộ_trưởng …" → caption "… ngày 25/3. Ảnh: BNG", and the body
 * goes on with "Hai Bộ trưởng …"); an unterminated tail is the byline ("Như_Tâm ( Theo TTXVN )").
 */
export function readOneLine(text: string): ArticleParts {
  // "ASEAN.Đầu_tư" — a sentence glued to the next one.
  const raw = text.replace(GLUED_SENTENCE, (dot: string, at: number, all: string) =>
    endsWord(all, at) ? ' . ' : dot,
  );
  const allTokens = raw.split(/\s+/).filter(Boolean);
  // "Thứ Tư , ngày 28/11/2018 Nhà_hàng Hoàng_Yến … Kính chào …": a speech page opens with the
  // day it was given; that date is the article's, and what follows is read as usual.
  const dateline = openingDateline(allTokens);
  const tokens = dateline ? allTokens.slice(dateline.end) : allTokens;
  // "… tiếp Giám_Đốc Quốc_gia USAID 17/11/2023 | 09:06 AM | Chiều 16/11/2023 , …": a page's
  // timestamp between the headline and the lead ends the headline and dates the article.
  const stamp = timestampAt(tokens);
  const headlineEnd = stamp ? stamp.start : findHeadlineEnd(tokens);
  const title = joinTokens(readable(tokens.slice(0, headlineEnd)));
  const chunks = sentenceChunks(tokens.slice(stamp ? stamp.end : headlineEnd));

  const body: { tokens: string[]; breakBefore: boolean }[] = [];
  const captions: string[] = [];
  let breakNext = false;
  for (let chunk of chunks) {
    for (;;) {
      const credit = creditIndex(chunk);
      if (credit >= 0) {
        const { name, rest: after } = splitCredit(chunk[credit + 2]!, chunk.slice(credit + 3));
        // "… Blinken . ( Ảnh : TTXVN )": the credit in brackets after the caption sentence.
        const bracketed = credit === 1 && chunk[0] === '(';
        let rest = bracketed && after[0] === ')' ? after.slice(1) : after;
        while (rest.length > 0 && (TERMINATORS.has(rest[0]!) || rest[0] === ')'))
          rest = rest.slice(1);
        const captionTokens =
          credit > 0 && !bracketed ? chunk.slice(0, credit) : (body.pop()?.tokens ?? []);
        if (captionTokens.length > 0)
          captions.push(`${joinTokens(readable(captionTokens))} Ảnh: ${name}`);
        chunk = rest;
        breakNext = true;
        continue;
      }
      const prompt = clickPromptEnd(chunk);
      if (prompt > 0) {
        // "10 năm Việt - Mỹ … . Bấm vào hình để xem chi_tiết Hai nước …": the sentence before is an infographic's title.
        const previous = body.pop();
        if (previous) captions.push(joinTokens(readable(previous.tokens)));
        chunk = chunk.slice(prompt);
        breakNext = true;
        continue;
      }
      break;
    }
    if (chunk.length === 0) continue;
    body.push({ tokens: chunk, breakBefore: breakNext });
    breakNext = false;
  }

  const parts: ArticleParts = { title, paragraphs: [], captions, scraped: false };
  const publishedAt = stamp?.date ?? dateline?.date;
  if (publishedAt) parts.publishedAt = publishedAt;
  const tail = body[body.length - 1];
  if (tail && tail.tokens.length <= 30 && !TERMINATORS.has(tail.tokens[tail.tokens.length - 1]!)) {
    const byline = readTail(tail.tokens);
    if (byline) {
      body.pop();
      if (byline.author) parts.author = byline.author;
      if (byline.outlet) parts.outlet = byline.outlet;
      if (byline.sentence) body.push({ tokens: byline.sentence, breakBefore: false });
    }
  }

  const first = body.shift();
  if (first) parts.lead = joinTokens(readable(first.tokens));
  let current: string[] = [];
  let length = 0;
  for (const sentence of body) {
    const text = joinTokens(readable(sentence.tokens));
    if (current.length > 0 && (sentence.breakBefore || length + text.length > PARAGRAPH_CHARS)) {
      parts.paragraphs.push(current.join(' '));
      current = [];
      length = 0;
    }
    current.push(text);
    length += text.length + 1;
  }
  if (current.length > 0) parts.paragraphs.push(current.join(' '));
  return parts;
}

const DATE_TOKEN = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/;
const STAMP_TOKEN = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}:\d{2}|AM|PM|SA|CH|\||GMT[+-]?\d*)$/i;

/**
 * A date followed by "|" or a time, or a date alone in brackets, within the first words: a
 * timestamp, not a sentence's date.
 */
function timestampAt(tokens: string[]): { start: number; end: number; date?: string } | undefined {
  const limit = Math.min(tokens.length - 2, 40);
  for (let i = 3; i < limit; i++) {
    if (TERMINATORS.has(tokens[i]!)) return undefined;
    // "Đồng_chí … đón đoàn CCB Mỹ ( 26/05/2012 ) Trao_đổi …": the page's date in brackets after
    // the headline, the lead starting with a capital.
    if (
      tokens[i] === '(' &&
      tokens[i + 2] === ')' &&
      DATE_TOKEN.test(tokens[i + 1] ?? '') &&
      /^\p{Lu}/u.test(tokens[i + 3] ?? '')
    ) {
      const date = parseTimestampLine(tokens[i + 1]!);
      return date ? { start: i, end: i + 3, date } : { start: i, end: i + 3 };
    }
    if (!DATE_TOKEN.test(tokens[i]!)) continue;
    // "… văn_hóa Thứ Sáu , 20/05/2016 , 17:41 Ngày 20-5 …": the time may follow a comma, the
    // weekday come before the date.
    const timeAt = tokens[i + 1] === ',' ? i + 2 : i + 1;
    if (!/^(?:\||\d{1,2}:\d{2})$/.test(tokens[timeAt] ?? '')) continue;
    let end = timeAt;
    while (end < tokens.length && STAMP_TOKEN.test(tokens[end]!)) end++;
    const start = i - weekdayBefore(tokens, i);
    const date = parseTimestampLine(tokens.slice(i, end).join(' '));
    return date ? { start, end, date } : { start, end };
  }
  return undefined;
}

/** A weekday (and its comma), maybe "ngày", then a full date as the text's first words, or undefined. */
function openingDateline(tokens: string[]): { end: number; date: string } | undefined {
  for (let at = 1; at <= 5 && at < tokens.length; at++) {
    if (!DATE_TOKEN.test(tokens[at]!)) continue;
    const before = tokens[at - 1] === 'ngày' ? at - 1 : at;
    if (before === 0 || weekdayBefore(tokens, before) !== before) return undefined;
    const date = parseTimestampLine(
      tokens
        .slice(0, at + 1)
        .join(' ')
        .replace(/_/g, ' '),
    );
    return date ? { end: at + 1, date } : undefined;
  }
  return undefined;
}

// "Thứ Sáu ,", "Thứ_Sáu ,", "Chủ_nhật ,": a weekday the page prints before its date.
const WEEKDAY = new RegExp(`^${WEEKDAY_SOURCE}$`, 'iu');

/** How many tokens before `at` a weekday (and its comma) takes, 0 when there is none. */
function weekdayBefore(tokens: string[], at: number): number {
  const comma = tokens[at - 1] === ',' ? 1 : 0;
  const word = (back: number): string => (tokens[at - back - comma] ?? '').replace(/_/g, ' ');
  if (WEEKDAY.test(word(1))) return 1 + comma;
  if (WEEKDAY.test(`${word(2)} ${word(1)}`)) return 2 + comma;
  return 0;
}

function readable(tokens: string[]): string[] {
  return tokens.map((t) => t.replace(/_/g, ' '));
}

/** Cuts tokens into sentences at terminators, keeping a closing quote with its sentence. */
function sentenceChunks(tokens: string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let inQuote = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    current.push(tok);
    if (tok === '"') inQuote = !inQuote;
    if (!TERMINATORS.has(tok)) continue;
    const next = tokens[i + 1];
    if (next === '”' || (next === '"' && inQuote)) {
      current.push(next);
      inQuote = false;
      i++;
    }
    chunks.push(current);
    current = [];
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Index of "Ảnh" in "Ảnh : CREDIT", or -1. */
function creditIndex(chunk: string[]): number {
  for (let i = 0; i + 2 < chunk.length; i++) {
    if ((chunk[i] === 'Ảnh' || chunk[i] === 'Nguồn_ảnh') && chunk[i + 1] === ':') return i;
  }
  return -1;
}

/**
 * The photo credit is one token, which the segmenter may have glued to the next sentence:
 * "BNG_Hai" → credit "BNG", body goes on with "Hai"; "Nhà_Trắng" stays whole.
 */
function splitCredit(token: string, after: string[]): { name: string; rest: string[] } {
  let rest = after;
  const parts = token.split('_');
  const allCaps = (s: string) => /^[\p{Lu}\d]+$/u.test(s) && /\p{L}/u.test(s);
  let name = token;
  if (parts.length > 1 && allCaps(parts[0]!) && !parts.every(allCaps)) {
    const k = parts.findIndex((p) => !allCaps(p));
    name = parts.slice(0, k).join(' ');
    rest = [parts.slice(k).join('_'), ...after];
  }
  name = name.replace(/_/g, ' ');
  while (rest[0] === '/' && rest[1] !== undefined) {
    name = `${name}/${rest[1].replace(/_/g, ' ')}`;
    rest = rest.slice(2);
  }
  return { name, rest };
}

/** Length of a leading "Bấm vào hình để xem chi_tiết" prompt, or 0. */
function clickPromptEnd(chunk: string[]): number {
  if (chunk.length < 3 || !isClickPrompt(`${chunk[0]} ${chunk[1]}`)) return 0;
  for (let i = 2; i < Math.min(chunk.length, 10); i++) {
    if (chunk[i] === 'chi_tiết' || chunk[i] === 'thêm') return i + 1;
  }
  const xem = chunk.indexOf('xem');
  return xem > 0 && xem < 8 ? Math.min(chunk.length, xem + 2) : 0;
}

interface Tail {
  author?: string;
  outlet?: string;
  /** An unterminated last sentence that stays in the body. */
  sentence?: string[];
}

/** The unterminated end of the text: "Huyền_Lê", "Như_Tâm ( Theo TTXVN )", "Xem toàn_văn …chungNgọc Ánh". */
function readTail(tokens: string[]): Tail | undefined {
  const text = joinTokens(readable(tokens));
  const direct = parseByline(text);
  if (direct) return direct;
  // A name glued to the last word: "Xem toàn văn Tuyên bố chungNgọc Ánh".
  const glued = /^(.*\p{Ll})(\p{Lu}[^]*)$/u.exec(text);
  if (!glued) return undefined;
  const byline = parseByline(glued[2]!);
  if (!byline?.author) return undefined;
  const before = glued[1]!.trim();
  const result: Tail = { ...byline };
  if (!/^xem\b/i.test(before) && !isChromeMarker(before) && before.split(' ').length > 3) {
    result.sentence = before.split(' ');
  }
  return result;
}
