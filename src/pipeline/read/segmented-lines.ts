/** Word-segmented text with line breaks: "title / blank / lead / blank / one sentence per line", or no blanks. */
import { cleanBodyLines } from './body';
import { parseByline, type Byline } from './byline';
import { isCaptionLine, isSiteChrome, parseTimestampLine } from './chrome';
import { opensLikeLead } from './headline';
import type { ArticleParts } from './parts';
import { unsegment } from './segmentation';

/**
 * Reads segmented text laid out in lines. With blank lines (`multiLine`): the first block is the
 * title, the second the lead, the third the body; later blocks hold photo captions (the first body
 * line often repeats one of them). Without: title, lead, then the body, one sentence per line.
 */
export function readSegmentedLines(body: string, multiLine: boolean): ArticleParts {
  const { blocks, stamp: stampBelowHeadline } = dropChromeAboveStampedHeadline(toBlocks(body));
  // "SOURCE: U.S. Department of State" above the headline credits a translated release.
  // So does a site's bar of links ("Đặt_mua báo in | Mới - Đọc báo in … | Thứ Bảy , …").
  // A scraped page may also open with its breadcrumb and timestamp ("Thứ hai , 11 Tháng 4 2016
  // 11:09") before the headline: the timestamp is the publication date.
  let openingStamp = stampBelowHeadline;
  while (blocks[0]) {
    // toBlocks has unsegmented the line already.
    const first = blocks[0][0] ?? '';
    const stamp = parseTimestampLine(first);
    if (stamp) openingStamp ??= stamp;
    else if (!SOURCE_LINE.test(first) && !isSiteChrome(first)) break;
    blocks[0].shift();
    if (blocks[0].length === 0) blocks.shift();
  }
  // A photo caption opening the file ("… lần thứ 12 (Ảnh: Bộ Ngoại giao).") is no headline.
  const openingCaption =
    blocks[0]?.[0] !== undefined && isCaptionLine(blocks[0][0]) ? blocks[0][0] : undefined;
  if (openingCaption) blocks[0]![0] = '';
  // "Chiều 25-9 , đồng_chí … đã tiếp …": a file that opens with its lead has no headline.
  if (!openingCaption && opensLikeLead((blocks[0]?.[0] ?? '').split(/\s+/))) blocks.unshift(['']);
  const title = blocks[0]?.[0] ?? '';
  let lead: string | undefined;
  let bodyLines: string[];
  const captionLines: string[] = openingCaption ? [openingCaption] : [];
  let byline: Byline | undefined;
  let datedAt: string | undefined = openingStamp;
  if (multiLine) {
    const titleRest = blocks[0]!.slice(1);
    const leadBlock = blocks[1] ?? [];
    // A dateline opening the lead's block is the date, not the lead.
    const dateline = leadBlock.length > 1 ? parseTimestampLine(leadBlock[0]!) : undefined;
    if (dateline) {
      datedAt = dateline;
      leadBlock.shift();
    }
    lead = leadBlock[0];
    // The body is the third block; when the second holds several lines, the lead had no blank
    // line after it and the second block is the body.
    const bodyEnd = leadBlock.length > 1 ? 1 : 2;
    bodyLines = [...titleRest, ...leadBlock.slice(1)];
    for (let k = 2; k <= bodyEnd && k < blocks.length; k++) bodyLines.push(...blocks[k]!);
    for (const [n, block] of blocks.slice(bodyEnd + 1).entries()) {
      // Caption blocks are short lists or lists of credited photos; a long block of sentences is
      // more body. A name opening them is the byline.
      if (block.length > 8 && block.filter(isCaptionLine).length * 2 < block.length) {
        bodyLines.push(...block);
        continue;
      }
      const first = n === 0 ? parseByline(block[0]!) : undefined;
      if (first?.author && !/[.!?]$/.test(block[0]!)) {
        byline = first;
        captionLines.push(...block.slice(1));
        continue;
      }
      // Captions repeated at the end repeat a body line or carry a credit ("Ảnh: …"); several
      // lines that do neither are the body, after a lead that had a paragraph of its own.
      const body = new Set(bodyLines);
      if (block.length >= 2 && !block.some((l) => body.has(l) || isCaptionLine(l)))
        bodyLines.push(...block);
      else captionLines.push(...block);
    }
  } else {
    const lines = blocks.flat();
    lead = lines[1];
    bodyLines = lines.slice(2);
  }
  const known = new Set(captionLines);
  const cleaned = cleanBodyLines(bodyLines, known);
  const captions = [...cleaned.captions];
  for (const c of captionLines) if (!captions.includes(c)) captions.push(c);

  const paragraphs = cleaned.paragraphs;
  if (lead !== undefined && lead.trim() !== '') paragraphs.unshift(lead);
  const parts: ArticleParts = { title, paragraphs, captions, scraped: false };
  const author = cleaned.author ?? byline?.author;
  const outlet = cleaned.outlet ?? byline?.outlet;
  if (author) parts.author = author;
  if (outlet) parts.outlet = outlet;
  // "NGÀY 2 THÁNG 11 NĂM 2023" alone on a line among the body's: the release's date.
  const publishedAt = datedAt ?? cleaned.publishedAt;
  if (publishedAt) parts.publishedAt = publishedAt;
  return parts;
}

const SOURCE_LINE = /^(?:source|nguồn)\s*:/iu;

/**
 * A scraped page whose site chrome ("Tìm kiếm tin tức", "Liên kết website", menu entries) opens the
 * file, then the headline, its timestamp ("Ngày cập nhật 11/01/2023") and the lead: the line just
 * above the timestamp is the headline and everything above it is chrome. It only applies when the
 * line after the timestamp reads as a sentence; a breadcrumb above a timestamp has the headline
 * below it instead, which the opening loop handles.
 */
function dropChromeAboveStampedHeadline(blocks: string[][]): {
  blocks: string[][];
  stamp?: string;
} {
  const lines = blocks.flatMap((block, b) => block.map((line, i) => ({ b, i, line })));
  const stampAt = lines
    .slice(0, OPENING_LINES_SCANNED)
    .findIndex(({ line }) => parseTimestampLine(line));
  if (stampAt < 2) return { blocks };
  const headline = lines[stampAt - 1]!.line;
  const after = lines[stampAt + 1]?.line ?? '';
  const readsAsHeadline =
    headline.split(/\s+/).length >= 6 && !/[.:;!?]$/.test(headline) && !isSiteChrome(headline);
  const afterIsSentence = /[.!?…"”]$/.test(after) && after.split(/\s+/).length >= 8;
  if (!readsAsHeadline || !afterIsSentence) return { blocks };
  const { b, i, line } = lines[stampAt]!;
  const rest = blocks[b]!.slice(i + 1);
  return {
    blocks: [[headline], ...(rest.length > 0 ? [rest] : []), ...blocks.slice(b + 1)],
    stamp: parseTimestampLine(line),
  };
}
// Site chrome above a headline is a handful of menu lines, not a page of them.
const OPENING_LINES_SCANNED = 10;

/** Readable lines grouped into blocks separated by blank lines. */
function toBlocks(body: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of body.split('\n')) {
    if (raw.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
      continue;
    }
    const line = unsegment(raw);
    if (line !== '') current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}
