/** Who wrote it and who published it: bylines, credit lines and the source URL's host. */

// Common Vietnamese outlets by host; an unknown host gives the host itself.
const OUTLETS_BY_HOST: Record<string, string> = {
  'baoquocte.vn': 'Báo Quốc tế',
  'dantri.com.vn': 'Dân trí',
  'vnexpress.net': 'VnExpress',
  'tuoitre.vn': 'Tuổi Trẻ',
  'thanhnien.vn': 'Thanh Niên',
  'vietnamplus.vn': 'VietnamPlus',
  'baochinhphu.vn': 'Báo Chính phủ',
  'chinhphu.vn': 'Cổng Thông tin điện tử Chính phủ',
  'vov.vn': 'VOV',
  'vtv.vn': 'VTV',
  'nhandan.vn': 'Nhân Dân',
  'qdnd.vn': 'Quân đội Nhân dân',
  'cand.com.vn': 'Công an Nhân dân',
  'baotintuc.vn': 'Báo Tin tức',
  'vnanet.vn': 'TTXVN',
  'vietnamnet.vn': 'VietNamNet',
  'znews.vn': 'Znews',
  'zingnews.vn': 'Znews',
  'laodong.vn': 'Lao Động',
  'tienphong.vn': 'Tiền Phong',
  'hanoimoi.vn': 'Hà Nội Mới',
  'hanoimoi.com.vn': 'Hà Nội Mới',
  'nld.com.vn': 'Người Lao Động',
  'sggp.org.vn': 'Sài Gòn Giải Phóng',
  'plo.vn': 'Pháp Luật TP.HCM',
  'baodautu.vn': 'Báo Đầu tư',
  'vneconomy.vn': 'VnEconomy',
  'kinhtedothi.vn': 'Kinh tế & Đô thị',
  'mofa.gov.vn': 'Bộ Ngoại giao',
  'baohaiduong.vn': 'Báo Hải Dương',
  'congly.vn': 'Công lý',
  'vtc.vn': 'VTC News',
  'kenh14.vn': 'Kenh14',
  'soha.vn': 'Soha',
  '24h.com.vn': '24h',
  'cafef.vn': 'CafeF',
};

// Abbreviations newsrooms use in credit lines ("Theo HNM").
const OUTLET_ABBREVIATIONS: Record<string, string> = {
  HNM: 'Hà Nội Mới',
  QĐND: 'Quân đội Nhân dân',
  CAND: 'Công an Nhân dân',
  NLĐ: 'Người Lao Động',
  SGGP: 'Sài Gòn Giải Phóng',
  VNA: 'TTXVN',
};

const KNOWN_OUTLET_NAMES = new Set(
  [
    ...Object.values(OUTLETS_BY_HOST),
    'Đầu tư',
    'Reuters',
    'AFP',
    'AP',
    'Bloomberg',
    'CNN',
    'BBC',
    'Xinhua',
    'Kyodo',
    'Yonhap',
    'Tuổi Trẻ Online',
    'Zing',
    'Vietnam News',
  ].map((s) => s.toLowerCase()),
);

/** The outlet a source URL belongs to: "https://vnexpress.net/…" → "VnExpress". */
export function outletFromUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  host = host.replace(/^www\./, '');
  const known = OUTLETS_BY_HOST[host];
  if (known) return known;
  const parent = Object.keys(OUTLETS_BY_HOST).find((h) => host.endsWith(`.${h}`));
  return parent ? OUTLETS_BY_HOST[parent] : host;
}

/**
 * A person's name or initials as bylines give them: "Huyền Lê", "Như Tâm", "TB", "H.A";
 * never a phrase ("Bình luận", "Back To Top") or a sentence.
 */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 40 || /\d/.test(t)) return false;
  if (/^(\p{Lu}\.?){1,4}$/u.test(t)) return t.replace(/\./g, '').length >= 2; // initials: "TB", "H.A."
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*(-\p{Lu}?[\p{Ll}\p{M}]+)?$/u.test(w));
}

// Capitalised words that appear in page furniture or headlines, not in names.
const NOT_NAME_WORDS = new Set([
  'back',
  'to',
  'top',
  'powered',
  'by',
  'tin',
  'bài',
  'xem',
  'theo',
  'nguồn',
  'ảnh',
  'video',
  'the',
  'of',
  'and',
  'kỳ',
  'bộ',
  'thủ',
  'tướng',
  'chính',
  'phủ',
  'ngoại',
  'giao',
  'trang',
  'chủ',
  'mục',
  'liên',
  'quan',
]);

/** True when a credit such as "TTXVN", "HNM", "Tuổi Trẻ" names an outlet rather than a person or agency. */
export function looksLikeOutlet(text: string): boolean {
  const t = text.trim();
  if (/^[\p{Lu}\d&]{2,8}$/u.test(t)) return true; // TTXVN, HNM, VOV, USAF
  if (KNOWN_OUTLET_NAMES.has(t.toLowerCase())) return true;
  return /^(báo|tạp chí|đài|kênh)\s/i.test(t);
}

/** "HNM" → "Hà Nội Mới"; other credits as written. */
export function expandOutlet(credit: string): string {
  const t = credit.trim();
  return OUTLET_ABBREVIATIONS[t] ?? t;
}

export interface Byline {
  author?: string;
  outlet?: string;
}

/**
 * Reads a byline or credit line at the end of an article: "TB (theo TTXVN)", "Theo HNM",
 * "Như Tâm (Theo TTXVN)", "Theo Thanh HuyềnĐầu tư", "Huyền Lê". Undefined when the line is not one.
 */
export function parseByline(line: string): Byline | undefined {
  const t = line.trim().replace(/\s+/g, ' ');
  if (t.length === 0 || t.length > 80 || /[.!?]$/.test(t.replace(/\)$/, ''))) return undefined;

  const paren = /^(.*?)\s*\(\s*theo\s+([^()]{1,60})\)$/iu.exec(t);
  if (paren) {
    const who = paren[1]!.trim();
    const source = paren[2]!.trim();
    if (who && !looksLikeName(who)) return undefined;
    const result: Byline = {};
    if (who) result.author = who;
    if (looksLikeOutlet(source)) result.outlet = expandOutlet(source);
    return result;
  }
  const theo = /^theo\s+(.{2,60})$/iu.exec(t);
  if (theo) {
    const credit = theo[1]!.trim();
    // "Thanh HuyềnĐầu tư": a name glued to the outlet it wrote for.
    const glued = /^(.+?\p{Ll})(\p{Lu}.*)$/u.exec(credit);
    if (glued && looksLikeName(glued[1]!)) {
      return { author: glued[1]!, outlet: expandOutlet(glued[2]!) };
    }
    if (looksLikeOutlet(credit)) return { outlet: expandOutlet(credit) };
    if (looksLikeName(credit)) return { author: credit };
    // "Thanh Huyền Đầu tư": a name, then the outlet it wrote for.
    const words = credit.split(' ');
    for (let k = Math.min(4, words.length - 1); k >= 2; k--) {
      const name = words.slice(0, k).join(' ');
      const outlet = words.slice(k).join(' ');
      if (looksLikeName(name) && /^\p{Lu}/u.test(outlet))
        return { author: name, outlet: expandOutlet(outlet) };
    }
    return /^\p{Lu}/u.test(credit) && words.length <= 6 ? { outlet: credit } : undefined;
  }
  if (looksLikeName(t)) return { author: t };
  return undefined;
}
