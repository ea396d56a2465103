/** Cleaning the lines of an article body: chrome cut, captions set apart, byline read. */
import { parseByline, type Byline } from './byline';
import {
  isCaptionLine,
  isChromeMarker,
  isPhotoLine,
  isRelatedLink,
  isSiteChrome,
  parseTimestampLine,
  withoutCellBorders,
} from './chrome';
import { splitWordCount } from '../knowledge/letters';

export interface BodyResult {
  paragraphs: string[];
  captions: string[];
  author?: string;
  outlet?: string;
  publishedAt?: string;
  /** True when page furniture was met (chrome marker, timestamp, image file name). */
  scraped: boolean;
}

const ENDS_LIKE_SENTENCE = /[.!?…:;"”)\]]$/u;
const TRUNCATED = /(\.\.\.|…)$/u;

/**
 * Walks readable body lines in order: stops at the first chrome marker ("Cùng chủ đề", "Xem thêm:")
 * or credit line ("Theo HNM", "TB (theo TTXVN)"), drops page furniture and related-article links,
 * sets photo captions apart (with their repeats and the line after an image file name), and
 * reads the byline at the end ("Như Tâm"). `knownCaptions` are captions listed elsewhere in the
 * file: a body line repeating one is a caption too.
 */
export function cleanBodyLines(
  lines: string[],
  knownCaptions: ReadonlySet<string> = new Set(),
): BodyResult {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const result: BodyResult = { paragraphs, captions, scraped: false };
  let afterImage = false;
  let lastCaption: string | undefined;
  let credit: Byline | undefined;
  let skipping = false;

  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '') {
      afterImage = false;
      continue;
    }
    if (skipping && (!ENDS_LIKE_SENTENCE.test(t) || TRUNCATED.test(t))) continue;
    skipping = false;
    if (isChromeMarker(t)) {
      result.scraped = true;
      // A box of related headlines set inside the article ("TIN LIÊN QUAN" and three titles),
      // the article's paragraphs going on below it: skip the box.
      const resumes = INLINE_BOX.test(t.replace(/_/g, ' '))
        ? articleResumesAfterBox(lines, i + 1)
        : undefined;
      if (resumes !== undefined) {
        i = resumes - 1;
        continue;
      }
      // Share buttons and tags above the lead do not end an article that has not begun.
      if (paragraphs.length === 0) continue;
      credit = bylineAfterMarker(lines, i + 1) ?? credit;
      // "Xem thêm: <headline>" is an inline link: skip it and the headlines after it, then go on.
      // A bare "Cùng chủ đề" opens the page's lists: the article is over.
      if (/^(xem|đọc)[\s_]+thêm\s*:\s*\S/iu.test(t)) {
        skipping = true;
        continue;
      }
      break;
    }
    if (isSiteChrome(t)) {
      result.scraped = true;
      continue;
    }
    const stamp = parseTimestampLine(t);
    if (stamp) {
      result.publishedAt ??= stamp;
      result.scraped = true;
      continue;
    }
    if (isPhotoLine(t)) {
      afterImage = true;
      result.scraped = true;
      continue;
    }
    if (isRelatedLink(t)) continue;
    // A related-article teaser: its headline printed twice on one line (link text and title
    // attribute), then its snippet cut short with "...": neither is the article.
    if (isDoubledLine(t)) {
      result.scraped = true;
      const next = lines.slice(i + 1).findIndex((l) => l.trim() !== '');
      if (next >= 0 && TRUNCATED.test(lines[i + 1 + next]!.trim())) i += 1 + next;
      continue;
    }
    // Mid-body, a headline printed on two lines running (title attribute, then link) is a
    // related-article teaser; the paragraph under it is that article's snippet, not this one's.
    // A photo's caption printed twice (alt text, then caption) is a caption, and the story goes on.
    const repeated = paragraphs.length > 0 ? repeatedLine(lines, i) : undefined;
    if (repeated === 'teaser') {
      result.scraped = true;
      i = nextNonEmptyLine(lines, i + 1);
      const snippet = nextNonEmptyLine(lines, i + 1);
      if (snippet < lines.length && ENDS_LIKE_SENTENCE.test(lines[snippet]!.trim())) i = snippet;
      continue;
    }
    if (repeated === 'caption') {
      captions.push(t);
      i = nextNonEmptyLine(lines, i + 1);
      continue;
    }
    const unpunctuated = !ENDS_LIKE_SENTENCE.test(t);
    if (
      isCaptionLine(t) ||
      knownCaptions.has(t) ||
      (afterImage && unpunctuated && t.length < 300) ||
      (lastCaption !== undefined && unpunctuated && lastCaption.startsWith(t))
    ) {
      captions.push(withoutCellBorders(t));
      lastCaption = t;
      afterImage = false;
      continue;
    }
    afterImage = false;
    lastCaption = undefined;
    // "Theo HNM", "TB (theo TTXVN)": the source credit closes the article.
    if (paragraphs.length > 0 && /^(.{0,40}\(\s*)?theo\s/iu.test(t)) {
      const byline = parseByline(t);
      if (byline) {
        credit = byline;
        if (lines.slice(i + 1).some((l) => isChromeMarker(l))) result.scraped = true;
        break;
      }
    }
    paragraphs.push(t);
  }

  if (!credit && paragraphs.length > 1) {
    const byline = parseByline(paragraphs[paragraphs.length - 1]!);
    if (byline) {
      credit = byline;
      paragraphs.pop();
    }
  }
  if (credit?.author) result.author = credit.author;
  if (credit?.outlet) result.outlet = credit.outlet;
  result.paragraphs = dropFragments(dedupeConsecutive(paragraphs));
  return result;
}

// The related-news boxes a page sets inside an article, not the lists that close it ("Tin khác").
const INLINE_BOX =
  /^(?:các\s+|những\s+)?(?:tin liên quan|tin bài liên quan|tin tức liên quan|bài liên quan|bài viết liên quan|xem thêm|đọc thêm)\s*:?$/iu;
const BOX_LINES = 8;
const PROSE_RUN = 3;

/**
 * Where the article goes on after a box of related headlines: the box is a few short headline
 * lines, then come three paragraphs running, whole sentences none of them cut short with "…".
 * A list that closes the page alternates headlines with snippets, or ends in chrome.
 */
function articleResumesAfterBox(lines: string[], from: number): number | undefined {
  let boxLines = 0;
  for (
    let k = nextNonEmptyLine(lines, from);
    k < lines.length;
    k = nextNonEmptyLine(lines, k + 1)
  ) {
    let run = 0;
    for (let m = k; m < lines.length && run < PROSE_RUN; m = nextNonEmptyLine(lines, m + 1)) {
      if (!isProseParagraph(lines[m]!.trim())) break;
      run++;
    }
    if (run === PROSE_RUN) return boxLines > 0 ? k : undefined;
    const t = lines[k]!.trim();
    if (++boxLines > BOX_LINES || t.length > 200 || isChromeMarker(t)) return undefined;
  }
  return undefined;
}

function isProseParagraph(t: string): boolean {
  return t.length >= 100 && ENDS_LIKE_SENTENCE.test(t) && !TRUNCATED.test(t) && !isChromeMarker(t);
}

/** After "Xem thêm: …", the byline may still close the same block: "Việt Dũng". */
function bylineAfterMarker(lines: string[], from: number): Byline | undefined {
  let last: string | undefined;
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '' || isChromeMarker(t)) break;
    last = t;
  }
  if (last === undefined) return undefined;
  const byline = parseByline(last);
  return byline?.author ? byline : undefined;
}

/** "Hội nghị khai mạc tại Hà Nội Hội nghị khai mạc tại Hà Nội": the same words twice on one line. */
export function isDoubledLine(line: string): boolean {
  const half = (line.length - 1) / 2;
  if (!Number.isInteger(half) || line[half] !== ' ') return false;
  const first = line.slice(0, half);
  return splitWordCount(first) >= 3 && first === line.slice(half + 1);
}

/** The index of the first non-empty line at or after `from` (`lines.length` when none). */
function nextNonEmptyLine(lines: string[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k]!.trim() === '') k++;
  return k;
}

/**
 * A line without a full stop printed on the next line again: a related article's headline ("Cựu
 * đại tá: 'Mỹ nên …'", its title attribute, then its link), or a photo's caption (its alt text,
 * then the caption).
 */
function repeatedLine(lines: string[], i: number): 'teaser' | 'caption' | undefined {
  const t = lines[i]!.trim();
  if (/[.;:,]$/u.test(t) || t.length > 200 || splitWordCount(t) < 4 || isCaptionLine(t))
    return undefined;
  const next = nextNonEmptyLine(lines, i + 1);
  if (next >= lines.length || lines[next]!.trim() !== t) return undefined;
  // "Đại sứ Daniel Kritenbrink phát biểu tại Lễ khai trương …" twice (the photo's alt text and its
  // caption), then "Đại sứ … Daniel Kritenbrink đã đến thăm …": a caption of the story that goes on
  // about the person it shows, not another article's headline (those quote or ask: "…: 'Mỹ nên …'").
  const after = lines[nextNonEmptyLine(lines, next + 1)]?.trim() ?? '';
  return /[:"“”'‘’?]/u.test(t) || !namesOf(t).some((name) => after.includes(name))
    ? 'teaser'
    : 'caption';
}

// A person's or a place's name: two or more capitalised words ("Daniel Kritenbrink", "Huỳnh Đức
// Thơ"), less the names of the two states, which every paragraph of these articles holds.
const NAME = /\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)+/gu;
const STATE_NAME = /^(?:Việt Nam|Hoa Kỳ|Mỹ)$/u;
function namesOf(line: string): string[] {
  return (line.match(NAME) ?? []).filter((n) => !STATE_NAME.test(n));
}

/** Drops a paragraph that repeats the one before it (a snippet followed by the same lead). */
export function dedupeConsecutive(paragraphs: string[]): string[] {
  return paragraphs.filter((p, i) => i === 0 || p !== paragraphs[i - 1]);
}

// Table cells and labels ("Ngày", "Sân", "16h30"): three words or fewer and no punctuation.
function dropFragments(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => splitWordCount(p) > 3 || ENDS_LIKE_SENTENCE.test(p));
}
