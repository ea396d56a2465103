/**
 * Milestones: dated background facts about a relationship ("được bình thường hóa từ năm 1995",
 * "xác lập quan hệ đối tác toàn diện năm 2013", "nâng cấp lên Đối tác Chiến lược Toàn diện (tháng
 * 9/2023)", "kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1995 - 2025)"). Each fact has one
 * canonical title and one canonical precision, so every article stating it gives the same title
 * and date and all of them merge into one event:
 * - "bình thường hóa quan hệ", "thiết lập / khôi phục quan hệ ngoại giao" are one fact, the founding
 *   of relations (for Vietnam and the US both happened in 1995; Vietnam had none with the US before);
 * - the founding and the partnerships are dated to the year ("tháng 7/2013" and "năm 2013" are one
 *   2013 fact); an upgrade to Comprehensive Strategic Partnership keeps the month when a source gives
 *   it ("tháng 9/2023"), as the sources cite it by the summit that made it;
 * - a round anniversary of the founding or of a partnership (the 10th, 15th, 20th … every fifth
 *   year) is a milestone of its own, like "the 30th anniversary in 2025" the issue lists: a reader
 *   of "kỷ niệm 25 năm quan hệ ngoại giao … trong năm 2020" notes 2020 as a year of the
 *   relationship, even when the article tells of a phone call, and of "kỷ niệm 10 năm quan hệ Đối
 *   tác toàn diện" 2023. "kỷ niệm 22 năm" gives only the year it counts from.
 * Years come from the text (an explicit year, an anniversary count with a year, the date of the
 * article's own event) or, for a step of the Việt Nam – US relationship the text tells as done,
 * from what a reader knows of it (knowledge/relationship.ts): "khi 2 nước chính thức nâng cấp quan
 * hệ lên Đối tác chiến lược toàn diện" is the upgrade of September 2023.
 */
import { PLANNED_STEP, relationshipYear, UPGRADE_MONTHS } from '../knowledge/relationship';
import { COUNTRY_FORMS_SOURCE, countryName, findCountries } from '../knowledge/countries';

export type MilestoneType = 'relations' | 'comprehensive' | 'comprehensive-strategic' | 'strategic';

export interface Milestone {
  type: MilestoneType;
  partner: string;
  /** "1995", "2023-09". */
  date: string;
  title: string;
  sentence: string;
  /** Set for "kỷ niệm 30 năm ..." milestones. */
  anniversary?: number;
}

export interface MilestoneContext {
  /** The country the article is mainly about with Vietnam ("US"), for "hai nước". */
  mainPartner?: string;
  /** The year of the article's main event, for "kỷ niệm 30 năm" or "cách đây 5 năm" without a year. */
  eventYear?: number;
  /** The month of the article's main event ("2023-09"), for an upgrade the event itself makes. */
  eventMonth?: string;
  /** Indices of sentences that report the event itself (lead, evidence). */
  eventSentences?: Set<number>;
}

/** Anniversaries that are milestones of their own: the 10th, 15th, 20th… of the founding or a
 * partnership ("kỷ niệm 10 năm quan hệ Đối tác toàn diện" is a year of the relationship too). */
export function isMilestoneAnniversary(years: number): boolean {
  return years >= 10 && years % 5 === 0;
}

// Every relationship phrase of a sentence, with its position, so a year goes to the phrase it
// governs rather than to whichever kind a priority list finds first.
// "quan hệ Mỹ - Việt Nam", "quan hệ hai nước", "quan hệ song phương", "quan hệ Việt Nam-Hoa Kỳ":
// the relationship itself, a fact only after an anniversary ("kỷ niệm 30 năm quan hệ Mỹ - Việt
// Nam", "kỷ niệm 25 năm quan hệ đối tác": the partnership counted from the normalisation).
const PAIR = `(?:${COUNTRY_FORMS_SOURCE})\\s*[-–—]\\s*(?:${COUNTRY_FORMS_SOURCE})`;
const PHRASES = new RegExp(
  String.raw`(bình thường hóa(?:\s+(?:mối\s+)?(?:quan hệ|bang giao)(?:\s+ngoại giao)?)?|(?:thiết lập|lập|khôi phục)\s+(?:mối\s+)?(?:quan hệ ngoại giao|bang giao)|quan hệ ngoại giao|quan hệ\s+(?:giữa\s+)?hai nước|quan hệ\s+song phương|quan hệ(?=\s+${PAIR})|quan hệ đối tác(?!\s+(?:toàn diện|chiến lược)))|(đối tác chiến lược toàn diện)|(đối tác toàn diện)|(đối tác chiến lược)`,
  'giu',
);
const HAS_PHRASE = /bình thường hóa|quan hệ|bang giao|đối tác/iu;
const BARE_RELATIONS =
  /^quan hệ(?:\s+ngoại giao|\s+(?:giữa\s+)?hai nước|\s+song phương|\s+đối tác)?$/iu;

// The fact must be an act that set up the relationship, not its mere mention ("triển khai quan hệ ...").
// A partnership announced ("công bố") or declared in a joint statement ("thông qua Tuyên bố chung
// về quan hệ Đối tác toàn diện") is the act that made it, like one set up or upgraded.
const ACT =
  /(?<![\p{L}])(?:xác lập|thiết lập|nâng cấp|nâng lên|nâng quan hệ|bình thường hóa|khôi phục|chính thức lập|lập quan hệ|ký|đạt đến|đạt tới|trở thành|công bố|tuyên bố chung về)(?![\p{L}])/giu;
const ACT_REACH = 60;
// "Quan hệ ngoại giao giữa hai nước được thiết lập (năm 1995)": the relationship as the subject of
// its own setting-up.
const BARE_THEN_PASSIVE_ACT =
  /^[^.;,]{0,40}?(?<![\p{L}])được\s+(?:chính\s+thức\s+)?(?:thiết lập|xác lập|bình thường hóa|khôi phục|phục hồi)(?![\p{L}])/iu;
const PAST_REFERENCE = /(?:sau khi|kể từ khi|từ khi|kể từ)\s+[^,.;]{0,40}$/iu;
// "năm 1995", "tháng 7/1995", "(1995", and a full date "ngày 11/7/1995" (its month in group 4).
const YEAR =
  /(?:tháng\s+(\d{1,2})\s*[/-]\s*|tháng\s+(\d{1,2})\s+năm\s+|năm\s+|vào\s+|\(\s*|(?<![\d/.-])\d{1,2}\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*)((?:19[4-9]|20[0-4])\d)(?!\d|\s*[-–]\s*\d)/giu;
// "kỷ niệm 30 năm", "lễ kỷ niệm trực tuyến 25 năm", "Tròn 20 năm", "đánh dấu 30 năm", and "nhân
// (dịp) 30 năm" (on the occasion of; no words between, as "nhân dân … 30 năm" is no anniversary).
// A name in quotes that opens with the count ("triển lãm “20 năm quan hệ …”") is an anniversary's.
const ANNIVERSARY =
  /(?:(?<![\p{L}])(?:(?:kỷ niệm|tròn|đánh dấu)(?:\s+[\p{L}]+){0,2}?|nhân(?:\s+dịp)?)\s+|["“'‘]\s*)(\d{1,3})\s+năm(?![\p{L}])/giu;
// "kỷ niệm 50 năm giải phóng miền Nam, thống nhất đất nước (…) và 30 năm thiết lập quan hệ ngoại
// giao": a count joined to an anniversary by "và" is an anniversary too, and so is one listed after
// a comma ("kỷ niệm 28 năm thiết lập quan hệ ngoại giao, 10 năm thiết lập quan hệ Đối tác toàn diện").
const AND_COUNT = /(?:(?<![\p{L}])và|,)\s+(\d{1,3})\s+năm(?![\p{L}])/gu;
const AND_COUNT_REACH = 160;

/** The anniversaries a sentence names: "kỷ niệm 30 năm" and the counts joined to one by "và". */
function anniversariesIn(sentence: string): RegExpMatchArray[] {
  const found = [...sentence.matchAll(ANNIVERSARY)];
  for (const a of [...found]) {
    const from = (a.index ?? 0) + a[0].length;
    const reach = sentence.slice(from, from + AND_COUNT_REACH).search(/[.;!?]/u);
    const tail = sentence.slice(from, reach < 0 ? from + AND_COUNT_REACH : from + reach);
    for (const m of tail.matchAll(AND_COUNT)) {
      m.index = from + (m.index ?? 0);
      // two anniversaries may reach the same "và" count
      if (!found.some((f) => f.index === m.index)) found.push(m);
    }
  }
  // in the sentence's order, as the facts are claimed
  return found.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}
// A count of years in figures or in words ("12", "mười hai", "hai mươi lăm"; "năm" alone, five, is
// left out: it is also the word for year).
const DIGIT_WORDS: Record<string, number> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};
const UNIT = 'một|hai|ba|bốn|sáu|bảy|tám|chín';
const COUNT_WORDS = `(?:(?:${UNIT}|năm)\\s+mươi(?:\\s+(?:${UNIT}|mốt|tư|lăm))?|mười(?:\\s+(?:${UNIT}|lăm))?|${UNIT})`;
const COUNT_SOURCE = `(\\d{1,3}|${COUNT_WORDS})`;

/** The value of a count of years in figures or words ("mười hai" → 12, "hai mươi lăm" → 25). */
export function countValue(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  const words = text.toLowerCase().split(/\s+/u);
  if (words[0] === 'mười') return 10 + (DIGIT_WORDS[words[1] ?? ''] ?? 0);
  if (words[1] === 'mươi')
    return (DIGIT_WORDS[words[0]!] ?? 0) * 10 + (DIGIT_WORDS[words[2] ?? ''] ?? 0);
  return DIGIT_WORDS[words[0]!] ?? 0;
}

// "Trong vòng 10 năm sau khi 2 nước thiết lập…", "30 năm qua kể từ khi…", "Hai mươi năm sau khi
// thiết lập quan hệ…", "sau 20 năm hai nước thiết lập quan hệ…": counted up to the event.
const SINCE = new RegExp(
  String.raw`(?:(?<![\p{L}])trong\s+(?:vòng\s+)?(\d{1,3})\s+năm\s+(?:qua\s+)?(?:sau khi|kể từ khi|từ khi|kể từ)|(?<![\p{L}\d])${COUNT_SOURCE}\s+năm\s+(?:qua\s+)?(?:kể từ khi|từ khi|sau khi)|(?<![\p{L}])sau\s+${COUNT_SOURCE}\s+năm)(?![\p{L}])`,
  'giu',
);
const COUNT = /(?<![\p{L}\d])(\d{1,3})\s+năm(?![\p{L}])/gu;
// "… đã được xây dựng và không ngừng phát triển trong suốt 25 năm qua": the age told after the
// phrase, in its sentence (group 1: what stands before the count, for "hơn", "gần").
const AGE_AFTER =
  /^[^.;:()]{0,100}?(?<![\p{L}])(?:trong\s+)?(?:suốt\s+)?((?:hơn|gần|khoảng|trên|ngót)\s+)?(\d{1,3})\s+năm\s+qua(?![\p{L}])/iu;
// "30 năm thiết lập …", "2 năm triển khai quan hệ …": a count of years right before the fact.
const DURATION =
  /(?<![\p{L}\d])(\d{1,3})\s+năm\s+(?:qua\s+)?(?:(?:kể từ khi|từ khi|kể từ|triển khai|thực hiện|xây dựng)\s+)?(?:(?:mối\s+)?quan hệ\s+|(?:thiết lập\s+)?khuôn khổ\s+)?/giu;
// What may stand between "kỷ niệm 30 năm" and the fact: "ngày", "hai nước", "Việt Nam – Hoa Kỳ".
const GOVERNED_GAP = /^[^,.;:()]{0,40}$/u;
// "(1995 - 2025)" after the fact: the year it counts from and the anniversary year.
const RANGE = /^[^.;]{0,60}?\(\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*\)/u;
const LAST_YEAR = /năm\s+(?:ngoái|trước)(?![\p{L}])/iu;
const NEXT_YEAR = /năm\s+(?:tới|sau)(?![\p{L}])|sang năm/iu;
const AGO = /cách đây\s+(\d{1,3})\s+năm/iu;
const RESPECTIVELY = /lần lượt/iu;
// "Trong chuyến thăm này, lãnh đạo hai nước đã thống nhất nâng cấp…": the year of the visit the
// sentence before names ("năm 2023 … chuyến thăm của Tổng thống").
const BACK_REFERENCE =
  /^\s*(?:Trong|Tại|Nhân|Vào)\s+(?:chuyến thăm|dịp|sự kiện|hội nghị|cuộc gặp|cuộc hội đàm)\s+(?:này|đó)/iu;
// "hai nhà Lãnh đạo đã quyết định xác lập quan hệ Đối tác toàn diện": the event's participants
// decide it in the event the article reports.
const DECISION =
  /(?:hai nhà lãnh đạo|hai lãnh đạo|hai nguyên thủ|hai bên|hai Tổng thống|hai Thủ tướng)\s+(?:đã\s+)?(?:cùng\s+)?(?:quyết định|nhất trí|thống nhất)\s+(?:việc\s+)?(?:xác lập|thiết lập|nâng cấp|nâng)/iu;
// "Trong chuyến thăm của Tổng thống Biden, hai bên nhất trí nâng cấp…": another, earlier occasion.
const OTHER_OCCASION =
  /chuyến thăm|trước đó|khi đó|lúc đó|(?<![\p{L}])từng(?![\p{L}])|năm ngoái|năm trước/iu;
// "hơn 20 năm", "gần 30 năm": no exact count, no year.
const APPROXIMATE = /(?<![\p{L}])(?:hơn|gần|khoảng|trên|ngót|chừng|hàng|mấy|vài)\s*$/iu;
const EVENT_VERB = /nâng cấp|nâng lên|thiết lập|xác lập|tuyên bố chung về/iu;
// "hai nước đã nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện", "quan hệ … được nâng lên …
// thành đối tác chiến lược toàn diện": an upgrade told without its year, which a reader knows.
const UPGRADE_ACT = /(?<![\p{L}])(?:nâng cấp|nâng lên|được nâng|nâng quan hệ)(?![\p{L}])/iu;
const NOT_RELATIONSHIP_YEAR = /Công ước|Hiệp định|mục tiêu|đến năm|vào năm 20[3-9]\d/u;

const PHRASE: Record<MilestoneType, string> = {
  relations: 'bình thường hóa quan hệ',
  comprehensive: 'xác lập quan hệ Đối tác Toàn diện',
  'comprehensive-strategic': 'nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện',
  strategic: 'xác lập quan hệ Đối tác Chiến lược',
};

/** The canonical title of a milestone: "Việt Nam – Hoa Kỳ bình thường hóa quan hệ". */
export function milestoneTitle(type: MilestoneType, partner: string, anniversary?: number): string {
  const pair = `Việt Nam – ${countryName(partner) ?? partner}`;
  return anniversary
    ? `Kỷ niệm ${anniversary} năm ${pair} ${PHRASE[type]}`
    : `${pair} ${PHRASE[type]}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An upgrade told by its year only ("nâng cấp … năm 2023") takes the month a reader knows. */
function knownMonth(type: MilestoneType, partner: string, date: string): string {
  if (type !== 'comprehensive-strategic' || date.length !== 4) return date;
  const month = UPGRADE_MONTHS[partner]?.[Number(date)];
  return month ? `${date}-${pad(month)}` : date;
}

/** The canonical date of a fact: the year, and the month only for an upgrade that gives it. */
export function milestoneDate(type: MilestoneType, year: number, month = 0): string {
  return type === 'comprehensive-strategic' && month >= 1 && month <= 12
    ? `${year}-${pad(month)}`
    : String(year);
}

interface Phrase {
  type: MilestoneType;
  index: number;
  end: number;
  bare: boolean;
}

interface YearMention {
  year: number;
  month: number;
  index: number;
}

function phrasesOf(sentence: string): Phrase[] {
  const out: Phrase[] = [];
  for (const m of sentence.matchAll(PHRASES)) {
    const type: MilestoneType = m[1]
      ? 'relations'
      : m[2]
        ? 'comprehensive-strategic'
        : m[3]
          ? 'comprehensive'
          : 'strategic';
    const index = m.index ?? 0;
    // "quan hệ Đối tác Chiến lược Toàn diện ASEAN - Mỹ" is not Vietnam's.
    if (
      /^\s*(?:giữa\s+)?ASEAN/u.test(sentence.slice(index + m[0].length, index + m[0].length + 20))
    )
      continue;
    out.push({ type, index, end: index + m[0].length, bare: BARE_RELATIONS.test(m[0]) });
  }
  return out;
}

function yearsOf(sentence: string): YearMention[] {
  return [...sentence.matchAll(YEAR)].map((y) => ({
    year: Number(y[4]),
    month: Number(y[1] ?? y[2] ?? y[3] ?? 0),
    index: y.index ?? 0,
  }));
}

/** Whether an act word ("thiết lập", "nâng cấp") stands next to the phrase, in its clause. */
function hasAct(sentence: string, phrase: Phrase): boolean {
  // "quan hệ ngoại giao" alone is mentioned often; only a passive act told of it makes it the fact.
  if (phrase.bare) return BARE_THEN_PASSIVE_ACT.test(sentence.slice(phrase.end));
  if (/^(?:bình thường hóa|thiết lập|lập|khôi phục)/iu.test(sentence.slice(phrase.index)))
    return true;
  for (const m of sentence.matchAll(ACT)) {
    const at = m.index ?? 0;
    const before = at < phrase.index && phrase.index - (at + m[0].length) <= ACT_REACH;
    const after = at >= phrase.end && at - phrase.end <= ACT_REACH;
    const span = before ? sentence.slice(at, phrase.index) : sentence.slice(phrase.end, at);
    if ((before || after) && !/[.;]/u.test(span)) return true;
  }
  return false;
}

/** Every relationship milestone the sentences state with a year (or that the event itself makes). */
export function findMilestones(sentences: string[], context: MilestoneContext = {}): Milestone[] {
  const out: Milestone[] = [];
  const seen = new Set<string>();
  const push = (
    type: MilestoneType,
    partner: string,
    date: string,
    sentence: string,
    n?: number,
  ): void => {
    date = knownMonth(type, partner, date);
    // A year that contradicts what a reader knows belongs to another phrase of the sentence.
    const known = relationshipYear(partner, type);
    if (!n && known !== undefined && Number(date.slice(0, 4)) !== known) return;
    const title = milestoneTitle(type, partner, n);
    const key = `${title}|${date}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type, partner, date, title, sentence, ...(n ? { anniversary: n } : {}) });
  };
  // Facts dated only by what a reader knows: cited by the sentences that give a year, if any do.
  const knownOnly: { type: MilestoneType; partner: string; date: string; sentence: string }[] = [];
  sentences.forEach((sentence, i) => {
    if (!HAS_PHRASE.test(sentence)) return;
    const phrases = phrasesOf(sentence);
    if (!phrases.length) return;
    const countries = findCountries(sentence).map((c) => c.code);
    const partners = [...new Set(countries.filter((c) => c !== 'VN'))];
    const years = yearsOf(sentence);

    // "..., gồm Trung Quốc, Nga, Ấn Độ và Hàn Quốc, được thiết lập lần lượt vào năm 2008, 2012, 2016 và 2022".
    if (RESPECTIVELY.test(sentence) && partners.length >= 2) {
      const at = sentence.search(RESPECTIVELY);
      const list = [...sentence.slice(at).matchAll(/((?:19|20)\d{2})/g)].map((y) => Number(y[1]));
      const named = findCountries(sentence.slice(0, at))
        .map((c) => c.code)
        .filter((c) => c !== 'VN');
      // "Ngoài Mỹ, ... gồm Trung Quốc, Nga, ...": the countries listed last pair with the years.
      const ordered = [...new Set(named)].slice(-list.length);
      const type = phrases[0]!.type;
      if (list.length === ordered.length && hasAct(sentence, phrases[0]!))
        ordered.forEach((partner, k) =>
          push(type, partner, milestoneDate(type, list[k]!), sentence),
        );
      return;
    }
    const partner =
      partners.length === 1 ? partners[0] : partners.length === 0 ? context.mainPartner : undefined;
    if (!partner) return;

    const claimed = new Set<Phrase>();
    // 1. Anniversaries: "kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1995 - 2025)" → 1995 and 2025.
    for (const a of anniversariesIn(sentence)) {
      const from = (a.index ?? 0) + a[0].length;
      if (approximate(sentence, (a.index ?? 0) + a[0].search(/\d/u))) continue;
      const phrase = phrases.find(
        (p) => p.index >= from && GOVERNED_GAP.test(sentence.slice(from, p.index)),
      );
      if (!phrase) continue;
      // "kỷ niệm 239 năm Ngày Độc lập của Mỹ và 20 năm thiết lập quan hệ": the count nearest the
      // fact is its own.
      const counts = [...sentence.slice(a.index ?? 0, phrase.index).matchAll(COUNT)];
      const n = Number(counts[counts.length - 1]?.[1] ?? a[1]);
      if (n <= 0) continue;
      claimed.add(phrase);
      // "kỷ niệm 30 năm thiết lập quan hệ ngoại giao" with the US: 1995 + 30, whenever it is said.
      const known = relationshipYear(partner, phrase.type);
      const year =
        known !== undefined
          ? known + n
          : anniversaryYear(sentence, a.index ?? 0, phrase, n, years, context.eventYear);
      if (!year) continue;
      if (isMilestoneAnniversary(n)) push(phrase.type, partner, String(year), sentence, n);
      push(phrase.type, partner, milestoneDate(phrase.type, year - n), sentence);
    }
    // 2. "Trong vòng 10 năm sau khi 2 nước thiết lập quan hệ ngoại giao" in the event's year.
    for (const s of sentence.matchAll(SINCE)) {
      const n = countValue(s[1] ?? s[2] ?? s[3]!);
      const from = (s.index ?? 0) + s[0].length;
      // a count opens the match or follows "trong" / "sau", which no "hơn" stands between
      if (approximate(sentence, (s.index ?? 0) + Math.max(0, s[0].search(/\d/u)))) continue;
      const phrase = phrases.find(
        (p) =>
          !claimed.has(p) && p.index >= from && GOVERNED_GAP.test(sentence.slice(from, p.index)),
      );
      if (!phrase || phrase.bare) continue;
      claimed.add(phrase);
      // A step a reader knows needs no event year: "sau 20 năm kể từ khi hai nước thiết lập quan
      // hệ ngoại giao" in an undated report is still 1995.
      const known = relationshipYear(partner, phrase.type);
      const year =
        known ?? (context.eventYear && !years.length ? context.eventYear - n : undefined);
      if (year && n > 0) push(phrase.type, partner, milestoneDate(phrase.type, year), sentence);
    }
    // 2b. "sau 30 năm thiết lập quan hệ ngoại giao và 2 năm triển khai quan hệ Đối tác Chiến lược
    // Toàn diện": years counted since each fact. A step general knowledge dates is that year;
    // another counts back from the event's year.
    for (const d of sentence.matchAll(DURATION)) {
      const from = (d.index ?? 0) + d[0].length;
      const phrase = phrases.find((p) => !claimed.has(p) && p.index === from);
      if (!phrase || phrase.bare) continue;
      const known = relationshipYear(partner, phrase.type);
      // "hơn 2 năm triển khai Đối tác …" counts roughly; a step a reader knows needs no count.
      if (known === undefined && approximate(sentence, d.index ?? 0)) continue;
      claimed.add(phrase);
      const n = Number(d[1]);
      const year =
        known ?? (context.eventYear && !years.length ? context.eventYear - n : undefined);
      if (year && n > 0) push(phrase.type, partner, milestoneDate(phrase.type, year), sentence);
    }
    // 2c. "nền tảng quan hệ Việt Nam - Mỹ đã được xây dựng … trong suốt 25 năm qua" in 2021: the
    // relationship's age told after it, when it is the age a reader knows it has.
    for (const phrase of phrases) {
      if (claimed.has(phrase) || phrase.type !== 'relations' || !context.eventYear) continue;
      const known = relationshipYear(partner, phrase.type);
      const age = AGE_AFTER.exec(sentence.slice(phrase.end));
      if (known === undefined || !age || APPROXIMATE.test(age[1] ?? '')) continue;
      if (Math.abs(context.eventYear - Number(age[2]) - known) > 1) continue;
      claimed.add(phrase);
      push(phrase.type, partner, milestoneDate(phrase.type, known), sentence);
    }
    // 3. Each other phrase that names an act, with the year nearest to it in its clause.
    for (const phrase of phrases) {
      if (claimed.has(phrase) || !hasAct(sentence, phrase)) continue;
      const near = nearestYear(sentence, phrase, phrases, years);
      if (near) {
        push(phrase.type, partner, milestoneDate(phrase.type, near.year, near.month), sentence);
        continue;
      }
      const ago = AGO.exec(sentence);
      if (ago && context.eventYear && !years.length) {
        push(
          phrase.type,
          partner,
          milestoneDate(phrase.type, context.eventYear - Number(ago[1])),
          sentence,
        );
        continue;
      }
      const verb = EVENT_VERB.exec(sentence);
      const pastReference = verb && PAST_REFERENCE.test(sentence.slice(0, verb.index));
      if (!pastReference && BACK_REFERENCE.test(sentence) && i > 0) {
        // "Trong chuyến thăm này, … thống nhất nâng cấp …": the one year the sentence before gives.
        const previous = yearsOf(sentences[i - 1]!);
        if (new Set(previous.map((y) => y.year)).size === 1) {
          const y = previous[0]!;
          push(phrase.type, partner, milestoneDate(phrase.type, y.year, y.month), sentence);
          continue;
        }
      } else if (!pastReference) {
        // "Hai nước nhất trí nâng cấp quan hệ lên …" in the event's own report, or "hai nhà Lãnh
        // đạo đã quyết định xác lập …": the event makes the fact, so it takes the event's date.
        const made =
          verb &&
          (context.eventSentences?.has(i) ||
            (DECISION.test(sentence) && !OTHER_OCCASION.test(sentence)));
        if (made && context.eventMonth) {
          const [year, month] = context.eventMonth.split('-').map(Number);
          push(phrase.type, partner, milestoneDate(phrase.type, year!, month), sentence);
          continue;
        }
      }
      const upgrade = knownUpgrade(sentence, phrase, partner, context);
      if (upgrade) knownOnly.push({ type: phrase.type, partner, date: upgrade, sentence });
    }
  });
  for (const k of knownOnly) push(k.type, k.partner, k.date, k.sentence);
  return out;
}

/**
 * The date of an upgrade the sentence tells as done but without a year ("khi 2 nước chính thức
 * nâng cấp quan hệ lên Đối tác chiến lược toàn diện"), when general knowledge dates it — and only
 * when the article's own event is not before it (an article of July 2023 can only plan it).
 */
function knownUpgrade(
  sentence: string,
  phrase: Phrase,
  partner: string,
  context: MilestoneContext,
): string | undefined {
  if (phrase.type !== 'comprehensive-strategic') return undefined;
  const year = relationshipYear(partner, phrase.type);
  if (year === undefined) return undefined;
  const act = UPGRADE_ACT.exec(sentence);
  if (!act || act.index > phrase.index || phrase.index - act.index > 120) return undefined;
  // The plan words of the act's own clause: "Hai bên nhất trí sẽ nâng cấp …".
  const clause = sentence.slice(0, act.index).split(/[,;:]/u).pop() ?? '';
  if (PLANNED_STEP.test(clause)) return undefined;
  const date = knownMonth(phrase.type, partner, String(year));
  const now = context.eventMonth ?? (context.eventYear ? String(context.eventYear) : undefined);
  if (now && now.slice(0, date.length) < date.slice(0, now.length)) return undefined;
  return date;
}

/** Whether the count at this offset is approximate: "kỷ niệm hơn 20 năm". */
function approximate(sentence: string, at: number): boolean {
  return APPROXIMATE.test(sentence.slice(Math.max(0, at - 12), at));
}

/**
 * The year an anniversary falls in: the range after the fact ("(1995 - 2025)"), an explicit year
 * ("trong năm 2020", "từ năm 1995" counts from), else the event's year, moved by "năm ngoái".
 */
function anniversaryYear(
  sentence: string,
  at: number,
  phrase: Phrase,
  n: number,
  years: YearMention[],
  eventYear: number | undefined,
): number | undefined {
  const range = RANGE.exec(sentence.slice(phrase.end));
  if (range && Number(range[2]) - Number(range[1]) === n) return Number(range[2]);
  const explicit = years
    .filter(
      (y) =>
        !NOT_RELATIONSHIP_YEAR.test(sentence.slice(Math.min(y.index, at), Math.max(y.index, at))),
    )
    .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  if (explicit) {
    // "kỷ niệm 20 năm kể từ năm 1995" counts from the year; "trong năm 2020" is the anniversary's.
    const countsFrom = /(?:từ|kể từ)\s*$/iu.test(sentence.slice(0, explicit.index));
    return countsFrom ? explicit.year + n : explicit.year;
  }
  if (!eventYear) return undefined;
  const before = sentence.slice(0, at);
  if (LAST_YEAR.test(before)) return eventYear - 1;
  if (NEXT_YEAR.test(before)) return eventYear + 1;
  return eventYear;
}

/** The year nearest the phrase within 120 characters, unless another phrase stands between. */
function nearestYear(
  sentence: string,
  phrase: Phrase,
  phrases: Phrase[],
  years: YearMention[],
): YearMention | undefined {
  const distance = (y: YearMention): number =>
    y.index >= phrase.end ? y.index - phrase.end : phrase.index - y.index;
  const near = years
    .filter((y) => distance(y) < 120)
    // "“Đối tác Toàn diện” vào tháng 7-2013, và “Đối tác Chiến lược Toàn diện …”": a year right
    // after another phrase is that phrase's.
    .filter(
      (y) =>
        y.index >= phrase.end ||
        !phrases.some(
          (p) =>
            p !== phrase && !p.bare && p.end <= y.index && y.index - p.end < phrase.index - y.index,
        ),
    )
    .filter(
      (y) =>
        // "thiết lập quan hệ ngoại giao năm 1995 và Đối tác toàn diện năm 2013": each its own year.
        !phrases.some(
          (p) =>
            p !== phrase &&
            !p.bare &&
            (y.index >= phrase.end
              ? p.index > phrase.end && p.index < y.index
              : p.end < phrase.index && p.index > y.index),
        ),
    )
    .sort((a, b) => distance(a) - distance(b))[0];
  if (!near) return undefined;
  // "Công ước ... năm 1982" or "mục tiêu năm 2050" are not the relationship's year.
  const between = sentence.slice(
    Math.min(near.index, phrase.index),
    Math.max(near.index, phrase.end),
  );
  return NOT_RELATIONSHIP_YEAR.test(between) ? undefined : near;
}
