/** Unicode clean-up every later stage relies on: one normal form and one tone placement. */

// A tone mark on the second vowel of "oa", "oe", "uy" at the end of a syllable ("hoà", "thuỷ")
// moves to the first vowel ("hòa", "thủy"), the placement most Vietnamese newsrooms use.
// "hoàn" keeps its mark (a consonant follows) and "quý" too ("qu" is a consonant).
const NEW_TONE_PLACEMENT = /(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

// A backslash and "r", "n" written out, not before a letter ("C:\new" is no line break).
const LITERAL_LINE_BREAK = /(?:\\r)?\\n(?![\p{L}\d])/gu;

/** NFC, line endings "\n", no zero-width characters, Đ for a look-alike, old tone placement: "Thuỷ hoà" → "Thủy hòa", "hoàn" unchanged. */
export function normaliseVietnamese(text: string): string {
  // A scrape that kept a page's escaped line breaks as text ("\r\n Xin chào tất cả mọi người."):
  // they are line breaks, and no word of the article.
  const unescaped = text.includes('\\n') ? text.replace(LITERAL_LINE_BREAK, '\n') : text;
  const nfc = unescaped
    .replace(/\r\n?/g, '\n')
    .replace(/\u200B|\u200D|\u2060|\uFEFF/g, '')
    // "Ðà Nẵng": the Icelandic eth, which looks like Đ, from old Vietnamese encodings and keyboards.
    .replace(/\u00D0/g, '\u0110')
    .replace(/\u00F0/g, '\u0111')
    .normalize('NFC');
  return nfc.replace(NEW_TONE_PLACEMENT, (match, first: string, second: string) => {
    const decomposed = second.normalize('NFD');
    const base = decomposed.charAt(0);
    const mark = decomposed.slice(1);
    const pair = first.toLowerCase() + base.toLowerCase();
    if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return match;
    return (first + mark).normalize('NFC') + base;
  });
}
