/** Text in paragraphs: scraped news pages, Markdown posts, plain text with or without a headline. */
import { cleanBodyLines, dedupeConsecutive } from './body';
import {
  captionWithoutCredit,
  isCaptionLine,
  isImageFileName,
  isPhotoLine,
  isSiteChrome,
  parseTimestampLine,
  splitCaptionLine,
  withoutCellBorders,
} from './chrome';
import { readMarkdownLines } from './markdown';
import { findPrintedDocuments, SALUTATION } from './documents';
import type { ArticleParts } from './parts';
import { gluedAt, splitGluedWords, tidyPunctuation } from './segmentation';
import { joinWrappedLines } from './wrapped-lines';
import { splitWordCount } from '../knowledge/letters';
import { VENUE_NOUNS } from '../knowledge/places';

export interface ParagraphOptions {
  /** Markdown body (front-matter files): source link, images, snippet and teasers. */
  markdown: boolean;
  /** The metadata already gave the title: do not look for a headline line. */
  hasTitle: boolean;
}

const TRUNCATED = /(\.\.\.|…)$/u;
// "10/3/2020, 00:00 (GMT+7)", "23/05/2016 14:07": a stamp that tells the hour, as bylines do.
const TIMED_STAMP = /\b\d{1,2}[:h]\d{2}\b|\bGMT\b/iu;

function isTimedStamp(line: string): boolean {
  return TIMED_STAMP.test(line);
}
const TRUNCATED_TITLE = /\s(\.\.\.|…)$/u;

// A headline glued to what follows it: "… xin từ chứcNgày 24-5-2001, Người phát ngôn …" (a lower-case
// letter against a capital), "… Bill Clinton24/10/ 2000 Trả lời …" (a letter against a date).
const GLUED_BOUNDARY =
  /(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\d{1,2}\/\d{1,2}\/\s?\d{4}(?!\d))/gu;
const GLUED_DATE = /^(\d{1,2}\/\d{1,2}\/)\s?(\d{4})\s+/u;

/**
 * The first line split where a scraper glued the headline to the body: the words before read as a
 * headline (4 to 25, no punctuation) and the glue is no name's ("McCain", "DeSombre": see
 * `gluedAt`). A date glued after the headline becomes a line of its own, a timestamp.
 */
// A line that is a quotation and nothing else: “…” or "…".
const QUOTED_LINE = /^[“"][^“”"]{4,200}[”"]$/u;

export function splitGluedHeadline(line: string): string[] {
  for (const m of line.slice(0, 200).matchAll(GLUED_BOUNDARY)) {
    const at = m.index;
    const before = line.slice(0, at).trim();
    const words = splitWordCount(before);
    if (words < 4 || words > 25 || /[.!?:;,]/u.test(before)) continue;
    const rest = line.slice(at);
    const date = GLUED_DATE.exec(rest);
    if (!date && !gluedAt(line, at)) continue;
    if (date) return [before, `${date[1]}${date[2]}`, rest.slice(date[0].length)];
    return [before, rest];
  }
  return [line];
}

// A scraped table leaves its empty cells after the text: "Vợ chồng ông Bush thăm … | ||||||". One
// border alone stays: "… Anne Neuberger. |" is how the same pages print a photo's caption.
const TRAILING_TABLE_BORDER = /(?:^|\s+)\|[\s|]*\|\s*$/;

/** A line without the run of empty cells a scraped table left at its end. */
export function withoutTableBorder(line: string): string {
  return line.endsWith('|') ? line.replace(TRAILING_TABLE_BORDER, '') : line;
}

/**
 * Reads a body laid out as lines of paragraphs. Before the headline: page furniture (section
 * labels such as "Chính trịĐối ngoại", "Powered by …", timestamps) and captions. The headline is
 * the line that reads like one (no final full stop, a few words) and that the lead repeats; when
 * the first line is already a long sentence the file has no headline, unless a short line follows
 * that sapo. Hard-wrapped lines are joined first. Then the body (see `cleanBodyLines`).
 */
export function readParagraphs(body: string, options: ParagraphOptions): ArticleParts {
  let lines: string[];
  let url: string | undefined;
  let linkText: string | undefined;
  if (options.markdown) {
    const md = readMarkdownLines(body);
    lines = md.lines;
    url = md.url;
    linkText = md.linkText;
  } else {
    lines = body.split('\n').map((l) => withoutTableBorder(l.trim()));
  }
  // A table cell's border left at a line's end ("… Ảnh: VGP/Minh Trang |"): a scraped page.
  const tableBorders = lines.some((l) => l.endsWith('|'));
  lines = joinWrappedLines(lines).flatMap(splitCaptionLine).flatMap(splitStampedHeadline);
  if (!options.hasTitle) {
    const first = lines.findIndex((l) => l !== '');
    if (first >= 0) lines.splice(first, 1, ...splitGluedHeadline(lines[first]!));
  }
  // A letter's header (letterhead, addressee, dateline) is data, not body text.
  const { documents, headerLines } = findPrintedDocuments(lines);
  if (headerLines.size) lines = lines.map((l, k) => (headerLines.has(k) ? '' : l));
  // A page that opens with lists of other stories: the article starts at its own timestamp.
  const stamped = options.hasTitle ? undefined : articleStartAtStamp(lines);
  if (stamped !== undefined) lines = lines.slice(stamped);

  const captions: string[] = [];
  let publishedAt: string | undefined;
  let publishedAtTimed = false;
  let scraped = false;
  let lastCaption: string | undefined;
  let afterPhoto = false;
  // Headline candidates above the first paragraph: menus, labels, the headline, a subtitle.
  const candidates: { line: string; index: number }[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const t = lines[i]!;
    if (t === '') continue;
    // Read before the chrome test: "19/10/2016 15:54" alone on its line is chrome and the date.
    const stamp = parseTimestampLine(t);
    if (!stamp && (isSiteChrome(t) || isImageFileName(t))) {
      scraped = true;
      continue;
    }
    if (stamp) {
      // Stacked date lines: the one with a time or GMT is the article's, a bare weekday and date
      // is the site clock ("Thứ sáu, 19/4/2024" above "Thứ ba, 10/3/2020, 00:00 (GMT+7)").
      if (publishedAt === undefined || (!publishedAtTimed && isTimedStamp(t))) {
        publishedAt = stamp;
        publishedAtTimed = isTimedStamp(t);
      }
      scraped = true;
      continue;
    }
    // "![]() |" over "Cảng Lạch Huyện. |": the cell under a photo is its caption, however much it
    // reads like a headline.
    if (isPhotoLine(t)) {
      scraped = true;
      afterPhoto = true;
      continue;
    }
    const photoCaption = afterPhoto && t.endsWith('|');
    afterPhoto = false;
    if (photoCaption) {
      captions.push(tidyPunctuation(withoutCellBorders(t)));
      continue;
    }
    if (
      isCaptionLine(t) ||
      (lastCaption !== undefined && !/[.!?]$/.test(t) && lastCaption.startsWith(t))
    ) {
      captions.push(tidyPunctuation(t));
      lastCaption = t;
      continue;
    }
    // "1. Dòng sự kiện:", "2. Chiến sự Nga - Ukraine": a numbered menu of trending topics above
    // the headline.
    if (!options.hasTitle && candidates.length === 0 && /^\d{1,2}\.\s+[^.!?]{2,50}$/u.test(t)) {
      scraped = true;
      continue;
    }
    // "Bộ trưởng Tài chính Hoa Kỳ:" over "“Thông qua PNTR cả Mỹ và Việt Nam đều có lợi”": the
    // speaker, then the words quoted, is one headline on two lines.
    const quoted = lines[i + 1];
    if (
      !options.hasTitle &&
      t.length <= 120 &&
      t.endsWith(':') &&
      quoted !== undefined &&
      QUOTED_LINE.test(quoted)
    ) {
      candidates.push({ line: `${t} ${quoted}`, index: i });
      i++;
      continue;
    }
    if (options.hasTitle || isParagraphLike(t) || SALUTATION.test(t) || candidates.length >= 12)
      break;
    // "Khách sạn Melia, Hà Nội" under the date of a speech page: where it was given, the first
    // line of the text, not a headline.
    if (publishedAt !== undefined && candidates.length === 0 && isVenueLine(t)) break;
    if (isSectionLabel(t)) {
      scraped = true;
      continue;
    }
    if (!isHeadlineLike(t)) break;
    candidates.push({ line: t, index: i });
  }
  let bodyStart = i;
  let title: string | undefined;
  // Lines within the body's span that are not body: a headline printed after the sapo, mastheads.
  const notBody = new Set<number>();
  if (candidates.length > 0) {
    const chosen =
      bodyStart >= lines.length
        ? 0
        : chooseHeadline(
            candidates.map((c) => c.line),
            leadParagraph(lines, bodyStart),
          );
    title = tidyPunctuation(splitGluedWords(candidates[chosen]!.line));
    // Lines after the headline (a subtitle) are body; lines before it (menus) are not.
    if (chosen + 1 < candidates.length) bodyStart = candidates[chosen + 1]!.index;
    for (const c of candidates.slice(chosen + 1)) if (isMastheadLine(c.line)) notBody.add(c.index);
  } else if (!options.hasTitle) {
    const headline = headlineAfterFirstParagraph(lines, bodyStart);
    if (headline !== undefined) {
      title = tidyPunctuation(splitGluedWords(lines[headline]!));
      notBody.add(headline);
    }
  }
  if (!options.hasTitle && title === undefined && linkText) title = linkText;
  // A page scraped without its headline that opens on the lead photo: the photo's caption says
  // what the article reports ("Lễ trao trả hài cốt … lần thứ 169. (Ảnh: MIA)"), as its first
  // sentence, often "Buổi lễ có sự tham dự của …", does not. A short one ("Quang cảnh buổi
  // tiếp") says too little.
  if (
    !options.hasTitle &&
    title === undefined &&
    (scraped || tableBorders) &&
    captions.length > 0
  ) {
    const caption = captionWithoutCredit(captions[0]!);
    if (isHeadlineLike(caption) && splitWordCount(caption) >= CAPTION_TITLE_MIN_WORDS)
      title = caption;
  }

  const rest = lines
    .slice(bodyStart)
    .filter((_, k) => !notBody.has(k + bodyStart))
    .map((l) => tidyPunctuation(splitGluedWords(l)));
  const cleaned = cleanBodyLines(rest);
  let paragraphs = cleaned.paragraphs;
  if (title !== undefined && paragraphs[0] === title) paragraphs.shift();
  // "<headline> - 1": the label of the article's first photo, the headline numbered.
  if (title !== undefined)
    paragraphs = paragraphs.filter(
      (p) => !(p.startsWith(title) && /^\s*-\s*\d{1,2}$/u.test(p.slice(title.length))),
    );
  if (options.markdown) paragraphs = dropSnippetAndTeasers(paragraphs);

  const parts: ArticleParts = {
    paragraphs,
    // A caption read above the headline's subtitle is read again with the body that starts there.
    captions: [...new Set([...captions, ...cleaned.captions])],
    scraped: scraped || cleaned.scraped,
  };
  if (title !== undefined) parts.title = title;
  if (documents.length) parts.documents = documents;
  const date = publishedAt ?? cleaned.publishedAt;
  if (date) parts.publishedAt = date;
  if (url) parts.url = url;
  if (cleaned.author) parts.author = cleaned.author;
  if (cleaned.outlet) parts.outlet = cleaned.outlet;
  return parts;
}

/** "Chính trịĐối ngoại", "Thế giới" — a breadcrumb or section label above the headline. */
function isSectionLabel(line: string): boolean {
  const words = line.split(/\s+/);
  if (/[.!?]$/.test(line)) return false;
  if (words.length <= 2) return true;
  return words.length <= 6 && /\p{Ll}\p{Lu}/u.test(line);
}

/** A line that reads as a paragraph of the article: a sentence of eight words or more. */
function isParagraphLike(line: string): boolean {
  return (
    /[.!?…]["”)]?$/u.test(line) && !TRUNCATED_TITLE.test(line) && line.split(/\s+/).length >= 8
  );
}

/**
 * The headline among the candidate lines above the lead. A line the page prints twice is the
 * headline (a title bar, then the article's own title). Otherwise the one whose syllables the lead
 * repeats most (a headline's words come back in its lead; a menu's do not), the later on ties;
 * a press release's first line when the office's masthead follows it;
 * capitals-only and office lines ("BỘ NGOẠI GIAO", "Văn phòng Người phát ngôn") only if nothing
 * else.
 */
function chooseHeadline(candidates: string[], lead: string): number {
  if (candidates.length === 1) return 0;
  // A press release prints its headline above the office's masthead, then a short subject line
  // under the date: "Tuyên bố của Bộ trưởng … nhân dịp …" / "BỘ NGOẠI GIAO" / … / "Quốc khánh".
  if (
    !isMastheadLine(candidates[0]!) &&
    isMastheadLine(candidates[1]!) &&
    splitWordCount(candidates[0]!) >= 6
  )
    return 0;
  for (let k = candidates.length - 1; k > 0; k--) {
    const line = candidates[k]!;
    if (candidates.indexOf(line) < k && !isMastheadLine(line) && !BULLETED.test(line)) return k;
  }
  const leadSyllables = new Set(syllables(lead));
  let best = candidates.length - 1;
  let bestScore = -2;
  candidates.forEach((c, k) => {
    const own = syllables(c);
    let score = own.length === 0 ? 0 : own.filter((s) => leadSyllables.has(s)).length / own.length;
    if (isMastheadLine(c) || BULLETED.test(c)) score -= 1;
    if (score >= bestScore) [best, bestScore] = [k, score];
  });
  return best;
}

// "° Việt Nam hoan nghênh …" under the headline: a bulleted sub-headline, never the headline.
const BULLETED = /^[°•·▪►*]\s/u;

// "Văn phòng Người phát ngôn", "Bộ Ngoại giao", "Đại sứ quán Hoa Kỳ": an office's name alone
// (not "Bộ trưởng Austin đến Huế", a headline).
const OFFICE_LINE =
  /^(?:Văn phòng|Bộ|Ban|Cục|Sở|Ủy ban|Uỷ ban|Đại sứ quán|Lãnh sự quán|Tổng Lãnh sự quán)\s+(?!(?:trưởng|phó|hành)(?:\s|$))\p{L}/u;

/** Page masthead above a press release: capitals only ("BỘ NGOẠI GIAO HOA KỲ") or an office's name. */
function isMastheadLine(line: string): boolean {
  if (line.toUpperCase() === line && /\p{Lu}.*\p{Lu}/u.test(line)) return true;
  return OFFICE_LINE.test(line) && splitWordCount(line) <= 5;
}

/** The lead the headline is compared with: the first paragraph at or after `from`. */
function leadParagraph(lines: string[], from: number): string {
  const end = Math.min(lines.length, from + 6);
  for (let k = from; k < end; k++) if (isParagraphLike(lines[k]!)) return lines[k]!;
  return lines.slice(from).find((l) => l !== '') ?? '';
}

/**
 * Where the article starts when a page prints other stories first: a timestamp line, then a line
 * that reads like a headline, then a paragraph, below something already paragraph-like (the
 * stories above). Undefined when the page does not look so.
 */
function articleStartAtStamp(lines: string[]): number | undefined {
  let sawParagraph = false;
  for (let k = 0; k < Math.min(lines.length, 30); k++) {
    const line = lines[k]!;
    if (line === '') continue;
    if (parseTimestampLine(line) !== undefined) {
      const headline = nextNonEmpty(lines, k + 1);
      const lead = headline === undefined ? undefined : nextNonEmpty(lines, headline + 1);
      if (
        sawParagraph &&
        headline !== undefined &&
        lead !== undefined &&
        isHeadlineLike(lines[headline]!) &&
        !isParagraphLike(lines[headline]!) &&
        isParagraphLike(lines[lead]!)
      )
        return k;
      continue;
    }
    if (isParagraphLike(line)) sawParagraph = true;
  }
  return undefined;
}

// "07/04/2025 16:02Đại sứ Mỹ: …": a scraper ran the page's timestamp into the headline.
const STAMP_GLUED = /^(\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2})\s*(?=\p{Lu})(.{12,})$/u;

/** A timestamp glued to the line after it, as two lines: the stamp, then the headline. */
export function splitStampedHeadline(line: string): string[] {
  const m = STAMP_GLUED.exec(line);
  return m ? [m[1]!, m[2]!] : [line];
}

/**
 * Some pages print the sapo above the headline: a first paragraph, then a short line with no
 * full stop, then the body. That line is the headline ("Phó Tổng thống kết thúc chuyến thăm")
 * when it has a few words and the body goes on after it.
 */
function headlineAfterFirstParagraph(lines: string[], first: number): number | undefined {
  if (first >= lines.length || !isParagraphLike(lines[first]!)) return undefined;
  let next = nextNonEmpty(lines, first + 1);
  // "Sự kiện" above the headline: the page's section.
  while (next !== undefined && isSectionLabel(lines[next]!)) next = nextNonEmpty(lines, next + 1);
  if (next === undefined) return undefined;
  const line = lines[next]!;
  if (
    !isHeadlineLike(line) ||
    /[.!?…:;,]["”)]?$/u.test(line) ||
    splitWordCount(line) < 6 ||
    isCaptionLine(line) ||
    isSiteChrome(line) ||
    isMastheadLine(line) ||
    parseTimestampLine(line) !== undefined
  )
    return undefined;
  let after = nextNonEmpty(lines, next + 1);
  // "TTXVN 21/01/2025 15:13" under the headline: its credit and time.
  if (after !== undefined && parseTimestampLine(lines[after]!) !== undefined)
    after = nextNonEmpty(lines, after + 1);
  return after !== undefined && isParagraphLike(lines[after]!) ? next : undefined;
}

function nextNonEmpty(lines: string[], from: number): number | undefined {
  for (let k = from; k < lines.length; k++) if (lines[k] !== '') return k;
  return undefined;
}

function syllables(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter(Boolean);
}

// The fewest words a lead photo's caption needs to stand as the headline.
const CAPTION_TITLE_MIN_WORDS = 8;

/** A headline: a few words, no closing full stop, not a paragraph. */
function isHeadlineLike(line: string): boolean {
  if (line.length > 250) return false;
  if (/[.;:,]$/.test(line) && !TRUNCATED.test(line)) return false;
  if (/[!?]$/.test(line) && line.length > 160) return false;
  return splitWordCount(line) >= 3;
}

/**
 * Blog reposts open with the source's snippet, cut short ("… sẽ tham ...") or repeated in full by
 * the next paragraph, and close with teasers of other articles, each cut short with "...".
 */
function dropSnippetAndTeasers(paragraphs: string[]): string[] {
  let out = dedupeConsecutive(paragraphs);
  if (out.length > 1 && TRUNCATED.test(out[0]!)) out = out.slice(1);
  while (out.length > 1 && TRUNCATED.test(out[out.length - 1]!)) out = out.slice(0, -1);
  return out;
}

// A venue and its city, the dateline of a speech: "Khách sạn Melia, Hà Nội", "Nhà hát Lớn, Hà Nội".
const VENUE_LINE = new RegExp(
  `^(?:${VENUE_NOUNS})\\s[^.!?:;]{1,60},\\s*\\p{Lu}[\\p{L}. ]{1,30}$`,
  'u',
);

/** The dateline's venue of a speech page: a named place and its city, nothing else. */
function isVenueLine(line: string): boolean {
  return VENUE_LINE.test(line.trim());
}
