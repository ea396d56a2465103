/** Hard-wrapped text: a sentence broken across lines at a fixed width is joined back together. */
import { isCaptionLine, isSiteChrome, parseTimestampLine } from './chrome';

// A line that closes a sentence: "… cuộc điện đàm.", "… năm 2013./.", "… ông nói:"
const CLOSES_SENTENCE = /[.!?…:;"”)\]]$/u;
// The next line goes on with the sentence: "chúc mừng nhân dân …" after "Ngoại trưởng John Kerry".
const STARTS_LOWERCASE = /^\p{Ll}/u;
// Markdown and list lines stand on their own: "- a", "* b", "1. c", "| cell |", "# Heading".
const STANDS_ALONE = /^(?:[-*+•|#>]|\d+[.)]\s)/u;

/**
 * Joins hard-wrapped lines. A line that does not close a sentence is joined to the next one when
 * that one starts in lower case ("… Ngoại trưởng John Kerry" + "chúc mừng …"). In a file wrapped
 * at a fixed width (two such breaks or more), a break before a capital is a wrap too when the
 * block is wrapped ("… khẳng định Việt" + "Nam luôn …", "Hai" + "Ngoại trưởng …"), except
 * at the top of the file, where a short line before a capital is the headline: there only a
 * line as long as the wrap width is joined. Blank lines always end a paragraph.
 */
export function joinWrappedLines(lines: string[]): string[] {
  const breaks = wrapBreaks(lines);
  if (breaks.count === 0) return lines;
  const wrappedBlocks = breaks.count >= 2 ? wrappedBlockLines(lines) : undefined;
  const out: string[] = [];
  let current: string | undefined;
  let currentWrapped = false;
  let seenParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (
      current !== undefined &&
      current !== '' &&
      line !== '' &&
      joinable(current) &&
      joinableNext(line)
    ) {
      const lower = STARTS_LOWERCASE.test(line);
      const wrappedBlock = wrappedBlocks?.[i] === true;
      const atTop = !seenParagraph && !currentWrapped;
      const upperOk =
        wrappedBlock && (!atTop || current.length >= breaks.width * 0.8 || currentWrapped);
      if (lower || upperOk) {
        current = `${current} ${line}`;
        currentWrapped = true;
        continue;
      }
    }
    if (current !== undefined) {
      out.push(current);
      if (/[.!?…]["”)]?$/u.test(current) || currentWrapped) seenParagraph = true;
    }
    current = line;
    currentWrapped = false;
  }
  if (current !== undefined) out.push(current);
  return out;
}

/** How many lines break before a lower-case continuation, and the longest such line (the width). */
function wrapBreaks(lines: string[]): { count: number; width: number } {
  let count = 0;
  let width = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (STARTS_LOWERCASE.test(lines[i + 1]!) && line !== '' && joinable(line)) {
      count++;
      width = Math.max(width, line.length);
    }
  }
  return { count, width };
}

// A block (lines between blank lines) is wrapped when one of its lines breaks before lower case.
function wrappedBlockLines(lines: string[]): boolean[] {
  const wrapped = new Array<boolean>(lines.length).fill(false);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i] !== '') continue;
    let isWrapped = false;
    for (let k = start; k + 1 < i; k++) {
      if (STARTS_LOWERCASE.test(lines[k + 1]!) && joinable(lines[k]!)) isWrapped = true;
    }
    if (isWrapped) wrapped.fill(true, start, i);
    start = i + 1;
  }
  return wrapped;
}

function joinable(line: string): boolean {
  return (
    !CLOSES_SENTENCE.test(line) &&
    !STANDS_ALONE.test(line) &&
    !isSiteChrome(line) &&
    !isCaptionLine(line) &&
    parseTimestampLine(line) === undefined
  );
}

function joinableNext(line: string): boolean {
  return !STANDS_ALONE.test(line) && !isSiteChrome(line) && parseTimestampLine(line) === undefined;
}
