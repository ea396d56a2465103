/** Text in paragraphs: scraped news pages, Markdown posts, plain text with or without a headline. */
import { cleanBodyLines, dedupeConsecutive } from './body';
import { isCaptionLine, isImageFileName, isSiteChrome, parseTimestampLine } from './chrome';
import { readMarkdownLines } from './markdown';
import type { ArticleParts } from './parts';
import { splitGluedWords, tidyPunctuation } from './segmentation';
import { joinWrappedLines } from './wrapped-lines';
import { splitWordCount } from '../knowledge/letters';

export interface ParagraphOptions {
  /** Markdown body (front-matter files): source link, images, snippet and teasers. */
  markdown: boolean;
  /** The metadata already gave the title: do not look for a headline line. */
  hasTitle: boolean;
}

const TRUNCATED = /(\.\.\.|…)$/u;
const TRUNCATED_TITLE = /\s(\.\.\.|…)$/u;

/**
 * Reads a body laid out as lines of paragraphs. Before the headline: page furniture (section
 * labels such as "Chính trịĐối ngoại", "Powered by …", timestamps) and captions. The headline is
 * the first line that reads like one (no final full stop, a few words); when the first line is
 * already a long sentence the file has no headline. Then the body (see `cleanBodyLines`).
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
    lines = body.split('\n').map((l) => l.trim());
  }
  lines = joinWrappedLines(lines);

  const captions: string[] = [];
  let publishedAt: string | undefined;
  let scraped = false;
  let lastCaption: string | undefined;
  // Headline candidates above the first paragraph: menus, labels, the headline, a subtitle.
  const candidates: { line: string; index: number }[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const t = lines[i]!;
    if (t === '') continue;
    if (isSiteChrome(t) || isImageFileName(t)) {
      scraped = true;
      continue;
    }
    const stamp = parseTimestampLine(t);
    if (stamp) {
      publishedAt ??= stamp;
      scraped = true;
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
    if (options.hasTitle || isParagraphLike(t) || candidates.length >= 12) break;
    if (isSectionLabel(t)) {
      scraped = true;
      continue;
    }
    if (!isHeadlineLike(t)) break;
    candidates.push({ line: t, index: i });
  }
  let bodyStart = i;
  let title: string | undefined;
  if (candidates.length > 0) {
    const leadLine = lines.slice(bodyStart).find((l) => l !== '') ?? '';
    const chosen =
      bodyStart >= lines.length
        ? 0
        : chooseHeadline(
            candidates.map((c) => c.line),
            leadLine,
          );
    title = tidyPunctuation(splitGluedWords(candidates[chosen]!.line));
    // Lines after the headline (a subtitle) are body; lines before it (menus) are not.
    if (chosen + 1 < candidates.length) bodyStart = candidates[chosen + 1]!.index;
  }
  if (!options.hasTitle && title === undefined && linkText) title = linkText;

  const rest = lines.slice(bodyStart).map((l) => tidyPunctuation(splitGluedWords(l)));
  const cleaned = cleanBodyLines(rest);
  let paragraphs = cleaned.paragraphs;
  if (title !== undefined && paragraphs[0] === title) paragraphs.shift();
  if (options.markdown) paragraphs = dropSnippetAndTeasers(paragraphs);

  const parts: ArticleParts = {
    paragraphs,
    captions: [...captions, ...cleaned.captions],
    scraped: scraped || cleaned.scraped,
  };
  if (title !== undefined) parts.title = title;
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
 * The headline among the candidate lines above the lead: the one whose syllables the lead
 * repeats most (a headline's words come back in its lead; a menu's do not), the later on ties.
 */
function chooseHeadline(candidates: string[], lead: string): number {
  if (candidates.length === 1) return 0;
  const leadSyllables = new Set(syllables(lead));
  let best = candidates.length - 1;
  let bestScore = -1;
  candidates.forEach((c, k) => {
    const own = syllables(c);
    const score =
      own.length === 0 ? 0 : own.filter((s) => leadSyllables.has(s)).length / own.length;
    if (score >= bestScore) [best, bestScore] = [k, score];
  });
  return best;
}

function syllables(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter(Boolean);
}

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
