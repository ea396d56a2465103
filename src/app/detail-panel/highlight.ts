/** Finding the evidence sentence in an article's text, as segments React renders as text nodes. */
import { escapeRegExp } from '../../shared/text';

export interface TextSegment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` around the first occurrence of `evidence`. Whitespace may differ between the two
 * (line breaks in the article, single spaces in the sentence), so words are matched across any run of it.
 */
export function highlightSegments(text: string, evidence: string | undefined): TextSegment[] {
  const needle = evidence?.trim();
  if (!needle) return [{ text, mark: false }];
  let start = text.indexOf(needle);
  let length = needle.length;
  if (start === -1) {
    const pattern = new RegExp(needle.split(/\s+/).map(escapeRegExp).join('\\s+'), 'u');
    const match = pattern.exec(text);
    if (!match) return [{ text, mark: false }];
    start = match.index;
    length = match[0].length;
  }
  const segments: TextSegment[] = [];
  if (start > 0) segments.push({ text: text.slice(0, start), mark: false });
  segments.push({ text: text.slice(start, start + length), mark: true });
  if (start + length < text.length)
    segments.push({ text: text.slice(start + length), mark: false });
  return segments;
}

/** An article's paragraphs (blank-line separated), each split around the evidence if it is there. */
export function articleParagraphs(text: string, evidence: string | undefined): TextSegment[][] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  let found = false;
  return paragraphs.map((paragraph) => {
    if (found) return [{ text: paragraph, mark: false }];
    const segments = highlightSegments(paragraph, evidence);
    if (segments.some((s) => s.mark)) found = true;
    return segments;
  });
}
