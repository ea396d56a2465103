/** Text helpers both the pipeline and the app use: accent folding and URL-safe slugs. */

/** The slow, exact fold: decompose, drop the combining accents, "đ" → "d", lower-case. */
function foldAccentsSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Per-character folds for Latin, combining marks, Latin Extended Additional (all of Vietnamese)
 * and General Punctuation (the press's “quotes”, dashes and …): there, folding is context-free, so
 * a table lookup per character gives exactly what the slow fold gives on the whole string, several
 * times faster (the build folds every article). -1 marks a character whose fold is not a single
 * character, or one outside those blocks (the slow path handles that text), -2 a combining
 * accent, which the fold drops.
 */
const FOLD_TABLE = (() => {
  const table = new Int32Array(0x2070);
  for (let code = 0; code < table.length; code++) {
    if ((code >= 0x370 && code < 0x1e00) || (code >= 0x1f00 && code < 0x2000)) {
      table[code] = -1;
      continue;
    }
    const folded = foldAccentsSlow(String.fromCharCode(code));
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? -2 : -1;
  }
  return table;
})();

/**
 * Lower-case, strip Vietnamese diacritics and "đ", so that a search or id ignores accents and
 * tone placement: "Hoà" and "Hòa" both fold to "hoa", "Bùi Thanh Sơn" to "bui thanh son".
 */
export function foldAccents(text: string): string {
  const codes: number[] = new Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < FOLD_TABLE.length ? FOLD_TABLE[code]! : -1;
    if (folded === -1) return foldAccentsSlow(text);
    if (folded !== -2) codes[n++] = folded;
  }
  codes.length = n;
  let out = '';
  // In chunks: `apply` with a huge argument list overflows the stack.
  for (let i = 0; i < n; i += 8192)
    out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  return out;
}

/** A URL-safe slug: "Antony Blinken" → "antony-blinken", "Đối thoại" → "doi-thoai". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}

/** `text` as a regular expression matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
