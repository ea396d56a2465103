/** Sentence splitting that keeps initials, abbreviations and numbers whole. */

// Abbreviations that take a full stop inside a sentence: "TP. Hồ Chí Minh", "PGS. TS. Nguyễn…".
const ABBREVIATIONS = new Set([
  'tp',
  'tt',
  'ts',
  'ths',
  'th.s',
  'pgs',
  'gs',
  'bs',
  'ks',
  'ls',
  'nxb',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'ltd',
  'inc',
  'corp',
  'vs',
  'tr',
  'v.v',
  'gen',
  'adm',
  'col',
  'lt',
  'sgt',
  'capt',
  'prof',
  'rev',
  'sen',
  'rep',
  'gov',
  'pres',
  'hon',
  'u.s',
  'u.n',
]);

// A terminator, optional closing quotes/brackets, then space and what starts a sentence.
const BOUNDARY = /(?:\.{3}|[.!?…])+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

/**
 * Splits a paragraph into sentences, each an exact substring of it. Splits after `.`, `!`, `?`,
 * `…` followed by a capital, quote or digit; not after initials ("Marc E. Knapper"), dotted
 * abbreviations ("D.C.", "Th.S.", "TP.") or inside numbers ("11,4", "123.000").
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m !== null; m = BOUNDARY.exec(paragraph)) {
    const terminatorAt = m.index;
    if (m[0].startsWith('.') && !m[0].startsWith('...') && isAbbreviation(paragraph, terminatorAt))
      continue;
    const end = m.index + m[0].length;
    pushTrimmed(sentences, paragraph.slice(start, end));
    start = end;
  }
  pushTrimmed(sentences, paragraph.slice(start));
  return sentences;
}

/** True when the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
  const word = text.slice(i, dot).replace(/^["“‘(]+/, '');
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // "E." in "Marc E. Knapper"
  if (/^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return true; // "D.C", "Th.S", "U.S"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(out: string[], piece: string): void {
  const t = piece.trim();
  if (t.length > 0) out.push(t);
}
