/**
 * Vietnamese titles of office → a normalised title and its level. General knowledge of how the
 * press names offices ("Phó Thủ tướng Chính phủ" → "Phó Thủ tướng"), never a list of people.
 */
import { boundedMatches, isLetterCode, LETTER, wordTrie } from './letters';
import { escapeRegExp } from '../../shared/text';

export type TitleLevel =
  | 'party-leader'
  | 'head-of-state'
  | 'head-of-government'
  | 'legislature'
  | 'deputy-leader'
  | 'minister'
  | 'deputy-minister'
  | 'ambassador'
  | 'military'
  | 'official'
  | 'spokesperson'
  | 'judge'
  | 'rank';

/** Higher is more senior; used to pick the most telling title of a person. */
export const LEVEL_RANK: Record<TitleLevel, number> = {
  'party-leader': 10,
  'head-of-state': 10,
  'head-of-government': 9,
  legislature: 8,
  'deputy-leader': 8,
  minister: 7,
  'deputy-minister': 6,
  ambassador: 6,
  military: 5,
  official: 4,
  spokesperson: 4,
  judge: 4,
  rank: 1,
};

interface TitleEntry {
  /** Canonical spelling; matched with either case on each word's first letter. */
  title: string;
  level: TitleLevel;
  /** Other spellings that normalise to `title`. */
  variants?: string[];
}

/** Ministries and the words that follow "Bộ trưởng"/"Thứ trưởng" ("Bộ trưởng Bộ Quốc phòng" → "Bộ trưởng Quốc phòng"). */
export const MINISTRIES = [
  'Ngoại giao',
  'Quốc phòng',
  'Công an',
  'Thương mại',
  'Công Thương',
  'Tài chính',
  'Tư pháp',
  'Nội vụ',
  'Y tế',
  'Giao thông Vận tải',
  'Giao thông',
  'Kế hoạch và Đầu tư',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Nông nghiệp',
  'Giáo dục và Đào tạo',
  'Tài nguyên và Môi trường',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Văn hóa, Thể thao và Du lịch',
  'Lao động - Thương binh và Xã hội',
  'Năng lượng',
  'An ninh Nội địa',
  'Lục quân',
  'Hải quân',
  'Không quân',
];

const TITLES: TitleEntry[] = [
  { title: 'Tổng Bí thư', level: 'party-leader' },
  { title: 'Chủ tịch nước', level: 'head-of-state' },
  { title: 'Phó Chủ tịch nước', level: 'deputy-leader' },
  { title: 'Chủ tịch Quốc hội', level: 'legislature' },
  { title: 'Phó Chủ tịch Quốc hội', level: 'legislature' },
  { title: 'Thủ tướng', level: 'head-of-government', variants: ['Thủ tướng Chính phủ'] },
  {
    title: 'Phó Thủ tướng',
    level: 'deputy-leader',
    variants: ['Phó Thủ tướng Chính phủ', 'Phó Thủ tướng Thường trực'],
  },
  { title: 'Tổng thống đắc cử', level: 'head-of-state' },
  { title: 'Tổng thống', level: 'head-of-state' },
  { title: 'Phó Tổng thống', level: 'deputy-leader' },
  { title: 'Quốc vương', level: 'head-of-state' },
  { title: 'Nhà vua', level: 'head-of-state' },
  { title: 'Nữ hoàng', level: 'head-of-state' },
  // Deputies: "Phó Ngoại trưởng Mỹ Thomas Shannon" is not the Secretary of State.
  { title: 'Phó Ngoại trưởng', level: 'deputy-minister' },
  { title: 'Phó Bộ trưởng', level: 'deputy-minister' },
  { title: 'Ngoại trưởng', level: 'minister' },
  { title: 'Bộ trưởng', level: 'minister' },
  { title: 'Thứ trưởng', level: 'deputy-minister', variants: ['Thứ trưởng thứ nhất'] },
  {
    title: 'Cố vấn An ninh Quốc gia',
    level: 'minister',
    variants: ['Cố vấn Hội đồng An ninh quốc gia', 'Cố vấn An ninh quốc gia'],
  },
  { title: 'Đại diện Thương mại', level: 'minister' },
  // The EU's foreign-policy chief: "Đại diện cấp cao về chính sách an ninh và đối ngoại của EU".
  { title: 'Đại diện cấp cao', level: 'minister' },
  {
    title: 'Thư ký Hội đồng An ninh Quốc gia',
    level: 'minister',
    variants: ['Thư ký Hội đồng An ninh quốc gia', 'Thư ký Hội đồng An ninh'],
  },
  { title: 'Trưởng Ban Đối ngoại Trung ương', level: 'minister' },
  // The head of an agency or committee: "Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm Ủy ban Đối
  // ngoại", "Bộ trưởng Chủ nhiệm Cơ quan Bảo vệ Môi trường Hoa Kỳ".
  { title: 'Chủ nhiệm', level: 'minister' },
  { title: 'Phó Chủ nhiệm', level: 'deputy-minister' },
  { title: 'Trưởng Ban Tổ chức Trung ương', level: 'minister' },
  // The head of an office: the Party's Central Office and the White House rank with ministers.
  { title: 'Chánh Văn phòng Trung ương Đảng', level: 'minister' },
  { title: 'Chánh Văn phòng Nhà Trắng', level: 'minister' },
  // The office of a head of state, a government or a parliament holds that office's title: "Chủ
  // nhiệm Văn phòng Chủ tịch nước X" heads the office, X is no president.
  {
    title: 'Chủ nhiệm Văn phòng Chủ tịch nước',
    level: 'minister',
    variants: ['Chánh Văn phòng Chủ tịch nước'],
  },
  {
    title: 'Chủ nhiệm Văn phòng Chính phủ',
    level: 'minister',
    variants: ['Chánh Văn phòng Chính phủ'],
  },
  {
    title: 'Chủ nhiệm Văn phòng Quốc hội',
    level: 'minister',
    variants: ['Chánh Văn phòng Quốc hội'],
  },
  { title: 'Chánh Văn phòng', level: 'official' },
  { title: 'Thường trực Ban Bí thư', level: 'legislature' },
  { title: 'Bí thư Trung ương Đảng', level: 'official' },
  { title: 'Chủ tịch Thượng viện tạm quyền', level: 'legislature' },
  { title: 'Chủ tịch Thượng viện', level: 'legislature' },
  { title: 'Chủ tịch Hạ viện', level: 'legislature' },
  // "TNS Ben Cardin", "HNS Steve Chabot": the press's abbreviations.
  { title: 'Thượng nghị sĩ', level: 'legislature', variants: ['Thượng nghị sỹ', 'TNS'] },
  { title: 'Hạ nghị sĩ', level: 'legislature', variants: ['Hạ nghị sỹ', 'HNS'] },
  // A member of a parliament, either house ("Nghị sĩ John McCain"); overseas papers say "Dân biểu".
  { title: 'Nghị sĩ', level: 'legislature', variants: ['Nghị sỹ'] },
  { title: 'Dân biểu', level: 'legislature' },
  // A US state's governor ("Thống đốc bang Ohio"), a central bank's governor, a city's mayor.
  {
    title: 'Thống đốc Ngân hàng Nhà nước',
    level: 'minister',
    variants: ['Thống đốc Ngân hàng Nhà nước Việt Nam', 'Thống đốc NHNN'],
  },
  { title: 'Thống đốc', level: 'official' },
  { title: 'Thị trưởng', level: 'official' },
  { title: 'Tổng thư ký', level: 'minister' },
  { title: 'Phó Tổng thư ký', level: 'deputy-minister' },
  { title: 'Đại sứ', level: 'ambassador' },
  // "ông TLS Lê Thành Ân": the abbreviation, as with TNS.
  { title: 'Tổng Lãnh sự', level: 'ambassador', variants: ['TLS'] },
  { title: 'Phó Tổng Lãnh sự', level: 'official' },
  { title: 'Đặc phái viên', level: 'ambassador' },
  // An envoy or adviser for one question ("Đại diện Đặc biệt về …", "Cố vấn Cấp cao về …") and
  // the State Department's "senior official" heading a bureau in an acting capacity.
  { title: 'Đại diện Đặc biệt', level: 'ambassador' },
  { title: 'Cố vấn Cấp cao', level: 'official' },
  { title: 'Quan chức cấp cao', level: 'official' },
  // An embassy's counsellors: "bà … - Phó Tham tán Chính trị", "Tham tán Công sứ".
  { title: 'Tham tán Công sứ', level: 'official' },
  { title: 'Tham tán', level: 'official' },
  { title: 'Phó Tham tán', level: 'official' },
  // "Đại biện lâm thời Mỹ tại Việt Nam": the chargé d'affaires heads a mission without an ambassador.
  {
    title: 'Đại biện',
    level: 'ambassador',
    variants: ['Đại biện lâm thời', 'Đại biện (lâm thời)', 'Đại biện Lâm thời'],
  },
  { title: 'Trợ lý Ngoại trưởng', level: 'deputy-minister' },
  { title: 'Trợ lý Bộ trưởng', level: 'deputy-minister' },
  // "Trợ lý Thống đốc bang Ken Alex": the governor's aide, who is there, not the governor.
  { title: 'Trợ lý Thống đốc', level: 'official' },
  { title: 'Tùy viên Quốc phòng', level: 'military', variants: ['Tuỳ viên Quốc phòng'] },
  { title: 'Người phát ngôn', level: 'spokesperson', variants: ['Phát ngôn viên'] },
  { title: 'Cục trưởng', level: 'official' },
  { title: 'Vụ trưởng', level: 'official' },
  { title: 'Phó Vụ trưởng', level: 'official' },
  { title: 'Thẩm phán', level: 'judge' },
  { title: 'Chánh án', level: 'judge' },
  { title: 'Phó Chánh án', level: 'judge' },
  { title: 'Tổng Tham mưu trưởng', level: 'military' },
  { title: 'Tư lệnh', level: 'military' },
  // A province's or city's leaders: "Bí thư Thành ủy TPHCM", "Chủ tịch UBND tỉnh Quảng Nam".
  {
    title: 'Bí thư Thành ủy',
    level: 'official',
    variants: ['Bí thư Thành uỷ', 'Bí thư Thường trực Thành ủy', 'Bí thư Thường trực Thành uỷ'],
  },
  { title: 'Bí thư Tỉnh ủy', level: 'official', variants: ['Bí thư Tỉnh uỷ'] },
  { title: 'Phó Bí thư Thành ủy', level: 'official', variants: ['Phó Bí thư Thành uỷ'] },
  { title: 'Phó Bí thư Tỉnh ủy', level: 'official', variants: ['Phó Bí thư Tỉnh uỷ'] },
  { title: 'Bí thư', level: 'official' },
  {
    title: 'Chủ tịch UBND',
    level: 'official',
    variants: ['Chủ tịch Ủy ban nhân dân', 'Chủ tịch Uỷ ban nhân dân'],
  },
  {
    title: 'Phó Chủ tịch UBND',
    level: 'official',
    variants: [
      'Phó Chủ tịch Ủy ban nhân dân',
      'Phó Chủ tịch Uỷ ban nhân dân',
      'Phó Chủ tịch Thường trực UBND',
      'Phó Chủ tịch thường trực UBND',
    ],
  },
  { title: 'Chủ tịch HĐND', level: 'official', variants: ['Chủ tịch Hội đồng nhân dân'] },
  { title: 'Chủ tịch', level: 'official' },
  { title: 'Phó Chủ tịch', level: 'official' },
  { title: 'Tổng giám đốc', level: 'official' },
  // A province's foreign-affairs department receives the envoys: "Giám đốc Sở Ngoại vụ TPHCM".
  // (Not a firm's "giám đốc".)
  { title: 'Giám đốc Sở Ngoại vụ', level: 'official' },
  { title: 'Phó Giám đốc Sở Ngoại vụ', level: 'official' },
  // The head of the US aid agency's mission: "Giám đốc USAID Việt Nam <name>".
  {
    title: 'Giám đốc USAID',
    level: 'official',
    variants: ['Giám đốc Quốc gia USAID', 'Giám đốc USAID Việt Nam', 'Giám đốc USAID tại Việt Nam'],
  },
  { title: 'Đô đốc', level: 'rank' },
  { title: 'Phó Đô đốc', level: 'rank' },
  { title: 'Chuẩn Đô đốc', level: 'rank' },
  { title: 'Đại tướng', level: 'rank' },
  { title: 'Thượng tướng', level: 'rank' },
  { title: 'Trung tướng', level: 'rank' },
  { title: 'Thiếu tướng', level: 'rank' },
  { title: 'Chuẩn tướng', level: 'rank' },
  { title: 'Đại tá', level: 'rank' },
  { title: 'Thượng úy', level: 'rank', variants: ['Thượng uý'] },
  { title: 'Trung úy', level: 'rank', variants: ['Trung uý'] },
];

export interface TitleMatch {
  /** Normalised title, e.g. "Bộ trưởng Quốc phòng", "Phó Thủ tướng". */
  title: string;
  level: TitleLevel;
  text: string;
  index: number;
  end: number;
}

/** Every spelling of every title with its level ("Bí thư Thành uỷ" → official). */
export const TITLE_FORMS: readonly { form: string; level: TitleLevel }[] = TITLES.flatMap((t) =>
  [t.title, ...(t.variants ?? [])].map((form) => ({ form, level: t.level })),
);

const FORM_TO_ENTRY = new Map<string, TitleEntry>();
for (const t of TITLES) {
  FORM_TO_ENTRY.set(t.title.toLowerCase(), t);
  for (const v of t.variants ?? []) FORM_TO_ENTRY.set(v.toLowerCase(), t);
}
const FORMS = [...FORM_TO_ENTRY.keys()].sort((a, b) => b.length - a.length);
const lowerPattern = (s: string): string => escapeRegExp(s.toLowerCase()).replace(/ /g, '\\s+');
const MINISTRY_ALT = [...MINISTRIES]
  .sort((a, b) => b.length - a.length)
  .map(lowerPattern)
  .join('|');
// Matched on the lower-cased sentence: "Phó Thủ tướng" and "phó thủ tướng" are one title.
// The leading "no letter before" check is done by boundedMatches (see letters.ts for why).
const TITLE_RE = new RegExp(
  `(${wordTrie(FORMS, lowerPattern, '\\s+')})(?:\\s+(?:bộ\\s+)?(${MINISTRY_ALT}))?(?![${LETTER}])`,
  'g',
);

// Canonical capitalisation of a ministry as matched: "quốc phòng" → "Quốc phòng".
const MINISTRY_CANON = new Map(MINISTRIES.map((m) => [m.toLowerCase(), m]));

const EMBASSY_AFTER = new RegExp(`^\\s+quán(?![${LETTER}])`);

/** Every title of office in a sentence, longest match first at each position. */
export function findTitles(sentence: string): TitleMatch[] {
  const out: TitleMatch[] = [];
  const lowered = sentence.toLowerCase();
  const lower = lowered.length === sentence.length ? lowered : sentence;
  for (const m of boundedMatches(TITLE_RE, lower, isLetterCode)) {
    const base = m[1] ?? '';
    const entry = FORM_TO_ENTRY.get(base.toLowerCase().replace(/\s+/g, ' '));
    if (!entry) continue;
    let title = entry.title;
    const ministry = m[2] ? MINISTRY_CANON.get(m[2].toLowerCase().replace(/\s+/g, ' ')) : undefined;
    // "Bộ trưởng Quốc phòng", "Thứ trưởng Ngoại giao", "Tư lệnh Hải quân"; "Thủ tướng" takes no ministry.
    if (ministry && /^(?:Phó Bộ trưởng|Bộ trưởng|Thứ trưởng|Tư lệnh)$/.test(entry.title))
      title = `${entry.title} ${ministry}`;
    const index = m.index ?? 0;
    // "Đại sứ quán", "Tổng Lãnh sự quán": the embassy or consulate, not its head — unless it stands
    // in apposition, where the press sometimes slips ("ông Marc Knapper, Đại sứ quán Mỹ").
    if (
      entry.level === 'ambassador' &&
      EMBASSY_AFTER.test(lower.slice(index + m[0].length, index + m[0].length + 8)) &&
      !/,\s*$/u.test(lower.slice(Math.max(0, index - 3), index))
    )
      continue;
    const text = sentence.slice(
      index,
      index + (ministry && title !== entry.title ? m[0] : base).length,
    );
    out.push({ title, level: entry.level, text, index, end: index + text.length });
  }
  return out;
}

/** Normalise one title phrase: "phó thủ tướng Chính phủ" → "Phó Thủ tướng"; undefined when it is no title. */
export function normaliseTitle(phrase: string): { title: string; level: TitleLevel } | undefined {
  const found = findTitles(phrase.trim());
  const first = found[0];
  if (!first || first.index !== 0) return undefined;
  return { title: first.title, level: first.level };
}

/** The level of a normalised title. */
export function titleLevel(title: string): TitleLevel | undefined {
  return normaliseTitle(title)?.level;
}
