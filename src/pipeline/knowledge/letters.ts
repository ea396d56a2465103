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
