/** Site chrome, related-news lists, photo captions and image file names: what is not the article. */
import { ymd } from './metadata';

// Lines that open a block of site chrome or unrelated headlines: the article ends before them.
const MARKERS = [
  'nguồn',
  'cùng chủ đề',
  'cùng tác giả',
  'cùng chuyên mục',
  'tin cùng chuyên mục',
  'tin khác',
  'các tin khác',
  'tin nổi bật',
  'tin mới nhất',
  'tin mới',
  'bình luận',
  'back to top',
  'tin liên quan',
  'xem thêm',
  'bài viết liên quan',
  'bài liên quan',
  'đọc thêm',
  'có thể bạn quan tâm',
  'tin đọc nhiều',
  'đọc nhiều nhất',
  'xem nhiều nhất',
  'ý kiến bạn đọc',
  'gửi bình luận',
  'từ khóa',
  'tags',
  'chia sẻ',
  'tin xem nhiều',
  'bài đọc nhiều',
  'video nổi bật',
  'tin tức liên quan',
  'xem tiếp',
];
const MARKER_SET = new Set(MARKERS);

/** "Cùng chủ đề", "Tin khác", "Xem thêm: …" — a line after which nothing belongs to the article. */
export function isChromeMarker(line: string): boolean {
  let head = line.trim();
  if (head.length > 40) {
    // Only the "Marker: …" form can be long; look at its head.
    const colon = head.indexOf(':');
    if (colon < 0 || colon > 34) return false;
    head = head.slice(0, colon + 1);
  }
  const norm = head.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ');
  const bare = norm.replace(/\s*[:>»›.]+$/, '');
  if (MARKER_SET.has(bare)) return true;
  // "Xem thêm : Donald Trump nói …", "Tin liên quan: …"
  const colon = /^([^:]{2,30}?)\s*:/.exec(norm);
  return colon !== null && MARKER_SET.has(colon[1]!) && colon[1] !== 'nguồn';
}

/** Lines of page furniture dropped wherever they stand: "Powered by …", "In bài viết", "10:41". */
export function isSiteChrome(line: string): boolean {
  const t = line.trim();
  return (
    /^powered by\b/i.test(t) ||
    /^(in bài viết|lượt xem:?\s*\d*|chia sẻ bài viết|theo dõi chúng tôi|quay lại|trở về đầu trang|back to top)$/i.test(
      t,
    ) ||
    /^\d{1,2}:\d{2}(\s*(AM|PM|SA|CH))?$/i.test(t) ||
    /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(\s+\d{1,2}:\d{2})?$/.test(t)
  );
}

/** "07:53 - Thứ Năm, 01/02/2024 Lượt xem: 6021 In bài viết" → "2024-02-01"; other lines → undefined. */
export function parseTimestampLine(line: string): string | undefined {
  const t = line.trim();
  if (t.length > 160) return undefined;
  const date = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(t);
  if (!date) return undefined;
  const signals =
    /\b\d{1,2}:\d{2}\b|\bthứ\s+(hai|ba|tư|năm|sáu|bảy|\d)\b|\bchủ nhật\b|\bGMT\b|lượt xem|cập nhật|đăng lúc|ngày đăng|in bài/i;
  if (!signals.test(t)) return undefined;
  // A timestamp line is furniture, not a sentence: it does not end like one
  // ("Thứ Hai, 25/3/2024, hai bộ trưởng gặp nhau." is a sentence).
  if (/[.!?…]$/.test(t)) return undefined;
  return ymd(+date[3]!, +date[2]!, +date[1]!);
}

/** "TTXVN_2603VietnamHoaKy2.jpeg" — an image file name standing alone on a line. */
export function isImageFileName(line: string): boolean {
  return /^[\w.\-()%~+]+\.(jpe?g|png|gif|webp|bmp|svg|avif)(\?\S*)?$/i.test(line.trim());
}

// "… (Ảnh: Kiều Trang/TTXVN)", "… (Ảnh: USAID).", "(Ảnh minh họa)"
const CAPTION_PAREN =
  /\((?:\s*(?:ảnh|nguồn ảnh|photo)\s*(?::|minh họa|minh hoạ)[^()]*|\s*ảnh\s*minh\s*h[oọ]a\s*)\)\s*\.?$/iu;
// "… sáng 3/8. Ảnh: Hoàng Phong", "Ảnh: Hoài Thương."
const CAPTION_TRAILING_CREDIT =
  /(?:^|[.!?…"”)]\s+)(?:ảnh|nguồn ảnh|photo)\s*:\s*[^\s.!?][^.!?]{0,60}\.?$/iu;
// "… của Việt Nam. Ảnh VGP": no colon, so the credit must be a few capitalised words.
const CAPTION_BARE_CREDIT =
  /(?:^|[.!?…"”)]\s+)Ảnh\s+\p{Lu}[\p{L}\d/&.-]*(?:\s+\p{Lu}[\p{L}\d/&.-]*){0,3}\.?$/u;
// Segmented layouts: "… chiều 5-3 - Ảnh: NGUYỄN KHÁNH."
const CAPTION_DASH_CREDIT = /\s[-–—]\s*(?:ảnh|nguồn ảnh|photo)\s*:\s*[^.!?]{1,80}\.?$/iu;

/** A photo caption: a line that ends with a photo credit ("Ảnh: …", "(Ảnh: …)", "- Ảnh: …"). */
export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 600) return false;
  return (
    CAPTION_PAREN.test(t) ||
    CAPTION_DASH_CREDIT.test(t) ||
    CAPTION_TRAILING_CREDIT.test(t) ||
    CAPTION_BARE_CREDIT.test(t)
  );
}

/** "Tiêu đề bài ( 24/02/2005 )" — a related-article link with its date, listed after the body. */
export function isRelatedLink(line: string): boolean {
  const t = line.trim();
  return /\(\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\)$/.test(t) || /^[\d/]+\s*\)$/.test(t);
}

/** "Bấm vào hình để xem chi tiết" and similar prompts that belong to a page, not the article. */
export function isClickPrompt(text: string): boolean {
  return /^(bấm|nhấn|click|nhấp)\s+(vào|chuột)\b/i.test(text.trim());
}
