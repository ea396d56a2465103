/**
 * Numbered recurring meetings and the year their Nth edition falls in: public knowledge any reader
 * of the news brings ("Hội nghị Cấp cao ASEAN lần thứ 23" was in 2013, "khóa 78 Đại hội đồng Liên
 * Hợp Quốc" opened in September 2023). Formulas, not lists of events.
 */
export interface NumberedOccasion {
  /** Matches the occasion with its number in group 1 (or 2, for a second word order). */
  pattern: RegExp;
  /** The year of the Nth edition, or undefined outside the numbering the formula covers. */
  yearOf: (n: number) => number | undefined;
}

// "lần thứ 23", "23"; never the start of a year or a date ("ASEAN 2025", "23/10").
const ORDINAL = String.raw`(?:lần\s+thứ\s+|thứ\s+|lần\s+)?(\d{1,3})(?!\d)(?![/.,-]\d)`;
const UN_ASSEMBLY = String.raw`Đại hội đồng\s+(?:Liên Hợp Quốc|Liên Hiệp Quốc|LHQ)`;
const WOMEN_COMMISSION = String.raw`(?:Ủy|Uỷ)\s+ban\s+(?:về\s+)?Địa\s+vị\s+(?:của\s+)?Phụ\s+nữ`;

export const NUMBERED_OCCASIONS: NumberedOccasion[] = [
  {
    // The ASEAN Foreign Ministers' Meeting, once a year: the 54th in 2021, the 56th in 2023; also
    // "hội nghị Bộ trưởng Ngoại giao ASEAN (AMM) 48" in running text.
    pattern: new RegExp(
      String.raw`Hội nghị Bộ trưởng Ngoại giao ASEAN(?:\s*\(AMM\))?\s+${ORDINAL}|(?<![\p{L}])AMM\)?\s*[-–]?\s*(\d{2})(?!\d)(?![/.,-]\d)`,
      'giu',
    ),
    yearOf: (n) => (n >= 1 ? 1967 + n : undefined),
  },
  {
    // Two ASEAN summits a year since the 14th (2009): the 23rd in 2013, the 47th in 2025.
    pattern: new RegExp(
      String.raw`(?:Hội nghị|Hội nghị Cấp cao|Hội nghị Thượng đỉnh)\s+ASEAN\s+${ORDINAL}`,
      'giu',
    ),
    yearOf: (n) => (n >= 14 ? 2009 + Math.floor((n - 14) / 2) : undefined),
  },
  {
    // APEC leaders have met once a year since 1993: the 25th meeting in 2017.
    pattern: new RegExp(
      String.raw`(?:Hội nghị|Tuần lễ)(?:\s+(?:Cấp cao|Thượng đỉnh|Lãnh đạo Kinh tế|các Nhà Lãnh đạo Kinh tế))?\s+APEC\s+${ORDINAL}`,
      'giu',
    ),
    yearOf: (n) => (n >= 1 ? 1992 + n : undefined),
  },
  {
    // The Communist Party of Việt Nam's national congress, every five years since the 6th (1986):
    // "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" met in 2026. Another party's ("Đại hội XX
    // Đảng Cộng sản Trung Quốc") is not it.
    pattern: new RegExp(
      String.raw`Đại hội\s+(?:đại biểu toàn quốc\s+|Đảng\s+(?:toàn quốc\s+)?|toàn quốc\s+)?(?:lần\s+thứ\s+)?([IVX]{2,6}|\d{1,2})(?![\p{L}\d])(?![^.;]{0,60}(?:Trung Quốc|Lào|Cuba|Campuchia|Nhật Bản|Mỹ))`,
      'gu',
    ),
    yearOf: (n) => (n >= 6 && n <= 20 ? 1986 + 5 * (n - 6) : undefined),
  },
  {
    // The Southeast Asian Games, every other year from the 9th (1977) to the 30th (2019); the 31st,
    // put off by the pandemic, in 2022 (hosted by Việt Nam); then odd years again from 2023.
    pattern: new RegExp(String.raw`SEA\s+Games\s+${ORDINAL}`, 'giu'),
    yearOf: (n) =>
      n >= 9 && n <= 30
        ? 1977 + 2 * (n - 9)
        : n === 31
          ? 2022
          : n >= 32
            ? 2023 + 2 * (n - 32)
            : undefined,
  },
  {
    // The UN General Assembly's Nth session ("khóa", "khóa họp", "kỳ họp") opens each September:
    // the 78th in 2023.
    pattern: new RegExp(
      String.raw`(?:khóa họp|khoá họp|khóa|khoá|kỳ họp)(?:\s+thứ)?\s+(\d{2,3})\s+(?:của\s+)?${UN_ASSEMBLY}|${UN_ASSEMBLY}\s+(?:khóa|khoá|lần\s+thứ)\s+(\d{2,3})`,
      'giu',
    ),
    yearOf: (n) => (n >= 1 ? 1945 + n : undefined),
  },
  {
    // The UN Commission on the Status of Women (CSW) has met each March since its 41st session
    // (1997): the 68th in 2024. "Kỳ họp thứ 67 của Uỷ ban về Địa vị Phụ nữ", "CSW-66".
    pattern: new RegExp(
      String.raw`(?:khóa họp|khoá họp|phiên họp|kỳ họp)\s+(?:lần\s+)?(?:thứ\s+)?(\d{2})\s+(?:của\s+)?${WOMEN_COMMISSION}|${WOMEN_COMMISSION}(?:\s*\(CSW\))?\s+(?:khóa|khoá|lần\s+thứ)\s+(\d{2})|(?<![\p{L}])CSW\s*-?\s*(\d{2})(?!\d)`,
      'giu',
    ),
    yearOf: (n) => (n >= 41 ? 1956 + n : undefined),
  },
];

/** Each numbered occasion in a sentence, with its year. */
export function numberedOccasions(
  sentence: string,
): { text: string; index: number; year: number }[] {
  const out: { text: string; index: number; year: number }[] = [];
  // Cheap first: nearly every sentence names none of them.
  if (!/ASEAN|APEC|AMM|Đại hội|SEA|Phụ nữ|CSW/iu.test(sentence)) return out;
  for (const o of NUMBERED_OCCASIONS) {
    for (const m of sentence.matchAll(o.pattern)) {
      const n = ordinalNumber(m[1] ?? m[2] ?? m[3] ?? '');
      const year = o.yearOf(n);
      if (year !== undefined) out.push({ text: m[0], index: m.index ?? 0, year });
    }
  }
  return out;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "23" → 23, "XIV" → 14 (a congress is numbered in Roman numerals). */
function ordinalNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const value = ROMAN[text[k]!] ?? NaN;
    const next = ROMAN[text[k + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
