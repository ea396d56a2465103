/**
 * Finding date expressions in cleaned Vietnamese sentences: "ngày 25/3", "chiều 31-1",
 * "ngày 28/6 - 2/7", "24-26/10", "tháng 9/2023", "hôm qua", "thứ Hai (25/3)"…
 * The year is usually absent; `year.ts` reasons it out. Numbers that only look like dates
 * (fractions, scores, document numbers) are left alone.
 */
import {
  allMatches,
  allMatchesAfter,
  isLetterOrNumberPoint,
  isLetterPoint,
  withoutLeadingLookbehind,
} from '../knowledge/letters';
import { MONTH_WORDS, WEEKDAY_SOURCE } from '../knowledge/months';

/**
 * One date expression found in a sentence (text is already cleaned: spaces, not underscores).
 * Every field is always present, `undefined` when unknown: mentions made by `newMention` share one
 * hidden class, so the year reasoning that reads them stays monomorphic (a field added only when
 * known gave each combination its own class, and the optimised code was thrown away and rebuilt).
 */
export interface DateMention {
  /** The matched expression, e.g. "ngày 28/6 - 2/7". */
  text: string;
  /** Offset in the sentence. */
  index: number;
  /** Start; missing parts unknown. */
  day: number | undefined;
  month: number | undefined;
  year: number | undefined;
  /** End of a range, when given. */
  endDay: number | undefined;
  endMonth: number | undefined;
  endYear: number | undefined;
  /** "hôm nay", "sáng nay", "hôm qua", "ngày mai". */
  relative: 'today' | 'yesterday' | 'tomorrow' | undefined;
  /** 0=Sunday … 6=Saturday when "thứ Hai"/"Chủ nhật" is given. */
  weekday: number | undefined;
  /**
   * A date that qualifies a noun, not when the sentence's act happened: an anniversary's span
   * ("kỷ niệm 30 năm … (22/12/1992-22/12/2022)"), a campaign's period ("Đợt … (tháng 5 - 7/2018)").
   */
  aside: true | undefined;
}

/** A mention of `text` at `index` with nothing known yet: the finder fills in what the text gives. */
export function newMention(text: string, index: number): DateMention {
  return {
    text,
    index,
    day: undefined,
    month: undefined,
    year: undefined,
    endDay: undefined,
    endMonth: undefined,
    endYear: undefined,
    relative: undefined,
    weekday: undefined,
    aside: undefined,
  };
}

// Words before a day/month pair that say "this is a date": "ngày 25/3", "chiều 31-1", "hôm 6/10",
// "từ 5-9/3", "vào 12/11", "( 15-2 )", "thứ Hai (25/3)", "14h ngày mai ( 15-2 )".
const CUE_WORD = String.raw`(?:rạng\s+sáng|sáng\s+sớm|ngày|mùng|mồng|sáng|trưa|chiều|tối|đêm|hôm|từ|đến|tới|vào|hồi|${WEEKDAY_SOURCE}|hôm\s+(?:nay|qua)|(?:sáng|trưa|chiều|tối|đêm)\s+(?:nay|qua|mai)|ngày\s+mai|\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*phút)?|\d{1,2}:\d{2}|\()`;
const CUE_RUN = new RegExp(String.raw`(?:(?<![\p{L}\p{N}])${CUE_WORD}\s*[,(-]?\s*)+$`, 'iu');

// A number that is a count, an amount or a score, not a date: "3/4 số phiếu", "2-3%", "thắng 3-1".
const NUMBER_AFTER =
  /^\s*(?:%|phần\s+trăm|số|phiếu|tỷ|tỉ|triệu|nghìn|ngàn|usd|đô\s+la|bàn|điểm|ván|set|lần|người|dân|km|kg|tấn|ha|m2|m3|vụ|trường\s+hợp|học\s+sinh|sinh\s+viên|suất|ghế|thành\s+viên)(?![\p{L}])/iu;
const NUMBER_BEFORE =
  /(?:(?<![\p{L}])(?:số|tỷ\s+số|tỉ\s+số|thắng|thua|hòa|hoà|gỡ|tỷ\s+lệ|tỉ\s+lệ|khoảng|chừng|gần|hơn|chiếm|đạt|lên|xuống|còn|mất)\s*|[\p{L}\p{N}][/-])$/iu;
// "/VPCP", "/NĐ-CP": the numbers belong to a document reference.
const SLASH_LETTERS_AFTER = /^[/-]\s*\p{L}/u;

// "25/3", "25-3-2024", "10/9 năm 2023"
const DM = String.raw`(?<![\d.,/])(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4})|\s+năm\s+(\d{4}))?(?![\d,.]\d|\d)`;
const RANGE_SEP = String.raw`\s*(?:[-–—]|đến(?:\s+hết)?(?:\s+ngày)?|tới(?:\s+ngày)?)\s*`;
const PAIR_SEP = String.raw`\s*(?:[-–—]|đến(?:\s+hết)?(?:\s+ngày)?|tới(?:\s+ngày)?|và(?:\s+ngày)?|,)\s*`;
// One regex, longest form first at each position:
//   1–8   "28/6 - 2/7", "5-3 đến 9-3-2018"  (range across months)
//   9–13  "24-26/10", "27 đến 29/5", "10 và 11/9"  (range within a month)
//   14–17 "25/3", "31-1", "01/02/2024"
//   18–21 "ngày 2 tháng 9 năm 1945", "ngày 18 tháng giêng"
//   22–25 "từ ngày 1 đến ngày 2 tháng 11", "ngày 10 và 11 tháng 9 năm 2023"  (worded range)
const DAY_MONTH = new RegExp(
  [
    `${DM}${RANGE_SEP}${DM}`,
    String.raw`(?<![\d.,/])(\d{1,2})${PAIR_SEP}${DM}`,
    DM,
    String.raw`(?<![\d.,/])(\d{1,2})\s+tháng\s+(\d{1,2}|giêng|chạp|mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?:\s+năm\s+(\d{4})|\s*,\s*(\d{4})(?![\d.,]\d))?(?![\d.,]?\d|[\p{L}])`,
    String.raw`(?<![\d.,/])(\d{1,2})${PAIR_SEP}(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?![\d.,]?\d|[\p{L}])`,
  ].join('|'),
  'giu',
);

// "tháng 8 năm nay", "tháng 12 năm ngoái": kept in the mention's text for the year reasoning.
const RELATIVE_YEAR = String.raw`\s+năm\s+(?:nay|ngoái|trước|sau|tới)(?![\p{L}])`;
// "tháng 9/2023", "tháng 11-2017", "tháng 9 năm 2023", "tháng Giêng", "tháng 5".
const MONTH = new RegExp(
  String.raw`(?<![\p{L}])tháng\s+(?:(\d{1,2})(?:\s*(?:[/-]\s*|\.(?=\d{4}))(\d{4})|\s+năm\s+(\d{4})|${RELATIVE_YEAR})?(?![\d/]|[,.]\d|\s*(?:tuổi|ngày|lần))|(giêng|chạp|mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4})|${RELATIVE_YEAR})?(?![\p{L}]))`,
  'giu',
);
// "tháng 5 - 7/2018", "từ tháng 3 đến tháng 6 năm 2020": a period of months.
const MONTH_RANGE =
  /(?<![\p{L}])tháng\s+(\d{1,2})\s*(?:[-–—]|đến|tới)\s*(?:tháng\s+)?(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/]|[,.]\d|\s*(?:tuổi|ngày|lần))/giu;
// "kỷ niệm 30 năm thiết lập quan hệ ngoại giao (": the span that follows is the anniversary's.
const ANNIVERSARY_BEFORE = /kỷ\s+niệm\s+\d{1,3}\s+năm[^.;()]{0,100}$/iu;
// A noun right before the bracket: "Đợt tìm kiếm chung lần thứ 131 (" (not "thứ Hai (").
const NOUN_THEN_BRACKET = /[\p{L}\p{N}]\s*\(\s*$/u;
// A dot between day and month, only right after a date word: "ngày 4.6", "từ 4 đến 6.6",
// "sáng 12.3.2019"; never "đạt 6.6 tỷ USD" or "từ 2.5 đến 3.5%" (no "ngày" before the first number).
const DOT_DATE =
  /(?<![\p{L}\p{N}])(?:(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)\s+(?:(\d{1,2})\s*(?:-|–|đến)\s*)?|từ\s+(?:ngày\s+)?(\d{1,2})\s*(?:-|–|đến)\s*(?:ngày\s+)?)(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?![\d%]|[.,]\d)/giu;
// The US layout of a dateline: "Tháng Năm 27, 2021", "tháng 5 27, 2021".
const US_DATE =
  /(?<![\p{L}])[Tt]háng\s+(Giêng|Chạp|Mười\s+Một|Mười\s+Hai|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|\d{1,2})\s+(\d{1,2}),\s*(\d{4})(?!\d)/gu;
// A weekday alone after a time-of-day word: "hôm thứ Ba", "tối thứ Ba", "vào Chủ nhật tới"; the
// weekday word is capitalised ("ngày thứ hai của chuyến thăm" is "the second day").
const WEEKDAY_ONLY =
  /(?<![\p{L}])(?:[Rr]ạng\s+sáng|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm|[Vv]ào)\s+(?:thứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)|([Cc]hủ\s+[Nn]hật))(?![\p{L}])(?:\s+(?:tới|này|vừa\s+qua|tuần\s+(?:trước|qua|tới|sau|này))(?![\p{L}]))?/gu;
// "năm 2023", "năm 1995": a year on its own (milestones, background).
const YEAR = /(?<![\p{L}])năm\s+(\d{4})(?!\d)/giu;
// "hôm qua", "sáng nay", "ngày mai"… ("ngày nay" means "nowadays", not today).
const RELATIVE =
  /(?<![\p{L}])(?:(?:ngày\s+)?hôm\s+(nay|qua)|(?:sáng|trưa|chiều|tối|đêm)\s+(nay|qua|mai)|ngày\s+(mai))(?![\p{L}])/giu;
// RELATIVE's first match only, built once (not per call): no "g", so no lastIndex to carry over.
const RELATIVE_FIRST = new RegExp(RELATIVE.source, 'iu');
const WEEKDAY = /(?<![\p{L}])(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật))(?![\p{L}])/iu;
const WEEKDAY_AFTER = new RegExp(String.raw`^\s*[,(]\s*${WEEKDAY_SOURCE}\s*\)?`, 'iu');

// The sentence-wide patterns above without their leading "no letter before" lookbehind: it makes
// V8 try the pattern at every position (≈ 5× slower); allMatchesAfter checks that character itself.
const NO_LETTER = String.raw`(?<![\p{L}])`;
const DOT_DATE_BODY = withoutLeadingLookbehind(DOT_DATE, String.raw`(?<![\p{L}\p{N}])`);
const US_DATE_BODY = withoutLeadingLookbehind(US_DATE, NO_LETTER);
const WEEKDAY_ONLY_BODY = withoutLeadingLookbehind(WEEKDAY_ONLY, NO_LETTER);
const MONTH_RANGE_BODY = withoutLeadingLookbehind(MONTH_RANGE, NO_LETTER);
const MONTH_BODY = withoutLeadingLookbehind(MONTH, NO_LETTER);
const YEAR_BODY = withoutLeadingLookbehind(YEAR, NO_LETTER);
const RELATIVE_BODY = withoutLeadingLookbehind(RELATIVE, NO_LETTER);

const WEEKDAY_NUMBERS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };

/** Days in a month; February counts 29 when the year is unknown ("29/2" may be a leap day). */
function daysIn(month: number, year?: number): number {
  if (month === 2)
    return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDay(day: number, month: number, year?: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

function validYear(year: number | undefined): boolean {
  return year === undefined || (year >= 1900 && year <= 2100);
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function weekdayOf(text: string): number | undefined {
  const m = WEEKDAY.exec(text);
  if (!m) return undefined;
  if (m[2]) return 0;
  const word = (m[1] ?? '').toLowerCase();
  if (/^\d$/.test(word)) return Number(word) - 1; // "thứ 2" is Monday
  return WEEKDAY_NUMBERS[word];
}

function relativeOf(text: string): DateMention['relative'] {
  const m = RELATIVE_FIRST.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  return word === 'nay' ? 'today' : word === 'qua' ? 'yesterday' : 'tomorrow';
}

/** Day of the year order, for telling whether a range goes forward ("28/12 - 3/1" crosses the new year). */
function ordinal(day: number, month: number): number {
  return month * 32 + day;
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (spans: Span[], start: number, end: number): boolean =>
  spans.some((s) => start < s.end && end > s.start);

/**
 * Every date expression in one sentence, in reading order. The mentions are new on every call:
 * a caller that needs them in several places (extraction and the year reasoning) finds them once
 * and passes them on.
 */
export function findDateMentions(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: Span[] = [];
  const add = (mention: DateMention): void => {
    found.push(mention);
    taken.push({ start: mention.index, end: mention.index + mention.text.length });
  };

  // Cheap first looks: most sentences have no digit and no relative word.
  const hasDigit = /\d/.test(sentence);
  for (const m of hasDigit ? allMatches(DAY_MONTH, sentence) : []) {
    const matchStart = m.index ?? 0;
    const matchEnd = matchStart + m[0].length;
    const before = sentence.slice(Math.max(0, matchStart - 60), matchStart);
    const after = sentence.slice(matchEnd, matchEnd + 30);
    if (NUMBER_AFTER.test(after) || SLASH_LETTERS_AFTER.test(after)) continue;
    // "tháng 5-7/2018" is a period of months (read below), not 5 July
    if (/(?<![\p{L}])tháng\s*$/iu.test(before)) continue;
    const cue = CUE_RUN.exec(before);
    const hasCue = cue !== null && cue[0].trim() !== '';
    if (!hasCue && NUMBER_BEFORE.test(before)) continue;

    let mention: DateMention | undefined;
    let strong = false; // valid without a cue: an explicit year or a well-formed range
    if (m[1] !== undefined) {
      // "28/6 - 2/7": two full dates
      const [d1, m1, y1, d2, m2, y2] = [
        num(m[1]),
        num(m[2]),
        num(m[3] ?? m[4]),
        num(m[5]),
        num(m[6]),
        num(m[7] ?? m[8]),
      ] as number[];
      if (!validDay(d1!, m1!, y1) || !validDay(d2!, m2!, y2) || !validYear(y1) || !validYear(y2))
        continue;
      const backwards = ordinal(d2!, m2!) < ordinal(d1!, m1!);
      const gapMonths = ((m2! - m1! + 12) % 12) + (backwards && m1 === m2 ? 12 : 0);
      if (
        y1 === undefined &&
        y2 === undefined &&
        (gapMonths > 3 || ordinal(d1!, m1!) === ordinal(d2!, m2!))
      )
        continue;
      mention = newMention('', 0);
      mention.day = d1!;
      mention.month = m1!;
      mention.endDay = d2!;
      mention.endMonth = m2!;
      if (y1 !== undefined) mention.year = y1;
      if (y2 !== undefined) {
        mention.endYear = y2;
        // "5-3 đến 9-3-2018": the start shares the end's year unless the range crosses the new year
        if (y1 === undefined) mention.year = backwards ? y2 - 1 : y2;
      }
      strong = true;
    } else if (m[9] !== undefined || m[22] !== undefined) {
      // "24-26/10", "27 đến 29/5", "10 và 11/9"; worded: "từ ngày 1 đến ngày 2 tháng 11"
      const g = m[9] !== undefined ? 9 : 22;
      const year = g === 9 ? (m[12] ?? m[13]) : m[25];
      const [d1, d2, mo, y] = [num(m[g])!, num(m[g + 1])!, num(m[g + 2])!, num(year)];
      if (!validDay(d1, mo, y) || !validDay(d2, mo, y) || !validYear(y) || d1 >= d2) continue;
      mention = newMention('', 0);
      mention.day = d1;
      mention.month = mo;
      mention.endDay = d2;
      mention.endMonth = mo;
      if (y !== undefined) {
        mention.year = y;
        mention.endYear = y;
      }
      strong = true;
    } else if (m[14] !== undefined) {
      // "25/3", "31-1", "01/02/2024"
      const [d, mo, y] = [num(m[14])!, num(m[15])!, num(m[16] ?? m[17])];
      if (!validDay(d, mo, y) || !validYear(y)) continue;
      mention = newMention('', 0);
      mention.day = d;
      mention.month = mo;
      mention.year = y;
      strong = y !== undefined;
    } else if (m[18] !== undefined) {
      // "ngày 2 tháng 9 năm 1945", "ngày 18 tháng giêng": needs its "ngày" cue; a month word
      // other than "giêng"/"chạp" only capitalised ("20 tháng Năm"), as in MONTH below.
      const word = m[19]!;
      const lower = word.toLowerCase().replace(/\s+/g, ' ');
      if (!/^\d/.test(word) && lower !== 'giêng' && lower !== 'chạp' && word[0] === lower[0])
        continue;
      const mo = /^\d/.test(word) ? Number(word) : MONTH_WORDS[lower]!;
      const [d, y] = [num(m[18])!, num(m[20] ?? m[21])];
      if (!validDay(d, mo, y) || !validYear(y)) continue;
      mention = newMention('', 0);
      mention.day = d;
      mention.month = mo;
      mention.year = y;
    }
    if (!mention || (!hasCue && !strong)) continue;

    // "vào sáng 6-10" → "sáng 6-10": a preposition before another cue is not part of the date
    const cueRun = hasCue ? cue![0].replace(/^(?:đến|tới|vào|hồi)\s+(?=[\p{L}\d(])/iu, '') : '';
    const start = matchStart - cueRun.length;
    let end = matchEnd;
    const trailingWeekday = WEEKDAY_AFTER.exec(sentence.slice(matchEnd));
    if (trailingWeekday)
      end += trailingWeekday[0].length; // "ngày 25/3 (thứ Hai)"
    else if (/\(\s*$/.test(cueRun)) end += /^\s*\)?/.exec(sentence.slice(matchEnd))![0].length; // "thứ Hai (25/3)"
    if (overlaps(taken, start, end)) continue;
    mention.index = start;
    mention.text = sentence.slice(start, end).trim();
    const cueText = cueRun;
    const weekday =
      weekdayOf(cueText) ?? (trailingWeekday ? weekdayOf(trailingWeekday[0]) : undefined);
    if (weekday !== undefined) mention.weekday = weekday;
    const relative = relativeOf(cueText); // "hôm nay 30/7", "ngày mai ( 15-2 )"
    if (relative) mention.relative = relative;
    add(mention);
  }

  for (const m of hasDigit && sentence.includes('.')
    ? allMatchesAfter(DOT_DATE_BODY, sentence, isLetterOrNumberPoint)
    : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = sentence.slice(end, end + 30);
    if (NUMBER_AFTER.test(after) || overlaps(taken, start, end)) continue;
    const first = num(m[1] ?? m[2]);
    const [d, mo, y] = [num(m[3])!, num(m[4])!, num(m[5])];
    if (!validDay(d, mo, y) || !validYear(y)) continue;
    if (first !== undefined && !(first < d && validDay(first, mo, y))) continue;
    const mention = newMention(m[0], start);
    mention.day = first ?? d;
    mention.month = mo;
    if (first !== undefined) {
      mention.endDay = d;
      mention.endMonth = mo;
    }
    if (y !== undefined) {
      mention.year = y;
      if (first !== undefined) mention.endYear = y;
    }
    const relative = relativeOf(m[0]);
    if (relative) mention.relative = relative;
    add(mention);
  }

  for (const m of hasDigit && /tháng/i.test(sentence)
    ? allMatchesAfter(US_DATE_BODY, sentence, isLetterPoint)
    : []) {
    const start = m.index ?? 0;
    if (overlaps(taken, start, start + m[0].length)) continue;
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const month = /^\d/.test(word) ? Number(word) : MONTH_WORDS[word];
    const [d, y] = [Number(m[2]), Number(m[3])];
    if (month === undefined || !validDay(d, month, y) || !validYear(y)) continue;
    const mention = newMention(m[0], start);
    mention.day = d;
    mention.month = month;
    mention.year = y;
    add(mention);
  }

  for (const m of /thứ|nhật/i.test(sentence)
    ? allMatchesAfter(WEEKDAY_ONLY_BODY, sentence, isLetterPoint)
    : []) {
    const start = m.index ?? 0;
    if (overlaps(taken, start, start + m[0].length)) continue;
    // "thứ Ba (25/3)", "thứ Hai, ngày 25/3": the weekday names a date the first loop reads
    if (/^\s*[,(]?\s*(?:ngày\s+)?\d/u.test(sentence.slice(start + m[0].length))) continue;
    const mention = newMention(m[0], start);
    mention.weekday = m[2] ? 0 : WEEKDAY_NUMBERS[m[1]!.toLowerCase()]!;
    add(mention);
  }

  for (const m of hasDigit && /tháng/i.test(sentence)
    ? allMatchesAfter(MONTH_RANGE_BODY, sentence, isLetterPoint)
    : []) {
    const start = m.index ?? 0;
    if (overlaps(taken, start, start + m[0].length)) continue;
    const [first, last, year] = [Number(m[1]), Number(m[2]), num(m[3] ?? m[4])];
    if (first < 1 || last > 12 || first >= last || !validYear(year)) continue;
    const mention = newMention(m[0], start);
    mention.month = first;
    mention.endMonth = last;
    if (year !== undefined) {
      mention.year = year;
      mention.endYear = year;
    }
    add(mention);
  }

  for (const m of /tháng/i.test(sentence)
    ? allMatchesAfter(MONTH_BODY, sentence, isLetterPoint)
    : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    let month: number | undefined;
    if (m[1] !== undefined) month = Number(m[1]);
    else if (m[4] !== undefined) {
      const word = m[4];
      const lower = word.toLowerCase().replace(/\s+/g, ' ');
      // "tháng Năm", "tháng Ba" are months only when capitalised: "những tháng năm" means "years"
      if (lower !== 'giêng' && lower !== 'chạp' && word[0] === word[0]?.toLowerCase()) continue;
      month = MONTH_WORDS[lower];
    }
    const year = num(m[2] ?? m[3] ?? m[5] ?? m[6]);
    if (month === undefined || month < 1 || month > 12 || !validYear(year)) continue;
    const mention = newMention(m[0], start);
    mention.month = month;
    mention.year = year;
    add(mention);
  }

  for (const m of hasDigit ? allMatchesAfter(YEAR_BODY, sentence, isLetterPoint) : []) {
    const start = m.index ?? 0;
    const year = Number(m[1]);
    if (overlaps(taken, start, start + m[0].length) || !validYear(year)) continue;
    const mention = newMention(m[0], start);
    mention.year = year;
    add(mention);
  }

  for (const m of /nay|qua|mai/i.test(sentence)
    ? allMatchesAfter(RELATIVE_BODY, sentence, isLetterPoint)
    : []) {
    const start = m.index ?? 0;
    if (overlaps(taken, start, start + m[0].length)) continue;
    const relative = relativeOf(m[0]);
    if (!relative) continue;
    const mention = newMention(m[0], start);
    mention.relative = relative;
    add(mention);
  }

  for (const mention of found) if (isAside(sentence, mention)) mention.aside = true;
  return found.sort((a, b) => a.index - b.index);
}

// "15 giờ ngày 10/12/2001 (tức là 3 giờ sáng ngày 11/12 giờ Hà Nội)", "Chiều 10.11 (sáng 11.11 giờ
// Việt Nam)": the same moment told in another time zone, after the date of the place it happened.
const OTHER_ZONE = /tức là|tức|giờ\s+(?:Việt Nam|Hà Nội|địa phương|\p{Lu})|theo giờ/u;
const DATE_BEFORE = /\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s+tháng/u;

/** Whether a date restates, in brackets, an earlier date of the sentence in another time zone. */
function isOtherZone(sentence: string, mention: DateMention): boolean {
  const open = sentence.lastIndexOf('(', mention.index);
  if (open < 0 || sentence.lastIndexOf(')', mention.index) > open) return false;
  const close = sentence.indexOf(')', mention.index);
  const inside = sentence.slice(open, close < 0 ? undefined : close);
  return OTHER_ZONE.test(inside) && DATE_BEFORE.test(sentence.slice(Math.max(0, open - 60), open));
}

// "… điểm lại kết quả kể từ khi ký Hiệp định vào tháng 12/2001": the date a period counts from,
// in the clause "(kể) từ khi" opens, is not the day of the act the sentence tells.
const SINCE_WHEN = /(?<![\p{L}])(?:kể\s+)?từ\s+khi(?![\p{L}])[^,.;:()]*$/iu;
const SINCE_WHEN_REACH = 120;

// "(từ tháng 12/2019 đến nay)", "Từ năm 2019 tới nay": a period up to the present, not an act's day.
const SINCE_UNTIL_NOW = /^\s*(?:đến|tới)\s+nay(?![\p{L}])/u;

/**
 * Whether a bracketed date qualifies the noun before it: a range after "kỷ niệm N năm …"
 * ("(22/12/1992-22/12/2022)") or a period of months ("Đợt tìm kiếm … (tháng 5 - 7/2018)").
 * "thứ Hai (25/3)" and a caption's "(5/12/2022)" are the dates of what is told: kept.
 */
function isAside(sentence: string, mention: DateMention): boolean {
  if (isOtherZone(sentence, mention)) return true;
  if (SINCE_WHEN.test(sentence.slice(Math.max(0, mention.index - SINCE_WHEN_REACH), mention.index)))
    return true;
  if (
    SINCE_UNTIL_NOW.test(sentence.slice(mention.index + mention.text.length)) &&
    /(?:từ|kể từ)\s*$/iu.test(sentence.slice(Math.max(0, mention.index - 12), mention.index))
  )
    return true;
  const text = mention.text.replace(/^\(\s*/u, '').replace(/\s*\)$/u, '');
  const at = mention.index + mention.text.indexOf(text);
  const before = sentence.slice(Math.max(0, at - 160), at);
  const bracketed = /\(\s*$/u.test(before) && /^\s*\)/u.test(sentence.slice(at + text.length));
  if (!bracketed) return false;
  const range = mention.endMonth !== undefined || mention.endYear !== undefined;
  if (range && ANNIVERSARY_BEFORE.test(before.replace(/\(\s*$/u, ''))) return true;
  return range && mention.day === undefined && NOUN_THEN_BRACKET.test(before);
}
