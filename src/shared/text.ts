/** Text helpers both the pipeline and the app use: accent folding and URL-safe slugs. */

/**
 * Lower-case, strip Vietnamese diacritics and "đ", so that a search or id ignores accents and
 * tone placement: "Hoà" and "Hòa" both fold to "hoa", "Bùi Thanh Sơn" to "bui thanh son".
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A URL-safe slug: "Antony Blinken" → "antony-blinken", "Đối thoại" → "doi-thoai". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}
