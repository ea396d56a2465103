/** Site chrome, related-news lists, photo captions and image file names: what is not the article. */
import { MONTH_WORDS } from '../knowledge/months';
import { ymd } from '../../shared/dates';

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
  'tin đã đưa',
  'tin cũ hơn',
  'tin bài liên quan',
  'tin bài khác',
  'bài viết khác',
  'bài khác',
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
  // "Các tin liên quan:", "Những tin khác": the plural words say nothing more.
  const bare = norm.replace(/\s*[:>»›.]+$/, '').replace(/^(?:các|những)\s+/, '');
  if (MARKER_SET.has(bare)) return true;
  // "Xem thêm : Donald Trump nói …", "Tin liên quan: …"
  const colon = /^([^:]{2,30}?)\s*:/.exec(norm);
  return colon !== null && MARKER_SET.has(colon[1]!) && colon[1] !== 'nguồn';
}

/** Page furniture dropped wherever it stands: "Powered by …", "In bài viết", "10:41", "3 phút đọc". */
export function isSiteChrome(line: string): boolean {
  const t = line.trim();
  return (
    /^powered by\b/i.test(t) ||
    /^(in bài viết|lượt xem:?\s*\d*|\d+\s+lượt xem|chia sẻ bài viết|theo dõi chúng tôi|quay lại|trở về đầu trang|back to top|tìm kiếm|đăng nhập|trang chủ)$/iu.test(
      t,
    ) ||
    // "Theo dõi Báo Nghệ An trên", "Theo dõi Baoquocte.vn trên": a follow-us button, its icons lost.
    /^theo dõi\s+(?:[^.!?]|\.(?=\S)){2,40}\s+trên$/iu.test(t) ||
    // "Bạn có thể chuyển sang phiên bản mobile rút gọn … nếu mạng chậm. Đóng": a banner offering
    // another version of the site, its close button kept as a word.
    (t.length <= 200 && /phiên bản (?:mobile|di động|rút gọn)|[.!?]\s*Đóng$/u.test(t)) ||
    // "Trang chủ Nhân vật - Sự kiện Quan hệ Việt - Mỹ: …": a breadcrumb from the home page to the
    // article; the article's headline is printed again below it.
    (t.length <= 200 && /^trang chủ\s*[>»›|/-]?\s+\S/iu.test(t) && !/[.!?]\s/u.test(t)) ||
    // "CHI HỘI … Liên hệ: 0313840668-0934563996   TIN TỔNG HỢP   QUÂN SỰ …": a blog's banner
    // with its phone numbers and menu.
    (t.length <= 600 && /liên hệ\s*:?\s*\+?\d[\d .-]{7,}/iu.test(t)) ||
    // A bare ellipsis: a menu or a list cut short.
    /^(?:\.{2,}|…)$/u.test(t) ||
    // "Thiên tai "cuốn bay" 100.000 tỷ đồng -": an item of a list of links, its separator left on
    // (a headline's length, no full stop inside: never a paragraph of the article).
    (t.length <= 160 && !/[.!?]\s/u.test(t) && /\S\s+[-–]$/u.test(t)) ||
    /^\d{1,2}:\d{2}(?::\d{2})?(\s*(AM|PM|SA|CH))?$/i.test(t) ||
    // "aa", "A A", "A- A+": the buttons that set the text size.
    /^(?:aa|a\s+a|a-\s*a\+|a\+\s*a-)$/iu.test(t) ||
    // "x", "+", "-": a close, zoom or share button alone on its line; no headline is one character.
    /^(?:[+×−–-]|\p{L})$/u.test(t) ||
    // "hoa ky ban giao tau tuan duyen …": an image's name or a page's address as words, without
    // the accents and capitals no Vietnamese sentence goes without.
    (/^[a-z0-9]+(?: [a-z0-9]+){4,}$/.test(t) && /[a-z]{2}/.test(t)) ||
    // "Searching...": a blog's search box or loader, its script not run.
    /^(?:searching|loading|đang tải|đang tìm kiếm)\s*(?:\.{3}|…)$/iu.test(t) ||
    /^\d{1,2}\s+phút\s+(để\s+)?đọc$/iu.test(t) ||
    /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(\s+\d{1,2}:\d{2})?$/.test(t) ||
    // "(VTC News) -": the outlet's tag left alone on its line, its lead printed below.
    /^\([^()]{2,30}\)\s*[-–—]$/u.test(t) ||
    // A content system's fields dumped with the page: "749596", "/giaoduc/", "null", "Article".
    /^(?:\d+|\/[\w-]+\/|null|undefined|article)$/iu.test(t) ||
    // An image's placeholder text left where the picture was: "image", "photo".
    /^(?:image|img|photo|picture|thumbnail)$/iu.test(t) ||
    // "Đặt mua báo in | Mới - Đọc báo in phiên bản số | Thứ Bảy, Ngày 23 tháng 11 năm 2024,": a bar
    // of short links.
    isLinkBar(t)
  );
}

/** A line of three or more short items between "|" (a site's bar of links), and nothing else. */
function isLinkBar(line: string): boolean {
  if (!line.includes('|')) return false;
  const items = line
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length >= 3 && items.every((x) => x.length <= 50);
}

// "Các Website khác - 31/05/2006", "Hà Nội, 12/03/2024": a date with a few words of chrome.
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const STAMP_SIGNALS =
  /\b\d{1,2}:\d{2}\b|\bthứ\s+(hai|ba|tư|năm|sáu|bảy|\d)\b|\bchủ nhật\b|\bGMT\b|lượt xem|cập nhật|đăng lúc|ngày đăng|in bài/i;
// A short source credit in parentheses ending with the full date: a few words, no sentence.
const DATED_SOURCE_LINE =
  /^\((?:[^()\s]+\s+){0,5}[^()\s]+\s*,\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*\)\.?$/iu;
// "Ngày 27 tháng 5 năm 2021,", "Thứ Năm, ngày 27 tháng 5 năm 2021", "Thứ hai, 11 Tháng 4 2016 11:09",
// "Ngày 27 tháng 5 năm 2021 |" (a press release's dateline): the date alone on its line, perhaps
// with the hour.
const MONTH =
  '(giêng|chạp|mười\\s+một|mười\\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\\d{1,2})';
// "Thứ Tư, 9 Tháng ba, 2022": a page's dateline, the month by number or by word.
const WORDED_DATE = new RegExp(
  `^(?:(?:thứ\\s+\\S+|chủ\\s+nhật)\\s*,?\\s*)?(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+${MONTH}\\s*(?:năm|,)?\\s*(\\d{4})(?:\\s+\\d{1,2}:\\d{2})?\\s*[,.|]?$`,
  'iu',
);
// "Tháng Năm 27, 2021": the US order of an English page's translation, month by word or number.
const MONTH_FIRST_DATE = new RegExp(
  `^tháng\\s+${MONTH}\\s+(\\d{1,2})\\s*,\\s*(\\d{4})\\s*[,.]?$`,
  'iu',
);
/** "Hai", "mười  một", "02" → the month's number. */
const monthNumber = (word: string): number => {
  const folded = word.toLowerCase().replace(/\s+/g, ' ');
  return MONTH_WORDS[folded] ?? +folded;
};

/**
 * A line that is only a date or timestamp, as pages print their publication date, → YYYY-MM-DD:
 * "07:53 - Thứ Năm, 01/02/2024 Lượt xem: 6021 In bài viết", "Các Website khác - 31/05/2006",
 * "Ngày 27 tháng 5 năm 2021,", "Tháng Năm 27, 2021". Sentences that mention a date → undefined.
 */
export function parseTimestampLine(line: string): string | undefined {
  const t = line.trim();
  if (t.length > 160) return undefined;
  const worded = WORDED_DATE.exec(t);
  if (worded) return ymd(+worded[3]!, monthNumber(worded[2]!), +worded[1]!);
  const monthFirst = MONTH_FIRST_DATE.exec(t);
  if (monthFirst) return ymd(+monthFirst[3]!, monthNumber(monthFirst[1]!), +monthFirst[2]!);
  const date = NUMERIC_DATE.exec(t);
  if (!date) return undefined;
  // "(H.V., Sở Ngoại vụ TPHCM, ngày 2-10-2009)": the source and the day of the report, closing it.
  if (DATED_SOURCE_LINE.test(t)) return ymd(+date[3]!, +date[2]!, +date[1]!);
  // A timestamp line is furniture, not a sentence: it does not end like one
  // ("Thứ Hai, 25/3/2024, hai bộ trưởng gặp nhau." is a sentence).
  if (/[.!?…]$/.test(t)) return undefined;
  if (!STAMP_SIGNALS.test(t) && !isShortChrome(t.replace(date[0], ' '))) return undefined;
  return ymd(+date[3]!, +date[2]!, +date[1]!);
}

// What stands beside a bare date on a chrome line: a few words, none of them a sentence
// ("Các Website khác -", "Hà Nội,"), not "Chiều" or "Hội nghị khai mạc" (an event's date).
function isShortChrome(rest: string): boolean {
  const words = rest.split(/[\s|,\-–—:()]+/u).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 3) return false;
  return !/^(ngày|sáng|trưa|chiều|tối|đêm|hôm|từ|đến|tới|vào|năm|tháng)$/iu.test(words[0]!);
}

/** "TTXVN_2603VietnamHoaKy2.jpeg" — an image file name standing alone on a line. */
export function isImageFileName(line: string): boolean {
  return /^[\w.\-()%~+]+\.(jpe?g|png|gif|webp|bmp|svg|avif)(\?\S*)?$/i.test(line.trim());
}

// A scraped photo's table cell: its empty image ("![]() |") or a bare border ("|").
const PHOTO_CELL = /^(?:!\[[^\]]*\]\([^)]*\))?\s*\|$/u;

/**
 * Where a scraped page shows a photo: an image file name alone on its line, or the photo's empty
 * table cell. The line under it that does not end like a sentence is the photo's caption.
 */
export function isPhotoLine(line: string): boolean {
  return isImageFileName(line) || PHOTO_CELL.test(line.trim());
}

/** A table cell's text without its borders: "| Lễ ký kết … |" → "Lễ ký kết …". */
export function withoutCellBorders(line: string): string {
  return line
    .trim()
    .replace(/^\|\s*/, '')
    .replace(/\s*\|$/, '');
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

// "Bộ trưởng Quốc phòng Mỹ Lloyd Austin. Nguồn: AFP/TTXVN": a news agency's credit after a short line
// naming who is shown. Only a short line: a paragraph the scrape ran its source line onto
// ("… hai nước. Nguồn: TTXVN") is the article's text.
const CAPTION_SOURCE_CREDIT =
  /^[^.!?]{5,100}[.!?]\s+Nguồn\s*:\s*\p{Lu}[\p{L}\d&.-]*(?:\s*\/\s*\p{Lu}[\p{L}\d&.-]*){0,3}\.?$/u;

const CREDIT_WORD = /ảnh|photo|nguồn/i;
// Scraped captions keep the cell border of their table: "… Ảnh: AP. |"
const TABLE_BORDER = /\s*\|$/;

/** A photo caption: a line that ends with a photo credit ("Ảnh: …", "(Ảnh: …)", "- Ảnh: …"). */
export function isCaptionLine(line: string): boolean {
  // Every credit names the photo: most lines are out at this one cheap test.
  if (!CREDIT_WORD.test(line)) return false;
  const t = line.trim().replace(TABLE_BORDER, '');
  if (t.length > 600) return false;
  return (
    CAPTION_PAREN.test(t) ||
    CAPTION_DASH_CREDIT.test(t) ||
    CAPTION_TRAILING_CREDIT.test(t) ||
    CAPTION_BARE_CREDIT.test(t) ||
    CAPTION_SOURCE_CREDIT.test(t)
  );
}

/**
 * A caption's words without its credit: "Lễ trao trả hài cốt … lần thứ 169. (Ảnh: MIA)" → "Lễ trao
 * trả hài cốt … lần thứ 169".
 */
export function captionWithoutCredit(caption: string): string {
  const t = caption.trim().replace(TABLE_BORDER, '');
  return t
    .slice(0, creditStart(t))
    .replace(/[\s(\-–—.,:;]+$/u, '')
    .trim();
}

// Where a sentence ends and the next begins: "… mạnh mẽ. Tổng thống …"
// (not after an initial or "TP.": "Antony J. Blinken", "TP. Hồ Chí Minh").
const SENTENCE_BREAK = /(?<!(?:^|[\s.])(?:\p{Lu}|TP|Tp))[.!?…]["”)]?\s+(?=["“(]?\p{Lu})/gu;

/**
 * A scraped line that runs the article's paragraph into the photo caption after it: "Ngày 25/7,
 * … hai nước. Tổng thống tiếp Chủ tịch nước. Ảnh: TTXVN |" → the paragraph, then the caption (its
 * last sentence and the credit). The paragraph must be two sentences or more and long, as a
 * caption is not; other lines come back alone, a caption without its table border.
 */
export function splitCaptionLine(line: string): string[] {
  if (!isCaptionLine(line)) return [line];
  const t = line.trim().replace(TABLE_BORDER, '');
  const credit = creditStart(t);
  const breaks = [...t.slice(0, credit).matchAll(SENTENCE_BREAK)].map((m) => m.index + m[0].length);
  // breaks: the starts of the 2nd, 3rd… sentences before the credit; the caption is the last one.
  const captionStart = breaks[breaks.length - 1];
  if (captionStart === undefined || breaks.length < 2 || captionStart < 160) return [t];
  return [t.slice(0, captionStart).trim(), t.slice(captionStart).trim()];
}

// Where the credit of a caption line begins: its last "Ảnh"/"Photo" word ("Quang cảnh" is not one).
function creditStart(line: string): number {
  const lower = line.toLowerCase();
  for (const word of ['ảnh', 'photo']) {
    for (let k = lower.lastIndexOf(word); k >= 0; k = lower.lastIndexOf(word, k - 1)) {
      if (k === 0 || !/\p{L}/u.test(lower[k - 1]!)) return k;
      if (k === 0) break;
    }
  }
  return line.length;
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
