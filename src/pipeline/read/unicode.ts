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

// Forum archive copies of news pages often hold text whose Unicode letters were
// stored as Latin-1 bytes and read back as Windows-1258, which gives those bytes other letters:
// ì ò Ì Ò became bare combining marks ("th́", "ḥa"), ã Ã became ă Ă ("đă", "lănh"), ý Ý became
// ư Ư ("Trợ lư"). Vietnamese spelling never puts a tone mark on a consonant or after a space,
// which tells such a file apart from decomposed (NFD) text.
const STRAY_TONE = /(^|[^\p{L}\p{M}]|[bcdđghklmnpqrstvx])([\u0300\u0301\u0309\u0323])/giu;
const MISREAD_MARK: Record<string, string> = {
  '\u0301': 'ì',
  '\u0323': 'ò',
  '\u0300': 'Ì',
  '\u0309': 'Ò',
};
// "ă" only comes before c, m, n, ng, p, t; anywhere else ("đă", "lănh") it was "ã".
const MISREAD_BREVE = /([ăĂ])(?!ch)(?![cmpt]|n(?!h))/giu;
// "ư" cannot follow "k" or "u" ("kư", "quư", "Thuư") nor stand alone ("ư kiến"); "lư" is
// almost always "lý" in news ("Trợ lư", "quản lư", "xử lư"): in those places it was "ý".
const MISREAD_HORN =
  /(?<![\p{L}\p{M}])([kKlL]?)ư(?![\p{L}\p{M}])|([kKuU])ư|(?<![\p{L}\p{M}])([kKlL]?)Ư(?![\p{L}\p{M}])|([kKuU])Ư/gu;
// A quick look before decomposing the whole text: a mark NFC left bare, or a consonant NFC composed
// with one ("ḥ", "ń", "ś"; U+1E00–U+1E9F holds no Vietnamese letter).
const MAYBE_STRAY_TONE =
  /[\u0300\u0301\u0309\u0323\u1E00-\u1E9F\u0106\u0107\u0139\u013A\u0143\u0144\u0154\u0155\u015A\u015B\u0179\u017A\u01F4\u01F5\u01F8\u01F9]/u;
// Fewer signs than this (stray marks and misplaced "ă") may be a foreign name: "Kos\u0301ciuszko"
// typed decomposed, a Romanian "Ştefănescu".
const MIN_SIGNS = 3;

/**
 * The text with the letters a Latin-1 → Windows-1258 misreading changed put back ("Trợ lư ngoại
 * trưởng … đă gặp … Cộng ḥa" → "Trợ lý ngoại trưởng … đã gặp … Cộng hòa"), or undefined when the
 * text shows no sign of that misreading. "õ" became "ơ", which is a letter of its own: it stays.
 */
export function repairWindows1258Misreading(text: string): string | undefined {
  if (!MAYBE_STRAY_TONE.test(text)) return undefined;
  const decomposed = text.normalize('NFD');
  const strays = decomposed.match(STRAY_TONE)?.length ?? 0;
  if (strays === 0 || strays + (text.match(MISREAD_BREVE)?.length ?? 0) < MIN_SIGNS)
    return undefined;
  return decomposed
    .replace(STRAY_TONE, (_, before: string, mark: string) => before + MISREAD_MARK[mark]!)
    .normalize('NFC')
    .replace(MISREAD_BREVE, (_, letter: string) => (letter === 'ă' ? 'ã' : 'Ã'))
    .replace(MISREAD_HORN, (match: string) => match.replace('ư', 'ý').replace('Ư', 'Ý'));
}
