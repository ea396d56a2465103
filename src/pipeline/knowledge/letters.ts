/**
 * Letter classes for fast regexes. Unicode-mode regexes (`u` flag, `\p{L}`) are 10–20× slower in
 * V8 on long alternations, so hot patterns use these explicit BMP classes without the `u` flag.
 */

/** Latin letters with every Vietnamese (and common Western) accent, as a character-class body. */
export const LETTER = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
/** Letters and digits. */
export const WORD = `0-9${LETTER}`;

/** Whether a word starts with a capital letter ("Đà", "Élysée"; not "đà", "3"). */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Every match of a global regex whose start is not preceded by a character `before` accepts,
 * like a leading `(?<![…])` but without the lookbehind: V8 cannot skip ahead on a pattern that
 * opens with a lookbehind, so it tries the whole alternation at every position (2–3× slower).
 * A rejected match resumes one character later, so the matches are exactly the lookbehind's.
 */
export function* boundedMatches(
  re: RegExp,
  text: string,
  before: (code: number) => boolean,
): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && before(text.charCodeAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

/** Whether a UTF-16 code unit is in LETTER. */
export function isLetterCode(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Whether a UTF-16 code unit is in WORD. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetterCode(c);
}

/** Whether a UTF-16 code unit is what a regex `\s` matches. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `text.split(/\s+/).length` without building the array: one more than the runs of whitespace. */
export function splitWordCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let k = 0; k < text.length; k++) {
    const space = isSpaceCode(text.charCodeAt(k));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}
