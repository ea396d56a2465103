/**
 * Vietnamese names of states → ISO 3166-1 alpha-2 codes, and finding them in cleaned text.
 * General knowledge: "Mỹ"/"Hoa Kỳ" → US, "Trung Quốc" → CN. "Mỹ Đình", "Thanh Mỹ", "Mỹ Tho" are
 * Vietnamese places, not the United States.
 */
import { boundedMatches, isWordCode, WORD } from './letters';
import { VIETNAMESE_SURNAMES } from './surnames';
import { escapeRegExp } from '../../shared/text';

interface CountryEntry {
  code: string;
  /** The name an editor writes in a title ("Hoa Kỳ", "Ấn Độ"). */
  name: string;
  /** Every form the press uses, full names first. */
  forms: string[];
}

export const COUNTRIES: readonly CountryEntry[] = [
  {
    code: 'VN',
    name: 'Việt Nam',
    // The state's full name comes capitalised three ways in the press.
    forms: [
      'Cộng hòa Xã hội Chủ nghĩa Việt Nam',
      'Cộng hòa Xã hội chủ nghĩa Việt Nam',
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'CHXHCN Việt Nam',
      'Việt Nam',
      'VN',
      'Việt',
    ],
  },
  // "USS San Diego": the prefix of a US Navy ship's name says whose ship it is.
  { code: 'US', name: 'Hoa Kỳ', forms: ['Hợp chúng quốc Hoa Kỳ', 'Hoa Kỳ', 'Mỹ', 'Hoa Kì', 'USS'] },
  { code: 'CN', name: 'Trung Quốc', forms: ['Trung Quốc', 'Trung Hoa'] },
  { code: 'JP', name: 'Nhật Bản', forms: ['Nhật Bản', 'Nhật'] },
  { code: 'IN', name: 'Ấn Độ', forms: ['Ấn Độ', 'Ấn'] },
  { code: 'FR', name: 'Pháp', forms: ['Cộng hòa Pháp', 'Pháp'] },
  { code: 'LA', name: 'Lào', forms: ['Lào'] },
  { code: 'KH', name: 'Campuchia', forms: ['Campuchia', 'Cam-pu-chia'] },
  { code: 'KR', name: 'Hàn Quốc', forms: ['Hàn Quốc'] },
  { code: 'KP', name: 'Triều Tiên', forms: ['Triều Tiên'] },
  { code: 'RU', name: 'Nga', forms: ['Liên bang Nga', 'Nga'] },
  { code: 'PH', name: 'Philippines', forms: ['Philippines', 'Phi-líp-pin'] },
  { code: 'AU', name: 'Australia', forms: ['Australia', 'Úc', 'Ô-xtrây-li-a'] },
  { code: 'GB', name: 'Anh', forms: ['Vương quốc Anh', 'Anh Quốc', 'Anh'] },
  { code: 'DE', name: 'Đức', forms: ['Đức'] },
  { code: 'IT', name: 'Italy', forms: ['Italy', 'Italia', 'Ý'] },
  { code: 'CA', name: 'Canada', forms: ['Canada'] },
  { code: 'TH', name: 'Thái Lan', forms: ['Thái Lan'] },
  { code: 'MY', name: 'Malaysia', forms: ['Malaysia'] },
  { code: 'SG', name: 'Singapore', forms: ['Singapore'] },
  { code: 'ID', name: 'Indonesia', forms: ['Indonesia'] },
  { code: 'MM', name: 'Myanmar', forms: ['Myanmar'] },
  { code: 'MN', name: 'Mông Cổ', forms: ['Mông Cổ'] },
  { code: 'BN', name: 'Brunei', forms: ['Brunei'] },
  { code: 'TL', name: 'Đông Timor', forms: ['Đông Timor', 'Timor-Leste'] },
  { code: 'NZ', name: 'New Zealand', forms: ['New Zealand'] },
  { code: 'CU', name: 'Cuba', forms: ['Cuba'] },
  { code: 'BR', name: 'Brazil', forms: ['Brazil'] },
  { code: 'PE', name: 'Peru', forms: ['Peru'] },
  { code: 'NO', name: 'Na Uy', forms: ['Na Uy'] },
  { code: 'IE', name: 'Ireland', forms: ['Ireland'] },
  { code: 'UA', name: 'Ukraine', forms: ['Ukraine'] },
  { code: 'IL', name: 'Israel', forms: ['Israel'] },
  {
    code: 'MH',
    name: 'Quần đảo Marshall',
    forms: ['Cộng hòa quần đảo Marshall', 'Quần đảo Marshall'],
  },
  { code: 'FM', name: 'Micronesia', forms: ['Liên bang Micronesia', 'Micronesia'] },
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The name an editor writes for a country code: "US" → "Hoa Kỳ". */
export function countryName(code: string): string | undefined {
  return BY_CODE.get(code)?.name;
}

export interface CountryMention {
  code: string;
  text: string;
  index: number;
}

const FORM_TO_CODE = new Map<string, string>();
for (const c of COUNTRIES) for (const f of c.forms) FORM_TO_CODE.set(f, c.code);
const ALL_FORMS = [...FORM_TO_CODE.keys()].sort((a, b) => b.length - a.length);
// Word boundaries for Vietnamese: a letter (any script) must not touch the match.
// (the leading boundary is checked by boundedMatches, see letters.ts for why).
const COUNTRY_RE = new RegExp(`(?:${ALL_FORMS.map(escapeRegExp).join('|')})(?![${WORD}])`, 'g');

/** Capitalised syllables that, next to "Mỹ", make a Vietnamese place ("Mỹ Tho", "Thanh Mỹ", "Mỹ Lai"). */
const PLAIN_VIET_SYLLABLES = new Set(
  'An Anh Ba Bang Binh Cam Canh Chanh Chi Giang Hoa Hai Hung Kim Lai Lam Lan Linh Long Luong Mai Minh Nam Nghia Nhan Phong Phu Quan Quang Sa Sang Son Tam Tan Thanh Tho Thu Tien Tin Trang Trung Tu Tuyen Van Vinh Xuan Yen Khe Hao Loc'.split(
    ' ',
  ),
);
const VIET_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
/** Country-like prefixes that still mean the US after them ("Việt - Mỹ", "Việt Mỹ", "Nhật Mỹ"). */
const COUNTRY_SHORT = new Set([
  'Việt',
  'Nhật',
  'Hàn',
  'Nga',
  'Pháp',
  'Anh',
  'Úc',
  'Lào',
  'ASEAN',
  'Dương',
  'Kông',
]);
/** Words that make "Mỹ" a continent or region ("châu Mỹ", "Nam Mỹ", "Mỹ Latinh"). */
const REGION_BEFORE = new Set(['châu', 'Châu', 'Nam', 'Bắc', 'Trung', 'Latinh']);

function isVietnameseSyllable(word: string): boolean {
  return /^\p{Lu}/u.test(word) && (VIET_DIACRITIC.test(word) || PLAIN_VIET_SYLLABLES.has(word));
}

/** Whether the "Mỹ" at `index` is the United States rather than part of a place name. */
export function isUsMy(text: string, index: number): boolean {
  const after = /^Mỹ\s+([\p{L}]+)/u.exec(text.slice(index));
  const nextWord = after?.[1];
  if (nextWord && (isVietnameseSyllable(nextWord) || nextWord === 'Latinh')) return false;
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, index - 20), index));
  const prevWord = before?.[1];
  if (prevWord) {
    if (REGION_BEFORE.has(prevWord)) return false;
    if (COUNTRY_SHORT.has(prevWord)) return true;
    if (isVietnameseSyllable(prevWord)) return false;
  }
  return true;
}

/** Every country named in a text, in reading order ("Mỹ Đình" is skipped). */
export function findCountries(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of boundedMatches(COUNTRY_RE, text, isWordCode)) {
    const index = m.index ?? 0;
    const code = FORM_TO_CODE.get(m[0]);
    if (!code) continue;
    if (m[0] === 'Mỹ' && !isUsMy(text, index)) continue;
    if (m[0] !== 'Mỹ' && !m[0].includes(' ') && insidePersonName(text, index)) continue;
    // "Ấn Độ Dương", "Ấn Độ - Thái Bình Dương", "Ấn Độ - châu Á - Thái Bình Dương" are seas and regions.
    if (
      (m[0] === 'Ấn Độ' || m[0] === 'Ấn') &&
      /^\s*(?:Dương|[-–]\s*(?:Thái Bình Dương|châu Á))/u.test(text.slice(index + m[0].length))
    )
      continue;
    // "Anh" and "Ý", "Ấn", "Việt" are also words or given names: keep them only in a country context.
    if (
      (m[0] === 'Anh' || m[0] === 'Ý' || m[0] === 'Ấn' || m[0] === 'Nhật') &&
      !countryContext(text, index, m[0])
    )
      continue;
    if (
      m[0] === 'Việt' &&
      !/^Việt\s*[-–]\s*\p{Lu}|^Việt\s+(?:Mỹ|Ấn|Pháp|Nga|Nhật|Trung|Lào)/u.test(text.slice(index)) &&
      !/[-–]\s*$/.test(text.slice(Math.max(0, index - 3), index))
    )
      continue;
    out.push({ code, text: m[0], index });
  }
  return out;
}

const NAME_BEFORE = /((?:\p{Lu}\p{L}*\s){1,3})$/u;

/**
 * Whether a one-word country form at `index` is a given name: "Nguyễn Minh Đức", "Lê Đức Anh" are
 * people (a capitalised run that starts with a Vietnamese surname), not Germany or Britain.
 */
function insidePersonName(text: string, index: number): boolean {
  const run = NAME_BEFORE.exec(text.slice(Math.max(0, index - 30), index))?.[1];
  if (!run) return false;
  // "Ông Nguyễn Đức" at a sentence start: the honorific is no part of the name.
  const words = run
    .trim()
    .split(' ')
    .filter((w) => !/^(?:Ông|Bà|Ngài)$/u.test(w));
  return (
    words.length > 0 && VIETNAMESE_SURNAMES.has(words[0]!) && words.every(isVietnameseSyllable)
  );
}

// "Thủ tướng Anh", "nước Anh", "Việt - Anh", "Anh và Pháp" are the country; "anh Nguyễn Văn Bình" is not.
function countryContext(text: string, index: number, form: string): boolean {
  const before = text.slice(Math.max(0, index - 25), index);
  const after = text.slice(index + form.length, index + form.length + 12);
  if (/\p{Lu}/u.test(after.trimStart().charAt(0)) && !/^\s*(?:và|,|\.|-|–)/u.test(after))
    return false;
  return /(?:nước|Thủ tướng|Tổng thống|Bộ trưởng|Ngoại trưởng|Đại sứ|Nữ hoàng|Vua|Hoàng gia|quân đội|hải quân|chính phủ|Chính phủ|người|Việt|[-–,]|và)\s*$/u.test(
    before,
  );
}

/** The country code of a whole phrase that is exactly a country form: "Hoa Kỳ" → "US". */
export function countryCode(phrase: string): string | undefined {
  return FORM_TO_CODE.get(phrase.trim());
}

/** The regex source matching any country form, for other modules' patterns. */
export const COUNTRY_FORMS_SOURCE = ALL_FORMS.map(escapeRegExp).join('|');

// Agencies of a state that their name alone places, as any reader knows them: "USAID và Bộ Y tế đã
// ký Bản ghi nhớ" is an act of the United States though no country is named.
const STATE_AGENCIES: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}\d])(?:USAID|FBI|NASA|DPAA|Lầu Năm Góc|Nhà Trắng)(?![\p{L}\d])/u, 'US'],
];

/** The states whose agencies a text names by an agency's own name ("USAID" → US). */
export function agencyStates(text: string): string[] {
  return STATE_AGENCIES.filter(([re]) => re.test(text)).map(([, code]) => code);
}
