/**
 * The national days both countries mark, as any reader knows them: Việt Nam's on 2 September
 * (independence declared in 1945), the United States' on 4 July (1776). Messages of congratulation
 * are sent "nhân dịp" such a day, so the day dates a message that gives no date of its own.
 */
import { foldAccents } from '../../shared/text';

export interface NationalDay {
  country: string;
  month: number;
  day: number;
  /** The year the day commemorates: its Nth anniversary falls in `founded + N`. */
  founded: number;
  /** What the founding was, for the year reasoning's notes. */
  label: string;
  /** The day's name after "kỷ niệm … năm", accents folded (the year reasoning's anniversaries use it too). */
  name: RegExp;
}

// The US first: "Quốc khánh Hoa Kỳ" must not be read as the bare "Quốc khánh" of Vietnamese papers.
export const NATIONAL_DAYS: NationalDay[] = [
  {
    country: 'US',
    month: 7,
    day: 4,
    founded: 1776,
    label: 'US independence in 1776',
    name: /^\s*(?:ngay\s+)?(?:doc lap|quoc khanh)\s+(?:cua\s+)?(?:nuoc\s+|hop chung quoc\s+)?(?:hoa ky|my)(?![a-z])/,
  },
  {
    country: 'VN',
    month: 9,
    day: 2,
    founded: 1945,
    label: "Việt Nam's independence in 1945",
    // Bare, or with Việt Nam's name: "Quốc khánh 2/9", "Quốc khánh nước Cộng hòa xã hội chủ nghĩa …",
    // "Cách mạng Tháng Tám thành công và Quốc khánh 2/9".
    name: /^\s*(?:ngay\s+)?(?:cach mang thang tam(?:\s+thanh cong)?\s+va\s+)?quoc khanh(?:\s+(?:2[/.-]9|2 thang 9|viet nam|nuoc ta|(?:nuoc\s+)?cong hoa xa hoi chu nghia viet nam)(?![a-z\d])|\s*(?:[,.;:()]|$))/,
  },
];

// "Nhân dịp kỷ niệm 72 năm Quốc khánh …", "Trong dịp kỷ niệm lần thứ 239 Ngày Độc lập …", "nhân dịp
// Quốc khánh Hoa Kỳ", "nhân dịp các bạn kỷ niệm Ngày Quốc khánh" (a message to its readers): the
// occasion, with the anniversary's count when given (folded text).
const OCCASION =
  /(?:nhan|trong)\s+dip\s+(?:le\s+)?(?:(?:cac ban\s+|quy vi\s+)?ky niem\s+(?:tron\s+)?(?:(\d{1,3})\s+nam\s+|lan thu\s+(\d{1,3})\s+)?)?/g;

export interface NationalDayOccasion {
  country: string;
  month: number;
  day: number;
  /** The year, when the anniversary's count or a printed span ("2.9.1945 – 2.9.2017") gives it. */
  year?: number;
}

/** The national day a sentence names as its occasion ("nhân dịp … Quốc khánh …"), if any. */
export function nationalDayOccasion(sentence: string): NationalDayOccasion | undefined {
  const folded = foldAccents(sentence);
  if (!folded.includes('dip')) return undefined;
  for (const m of folded.matchAll(OCCASION)) {
    const rest = folded.slice(m.index + m[0].length);
    const day = NATIONAL_DAYS.find((d) => d.name.test(rest));
    if (!day) continue;
    const count = Number(m[1] ?? m[2] ?? NaN);
    if (count >= 1 && count <= 300)
      return { country: day.country, month: day.month, day: day.day, year: day.founded + count };
    // "(2.9.1945 – 2.9.2017)": the span's last year is the anniversary's.
    const printed = [...rest.slice(0, 120).matchAll(/(?<!\d)(1[789]\d\d|20\d\d)(?!\d)/g)]
      .map((y) => Number(y[1]))
      .filter((y) => y > day.founded);
    if (printed.length)
      return {
        country: day.country,
        month: day.month,
        day: day.day,
        year: Math.max(...printed),
      };
    return { country: day.country, month: day.month, day: day.day };
  }
  return undefined;
}
