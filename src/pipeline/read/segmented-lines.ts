/** Word-segmented text with line breaks: "title / blank / lead / blank / one sentence per line", or no blanks. */
import { cleanBodyLines } from './body';
import type { ArticleParts } from './parts';
import { unsegment } from './segmentation';

/**
 * Reads segmented text laid out in lines. With blank lines (`multiLine`): the first block is the
 * title, the second the lead, the third the body; later blocks hold photo captions (the first body
 * line often repeats one of them). Without: title, lead, then the body, one sentence per line.
 */
export function readSegmentedLines(body: string, multiLine: boolean): ArticleParts {
  const blocks = toBlocks(body);
  const title = blocks[0]?.[0] ?? '';
  let lead: string | undefined;
  let bodyLines: string[];
  const captionLines: string[] = [];
  if (multiLine) {
    const titleRest = blocks[0]!.slice(1);
    const leadBlock = blocks[1] ?? [];
    lead = leadBlock[0];
    bodyLines = [...titleRest, ...leadBlock.slice(1), ...(blocks[2] ?? [])];
    for (const block of blocks.slice(3)) {
      // Caption blocks are short lists; a long block is more body.
      if (block.length <= 8) captionLines.push(...block);
      else bodyLines.push(...block);
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
  if (cleaned.author) parts.author = cleaned.author;
  if (cleaned.outlet) parts.outlet = cleaned.outlet;
  return parts;
}

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
