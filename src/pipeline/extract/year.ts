/**
 * Reasoning out the year of a date mention, as a careful reader would. The order:
 *   1. an explicit year in the mention itself ("25/3/2024", "tháng 9/2023");
 *   2. the publication date (metadata or a timestamp line), corrected by tense: a past "ngày 28/12"
 *      in a January article is the previous December, a future "ngày 5/1" in a December article
 *      the next January;
 *   3. relative words ("hôm qua", "sáng nay") against the publication date only;
 *   4. without a publication date, the years the text gives: past dates and reference points
 *      ("kể từ khi … tháng 9/2023" → after September 2023), completed-year statistics ("năm 2022,
 *      tăng 11% so với năm 2021" → 2023 or later), anniversaries ("10 năm quan hệ đối tác toàn
 *      diện" + "năm 2013" → 2023); future targets ("đến năm 2030") are not evidence of the present;
 *   5. who held which office when (knowledge/office-holders.ts);
 *   6. a weekday ("thứ Hai (25/3)") picks among the candidate years.
 * Candidates are combined and the earliest year that satisfies every bound wins. When nothing
 * bounds the year, the answer is "unknown", never a guess.
 */
import { findCountries } from '../knowledge/countries';
import { NATIONAL_DAYS } from '../knowledge/national-days';
import { numberedOccasions } from '../knowledge/occasions';
import {
  ASEAN_US_SPECIAL_SUMMITS,
  PLANNED_STEP,
  US_LEADER_VISITS,
  US_RELATIONS_DAY,
  US_RELATIONSHIP,
} from '../knowledge/relationship';
import { dayNumber, firstDay, lastDay, shiftDay } from '../../shared/dates';
import { foldAccents } from '../../shared/text';
import {
  OFFICE_HOLDERS,
  findOfficeHolders,
  intersectIntervals,
  officeConstraint,
  type DayInterval,
  type OfficeConstraint,
} from '../knowledge/office-holders';
import { findDateMentions, newMention, type DateMention } from './dates';

export interface DateContext {
  /** "YYYY-MM-DD" from the article's metadata, when known (a shorter partial date is accepted). */
  publishedAt?: string;
  /** All sentences of the article (lead + body), cleaned. */
  sentences: string[];
  /** Where the mention stands. */
  sentenceIndex: number;
  /** The article's photo captions: written with the article, they may say what the body does not. */
  captions?: string[];
  /**
   * Each sentence's date mentions (findDateMentions), index for index: the caller has them already,
   * so no sentence is scanned twice. Only read here, never changed: the caller keeps using them.
   */
  sentenceDates?: SentenceDates;
  /** The headline: the office-holders it names date the article as the body's do. */
  headline?: string;
}

/** The date mentions of each sentence of an article, in sentence order; shared, so read-only. */
export type SentenceDates = ReadonlyArray<ReadonlyArray<Readonly<DateMention>>>;

/** Sentence `i`'s mentions: the caller's when given, else found now. */
function datesOf(
  sentences: string[],
  sentenceDates: SentenceDates | undefined,
  i: number,
): ReadonlyArray<Readonly<DateMention>> {
  return sentenceDates?.[i] ?? findDateMentions(sentences[i] ?? '');
}

export type ResolvedDate =
  | { ok: true; start: string; end?: string; reason: string }
  | {
      ok: false;
      reason: string;
      /** When several years fit a day: the day in each of them ("2023-12-08", "2024-12-08"…). */
      candidates?: string[];
    };

/** A dated statement the article makes, with what it tells about the article's present. */
export interface YearFact {
  /**
   * past: happened, so the present is on or after it; reference: a "kể từ khi"/"sau khi" point;
   * future: planned or targeted, so the present is before it; complete-year: a year whose full
   * statistics are given, so the present is after it; occasion: a year that names an occasion
   * ("Hội nghị APEC 2006"), so what happens at it falls in that year.
   */
  kind: 'past' | 'reference' | 'future' | 'complete-year' | 'occasion';
  /** First and last day the statement covers. */
  from: string;
  to: string;
  /** How exactly the statement is dated (a lone lower bound is trusted only when day or month, and near). */
  precision: 'day' | 'month' | 'year';
  sentenceIndex: number;
  text: string;
  /** Stated as "vào năm 2050": a target when far beyond the article's other years. */
  target?: boolean;
  /**
   * A plan for a coming year ("hy vọng trong năm 2019 … sẽ"), not a far target ("đến năm 2030");
   * for an occasion, one still to come ("kịp phục vụ Hội nghị APEC 2017").
   */
  planned?: boolean;
  /** A year told as over: "đã có trong năm 2015", "Năm 2017, … đã thảo luận": the present is later. */
  over?: boolean;
  /** The date of an occasion whose eve the article's act is on ("trước thềm … (tháng 11/2011)"). */
  eve?: boolean;
  /** Told as just past: "tháng 9/2023 vừa qua", "hồi tháng 9/2023": the present follows it closely. */
  recent?: boolean;
  /** A dated period ("(tháng 02 – 06/2022)"): a day just after it falls in its year. */
  period?: boolean;
  /**
   * An occasion someone goes to ("dự lễ khai mạc Hội chợ Nông sản Quốc tế Việt Nam 2019"): the
   * visit the article reports is at it, however far from the visit's dates the sentence stands.
   */
  attended?: boolean;
  /** Two months before `from`: how far before a dated fact a reader lets the reported event go. */
  slack: string;
}

/** An anniversary the article celebrates: "kỷ niệm 10 năm quan hệ đối tác toàn diện" (2013 + 10). */
export interface Anniversary {
  year: number;
  /** Planned ("sẽ tổ chức kỷ niệm …"): the article may come the year before. */
  planned: boolean;
  /** The anniversary's day (MM-DD) when known: US relations turn a year older on 12 July. */
  day?: string;
  sentenceIndex: number;
  reason: string;
}

/** The years the article's text allows, from everything but the mention being resolved. */
export interface YearEvidence {
  /** Publication date, from metadata or a timestamp line ("07:53 - Thứ Năm, 01/02/2024"). */
  publishedAt?: string;
  publishedFrom?: 'metadata' | 'timestamp';
  facts: YearFact[];
  anniversaries: Anniversary[];
  offices?: OfficeConstraint;
  /** Years an office-holder's term is said to end or begin in ("sẽ hết nhiệm kỳ vào cuối năm nay"). */
  terms: TermClue[];
  /** The article names an ASEAN – US special summit ("Hội nghị Cấp cao đặc biệt ASEAN - Mỹ"). */
  specialSummit?: boolean;
}

/**
 * "Đại sứ Ted Osius sẽ hết nhiệm kỳ … vào cuối năm nay": the present is the year the term ends;
 * "chính quyền mới của Hoa Kỳ": the present is a new US administration's first year.
 */
export interface TermClue {
  windows: DayInterval[];
  reason: string;
  /** A bound on one side only: it narrows the office terms' windows, never dates on its own. */
  narrowsOnly?: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

// ---------------------------------------------------------------------------------------------
// Tense and cues

// Words that make a stated year a plan or a target, not the past: "đến năm 2030", "sẽ … năm 2025",
// "đề xuất tổ chức diễn tập … trong năm 2018", "nhất trí … tổ chức kỷ niệm … năm 2025".
const FUTURE_CLAUSE =
  /(?<![\p{L}])(?:sẽ|dự kiến|dự định|kế hoạch|mục tiêu|tầm nhìn|định hướng|phấn đấu|hướng tới|hướng đến|nhằm|cam kết|nhất trí|thống nhất|đề xuất|đề nghị|kiến nghị|mong muốn|hy vọng|hi vọng|kỳ vọng|chuẩn bị|sắp|đến năm|tới năm|trước năm|chậm nhất|muộn nhất)(?![\p{L}])/iu;
// Long-range targets and strategies: "đến năm 2030", "tầm nhìn 2045", "giai đoạn 2021-2030".
const TARGET =
  /(?<![\p{L}])(?:đến năm|tới năm|mục tiêu|tầm nhìn|chiến lược|định hướng|phấn đấu|giai đoạn|vào năm|trước năm)(?![\p{L}])/iu;
// A stricter list for anniversaries: "mong muốn … trong Năm kỷ niệm" still means this year. "Thống
// nhất đất nước" is the country's reunification, not an agreement on a plan.
const PLANNED =
  /(?<![\p{L}])(?:sẽ|dự kiến|dự định|kế hoạch|chuẩn bị|sắp|nhất trí|thống nhất(?!\s+đất\s+nước)|hướng tới|tiến tới)(?![\p{L}])/iu;
// Around a mention: is the sentence about what will happen? "sẽ thăm … từ ngày 31/5".
const FUTURE_NEAR =
  /(?<![\p{L}])(?:sẽ|dự kiến|dự định|sắp|theo kế hoạch|chuẩn bị|(?:tuần|tháng|năm) tới|sắp tới|tới đây)(?![\p{L}])/iu;
// "trước thềm Hội nghị Cấp cao Đông Á (tổ chức tại Indonesia giữa tháng 11/2011)", "Trước thềm Đại
// hội …, diễn ra từ ngày 19-25/1/2026": a date told of the occasion on whose eve the act happens.
const ON_THE_EVE = /(?<![\p{L}])trước\s+thềm(?![\p{L}])([^.;!?]{0,140})$/iu;
const OCCASION_DATE_CUE =
  /(?:\([^()]*|(?<![\p{L}])(?:diễn\s+ra|tổ\s+chức|khai\s+mạc)(?![\p{L}])[^,;()]{0,30})$/iu;
// How far ahead a plan told to the month or the day is made, at most.
const PLAN_AHEAD_DAYS = 365;
// How long before an occasion its eve may begin: a season.
const EVE_DAYS = 92;
// A day this early in its month may have an eve in the month before.
const EARLY_IN_MONTH = 7;

/** Whether the date at `index` is that of the occasion whose eve the sentence's act is on. */
function dateOfTheEve(sentence: string, index: number): boolean {
  if (!sentence.includes('thềm')) return false; // the cheap test first: most sentences have no eve
  const eve = ON_THE_EVE.exec(sentence.slice(Math.max(0, index - 160), index));
  return eve !== null && OCCASION_DATE_CUE.test(eve[1] ?? '');
}
// "Ngày 2/3/2023 — Tổng giám đốc USAID … sẽ tới thăm Việt Nam vào tuần tới": a dateline (a date
// opening the sentence, then a dash or colon) tells when it was written; the act comes the week or
// the month after, so only its month is known.
const DATELINE_AFTER = /^\s*[—–:-]/u;
const NEXT_PERIOD = /(?<![\p{L}])(?:vào\s+)?(tuần|tháng)\s+(?:tới|sau)(?![\p{L}])/iu;
// How far from its dateline a sentence's opening date may start: "Hà Nội, ngày 2/3/2023 —".
const DATELINE_OPENING = 24;

// What may stand before a dateline's date: nothing, or the place it was written ("Washington, ").
const DATELINE_PLACE = /^\s*(?:[\p{Lu}][\p{L}. ]{1,22},\s*)?$/u;

/**
 * Whether `mention` is the dateline a press release opens its sentence with ("Washington, Ngày 4
 * tháng 5 năm 2021 – Cuộc đối thoại … sẽ diễn ra vào ngày 7 tháng 5"): when it was written, not
 * when anything happens.
 */
export function isOpeningDateline(sentence: string, mention: DateMention): boolean {
  return datelineShaped(sentence, mention) && DATELINE_PLACE.test(sentence.slice(0, mention.index));
}

/** Whether `mention` is a day near the sentence's start followed by a dash or a colon. */
function datelineShaped(sentence: string, mention: DateMention): boolean {
  return (
    mention.index <= DATELINE_OPENING &&
    mention.day !== undefined &&
    DATELINE_AFTER.test(sentence.slice(mention.index + mention.text.length))
  );
}

/** The period ("tuần"/"tháng") after a dateline that the sentence's act is announced for. */
function periodAfterDateline(sentence: string, mention: DateMention): 'tuần' | 'tháng' | undefined {
  if (!datelineShaped(sentence, mention)) return undefined;
  const next = NEXT_PERIOD.exec(sentence.slice(mention.index + mention.text.length));
  return next ? (next[1]!.toLowerCase() as 'tuần' | 'tháng') : undefined;
}

// "kể từ khi hai nước xác lập … vào tháng 9/2023": the event comes after that point.
const REFERENCE = /(?<![\p{L}])(?:kể từ|từ khi|sau khi|kể từ khi|sau)(?![\p{L}])/iu;
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '!', '?', '(', ')']);
// A plan told after its year or month: "năm 2015 hai nước sẽ kỷ niệm 20 năm", "tháng 6/2019 và
// sẽ …": the cue within a few words. Not after a day, which as often opens a done act's account.
const FUTURE_AFTER = /^\s*(?:[\p{L}]+\s+){0,3}(?:sẽ|dự kiến|dự định|sắp)(?![\p{L}])/iu;
// "tháng 9/2023 vừa qua", "hồi tháng 9/2023": a recent past the present follows closely.
const RECENT_AFTER = /^\s*(?:vừa\s+qua|vừa\s+rồi)(?![\p{L}])/iu;
const RECENT_BEFORE = /(?<![\p{L}])hồi\s*$/iu;
// "Hội nghị Lãnh đạo kinh tế APEC 2006", "SEA Games 2003": a year that names an occasion. The
// name is an acronym or a games word, after an occasion word when an acronym ("GDP 2023" is not).
// The acronym may close the name spelt out before it: "Diễn đàn Kinh tế Thế giới (WEF) 2019".
const OCCASION_YEAR =
  /(?<![\p{L}\d])(?:(\p{Lu}{2,}[\p{Lu}\d]*)\)?|Games|Cup|Olympic|Olympics|Expo|EXPO)\s+((?:19|20)\d\d)(?![\d/\-–])/gu;
// "Hội chợ Thương mại quốc tế Việt Nam 2018", "Diễn đàn Doanh nghiệp Việt – Mỹ 2024": a year that
// closes a name an occasion word opens (up to nine words, the last capitalised) names that
// occasion, acronym or not. Words that date ("năm", "tháng", "từ"…) end a name.
const NAMED_OCCASION_YEAR =
  /(?<![\p{L}])(?:Triển lãm|Hội chợ|Diễn đàn|Hội nghị|Hội thảo|Lễ hội|Tuần lễ)(?:\s+(?!(?:năm|tháng|ngày|vào|trong|từ|đến|sẽ|đã)(?![\p{L}]))[\p{L}'’&–-]+){1,9}?(?<=\p{Lu}[\p{L}]*)\s+((?:19|20)\d\d)(?![\d/\-–])/gu;
// Going to an occasion, not recalling one ("từng dự" is a past visit of its own); "dự án" (a
// project) and "dự kiến" (planned) are other words.
const ATTENDS = /(?<![\p{L}])(?<!từng\s)(?:dự(?!\s+(?:án|kiến)(?![\p{L}]))|khai mạc)(?![\p{L}])/iu;
// "Đối tác Thái Bình Dương 2016 (PP16)": a year its acronym repeats (groups 2 and 3 must agree).
const YEAR_IN_ACRONYM = /\s((?:19|20)(\d\d))\s*\(\s*\p{Lu}{2,}\s*-?\s*(\d\d)\s*\)/gu;
// "Chương trình quảng bá địa phương Việt Nam (VPR USA-2017)": a programme's short name in brackets,
// its year joined by a hyphen, names the occasion of that year.
const BRACKETED_NAME_YEAR =
  /\(\s*(?:\p{Lu}[\p{Lu}\d]+\s+){0,2}\p{Lu}[\p{Lu}\d]+\s*-\s*((?:19|20)\d\d)\s*\)/gu;
const HYPHEN_YEAR_BRACKET = /-\s*(?:19|20)\d\d\s*\)/u;
// What every OCCASION_YEAR match holds: a year after whitespace.
const SPACE_THEN_YEAR = /\s(?:19|20)\d\d/;
const OCCASION_WORD =
  /(?<![\p{L}])(?:hội\s+nghị|hội\s+chợ|diễn\s+đàn|triển\s+lãm|đại\s+hội|hội\s+thảo|lễ\s+hội|festival|tuần\s+lễ|giải)(?![\p{L}])/iu;
// "Đại hội … nhiệm kỳ 2024 - 2029" (not the UN's "Đại hội đồng"): group 1 is the term's first year.
const CONGRESS_OF_TERM =
  /(?<![\p{L}])[Đđ]ại\s+hội(?!\s+đồng)(?![\p{L}])[^.;!?]{0,120}?nhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d/u;
// "Tầm nhìn ASEAN 2025", "Cộng đồng ASEAN 2025": a target named by a year, not an occasion.
const NAMED_TARGET =
  /(?<![\p{L}])(?:tầm\s+nhìn|cộng\s+đồng|kế\s+hoạch|chương\s+trình|lộ\s+trình|mục\s+tiêu|chiến\s+lược|hiệp\s+định|luật|nghị\s+quyết)(?![\p{L}])/iu;

/** The rest of a clause after a mention: up to the next punctuation. */
function clauseAfter(rest: string): string {
  const end = rest.search(/[,;:.!?()]/u);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The clause that holds the text at `index`: from the last punctuation before it to `index`. */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  // Back from the end to the last break: what a matchAll over the whole "before" found, unscanned.
  let start = before.length;
  while (start > 0 && !CLAUSE_BREAK.has(before.charAt(start - 1))) start--;
  return before.slice(start);
}

/** The words around a mention (`before` words before it, `after` after it), for its tense. */
function around(sentence: string, index: number, length: number, before = 10, after = 6): string {
  const left = sentence.slice(0, index).split(/\s+/).slice(-before).join(' ');
  const right = sentence
    .slice(index + length)
    .split(/\s+/)
    .slice(0, after + 1)
    .join(' ');
  return `${left} ${right}`;
}

// ---------------------------------------------------------------------------------------------
// Evidence

// "07:53 - Thứ Năm, 01/02/2024 Lượt xem: 6021", "Cập nhật lúc 07:53, 01/02/2024 (GMT+7)": a page's
// timestamp line is a date, a time and little else.
const TIMESTAMP_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u;
const TIMESTAMP_NOISE =
  /\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}:\d{2}(?::\d{2})?|thứ\s+\p{L}+|chủ\s+nhật|cập\s+nhật|đăng\s+(?:lúc|ngày)|lúc|ngày|lượt\s+xem|in\s+bài\s+viết|gmt|[+\d\s:,|()-]/giu;

// "6 tháng đầu năm 2023 tăng 5% so với cùng kỳ năm 2022" is not a completed year.
const PART_OF_YEAR =
  /(?<![\p{L}])(?:tháng|quý|cùng kỳ|tính đến|từ đầu năm|nửa đầu|đầu năm nay)(?![\p{L}])/iu;
const COMPARED_WITH = /so với\s+(?:năm\s+)?(\d{4})/iu;
// "5 tháng đầu năm nay", "quý I năm nay", "từ đầu năm nay": figures for the part of this year gone by.
const PART_OF_THIS_YEAR =
  /(?<![\p{L}])(?:(?:\d{1,2}|mấy|vài)\s+tháng\s+đầu|quý\s+(?:I{1,3}|IV|[1-4])|nửa\s+đầu|từ\s+đầu)\s+năm\s+nay(?![\p{L}])/iu;
// Every PART_OF_THIS_YEAR match holds "năm nay"; this test, with no leading lookbehind, is a quick
// scan, while V8 tries PART_OF_THIS_YEAR's lookbehind at every position of every sentence.
const SAYS_THIS_YEAR = /năm\s+nay/iu;
// The full-year figures stand a sentence or two before the part-year ones.
const FIGURES_REACH = 3;
// A year's trade or output figure: "205,5 triệu USD", "12 tỷ đồng", "tăng 5%".
const FIGURE = /\d\s*(?:tỷ|triệu|nghìn|ngàn)\s*(?:USD|đô|đồng)|\d\s*%/iu;

// "mục tiêu đến năm 2025 đạt 10 tỷ USD": a target's year is still to come, not a year of figures.
const TARGET_YEAR_BEFORE = /(?:đến|tới|vào|sau|trước|mục tiêu|kế hoạch)\s*$/iu;

/** The latest "năm 2021" among sentences that give a figure: the year the figures are for. */
function latestYearWithFigures(texts: string[]): number | undefined {
  let latest: number | undefined;
  for (const text of texts) {
    if (!FIGURE.test(text)) continue;
    for (const m of text.matchAll(/(?<![\p{L}])năm\s+(\d{4})(?!\d)/giu)) {
      if (TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const year = Number(m[1]);
      if (latest === undefined || year > latest) latest = year;
    }
  }
  return latest;
}

// "kỷ niệm 30 năm …", "20 năm thiết lập …", "20 năm kể từ khi hai nước thiết lập …", "mừng 20 năm
// hai nước bình thường hóa …": years counted since a step of the relationship.
const ANNIVERSARY =
  /(?:(?<![\p{L}])(?:kỷ|kỉ)\s+niệm\s+(?:tròn\s+)?(?:(\d{1,3})\s+năm|lần\s+thứ\s+(\d{1,3}))|(?<![\p{L}\d])(\d{1,3})\s+năm\s+(?=(?:(?:kể\s+)?từ\s+(?:khi\s+)?)?(?:hai\s+nước\s+)?(?:quan\s+hệ|thiết\s+lập|bình\s+thường\s+hó?a|bình\s+thường\s+hoá|ngày\s+thành\s+lập|thành\s+lập|Việt\s*[-–—]\s*Mỹ|Việt\s+Nam\s*[-–—]\s*Hoa\s+Kỳ)))([^,;:.!?()"“”]{0,90})/giu;
const YEAR_SPAN_AFTER = /^\s*\(\s*(1[89]\d\d|20\d\d)\s*[-–—]\s*(1[89]\d\d|20\d\d)\s*\)/u;
// Another anniversary inside one's phrase, "kỷ niệm 30 năm …" or "và 30 năm …": where it ends.
const NEXT_ANNIVERSARY =
  /(?<![\p{L}])(?:(?:kỷ|kỉ)\s+niệm\s+(?:tròn\s+)?|và\s+)(?:\d{1,3}\s+năm|lần\s+thứ\s+\d)/iu;

// General knowledge: the base years of the relationship, for anniversaries no year in the text
// explains ("kỷ niệm 20 năm bình thường hoá quan hệ Việt Nam - Mỹ" → 1995 + 20).
const US_STEPS = US_RELATIONSHIP;
// "quan hệ Mỹ - Việt Nam", "quan hệ hai nước" right after the count: the relationship's own age.
const RELATIONS_WORDS =
  /binh thuong hoa|quan he ngoai giao|^\s*quan he\s+(?:giua\s+)?(?:hai nuoc|(?:viet nam|my|hoa ky)\s*[-–—]\s*(?:viet nam|my|hoa ky))(?![a-z])/;
const RELATION_BASES: Array<{ pattern: RegExp; year: number; label: string }> = [
  {
    pattern: RELATIONS_WORDS,
    year: US_STEPS.relations,
    label: `normalisation of relations in ${US_STEPS.relations}`,
  },
  {
    pattern: /doi tac chien luoc toan dien/,
    year: US_STEPS['comprehensive-strategic'],
    label: `comprehensive strategic partnership in ${US_STEPS['comprehensive-strategic']}`,
  },
  {
    pattern: /doi tac toan dien/,
    year: US_STEPS.comprehensive,
    label: `comprehensive partnership in ${US_STEPS.comprehensive}`,
  },
];
const US_WORDS = /(?<![a-z])(?:my|hoa ky)(?![a-z])/;

// General knowledge: the years of the days both countries mark ("kỷ niệm 248 năm Ngày Độc lập Hoa
// Kỳ" → 1776 + 248, "kỷ niệm 79 năm Quốc khánh 2/9" → 1945 + 79). Folded, on the anniversary's phrase.
const NATIONAL_BASES: Array<{ pattern: RegExp; year: number; label: string }> = [
  ...NATIONAL_DAYS.map((d) => ({ pattern: d.name, year: d.founded, label: d.label })),
  { pattern: /^\s*chien thang dien bien phu/, year: 1954, label: 'Điện Biên Phủ in 1954' },
  {
    pattern: /^\s*(?:cuoc\s+)?tong tien cong(?: va noi day)?(?: tet| xuan)? mau than/,
    year: 1968,
    label: 'the Tết Offensive of 1968',
  },
  {
    pattern: /^\s*(?:ngay\s+)?giai phong (?:hoan toan\s+)?mien nam(?:,? thong nhat dat nuoc)?/,
    year: 1975,
    label: 'reunification in 1975',
  },
];

const STOP = new Set([
  'va',
  'cua',
  'cac',
  'nhung',
  'giua',
  'hai',
  'nuoc',
  'tu',
  'den',
  'trong',
  'voi',
  'la',
  'nam',
  'nay',
  'ky',
  'niem',
]);

function bigrams(text: string): Set<string> {
  const words = foldAccents(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));
  const out = new Set<string>();
  for (let k = 0; k + 1 < words.length; k++) out.add(`${words[k]} ${words[k + 1]}`);
  return out;
}

function factSpan(
  mention: DateMention,
  sentence: string,
): Pick<YearFact, 'from' | 'to' | 'precision'> | undefined {
  const { year, month, day } = mention;
  if (year === undefined) return undefined;
  if (month !== undefined && day !== undefined) {
    const start = isoDay(year, month, day);
    let end = start;
    if (mention.endDay !== undefined && mention.endMonth !== undefined) {
      const endYear = mention.endYear ?? (mention.endMonth < month ? year + 1 : year);
      end = isoDay(endYear, mention.endMonth, mention.endDay);
    }
    return { from: start, to: end, precision: 'day' };
  }
  if (month !== undefined) {
    const m = `${year}-${pad(month)}`;
    // "(tháng 02 – 06/2022)": dates.ts reads a period of months whole
    const last =
      mention.endMonth !== undefined && mention.endMonth > month ? mention.endMonth : month;
    return { from: firstDay(m), to: lastDay(`${year}-${pad(last)}`), precision: 'month' };
  }
  // "cuối năm 2018" is as good as a month: the last quarter
  const before = sentence.slice(Math.max(0, mention.index - 12), mention.index);
  if (/cuối\s*$/iu.test(before))
    return { from: `${year}-10-01`, to: `${year}-12-31`, precision: 'month' };
  if (/giữa\s*$/iu.test(before))
    return { from: `${year}-05-01`, to: `${year}-08-31`, precision: 'month' };
  if (/đầu\s*$/iu.test(before))
    return { from: `${year}-01-01`, to: `${year}-03-31`, precision: 'month' };
  return { from: `${year}-01-01`, to: `${year}-12-31`, precision: 'year' };
}

const evidenceCache = new WeakMap<string[], Map<string, YearEvidence>>();

/** The years the article's text allows, from everything but the mention itself (cached per sentences array). */
export function articleYearEvidence(
  sentences: string[],
  publishedAt?: string,
  captions: string[] = [],
  sentenceDates?: SentenceDates,
  headline?: string,
): YearEvidence {
  const key = `${publishedAt ?? ''}|${captions.length}|${headline ?? ''}`;
  let perArticle = evidenceCache.get(sentences);
  const cached = perArticle?.get(key);
  if (cached) return cached;
  const evidence = buildEvidence(sentences, publishedAt, captions, sentenceDates, headline);
  if (!perArticle) {
    perArticle = new Map();
    evidenceCache.set(sentences, perArticle);
  }
  perArticle.set(key, evidence);
  return evidence;
}

/** The publication date: the metadata's, else a timestamp line among the first sentences. */
function publicationOf(
  sentences: string[],
  publishedAt: string | undefined,
  sentenceDates: SentenceDates | undefined,
): Pick<YearEvidence, 'publishedAt' | 'publishedFrom'> {
  if (publishedAt && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(publishedAt))
    return { publishedAt, publishedFrom: 'metadata' };
  for (const [i, sentence] of sentences.slice(0, 4).entries()) {
    // A dateline alone on its line: "Ngày 27 tháng 5 năm 2021," heads a press release
    const dateline = sentence.length <= 40 ? datesOf(sentences, sentenceDates, i) : [];
    const only = dateline.length === 1 ? dateline[0]! : undefined;
    if (
      only?.year !== undefined &&
      only.day !== undefined &&
      only.endDay === undefined &&
      sentence.replace(only.text, '').replace(/[\s,.:;–-]/gu, '') === ''
    )
      return { publishedAt: isoDay(only.year, only.month!, only.day), publishedFrom: 'timestamp' };
    if (sentence.length > 120 || !/\d{1,2}:\d{2}/.test(sentence)) continue;
    const m = TIMESTAMP_DATE.exec(sentence);
    if (!m || sentence.replace(TIMESTAMP_NOISE, '').length > 20) continue;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) continue;
    return { publishedAt: isoDay(y, mo, d), publishedFrom: 'timestamp' };
  }
  return {};
}

const publicationCache = new WeakMap<string[], Map<string, ReturnType<typeof publicationOf>>>();

/** publicationOf, cached per sentences array: every mention of an article asks for it. */
function cachedPublicationOf(
  sentences: string[],
  publishedAt: string | undefined,
  sentenceDates: SentenceDates | undefined,
): ReturnType<typeof publicationOf> {
  const key = publishedAt ?? '';
  let perArticle = publicationCache.get(sentences);
  let found = perArticle?.get(key);
  if (!found) {
    found = publicationOf(sentences, publishedAt, sentenceDates);
    if (!perArticle) {
      perArticle = new Map();
      publicationCache.set(sentences, perArticle);
    }
    perArticle.set(key, found);
  }
  return found;
}

function buildEvidence(
  sentences: string[],
  publishedAt: string | undefined,
  captions: string[],
  sentenceDates: SentenceDates | undefined,
  headline?: string,
): YearEvidence {
  const evidence: YearEvidence = {
    ...publicationOf(sentences, publishedAt, sentenceDates),
    facts: [],
    anniversaries: [],
    terms: termClues([...sentences, ...captions]),
    ...(sentences.some((s) => s.includes('đặc biệt') && SPECIAL_SUMMIT.test(s))
      ? { specialSummit: true }
      : {}),
  };

  sentences.forEach((sentence, sentenceIndex) => {
    for (const mention of datesOf(sentences, sentenceDates, sentenceIndex)) {
      const span = factSpan(mention, sentence);
      if (!span) continue;
      // "đến năm 2030": the cue may be the mention's own first word
      const clause = clauseBefore(sentence, mention.index) + mention.text;
      const rest = sentence.slice(mention.index + mention.text.length);
      const eve = dateOfTheEve(sentence, mention.index);
      const future =
        FUTURE_CLAUSE.test(clause) ||
        eve ||
        /^\s*tới(?![\p{L}])/iu.test(rest) ||
        (span.precision !== 'day' && FUTURE_AFTER.test(clauseAfter(rest)));
      const kind: YearFact['kind'] = future
        ? 'future'
        : REFERENCE.test(clause)
          ? 'reference'
          : 'past';
      const fact: YearFact = {
        kind,
        ...span,
        sentenceIndex,
        text: mention.text,
        slack: shiftDay(span.from, -60),
      };
      if (eve && span.precision !== 'year') fact.eve = true;
      if (/vào\s*$/iu.test(sentence.slice(Math.max(0, mention.index - 6), mention.index)))
        fact.target = true;
      if (future && span.precision === 'year' && !fact.target && !TARGET.test(clause))
        fact.planned = true;
      if (kind === 'past' && span.precision === 'year' && toldAsOver(sentence, mention))
        fact.over = true;
      if (
        kind === 'past' &&
        span.precision !== 'year' &&
        (RECENT_AFTER.test(rest) || RECENT_BEFORE.test(sentence.slice(0, mention.index)))
      )
        fact.recent = true;
      if (mention.day === undefined && mention.endMonth !== undefined && kind !== 'future') {
        // "(tháng 02 – 06/2022)" then "Ngày 30/6": a day just after a period falls in its year
        fact.period = true;
      }
      evidence.facts.push(fact);
    }
    evidence.facts.push(...occasionFacts(sentence, sentenceIndex));

    // "đạt 123 tỷ USD năm 2022, tăng 11% so với năm 2021": 2022 is over
    const compared = sentence.includes('so với') ? COMPARED_WITH.exec(sentence) : null;
    if (compared && !PART_OF_YEAR.test(sentence)) {
      const previous = Number(compared[1]);
      const completed = previous + 1;
      if (new RegExp(`năm\\s+${completed}(?!\\d)`, 'u').test(sentence))
        evidence.facts.push(wholeYearFact('complete-year', completed, sentenceIndex, compared[0]));
    }
    // "Trong năm 2021, kim ngạch … đạt 205,5 triệu USD. 5 tháng đầu năm nay, kim ngạch đạt 96,2
    // triệu USD": beside figures for part of this year, the latest year with full figures is the last one over.
    if (SAYS_THIS_YEAR.test(sentence) && PART_OF_THIS_YEAR.test(sentence)) {
      const nearBefore = sentences.slice(Math.max(0, sentenceIndex - FIGURES_REACH), sentenceIndex);
      const lastOver = latestYearWithFigures([...nearBefore, sentence]);
      if (lastOver !== undefined)
        evidence.facts.push(
          wholeYearFact('complete-year', lastOver, sentenceIndex, `năm ${lastOver}`),
        );
    }
  });

  // A headline a scraper ran into the first sentence may cut an anniversary in two ("Nhân dịp kỷ
  // niệm lần thứ 239" | "Quốc khánh của Hợp chúng quốc Hoa Kỳ"): read across that seam too.
  const seam =
    headline && sentences.length && !/[.!?:;"”]\s*$/u.test(headline) ? headline.length : -1;
  const anniversaryTexts = sentences.map((text, sentenceIndex) => ({
    text,
    sentenceIndex,
    seam: -1,
  }));
  if (seam >= 0)
    anniversaryTexts.push({ text: `${headline} ${sentences[0]}`, sentenceIndex: 0, seam });
  anniversaryTexts.forEach(({ text: sentence, sentenceIndex, seam }) => {
    if (!/\d\s+năm|lần\s+thứ\s+\d/u.test(sentence)) return;
    ANNIVERSARY.lastIndex = 0;
    for (let m = ANNIVERSARY.exec(sentence); m; m = ANNIVERSARY.exec(sentence)) {
      const at = m.index;
      // "kỷ niệm 80 năm thành lập và hai nước … kỷ niệm 30 năm thiết lập quan hệ ngoại giao": each
      // count has its own phrase, and the next count is read on its own.
      const fullPhrase = m[4] ?? '';
      const nextCount = NEXT_ANNIVERSARY.exec(fullPhrase);
      const phrase = nextCount ? fullPhrase.slice(0, nextCount.index) : fullPhrase;
      const matched = m[0].slice(0, m[0].length - fullPhrase.length + phrase.length);
      if (nextCount) ANNIVERSARY.lastIndex = at + matched.length;
      if (seam >= 0 && !(at < seam && at + matched.length > seam + 1)) continue;
      const years = Number(m[1] ?? m[2] ?? m[3]);
      if (!(years >= 1 && years <= 300)) continue;
      // "10 năm Việt - Mỹ từ Đối tác Toàn diện đến Đối tác Chiến lược Toàn diện" is a span, not an anniversary
      if (/(?<![\p{L}])từ(?![\p{L}]).*(?<![\p{L}])(?:đến|tới)(?![\p{L}])/iu.test(phrase)) continue;
      const planned = PLANNED.test(clauseBefore(sentence, at));
      const lead = sentence.slice(0, at);
      // "Năm ngoái … đã kỷ niệm 20 năm …": the anniversary year was last year; "… kỷ niệm 25 năm
      // quan hệ ngoại giao hai nước vào năm sau": the phrase tells it is next year.
      const shift = /(?<![\p{L}])năm\s+(?:ngoái|trước)(?![\p{L}])/iu.test(lead)
        ? 1
        : /(?<![\p{L}])năm\s+(?:tới|sau)(?![\p{L}])/iu.test(lead) ||
            /(?<![\p{L}])vào\s+năm\s+(?:tới|sau)(?![\p{L}])/iu.test(phrase)
          ? -1
          : 0;
      // "kỷ niệm 40 năm thành lập Hội … (1985-2025)": a bracketed span as long as the count
      // ends in the anniversary's year.
      const span = nextCount ? null : YEAR_SPAN_AFTER.exec(sentence.slice(at + m[0].length));
      const spanEnd = span && Number(span[2]) - Number(span[1]) === years ? span[2] : undefined;
      const ownYear = spanEnd ?? /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/.exec(phrase)?.[1];
      const usRelations =
        RELATIONS_WORDS.test(foldAccents(phrase)) && US_WORDS.test(foldAccents(sentence));
      const day = usRelations ? { day: US_RELATIONS_DAY } : {};
      if (ownYear) {
        // "kỷ niệm 30 năm … trong năm 2025": the anniversary year is given
        evidence.anniversaries.push({
          year: Number(ownYear) + shift,
          planned: planned && shift === 0,
          ...day,
          sentenceIndex,
          reason: `anniversary "${matched.trim()}"`,
        });
        continue;
      }
      const base = anniversaryBase(phrase, sentence, sentences, evidence.facts, {
        sentenceIndex,
        text: matched,
      });
      // "đã có trong năm 2015 – năm kỷ niệm 20 năm …": an anniversary year the sentence tells as
      // over says when the anniversary was, not when the article is.
      const past = evidence.facts.some(
        (f) =>
          f.sentenceIndex === sentenceIndex &&
          f.over === true &&
          Number(f.from.slice(0, 4)) === (base?.year ?? NaN) + years + shift,
      );
      if (base && !past) {
        evidence.anniversaries.push({
          year: base.year + years + shift,
          planned: planned && shift === 0,
          ...(base.year === US_STEPS.relations ? day : {}),
          sentenceIndex,
          reason: `${years} years after ${base.label} ("${matched.trim()}")${shift ? `, told as ${shift > 0 ? 'last' : 'next'} year` : ''}`,
        });
      }
    }
  });

  markFarTargets(evidence.facts);

  // The headline's people count too ("… chúc mừng tân Chủ tịch nước Nguyễn Phú Trọng"), after the
  // body's sentences so that their indexes stay the body's.
  const offices = officeConstraint(headline ? [...sentences, headline] : sentences);
  if (offices && offices.intervals.length > 0) evidence.offices = offices;
  return evidence;
}

/**
 * A whole year as a fact: a year told as over ("complete-year") or one an occasion's name gives
 * ("occasion"), wherever in the article the event is told.
 */
function wholeYearFact(
  kind: 'complete-year' | 'occasion' | 'reference',
  year: number,
  sentenceIndex: number,
  text: string,
): YearFact {
  return {
    kind,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    precision: 'year',
    sentenceIndex,
    text,
    slack: `${year}-01-01`,
  };
}

/** Years that name an occasion: "chuẩn bị cho Hội nghị Lãnh đạo kinh tế APEC 2017". */
function occasionFacts(sentence: string, sentenceIndex: number): YearFact[] {
  const facts: YearFact[] = [];
  // Most sentences name no year after a space: skip the costly scan (lookbehind, \p{Lu}) there.
  // An exec loop: matchAll copies the regex on every call (every sentence of every article).
  OCCASION_YEAR.lastIndex = 0;
  const scan = SPACE_THEN_YEAR.test(sentence);
  for (let m = scan ? OCCASION_YEAR.exec(sentence) : null; m; m = OCCASION_YEAR.exec(sentence)) {
    const at = m.index;
    const lead = sentence.slice(Math.max(0, at - 50), at);
    if (m[1] && !OCCASION_WORD.test(lead)) continue;
    if (NAMED_TARGET.test(lead.split(/\s+/).slice(-4).join(' '))) continue;
    const year = Number(m[2]);
    const clause = clauseBefore(sentence, at);
    facts.push({
      // "kể từ SEA Games 2003": a point the present is after, not the event's occasion
      kind: REFERENCE.test(clause) ? 'reference' : 'occasion',
      ...(FUTURE_CLAUSE.test(clause) || /kịp/iu.test(clause) ? { planned: true } : {}),
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      precision: 'year',
      sentenceIndex,
      text: m[0].replace(')', ''), // "(WEF) 2019" is the occasion "WEF 2019"
      slack: `${year}-01-01`,
    });
  }
  if (scan) {
    for (const m of sentence.matchAll(NAMED_OCCASION_YEAR)) {
      // "Hội nghị cấp cao APEC 2017": a name the acronym's rule has read already
      if (facts.some((f) => f.text.endsWith(m[0].slice(-4)))) continue;
      const clause = clauseBefore(sentence, m.index);
      const reference = REFERENCE.test(clause);
      const attended =
        !reference && ATTENDS.test(sentence.slice(Math.max(0, m.index - 80), m.index));
      facts.push({
        ...wholeYearFact(reference ? 'reference' : 'occasion', Number(m[1]), sentenceIndex, m[0]),
        ...(FUTURE_CLAUSE.test(clause) || /kịp/iu.test(clause) ? { planned: true } : {}),
        ...(attended ? { attended } : {}),
      });
    }
  }
  // "chương trình Đối tác Thái Bình Dương 2016 (PP16)": a year repeated in its acronym names an
  // occasion of that year, whatever words the name is in.
  if (scan && sentence.includes('(')) {
    for (const m of sentence.matchAll(YEAR_IN_ACRONYM))
      if (m[2] === m[3])
        facts.push(wholeYearFact('occasion', Number(m[1]), sentenceIndex, m[0].trim()));
  }
  if (HYPHEN_YEAR_BRACKET.test(sentence)) {
    for (const m of sentence.matchAll(BRACKETED_NAME_YEAR))
      facts.push(wholeYearFact('occasion', Number(m[1]), sentenceIndex, m[0]));
  }
  // "Đại hội Hội hữu nghị … lần thứ I, nhiệm kỳ 2024 - 2029": a congress opens the term it elects for.
  const term = sentence.includes('nhiệm kỳ') ? CONGRESS_OF_TERM.exec(sentence) : null;
  if (term) facts.push(wholeYearFact('occasion', Number(term[1]), sentenceIndex, term[0]));
  // "bên lề Hội nghị cấp cao ASEAN lần thứ 23", "khóa 78 Đại hội đồng Liên Hợp Quốc": a numbered
  // occasion names its year as well as "APEC 2006" does.
  for (const o of numberedOccasions(sentence)) {
    const clause = clauseBefore(sentence, o.index);
    facts.push({
      kind: REFERENCE.test(clause) ? 'reference' : 'occasion',
      ...(FUTURE_CLAUSE.test(clause) || /kịp/iu.test(clause) ? { planned: true } : {}),
      from: `${o.year}-01-01`,
      to: `${o.year}-12-31`,
      precision: 'year',
      sentenceIndex,
      text: o.text,
      slack: `${o.year}-01-01`,
    });
  }
  return facts;
}

// "đã" in the sentence and "trong năm 2015" or a sentence opening "Năm 2017, …": a reporter names
// the current year "năm nay", so a year told this way is over.
const DONE = /(?<![\p{L}])đã(?![\p{L}])/u;
const THIS_YEAR = /(?<![\p{L}])năm\s+nay(?![\p{L}])/iu;

// "… đạt 12 tỷ USD (năm 2019)": a year in brackets after an amount is the period of figures reached.
const FIGURES_PERIOD_BEFORE = /(?:USD|đô la|đồng|%)\s*\(\s*$/iu;
const REACHED = /(?<![\p{L}])đạt(?![\p{L}])/u;
// An estimate may be of a year not yet over: "ước đạt", "ước tính".
const ESTIMATED = /(?<![\p{L}])ước(?![\p{L}])/u;

/**
 * Whether a past year is told as over: "Cũng trong năm 2015, … đã thăm", "đã có trong năm 2015",
 * or a year whose figures are given as reached ("… đạt 12 tỷ USD (năm 2019)").
 */
function toldAsOver(sentence: string, mention: DateMention): boolean {
  if (THIS_YEAR.test(sentence) || FUTURE_CLAUSE.test(sentence)) return false;
  const before = sentence.slice(0, mention.index);
  if (FIGURES_PERIOD_BEFORE.test(before)) return REACHED.test(before) && !ESTIMATED.test(before);
  if (!DONE.test(sentence)) return false;
  return /(?<![\p{L}])trong\s*$/iu.test(before) || /^\s*(?:cũng\s+)?(?:trong\s+)?$/iu.test(before);
}

// "sẽ hết nhiệm kỳ … vào cuối năm nay", "mãn nhiệm trong năm nay": the term ends this year.
const TERM_END =
  /(?<![\p{L}])(?:(?:hết|kết thúc|mãn)\s+nhiệm\s+kỳ|mãn\s+nhiệm|rời\s+nhiệm\s+sở)(?![\p{L}])[^.;!?]{0,40}(?<![\p{L}])năm\s+nay(?![\p{L}])/iu;

/**
 * The years office-holders' stated term ends pin the present to: "Đại sứ Ted Osius sẽ hết nhiệm kỳ
 * của mình tại Việt Nam vào cuối năm nay" with Osius's term ending in 2017 → the article is of 2017.
 */
export function termClues(texts: string[]): TermClue[] {
  const clues: TermClue[] = [];
  for (const text of texts) {
    if (!/nhiệm/iu.test(text) || !TERM_END.test(text)) continue;
    const holder = findOfficeHolders([text])[0]?.holder;
    const end = holder?.terms
      .map((t) => t.to)
      .filter((to): to is string => to !== undefined)
      .sort()
      .pop();
    if (!holder || !end) continue;
    const year = end.slice(0, 4);
    clues.push({
      windows: [{ from: `${year}-01-01`, to: `${year}-12-31` }],
      reason: `${holder.name}'s term, said to end this year, ended in ${year}`,
    });
  }
  // Covid-19 was named in February 2020: an article that speaks of it is from 2020 on.
  const pandemic = texts.find((text) => PANDEMIC.test(text));
  if (pandemic)
    clues.push({
      windows: [{ from: '2020-01-01', to: '9999-12-31' }],
      reason: `written from 2020 on ("${PANDEMIC.exec(pandemic)?.[0] ?? ''}")`,
      narrowsOnly: true,
    });
  const partnership = texts.find((text) => /toàn diện/iu.test(text) && partnershipInForce(text));
  if (partnership) clues.push(partnershipClue(partnership));

  for (const text of texts) {
    const elapsed = text.includes('nay') ? elapsedClue(text) : undefined;
    if (elapsed) clues.push(elapsed);
    const clue = text.includes('quyền') ? newAdministrationClue(text) : undefined;
    if (clue) clues.push(clue);
    const farewell = text.includes('nhiệm kỳ') ? farewellClue(text) : undefined;
    if (farewell) clues.push(farewell);
  }
  return clues;
}

const PANDEMIC = /(?<![\p{L}])(?:covid(?:\s*-?\s*19)?|SARS-CoV-2)(?![\p{L}])/iu;

// The Việt Nam – US Comprehensive Strategic Partnership, from September 2023 on.
const STRATEGIC_PARTNERSHIP = /đối\s+tác\s+chiến\s+lược\s+toàn\s+diện/iu;

/**
 * Whether the sentence speaks of the Việt Nam – US Comprehensive Strategic Partnership as in force
 * ("quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ", "hai nước xác lập quan hệ Đối tác
 * chiến lược toàn diện"): names the US and no third state, and plans nothing before the phrase.
 */
function partnershipInForce(text: string): boolean {
  const phrase = STRATEGIC_PARTNERSHIP.exec(text);
  if (!phrase) return false;
  if (/^\s*(?:giữa\s+)?ASEAN/u.test(text.slice(phrase.index + phrase[0].length))) return false;
  const states = new Set(findCountries(text).map((c) => c.code));
  if (!states.has('US') || [...states].some((c) => c !== 'US' && c !== 'VN')) return false;
  const clause = text.slice(0, phrase.index).split(/[,;:]/u).pop() ?? '';
  return !PLANNED_STEP.test(clause);
}

// "được bầu lại làm Tổng thống Hợp chúng quốc Hoa Kỳ", "đắc cử Tổng thống Mỹ", "thắng cử": a
// US presidential election, held every four years in early November.
const US_ELECTION =
  /(?<![\p{L}])(?:được\s+bầu(?:\s+lại)?\s+(?:làm|là)|(?:tái\s+)?đắc\s+cử|thắng\s+cử|trúng\s+cử)\s+(?:chức\s+)?Tổng\s+thống\s+(?:thứ\s+\d+\s+(?:của\s+)?)?(?:Hợp\s+chúng\s+quốc\s+)?(?:Hoa\s+Kỳ|Mỹ)/iu;
/** How long after a US election congratulations on it are told: to the inauguration's month. */
const ELECTION_NEWS_DAYS = 90;

/** Congratulations on a US presidential election: the weeks after one (years divisible by 4). */
function electionClue(text: string): TermClue {
  const windows: DayInterval[] = [];
  for (let year = 1992; year <= 2096; year += 4) {
    const from = `${year}-11-01`;
    windows.push({ from, to: shiftDay(from, ELECTION_NEWS_DAYS) });
  }
  return {
    windows,
    reason: `after a US presidential election ("${US_ELECTION.exec(text)?.[0] ?? ''}")`,
    narrowsOnly: true,
  };
}

/**
 * "Chiều 11/9, … Chủ tịch Quốc hội … hội kiến Tổng thống Joe Biden": a day and month that fall in a
 * US president's or vice president's known visit to Việt Nam, told of an article naming that leader
 * in office, is that visit's year. Narrows the office terms' windows, never dates on its own.
 */
function visitClue(mention: DateMention, people: readonly string[]): TermClue | undefined {
  if (mention.day === undefined || mention.month === undefined) return undefined;
  const monthDay = (month: number, day: number): string => `${pad(month)}-${pad(day)}`;
  const first = monthDay(mention.month, mention.day);
  const last =
    mention.endDay !== undefined
      ? monthDay(mention.endMonth ?? mention.month, mention.endDay)
      : first;
  const windows: DayInterval[] = [];
  const visitors: string[] = [];
  for (const person of people) {
    for (const visit of US_LEADER_VISITS[person] ?? []) {
      if (first < visit.from.slice(5) || last > visit.to.slice(5)) continue;
      windows.push(visit);
      visitors.push(`${person} in Việt Nam ${visit.from}..${visit.to}`);
    }
  }
  if (windows.length === 0) return undefined;
  return { windows, reason: `a known visit (${visitors.join('; ')})`, narrowsOnly: true };
}

const SPECIAL_SUMMIT =
  /Hội\s+nghị\s+(?:Cấp\s+cao|Thượng\s+đỉnh)\s+đặc\s+biệt\s+(?:ASEAN\s*[-–—]\s*(?:Mỹ|Hoa\s+Kỳ)|(?:Mỹ|Hoa\s+Kỳ)\s*[-–—]\s*ASEAN)/iu;

/**
 * A day within an ASEAN – US special summit the article names is that summit's: "Sáng 13/5 (theo
 * giờ địa phương), tại Washington D.C." beside it is 2022. A day either side allows for time zones.
 * Narrows the office terms' windows, never dates on its own.
 */
function specialSummitClue(mention: DateMention): TermClue | undefined {
  if (mention.day === undefined || mention.month === undefined) return undefined;
  const windows: DayInterval[] = [];
  for (const summit of ASEAN_US_SPECIAL_SUMMITS) {
    const year = Number(summit.from.slice(0, 4));
    const day = isoDay(year, mention.month, mention.day);
    if (day >= shiftDay(summit.from, -1) && day <= shiftDay(summit.to, 1))
      windows.push({ from: `${year}-01-01`, to: `${year}-12-31` });
  }
  if (windows.length === 0) return undefined;
  return { windows, reason: 'during an ASEAN – US special summit', narrowsOnly: true };
}

/** The partnership in force says the present is after its founding in September 2023. */
function partnershipClue(text: string): TermClue {
  const year = US_RELATIONSHIP['comprehensive-strategic'];
  return {
    windows: [{ from: `${year}-09-01`, to: '9999-12-31' }],
    reason: `the Comprehensive Strategic Partnership (from 9/${year}) is in force ("${text.slice(0, 60)}…")`,
    narrowsOnly: true,
  };
}

// "Sau 6 năm thực hiện (từ tháng 12/2019 đến nay)", "sau 10 năm triển khai, kể từ năm 2013 đến nay":
// a count of years since a dated start, up to the present.
const ELAPSED =
  /(?<![\p{L}\d])(\d{1,2})\s+năm(?![\p{L}])[^.;!?()]{0,40}?\(?\s*(?:kể\s+)?từ\s+(?:tháng\s+(\d{1,2})\s*[/-]\s*|năm\s+)((?:19|20)\d\d)\s+(?:đến|tới)\s+nay(?![\p{L}])/iu;

/**
 * A count of years since a dated start says when the present is, give or take half a year:
 * "Sau 6 năm thực hiện (từ tháng 12/2019 đến nay)" is told between mid-2025 and mid-2026.
 */
function elapsedClue(text: string): TermClue | undefined {
  const m = ELAPSED.exec(text);
  if (!m) return undefined;
  const years = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 7;
  if (years < 1 || month < 1 || month > 12) return undefined;
  const start = `${Number(m[3]) + years}-${pad(month)}-01`;
  return {
    windows: [{ from: shiftDay(start, -183), to: shiftDay(start, 183) }],
    reason: `${years} years since ${m[2] ? `${m[2]}/` : ''}${m[3]} ("${m[0].trim()}")`,
  };
}

// "Đại sứ … chào từ biệt … khi kết thúc nhiệm kỳ": a farewell call as a term ends.
const FAREWELL =
  /(?<![\p{L}])(?:chào\s+(?:từ\s+biệt|tạm\s+biệt|từ\s+giã)|chia\s+tay)(?![\p{L}])[^.;!?]{0,80}?(?:kết\s+thúc|hết|mãn)\s+nhiệm\s+kỳ/iu;
/** How long before a term's end its holder makes farewell calls, at most. */
const FAREWELL_DAYS = 365;

/**
 * A farewell call at the end of a term: "Đại sứ Daniel Kritenbrink đến chào từ biệt nhân kết thúc
 * nhiệm kỳ" with Kritenbrink's term ending in September 2021 → the year before that end.
 */
function farewellClue(text: string): TermClue | undefined {
  const farewell = FAREWELL.exec(text);
  if (!farewell) return undefined;
  // The one who takes leave is named last before the farewell: "Tổng Bí thư … tiếp Đại sứ … đến chào từ biệt".
  const before = text.slice(0, farewell.index);
  const leaving = findOfficeHolders([before])
    .filter((m) => !m.qualified)
    .sort((a, b) => before.lastIndexOf(b.holder.short) - before.lastIndexOf(a.holder.short))
    .map((m) => ({
      holder: m.holder,
      end: m.holder.terms
        .filter((t) => t.office === 'us-ambassador-to-vietnam' || m.offices.includes(t.office))
        .map((t) => t.to)
        .filter((to): to is string => to !== undefined)
        .sort()
        .pop(),
    }))
    .at(0);
  if (!leaving?.end) return undefined;
  return {
    windows: [{ from: shiftDay(leaving.end, -FAREWELL_DAYS), to: shiftDay(leaving.end, 31) }],
    reason: `${leaving.holder.name}'s farewell as the term ends (${leaving.end})`,
  };
}

// "Chính quyền mới của Hoa Kỳ", "chính quyền Mỹ mới", "chính quyền mới của Tổng thống Donald Trump":
// the press says "new" well into an administration's second year. "Quan chức … đầu tiên trong chính
// quyền Tổng thống Mỹ Joe Biden" (the first of it to do something) is its first year.
const NEW_ADMINISTRATION =
  /(?<![\p{L}])(?:chính\s+quyền\s+mới\s+(?:của\s+|tại\s+|ở\s+)?(?:nước\s+)?(?=Hoa\s+Kỳ|Mỹ|Tổng\s+thống)|chính\s+quyền\s+(?:Hoa\s+Kỳ|Mỹ)\s+mới)/iu;
const FIRST_OF_ADMINISTRATION =
  /(?<![\p{L}])đầu\s+tiên\s+(?:của|trong|thuộc)\s+chính\s+quyền\s+(?:của\s+)?(?=Hoa\s+Kỳ|Mỹ|Tổng\s+thống)/iu;
// "… vị khách đầu tiên được mời tới từ lúc chính quyền mới của Mỹ bắt đầu làm việc": the first
// of the new administration too.
const FIRST_SINCE_BEFORE = /(?<![\p{L}])đầu\s+tiên(?![\p{L}])[^.;:]{0,60}$/u;
/** How long before an inauguration a reader already speaks of the new administration (from the election). */
const TRANSITION_DAYS = 75;

/**
 * A US administration in its first years: the windows from each change of president's election to
 * the second (for "the first of it", the first) anniversary of the inauguration; only the named
 * president's when the text names one ("đầu tiên trong chính quyền Tổng thống Mỹ Joe Biden" → 2021).
 */
function newAdministrationClue(text: string): TermClue | undefined {
  const first = FIRST_OF_ADMINISTRATION.exec(text);
  const m = first ?? NEW_ADMINISTRATION.exec(text);
  if (!m) return undefined;
  const years = first || FIRST_SINCE_BEFORE.test(text.slice(0, m.index)) ? 1 : 2;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const named = findOfficeHolders([after]).find((h) =>
    h.holder.terms.some((t) => t.office === 'us-president'),
  )?.holder;
  const presidents = OFFICE_HOLDERS.flatMap((h) =>
    h.terms.filter((t) => t.office === 'us-president').map((term) => ({ holder: h, term })),
  ).sort((a, b) => a.term.from.localeCompare(b.term.from));
  const windows = presidents
    .filter(({ holder }, k) => k > 0 && presidents[k - 1]?.holder !== holder)
    .filter(({ holder }) => !named || holder === named)
    .map(({ term }) => ({
      from: shiftDay(term.from, -TRANSITION_DAYS),
      to: shiftDay(term.from, 365 * years),
    }));
  if (windows.length === 0) return undefined;
  const whose = named ? `${named.name}'s` : 'a';
  const span = years === 1 ? 'its first year' : 'its first two years';
  return { windows, reason: `${whose} new administration ("${m[0].trim()}"): ${span}` };
}

/**
 * "vào năm 2050" far beyond every other year the article states is a target even without a cue
 * word: "giảm phát thải ròng về 0 vào năm 2050" in an article whose other years end at 2022.
 */
function markFarTargets(facts: YearFact[]): void {
  for (;;) {
    const past = facts.filter((f) => f.kind !== 'future');
    const years = [...new Set(past.map((f) => Number(f.from.slice(0, 4))))].sort((a, b) => b - a);
    const [top, next] = years;
    if (top === undefined || next === undefined || top - next <= 3) return;
    const atTop = past.filter((f) => Number(f.from.slice(0, 4)) === top);
    if (!atTop.every((f) => f.precision === 'year' && f.target)) return;
    for (const fact of atTop) fact.kind = 'future';
  }
}

/** The year an anniversary counts from: a past year stated with the same words, else general knowledge. */
function anniversaryBase(
  phrase: string,
  sentence: string,
  sentences: string[],
  facts: YearFact[],
  own: { sentenceIndex: number; text: string },
): { year: number; label: string } | undefined {
  const wanted = bigrams(phrase);
  let best: { year: number; label: string; score: number } | undefined;
  for (const fact of facts) {
    if (fact.kind === 'future' || fact.kind === 'complete-year') continue;
    // In the anniversary's own sentence its words prove nothing: "kể từ khi … đối tác toàn diện
    // năm 2013, … năm 2015 sẽ kỷ niệm 20 năm bình thường hóa" counts from 1995, not 2013.
    const text = sentences[fact.sentenceIndex] ?? '';
    const compared = fact.sentenceIndex === own.sentenceIndex ? text.replace(own.text, ' ') : text;
    const shared = [...bigrams(compared)].filter((b) => wanted.has(b)).length;
    if (shared >= 2 && (!best || shared > best.score)) {
      best = { year: Number(fact.from.slice(0, 4)), label: `"${fact.text}"`, score: shared };
    }
  }
  if (best) return best;
  const folded = foldAccents(phrase);
  const national = NATIONAL_BASES.find((b) => b.pattern.test(folded));
  if (national) return { year: national.year, label: national.label };
  // "hai bên đánh giá quan hệ song phương sau 30 năm thiết lập quan hệ ngoại giao" in a report
  // of a Việt Nam – US dialogue: the relationship is the one the article's opening names, when
  // the sentence names no other state.
  const aboutUs =
    US_WORDS.test(foldAccents(sentence)) ||
    (!findCountries(sentence).some((c) => c.code !== 'VN' && c.code !== 'US') &&
      sentences.slice(0, 3).some((s) => US_WORDS.test(foldAccents(s))));
  if (!aboutUs) return undefined;
  // the relation named first is the one counted from ("10 năm quan hệ đối tác toàn diện")
  let known: { year: number; label: string; at: number } | undefined;
  for (const r of RELATION_BASES) {
    const at = folded.search(r.pattern);
    if (at >= 0 && (!known || at < known.at)) known = { year: r.year, label: r.label, at };
  }
  return known ? { year: known.year, label: known.label } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Resolving one mention

/** The calendar date(s) of a mention, or why its year cannot be known. */
export function resolveDate(mention: DateMention, context: DateContext): ResolvedDate {
  const sentence = context.sentences[context.sentenceIndex] ?? '';
  const period = periodAfterDateline(sentence, mention);
  if (period) {
    const written = resolveOwnDate(mention, context, sentence);
    if (!written.ok || written.start.length !== 10) return written;
    // the week after a day runs 7–13 days on: its middle names the month a reader would give
    // (a month's 28th plus a week always lands in the month after)
    const later =
      period === 'tuần'
        ? shiftDay(written.start, 10)
        : shiftDay(`${written.start.slice(0, 7)}-28`, 7);
    return {
      ok: true,
      start: later.slice(0, 7),
      reason: `the ${period === 'tuần' ? 'week' : 'month'} after the dateline ${written.start}`,
    };
  }
  if (!dateOfTheEve(sentence, mention.index)) return resolveOwnDate(mention, context, sentence);
  // The act comes just before the occasion: in the occasion's month, unless that begins so early
  // that its eve may fall in the month before.
  const occasion = resolveOwnDate(mention, context, sentence);
  if (!occasion.ok) return occasion;
  if (occasion.start.length === 10 && Number(occasion.start.slice(8)) > EARLY_IN_MONTH)
    return {
      ok: true,
      start: occasion.start.slice(0, 7),
      reason: `on the eve of the occasion of ${occasion.start} ("${mention.text}")`,
    };
  return { ok: false, reason: `"${mention.text}" dates the occasion, not the act on its eve` };
}

/** The calendar date(s) a mention gives for itself, its year reasoned out (resolveDate without the eve). */
function resolveOwnDate(
  mention: DateMention,
  context: DateContext,
  sentence: string,
): ResolvedDate {
  const hasDay = mention.day !== undefined && mention.month !== undefined;
  const hasMonth = mention.month !== undefined;

  // 1. An explicit year in the mention
  if (mention.year !== undefined) {
    if (!hasMonth)
      return { ok: true, start: String(mention.year), reason: 'explicit year in the mention' };
    return withWeekdayNote(compose(mention, mention.year), mention, 'explicit year in the mention');
  }

  // The rest of the article's evidence is costly and needed only without a publication date.
  const publication = cachedPublicationOf(
    context.sentences,
    context.publishedAt,
    context.sentenceDates,
  );
  const published = publication.publishedAt;
  const local = around(sentence, mention.index, mention.text.length);
  const future = FUTURE_NEAR.test(local);

  // 3. Relative words alone resolve against the publication date only
  if (!hasMonth && mention.weekday !== undefined && !mention.relative)
    return fromWeekday(mention, published, future || /tới$/u.test(mention.text));
  if (!hasMonth) {
    if (!mention.relative) return { ok: false, reason: 'no date in the mention' };
    const anchor =
      !published || published.length !== 10 ? sentenceAnchor(mention, context) : undefined;
    if (anchor) return anchor;
    if (!published || published.length !== 10) {
      return {
        ok: false,
        reason: `"${mention.text}" needs the publication date, which the article does not give`,
      };
    }
    const shift = mention.relative === 'yesterday' ? -1 : mention.relative === 'tomorrow' ? 1 : 0;
    return {
      ok: true,
      start: shiftDay(published, shift),
      reason: `"${mention.text}" from the publication date ${published}`,
    };
  }

  // 2. The publication date, corrected by tense
  // "ngày 10/9 năm ngoái": the relative year word may follow the mention
  const after = sentence.slice(
    mention.index + mention.text.length,
    mention.index + mention.text.length + 16,
  );
  const yearWord = /^\s*năm\s+(?:ngoái|trước|nay|sau|tới)(?![\p{L}])/iu.exec(after)?.[0] ?? '';
  if (published) {
    const dated = fromPublication(
      mention,
      published,
      publication.publishedFrom ?? 'metadata',
      future,
      yearWord,
    );
    // "Ngày 7-11, Chủ tịch nước Trương Tấn Sang … đã gửi điện" under a page date of 2023: the
    // people acting hold their offices only years earlier, so that date is not the article's.
    if (!dated.ok || inOfficeThen(context, dated.start)) return dated;
  }

  // 4–5. The years the text gives, then the office-holders
  const evidence = evidenceOf(context);
  return fromEvidence(mention, context, evidence, future, hasDay);
}

/** The article's year evidence, for the article a date context stands in. */
function evidenceOf(context: DateContext): YearEvidence {
  return articleYearEvidence(
    context.sentences,
    context.publishedAt,
    context.captions,
    context.sentenceDates,
    context.headline,
  );
}

/**
 * The year of an act the article tells with no date at all, in an article with no publication
 * date: the one year the office-holders' terms, the term clues and an anniversary allow, as for a
 * mention with no day or month. Never from the years the text mentions alone: "tháng 9/2024" in
 * a report of a call says when an earlier visit was, not the call.
 */
export function resolveYearOnly(context: DateContext): ResolvedDate {
  if (context.publishedAt) return { ok: false, reason: 'the publication date dates the act' };
  const evidence = evidenceOf(context);
  if (evidence.publishedAt) return { ok: false, reason: 'the timestamp line dates the act' };
  if (!evidence.offices && evidence.anniversaries.length === 0)
    return { ok: false, reason: 'no office term or anniversary bounds the year' };
  return fromEvidence(newMention('', 0), context, evidence, false, false);
}

/**
 * How far a date may stray outside the terms of the people acting on it: a handover's weeks (also
 * fromEvidence's slack when no year fits the terms to the day).
 */
const TERM_SLACK_DAYS = 45;

// A sentence holds several dates, each checked against its office-holders: read them once per
// article (keyed by the article's sentences, as the publication cache is; never across articles).
const sentenceOffices = new WeakMap<string[], Map<number, ReturnType<typeof officeConstraint>>>();

/** Whether the office-holders the sentence names by their titles were in office around `day`. */
function inOfficeThen(context: DateContext, day: string): boolean {
  let perArticle = sentenceOffices.get(context.sentences);
  if (!perArticle) {
    perArticle = new Map();
    sentenceOffices.set(context.sentences, perArticle);
  }
  let offices = perArticle.get(context.sentenceIndex);
  if (!perArticle.has(context.sentenceIndex)) {
    const sentence = context.sentences[context.sentenceIndex] ?? '';
    offices = officeConstraint([sentence], { titledOnly: true });
    perArticle.set(context.sentenceIndex, offices);
  }
  if (!offices || offices.intervals.length === 0) return true;
  return offices.intervals.some(
    (iv) =>
      firstDay(day) <= shiftDay(iv.to, TERM_SLACK_DAYS) &&
      lastDay(day) >= shiftDay(iv.from, -TERM_SLACK_DAYS),
  );
}

/**
 * "Hãng tin ngày 16/2 đưa tin, Nhà Trắng hôm nay thông báo": without a publication date, a bare
 * "hôm nay" is the one full date its sentence gives (only when there is exactly one).
 */
function sentenceAnchor(mention: DateMention, context: DateContext): ResolvedDate | undefined {
  const others = datesOf(context.sentences, context.sentenceDates, context.sentenceIndex).filter(
    (m) => m.index !== mention.index && m.day !== undefined,
  );
  if (others.length !== 1 || others[0]!.relative || others[0]!.endDay !== undefined)
    return undefined;
  const resolved = resolveDate(others[0]!, context);
  if (!resolved.ok || resolved.start.length !== 10) return undefined;
  const shift = mention.relative === 'yesterday' ? -1 : mention.relative === 'tomorrow' ? 1 : 0;
  return {
    ok: true,
    start: shiftDay(resolved.start, shift),
    reason: `"${mention.text}" from "${others[0]!.text}" in the same sentence (${resolved.reason})`,
  };
}

/**
 * A weekday alone, against the publication date: "hôm thứ Ba" in a Wednesday article is the day
 * before; "thứ Ba tới" the next Tuesday. "thứ Ba tuần trước" needs a week count: left unknown.
 */
function fromWeekday(
  mention: DateMention,
  published: string | undefined,
  future: boolean,
): ResolvedDate {
  if (!published || published.length !== 10)
    return {
      ok: false,
      reason: `"${mention.text}" needs the publication date, which the article does not give`,
    };
  if (/tuần|này/u.test(mention.text))
    return { ok: false, reason: `"${mention.text}": which week is not clear` };
  const gap = (mention.weekday! - weekdayOf(published) + 7) % 7;
  const shift = future ? gap || 7 : gap === 0 ? 0 : gap - 7;
  return {
    ok: true,
    start: shiftDay(published, shift),
    reason: `"${mention.text}": the ${future ? 'next' : 'last'} such weekday from the publication date ${published}`,
  };
}

function compose(mention: DateMention, year: number): { start: string; end?: string } {
  // A mention with no month: the year alone (resolveYearOnly)
  if (mention.month === undefined) return { start: String(year) };
  const month = mention.month;
  if (mention.day === undefined) return { start: `${year}-${pad(month)}` };
  const start = isoDay(year, month, mention.day);
  if (mention.endDay === undefined || mention.endMonth === undefined) return { start };
  // "28/12 - 3/1" ends in the next year
  const crosses =
    mention.endMonth < month || (mention.endMonth === month && mention.endDay < mention.day);
  const endYear = mention.endYear ?? (crosses ? year + 1 : year);
  return { start, end: isoDay(endYear, mention.endMonth, mention.endDay) };
}

function withWeekdayNote(
  date: { start: string; end?: string },
  mention: DateMention,
  reason: string,
): ResolvedDate {
  let why = reason;
  if (
    mention.weekday !== undefined &&
    date.start.length === 10 &&
    weekdayOf(date.start) !== mention.weekday
  ) {
    why += ' (the weekday given does not match)';
  }
  return date.end
    ? { ok: true, start: date.start, end: date.end, reason: why }
    : { ok: true, start: date.start, reason: why };
}

/** Whether a candidate year gives a real date: "29/2" only in leap years. */
function exists(mention: DateMention, year: number): boolean {
  return mention.day === undefined || validDate(year, mention.month!, mention.day);
}

function fromPublication(
  mention: DateMention,
  published: string,
  source: 'metadata' | 'timestamp',
  future: boolean,
  yearWord: string,
): ResolvedDate {
  const pubYear = Number(published.slice(0, 4));
  const text = `${mention.text}${yearWord}`.toLowerCase();
  const label = source === 'timestamp' ? 'the timestamp line' : 'the publication date';
  // "tháng 12 năm ngoái", "tháng 8 năm nay"
  if (/năm\s+(?:ngoái|trước)/u.test(text))
    return withWeekdayNote(
      compose(mention, pubYear - 1),
      mention,
      `"năm ngoái" before ${label} ${published}`,
    );
  if (/năm\s+(?:sau|tới)/u.test(text))
    return withWeekdayNote(
      compose(mention, pubYear + 1),
      mention,
      `"năm sau" after ${label} ${published}`,
    );

  let year = pubYear;
  let reason = `year of ${label} ${published}`;
  if (published.length >= 7) {
    const pubDay = published.length === 10 ? published : `${published}-15`;
    const candidateFrom = (y: number): string => firstDay(compose(mention, y).start);
    const candidateTo = (y: number): string => lastDay(compose(mention, y).start);
    const pub = dayNumber(pubDay);
    if (future && dayNumber(candidateTo(year)) < pub - 30) {
      year += 1;
      reason = `next occurrence after ${label} ${published} (future tense)`;
    } else if (!future && dayNumber(candidateFrom(year)) > pub + 60) {
      year -= 1;
      reason = `previous year: more than two months after ${label} ${published} in a past-tense sentence`;
    }
    if (mention.weekday !== undefined && mention.day !== undefined) {
      // 6. A weekday that does not fit the year picks the adjacent year that fits
      const fits = (y: number): boolean =>
        exists(mention, y) && weekdayOf(compose(mention, y).start) === mention.weekday;
      if (!fits(year)) {
        const alternative = [year - 1, year + 1]
          .filter(fits)
          .sort(
            (a, b) =>
              Math.abs(dayNumber(compose(mention, a).start) - pub) -
              Math.abs(dayNumber(compose(mention, b).start) - pub),
          )[0];
        if (alternative !== undefined) {
          year = alternative;
          reason += `; the weekday fits ${alternative}`;
        }
      }
    }
  }
  if (!exists(mention, year))
    return { ok: false, reason: `${mention.text} does not exist in ${year}` };
  return withWeekdayNote(compose(mention, year), mention, reason);
}

const within = (day: string, intervals: DayInterval[]): boolean =>
  intervals.some((iv) => day >= iv.from && day <= iv.to);

interface Bound {
  side: 'lo' | 'hi';
  day: string;
  /** 3: a near reference point or completed-year figures; 2: a near dated fact; 1: anything else. */
  strength: 1 | 2 | 3;
  /** Precise enough to date the mention on its own, without office terms or an anniversary. */
  alone: boolean;
  reason: string;
  /** Drawn from a planned date: set aside with the plan when the bounds contradict each other. */
  fromPlan?: true;
}

/** Whether a month-precise fact ("tháng 5/2018") names the month a day mention ("31/5") falls in. */
function sameMonth(mention: DateMention, fact: YearFact): boolean {
  return (
    mention.month !== undefined &&
    (mention.endMonth === undefined || mention.endMonth === mention.month) &&
    Number(fact.from.slice(5, 7)) === mention.month &&
    fact.from.slice(0, 7) === fact.to.slice(0, 7)
  );
}

/**
 * Whether a day/month mention ("30/6") is anchored by a period of months the article tells: what a
 * campaign "(tháng 02 – 06/2022)" found is handed over at its end or in the months after.
 */
function justAfter(mention: DateMention): boolean {
  return mention.month !== undefined;
}

/** Whether a mention's month lies inside a period of months of one year ("tháng 5 đến 7/2023"). */
function withinPeriodMonths(mention: DateMention, fact: YearFact): boolean {
  if (mention.month === undefined) return true;
  const first = Number(fact.from.slice(5, 7));
  const last = Number(fact.to.slice(5, 7));
  return (
    fact.from.slice(0, 4) === fact.to.slice(0, 4) && mention.month >= first && mention.month <= last
  );
}

/** What the article's dated statements say about the mention's date, strongest first. */
function boundsFor(
  mention: DateMention,
  i: number,
  evidence: YearEvidence,
  future: boolean,
): Bound[] {
  const bounds: Bound[] = [];
  for (const fact of evidence.facts) {
    if (fact.sentenceIndex === i && fact.text === mention.text) continue;
    // "tháng 5" heading "(tháng 5 – 7/2018)" is the period itself, a span and not an event day
    if (fact.period && fact.sentenceIndex === i && fact.text.startsWith(mention.text)) continue;
    const near = Math.abs(fact.sentenceIndex - i) <= 2 || fact.attended === true;
    if (fact.kind === 'future') {
      // a planned date shows the present is before it; only when precise, and not for a plan itself
      if (fact.precision !== 'year' && !future) {
        bounds.push({
          side: 'hi',
          day: fact.to,
          strength: 1,
          alone: false,
          reason: `before the planned "${fact.text}"`,
        });
        // A plan told to the month or the day is at most a year away (further off, the press gives
        // its year alone), so the present is in the year before it.
        bounds.push({
          side: 'lo',
          day: shiftDay(fact.to, -PLAN_AHEAD_DAYS),
          strength: 1,
          alone: true,
          reason: `within a year before the planned "${fact.text}"`,
          fromPlan: true,
        });
      }
      // The eve of an occasion is the weeks before it: the occasion dates the act on its own.
      if (fact.eve && near) {
        const reason = `on the eve of "${fact.text}"`;
        const day = shiftDay(fact.from, -EVE_DAYS);
        bounds.push({ side: 'lo', day, strength: 2, alone: true, reason });
      }
      // "hy vọng trong năm 2019 … sẽ chứng kiến": said in 2018 or 2019
      if (fact.planned) {
        const year = Number(fact.from.slice(0, 4));
        const reason = `a plan for ${year} ("${fact.text}")`;
        bounds.push({ side: 'lo', day: `${year - 1}-01-01`, strength: 1, alone: false, reason });
        // Late in a year a plan for that same year is told "năm nay", "từ nay đến cuối năm": a plan
        // for "năm 2018" beside "ngày 24/10" is made in October 2017.
        const late = (mention.month ?? 0) >= 10;
        const to = late ? `${year - 1}-12-31` : fact.to;
        if (!future) bounds.push({ side: 'hi', day: to, strength: 1, alone: false, reason });
      }
      continue;
    }
    if (fact.kind === 'complete-year') {
      const reason = `after ${fact.from.slice(0, 4)}, whose full-year figures are given ("${fact.text}")`;
      bounds.push({ side: 'lo', day: shiftDay(fact.to, 1), strength: 3, alone: true, reason });
      continue;
    }
    if (fact.kind === 'occasion') {
      // "Hội nghị APEC 2006" beside "chiều 17/11": the event is at the occasion, in its year. Far
      // away, a coming occasion ("kịp phục vụ Hội nghị APEC 2017") is not yet past, a past one is.
      const reason = `${near ? 'at' : fact.planned ? 'before' : 'after'} the occasion "${fact.text}"`;
      if (near || !fact.planned)
        bounds.push({ side: 'lo', day: fact.from, strength: near ? 3 : 1, alone: near, reason });
      if (near || fact.planned)
        bounds.push({ side: 'hi', day: fact.to, strength: 1, alone: false, reason });
      continue;
    }
    if (fact.over) {
      const next = Number(fact.from.slice(0, 4)) + 1;
      const reason = `after ${next - 1}, told as over ("${fact.text}")`;
      bounds.push({ side: 'lo', day: `${next}-01-01`, strength: 2, alone: false, reason });
      continue;
    }
    // A past date or a reference point: the present is on or after it. A reader allows an event a
    // little before another dated fact the article gives, never before a near reference point.
    const strict = fact.kind === 'reference' && near;
    // A day outside a period of months comes after it; a day within its months is in it, even
    // when the text hands on the period's results: a joint search's finds are handed over in its
    // last weeks ("kết quả của đợt khảo sát (tháng 4 đến 6/2021)" with "20/5" is 20/5/2021).
    const afterPeriod = fact.period === true && !withinPeriodMonths(mention, fact);
    const day = afterPeriod
      ? shiftDay(fact.to, 1)
      : !strict && fact.precision === 'day'
        ? fact.slack
        : fact.from;
    bounds.push({
      side: 'lo',
      day,
      strength: strict || fact.recent ? 3 : near ? 2 : 1,
      // "tháng 9/2023" next to the mention, or a full date anywhere, anchors the present; so does a
      // past month anywhere in the article that is the mention's own month: "ngày 31/5 … tốt nghiệp"
      // with "huấn luyện từ tháng 5/2018" further down reads as 31 May 2018.
      // "tháng 9/2023 vừa qua" anywhere, or a period of months ending just before, does too.
      alone:
        fact.recent === true ||
        (fact.period === true && justAfter(mention)) ||
        (near && fact.precision !== 'year') ||
        fact.precision === 'day' ||
        (fact.precision === 'month' && sameMonth(mention, fact)),
      reason: `${fact.kind === 'reference' ? 'after the reference point' : 'after'} "${fact.text}"`,
    });
  }
  return bounds;
}

function fromEvidence(
  mention: DateMention,
  context: DateContext,
  evidence: YearEvidence,
  future: boolean,
  hasDay: boolean,
  extended = false,
): ResolvedDate {
  const i = context.sentenceIndex;
  const bounds = boundsFor(mention, i, evidence, future);

  // Feasible windows: office terms, then the nearest anniversary
  let windows: DayInterval[] | undefined;
  const windowReasons: string[] = [];
  if (evidence.offices) {
    windows = evidence.offices.intervals;
    windowReasons.push(evidence.offices.reason);
  }
  // "Ngày 7-11, … đã gửi điện chúc mừng Ngài … được bầu lại làm Tổng thống Hoa Kỳ": the sentence
  // that dates a message on a US election is in the weeks after one.
  const sentence = context.sentences[i] ?? '';
  const clues = US_ELECTION.test(sentence)
    ? [...evidence.terms, electionClue(sentence)]
    : [...evidence.terms];
  const visit = evidence.offices ? visitClue(mention, evidence.offices.people) : undefined;
  if (visit) clues.push(visit);
  const summit = evidence.specialSummit ? specialSummitClue(mention) : undefined;
  if (summit) clues.push(summit);
  for (const clue of clues) {
    if (clue.narrowsOnly && !windows) continue;
    const narrowed = windows ? intersectIntervals(windows, clue.windows) : clue.windows;
    if (narrowed.length > 0) {
      windows = narrowed;
      windowReasons.push(clue.reason);
    }
  }
  // The terms say when the article was written; a plan it announces ("sẽ thăm … trong tháng Năm
  // tới") may fall after a term ends: when nothing else fits, a coming year is allowed.
  if (windows && future && !extended) {
    const within = fromEvidence(mention, context, evidence, future, hasDay, true);
    if (within.ok || !within.reason.startsWith('no year satisfies')) return within;
    windows = windows.map((w) => ({ from: w.from, to: shiftDay(w.to, 365) }));
  }
  const anniversary = [...evidence.anniversaries].sort(
    (a, b) => Math.abs(a.sentenceIndex - i) - Math.abs(b.sentenceIndex - i),
  )[0];
  if (anniversary) {
    // "chuẩn bị tiến tới kỷ niệm 20 năm thiết lập quan hệ ngoại giao … vào năm 2015" in August: the
    // anniversary of 12 July is still to come, so the year before.
    const { year, day } = anniversary;
    const window =
      anniversary.planned && day
        ? [{ from: `${year - 1}-${day}`, to: `${year}-${day}` }]
        : [{ from: `${anniversary.planned ? year - 1 : year}-01-01`, to: `${year}-12-31` }];
    const narrowed = windows ? intersectIntervals(windows, window) : window;
    if (narrowed.length > 0) {
      windows = narrowed;
      windowReasons.push(anniversary.reason);
    }
  }

  // Every bound first; when they contradict each other (a stray year in a quote or a caption),
  // keep only the nearer and stronger ones.
  let last: ResolvedDate = { ok: false, reason: 'no year in the article: nothing dates it' };
  const levels: Array<(b: Bound) => boolean> = [
    () => true,
    // a planned date is the first to go: related headlines carry old plans
    (b) => b.side === 'lo' && !b.fromPlan,
    (b) => b.side === 'lo' && b.strength >= 2,
    (b) => b.side === 'lo' && b.strength >= 3,
  ];
  for (const [level, keep] of levels.entries()) {
    const result = chooseYear(mention, bounds.filter(keep), windows, windowReasons, hasDay);
    if (result.ok)
      return level > 0
        ? { ...result, reason: `${result.reason} (weaker bounds set aside)` }
        : result;
    if (level === 0) last = result;
  }
  // Offices change hands over weeks, and the press keeps an outgoing minister's title a while (a
  // meeting "with Minister X" reported days after X's successor took office): when no year fits
  // the terms to the day, one that fits them give or take TERM_SLACK_DAYS does.
  if (evidence.offices && windows && last.reason.startsWith('no year satisfies')) {
    const loose = windows.map((w) => ({
      from: shiftDay(w.from, -TERM_SLACK_DAYS),
      to: shiftDay(w.to, TERM_SLACK_DAYS),
    }));
    const result = chooseYear(mention, bounds, loose, windowReasons, hasDay);
    if (result.ok)
      return { ...result, reason: `${result.reason} (terms give or take ${TERM_SLACK_DAYS} days)` };
  }
  return last;
}

function chooseYear(
  mention: DateMention,
  bounds: Bound[],
  windows: DayInterval[] | undefined,
  windowReasons: string[],
  hasDay: boolean,
): ResolvedDate {
  let lo: Bound | undefined;
  let hi: Bound | undefined;
  for (const b of bounds) {
    if (b.side === 'lo' && (!lo || b.day > lo.day)) lo = b;
    if (b.side === 'hi' && (!hi || b.day < hi.day)) hi = b;
  }
  const alone = bounds.some((b) => b.side === 'lo' && b.alone);
  const reasons = [
    ...new Set([...(lo ? [lo.reason] : []), ...(hi ? [hi.reason] : []), ...windowReasons]),
  ];
  if (!windows && !(lo && alone)) {
    const why = lo ? `only a distant lower bound (${lo.reason})` : 'nothing dates it';
    return { ok: false, reason: `no year in the article: ${why}` };
  }

  // Candidate years: from the latest lower bound to the end of the windows (or the year after a lone bound)
  const loYear = lo ? Number(lo.day.slice(0, 4)) : -Infinity;
  const firstYear = Math.max(loYear, windows ? Number(windows[0]!.from.slice(0, 4)) : loYear);
  const lastYear = windows ? Number(windows[windows.length - 1]!.to.slice(0, 4)) : firstYear + 1;
  const fits: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    if (!exists(mention, y)) continue;
    const date = compose(mention, y).start;
    const from = firstDay(date);
    const to = lastDay(date);
    if (lo && to < lo.day) continue;
    if (hi && from > hi.day) continue;
    if (
      windows &&
      !(hasDay ? within(from, windows) : windows.some((w) => from <= w.to && to >= w.from))
    )
      continue;
    fits.push(y);
  }
  if (fits.length === 0)
    return { ok: false, reason: `no year satisfies the article's bounds: ${reasons.join('; ')}` };

  let candidates = fits;
  let note = 'the only possible year';
  if (mention.weekday !== undefined && hasDay) {
    // 6. The weekday picks among the candidate years
    const matching = fits.filter((y) => weekdayOf(compose(mention, y).start) === mention.weekday);
    if (matching.length > 0) {
      candidates = matching;
      note = `the weekday fits ${matching[0]!}`;
    }
  }
  // A precise past fact ("tháng 9/2023" near by, "ngày 5/3/2018") anchors the present just after
  // it: the first year that fits. Otherwise several years fitting means the year is unknown.
  if (candidates.length > 1 && alone)
    note = `the first of ${candidates.length} years after a dated fact`;
  else if (candidates.length > 1 && lo && candidates[0]! <= loYear + 1)
    // Only a recent year anchors: "BTA … năm 2000" says nothing of 2017 against 2018.
    note = `the first of ${candidates.length} years from the latest year the text mentions`;
  else if (candidates.length > 1)
    return {
      ok: false,
      reason: `several years fit (${candidates.join(', ')}): ${reasons.join('; ')}`,
      ...(hasDay ? { candidates: candidates.map((y) => compose(mention, y).start) } : {}),
    };
  return withWeekdayNote(
    compose(mention, candidates[0]!),
    mention,
    `${note}: ${reasons.join('; ')}`,
  );
}
