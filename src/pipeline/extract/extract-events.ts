/**
 * From a parsed article to the events it reports. A report is a sentence (lead first, then body;
 * captions only corroborate) holding a date and an event word or officials; reports of one event
 * (close dates, shared participants) are grouped; background references far from the article's
 * main event are left out. Milestones come from milestones.ts.
 */
import type { EventKind, Participant, PartialDate } from '../../shared/schema';
import { dayNumber, firstDay, lastDay, shiftDay, ymd } from '../../shared/dates';
import { foldAccents } from '../../shared/text';
import type { CandidateEvent, ExtractResult, ParsedArticle, UndatedReport } from '../types';
import { agencyStates, findCountries, type CountryMention } from '../knowledge/countries';
import { findPlaces, findVenues, placeFormAt, type PlaceMention } from '../knowledge/places';
import { nationalDayOccasion } from '../knowledge/national-days';
import { findOfficeHolders } from '../knowledge/office-holders';
import type { TitleLevel } from '../knowledge/titles';
import { findDateMentions, type DateMention } from './dates';
import {
  isOpeningDateline,
  resolveDate,
  resolveYearOnly,
  type DateContext,
  type ResolvedDate,
} from './year';
import { ceremonyHeld, findKinds, mainKind, type KindMatch } from './kinds';
import { findPeople, INTERNATIONAL_BODIES, PeopleIndex, type PersonMention } from './people';
import {
  namedByOfficeAlone,
  toParticipant,
  toParticipants,
  type ParticipantContext,
} from './participants';
import { findTopics, topicHits } from './topics';
import { eventTitle } from './titles';
import { buildSummary } from './summary';
import { findMilestones } from './milestones';
import { findLeaderVisits } from './leader-visits';

/** Everything extraction needs about one sentence, computed once. */
interface SentenceInfo {
  text: string;
  /** Index in article.sentences, or -1 for captions and the headline. */
  order: number;
  caption: boolean;
  dates: DateMention[];
  kinds: KindMatch[];
  people: PersonMention[];
  countries: CountryMention[];
}

interface Report {
  info: SentenceInfo;
  mention: DateMention;
  start: string;
  end?: string;
  kind?: EventKind;
  window: string;
  windowStart: number;
  people: PersonMention[];
  plural: boolean;
  /** A multi-country tour's range ("chuyến công du 5 nước châu Á từ ngày 3 đến 14-11"). */
  tour?: boolean;
}

interface Group {
  reports: Report[];
  /** The visit an act of its own fell in, and where that visit's event took place. */
  within?: Group;
  place?: { city?: string; country?: string };
}

const MAX_BACKGROUND_DAYS = 14;
/** How long after an act a statement to the press may still announce it as news. */
const MAX_ANNOUNCED_DAYS = 60;
// An envoy's title not followed by Việt Nam ("Tổng Lãnh sự", "Phó Đại sứ"): a foreign mission's.
const UNNAMED_ENVOY =
  /(?<![\p{L}])(?:Tổng Lãnh sự|Phó Đại sứ|Đại sứ|Đại biện|Lãnh sự)(?![\p{L}])(?!\s+(?:quán\s+)?(?:Việt Nam|VN)(?![\p{L}]))/u;
/**
 * Heads of party, state, government and parliament and their deputies: a meeting with one is news
 * of its own.
 */
const LEADER_LEVELS: ReadonlySet<TitleLevel> = new Set<TitleLevel>([
  'party-leader',
  'head-of-state',
  'head-of-government',
  'legislature',
  'deputy-leader',
]);
/** The relationship the timeline is about: milestones are Vietnam's with this state. */
const RELATIONSHIP_PARTNER = 'US';
const FOLLOW_ON_SENTENCES = 18;
const FOLD_KINDS = new Set<EventKind>(['meeting', 'talks', 'visit', 'dialogue', 'ceremony']);
// "Trong cuộc điện đàm, hai bên …", "Tại buổi ký kết, ông …": the act already told, named again as the
// scene of what follows, not another act of its kind.
const BACK_TO_THE_ACT = /(?<![\p{L}])(?:tại|trong)\s+(?:buổi\s+|cuộc\s+)?$/iu;
// "hoan nghênh cuộc gặp giữa …", "đánh giá cao kết quả chuyến thăm của …", "hoan nghênh kết quả hội
// đàm giữa …": an act spoken of, as the object of a judgement, is another act; its people are not
// the event's.
const SPOKEN_OF_ACT =
  /(?<![\p{L}])(?:hoan nghênh|đánh giá cao)\s+(?:(?:kết quả\s+)?(?:cuộc|chuyến)\s|kết quả\s+(?:hội đàm|hội kiến|điện đàm|đối thoại)(?![\p{L}]))/iu;
// "Chuẩn đô đốc Hải quân Hoa Kỳ Laura Grant cho biết …", "Đại tá X tham dự cùng …": the one named
// speaks or attends, in the same clause (initials' dots aside).
const TAKES_PART_AFTER =
  /^(?:[^.;!?"“”]|(?<=\p{Lu})\.){0,160}?(?<![\p{L}])(?:phát biểu|cho biết|nhấn mạnh|tham dự|dự lễ)(?![\p{L}])/u;
const ATTENDS_BEFORE = /(?<![\p{L}])dự\s+(?:buổi\s+)?$/u;
// "… nơi Tổng thống X đã bổ nhiệm ông": who names someone to an office is not at the event told.
const APPOINTS_AFTER = /^\s*(?:đã\s+|sẽ\s+)?(?:đề cử|bổ nhiệm|chỉ định)(?![\p{L}])/u;
const takesPart = (text: string, m: PersonMention): boolean =>
  TAKES_PART_AFTER.test(text.slice(m.index));
// "tại buổi Lễ", "Trong lễ": a definite reference back to a ceremony already told.
const AT_THE_CEREMONY = /(?:^|[^\p{L}])(?:[Tt]ại|[Tt]rong)\s+(?:buổi\s+)?[Ll]ễ(?![\p{L}])/u;
// "Nhân dịp này, Chủ tịch Quốc hội cũng gửi điện mừng tới …": more messages of the same occasion.
const SAME_OCCASION =
  /^(?:Nhân dịp này|Cũng nhân dịp này|Cùng dịp|Dịp này|Cùng ngày|Cùng hôm)(?![\p{L}])/u;
const isSpokesperson = (p: Participant): boolean => /phát ngôn/iu.test(p.title ?? '');
// "thăm chính thức Mỹ", "tại Mỹ", "sang Hoa Kỳ": a country as the place of a visit or event.
const COUNTRY_PLACE =
  /(?:tại|thăm|sang|đến|tới|ở)\s+(?:chính thức\s+|cấp nhà nước\s+|làm việc\s+(?:tại\s+)?)?(?:nước\s+|Cộng hòa\s+|Cộng hoà\s+)?$/u;
const PLURAL = /(?:nhiều|các|loạt)\s+(?:cuộc|buổi)/u;
// "A và B dẫn đầu hai đoàn tham dự …", "… dẫn đầu hai phái đoàn tại …"; one delegation "tại" or
// "trong" something ("dẫn đầu đoàn trong chuyến thăm") is no pair of heads.
const LEAD_DELEGATIONS =
  /dẫn đầu (?:(?:hai |các )?(?:phái )?đoàn(?: đại biểu)?(?: hai nước| hai bên)? (?:tham gia|tham dự|dự)|(?:hai|các) (?:phái )?đoàn(?: đại biểu)?(?: hai nước| hai bên)? (?:trong|tại))(?![\p{L}])/u;
const EARLIER = /^(?:Trước đó|Hôm trước|Tuần trước|Tháng trước)(?![\p{L}])/u;
// "Thời gian qua, hai nước đã … xử lý dioxin tại sân bay Đà Nẵng": years of work, not the event.
const SPAN_OF_TIME =
  /^(?:Trong\s+)?(?:thời gian qua|thời gian gần đây|những năm qua|nhiều năm qua|những năm gần đây|thời gian tới|những năm tới)(?![\p{L}])/iu;

const span = (r: { start: string; end?: string }): [number, number] => [
  dayNumber(firstDay(r.start)),
  dayNumber(lastDay(r.end ?? r.start)),
];
const precision = (d: string): number => d.length;

/** A sentence's events, people, countries and dates; `mentions` are its date mentions, found once. */
function analyse(
  text: string,
  order: number,
  caption: boolean,
  mentions: readonly DateMention[] = findDateMentions(text),
): SentenceInfo {
  // Event words inside a quotation are what someone said or asked, not what happened; a question
  // ("Tổng thống Mỹ sẽ thăm Việt Nam vào tháng 11 tới?") tells nothing either, from its start or
  // from the colon that opens it ("… đã trả lời câu hỏi của phóng viên: …?").
  const asked = QUESTION.test(text) ? text.lastIndexOf(':') + 1 : text.length;
  const kinds = findKinds(text).filter((k) => k.index < asked && !insideQuote(text, k.index));
  if (!kinds.length) {
    const held = ceremonyHeld(text);
    if (held && !insideQuote(text, held.index)) kinds.push(held);
  }
  return {
    text,
    order,
    caption,
    // An anniversary's span or a campaign's period in brackets is not when anything told happened.
    dates: mentions.filter((d) => !d.aside),
    kinds,
    people: findPeople(text),
    countries: findCountries(text),
  };
}

const QUESTION = /\?["”']?\s*$/u;

/**
 * Whether an offset lies inside a quotation. The last quote mark before it decides: an opening one
 * (after a space, before a letter) means inside; a closing one ('...", ông nói') means outside —
 * quotations may start in an earlier sentence.
 */
export function insideQuote(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const at = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('”'));
  if (at < 0) return false;
  const mark = before.charAt(at);
  if (mark === '“') return true;
  if (mark === '”') return false;
  const next = text.charAt(at + 1);
  const prev = at > 0 ? text.charAt(at - 1) : ' ';
  return /\s/.test(prev) && /[\p{L}\p{N}]/u.test(next);
}

// "… đã tiếp đoàn … đang ở thăm và làm việc tại Việt Nam từ ngày 18/4 - 2/5": the guests' stay
// frames the act the sentence reports.
const ONGOING_VISIT = /(?<![\p{L}])đang\s+(?:ở\s+)?(?:có\s+(?:chuyến\s+)?)?$/u;

/** Whether a visit word tells the stay in which the sentence's other act happens. */
function framingVisit(info: SentenceInfo, m: KindMatch): boolean {
  return (
    m.kind === 'visit' &&
    info.kinds.some((k) => k.kind !== 'visit') &&
    ONGOING_VISIT.test(info.text.slice(Math.max(0, m.index - 30), m.index))
  );
}

/** Rejoin sentences split after an abbreviation ("thăm TP." + "Đà Nẵng từ ngày 5-3 ..."). */
function joinAbbreviations(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /(?:^|\s)(?:TP|Tp|P|Q|TT|St|Mr|Dr|Ths|TS|PGS|D\.C)\.$/u.test(prev))
      out[out.length - 1] = `${prev} ${s}`;
    else out.push(s);
  }
  return out;
}

// "… và rời đi vào ngày 4/10", "… rời Cam Ranh ngày 4/10": the day told after "rời" ends the stay.
const LEAVES_BEFORE = /(?<![\p{L}])rời(?![\p{L}])[^,.;]{0,40}$/u;
// "bắt đầu chuyến thăm chính thức Việt Nam 4 ngày", "chuyến thăm cấp Nhà nước 3 ngày bắt đầu từ".
const VISIT_DAYS =
  /(?<![\p{L}])(?:bắt đầu\s+(?:chuyến\s+)?thăm[^,.;]{0,60}?\s(\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+ngày(?![\p{L}\p{N}])(?!\s+(?:và|đến|tới|từ)?\s*\d)|chuyến\s+thăm[^,.;]{0,60}?\s(\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+ngày\s+bắt đầu\s*$)/u;
const DAY_COUNTS: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7 };
// The verb of saying right after a name: "X cho biết, …", "X thông tin: …".
const SPEAKS_AFTER =
  /^\s*(?:đã\s+)?(?:thông tin|cho biết|khẳng định|nhấn mạnh|thông báo|tuyên bố|nói|phát biểu)(?![\p{L}])/u;
// "Ngày 9/6, đoàn … rời Huế sau ba ngày thăm": the day told is the last of a stay that many days long.
const LEFT_AFTER_DAYS =
  /(?<![\p{L}])rời(?![\p{L}])[^,.;]{0,60}?\ssau\s+(\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+ngày\s+(?:viếng\s+thăm|thăm|ở lại|lưu lại|làm việc)(?![\p{L}])/u;
// "chuyến công du 5 nước châu Á", "thăm ba quốc gia": a tour of several states.
const TOUR =
  /(?<![\p{L}])(?:công du|thăm|chuyến đi)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|nhiều|các)\s+(?:nước|quốc gia)(?![\p{L}])/u;

/**
 * Pairs of an arrival and a departure in one sentence ("Ngày 2/10, tàu … ghé thăm … và rời đi vào
 * ngày 4/10"): the arrival's index → the departure's, when the departure is a single later day.
 */
function departures(info: SentenceInfo): Map<number, number> {
  const pairs = new Map<number, number>();
  info.dates.forEach((d, k) => {
    const prev = info.dates[k - 1];
    if (k === 0 || !prev || prev.day === undefined || d.day === undefined) return;
    if (prev.endDay !== undefined || d.endDay !== undefined || pairs.has(k - 1)) return;
    const between = info.text.slice(prev.index + prev.text.length, d.index);
    if (LEAVES_BEFORE.test(between)) pairs.set(k - 1, k);
  });
  return pairs;
}

/** A count of days in digits or words ("4", "ba"), when it is a stay's plausible length. */
function stayDays(word: string): number | undefined {
  const days = /^\d/.test(word) ? Number(word) : DAY_COUNTS[word];
  return days && days >= 2 && days <= 14 ? days : undefined;
}

/** The length of a visit told in days from its start ("bắt đầu chuyến thăm … 4 ngày" → 4). */
function visitDays(text: string): number | undefined {
  const m = VISIT_DAYS.exec(text);
  return m ? stayDays((m[1] ?? m[2])!) : undefined;
}

/** The countries an article is mainly about besides Vietnam, most mentioned first. */
function mainPartnerOf(infos: SentenceInfo[]): string | undefined {
  const counts = new Map<string, number>();
  for (const i of infos)
    for (const c of i.countries)
      if (c.code !== 'VN') counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  // Only a clearly dominant partner may stand in for a state the text does not give.
  return first && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
}

/**
 * Where a report's clause ends before a "trước khi …" that follows its act: in "… trình Quốc thư
 * lên Chủ tịch nước …, trước khi tháp tùng Tổng thống … sang Đà Nẵng" the place and people after
 * "trước khi" are of a later act.
 */
function beforeLaterClause(text: string, from: number, at: number, to: number): number {
  const cut = text.indexOf('trước khi', at);
  if (cut < 0 || cut >= to || /\p{L}/u.test(text[cut - 1] ?? '')) return to;
  return findKinds(text.slice(from, cut)).length > 0 ? cut : to;
}

/**
 * Whether a date stands in a "trước khi …" clause after the act the sentence reports: in "Chuyến
 * công du … diễn ra vài ngày trước khi nước Mỹ tiến hành bầu cử Tổng thống vào ngày 3/11" the date is
 * the election's, not the journey's.
 */
function datesLaterHappening(text: string, at: number): boolean {
  const cut = text.lastIndexOf('trước khi', at);
  if (cut < 0 || /\p{L}/u.test(text[cut - 1] ?? '')) return false;
  const clauseStart = Math.max(text.lastIndexOf('.', cut), text.lastIndexOf(';', cut)) + 1;
  return (
    findKinds(text.slice(clauseStart, cut)).length > 0 &&
    findKinds(text.slice(cut, at)).length === 0
  );
}

// "… Quan hệ Đối tác Toàn diện giữa hai nước được xác lập tháng 7/2013": the date of a step of the
// relationship named in passing (a milestone), not of the act the sentence reports.
const ESTABLISHED_BEFORE =
  /(?<![\p{L}])(?:được|đã được)\s+(?:chính thức\s+)?(?:xác lập|thiết lập|nâng cấp|bình thường hóa|bình thường hoá)\s+(?:vào\s+|từ\s+)?$/u;

// "Tại buổi tiếp, …", "Trong cuộc hội đàm, …": the sentence tells what was said at a meeting
// already reported.
const AT_THE_MEETING =
  /^\s*(?:Tại|Trong|Trao đổi tại|Phát biểu tại)\s+(?:buổi|cuộc)\s+(?:tiếp|gặp|hội kiến|hội đàm|làm việc|điện đàm|hội đàm trực tuyến)(?:\s+(?:thân mật|xã giao|và làm việc))?\s*,/iu;

/**
 * Whether a date is of something talked about at a meeting already told: in "Tại buổi tiếp, Chủ tịch
 * Quốc hội … chúc mừng cuộc hội đàm … vào chiều 10/9" the talks are recalled, not reported. A date
 * right after the opening ("Tại buổi tiếp chiều 11/9, …") would be the meeting's own and has no comma
 * before it.
 */
function talkedAboutAtMeeting(text: string, at: number): boolean {
  const opening = AT_THE_MEETING.exec(text);
  return opening !== null && at >= opening[0].length;
}

// "trong thời gian lưu lại Việt Nam từ …", "ở lại Hà Nội từ …", "Chuyến đi kéo dài từ …": a
// stay, told after the visit's own sentence, within this many sentences.
const STAY_BEFORE = /(?<![\p{L}])(?:thời gian|lưu lại|ở lại|kéo dài)(?![\p{L}])[^.;:!?]{0,40}$/iu;
const STAY_REACH = 3;

// "… kéo dài từ ngày 17/5 đến ngày 2/6": how long the act told before lasts (not a guest's stay).
const LASTS_BEFORE = /(?:kéo dài|diễn ra)\s+(?:trong\s+)?$/u;

/** Venues in a text ("Tại Washington, đoàn có các cuộc gặp…" puts the meetings in Washington). */
export function venuesIn(text: string): PlaceMention[] {
  return findVenues(text);
}

/**
 * The place of an event named in a text: a city or venue, else only the country ("thăm chính thức
 * Mỹ" → US, no city: a visit to a country may take in several cities, and a reader names no city the
 * text does not give).
 */
function placeIn(text: string): { city?: string; country?: string } {
  const venue = venuesIn(text)[0];
  if (venue) return { city: venue.city, country: venue.country };
  return countryPlaceIn(text);
}

// "đã tiếp đoàn", "tiếp Đoàn": a host receives a delegation.
const RECEIVES_DELEGATION = /(?<![\p{L}])(?:tiếp|đón)\s+(?:phái\s+)?[Đđ]oàn(?![\p{L}])/u;

// "tiếp", "đón": a host receives someone.
const RECEIVES = /(?<![\p{L}])(?:tiếp|đón)\s/u;

// A local leader's title and the place it goes with: "Bí thư Thành ủy TPHCM", "Chủ tịch UBND tỉnh
// Quảng Nam", "Phó Chủ tịch Thường trực UBND TPHCM", "Giám đốc Sở Ngoại vụ Thành phố Hồ Chí Minh".
const LOCAL_LEADER =
  /(?:Bí thư (?:Thành|Tỉnh) (?:ủy|uỷ)|(?:Phó )?Chủ tịch (?:Thường trực )?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND)|(?:Phó )?Giám đốc Sở Ngoại vụ)\s+(?:tỉnh\s+|thành phố\s+)?/giu;

/** The city or province whose leader a text names with the place ("Bí thư Thành ủy TPHCM …"). */
function localSeatIn(text: string): string | undefined {
  for (const m of text.matchAll(LOCAL_LEADER)) {
    const form = placeFormAt(text, m.index + m[0].length);
    if (form) return findPlaces(form)[0]?.city;
  }
  return undefined;
}

// "làm việc với lãnh đạo tỉnh", "Phó Chủ tịch UBND tỉnh Lê Ngọc Hoa": the province the article is
// about, left unnamed because the outlet is that province's paper.
const UNNAMED_PROVINCE =
  /(?:lãnh đạo|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Tỉnh ủy|Tỉnh uỷ|HĐND)\s+tỉnh(?![\p{L}])(?!\s+\p{Lu})/u;
const NAMED_PROVINCE = /(?<![\p{L}])tỉnh\s+/gu;

/** The one province an article names ("tỉnh Nghệ An" in a caption or a sentence); none when several. */
function soleProvinceIn(texts: string[]): string | undefined {
  const cities = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(NAMED_PROVINCE)) {
      const form = placeFormAt(text, m.index + m[0].length);
      const city = form ? findPlaces(form)[0]?.city : undefined;
      if (city) cities.add(city);
    }
  return cities.size === 1 ? [...cities][0] : undefined;
}

/** A country named as the place ("thăm chính thức Mỹ" → US), never "Đại sứ Mỹ tại Việt Nam". */
function countryPlaceIn(text: string): { country?: string } {
  for (const c of findCountries(text)) {
    const before = text.slice(Math.max(0, c.index - 40), c.index);
    if (/(?:Đại sứ|đại sứ|Tổng Lãnh sự|Lãnh sự|sứ quán)[^,.;]{0,20}tại\s+$/u.test(before)) continue;
    if (COUNTRY_PLACE.test(before)) return { country: c.code };
  }
  return {};
}

interface ReportPeople {
  names: Set<string>;
  /** Non-Vietnamese participants: two reports with different foreign counterparts are two events. */
  foreign: Set<string>;
  /** Foreign states named in the report's clause. */
  states: Set<string>;
  /** Vietnamese leaders (LEADER_LEVELS) among its participants. */
  leaders: Set<string>;
}

// Meeting, talks, a visit, a call or a dialogue: the same contact told with different words.
const CONTACT: ReadonlySet<EventKind> = new Set(['meeting', 'talks', 'visit', 'call', 'dialogue']);
const actFamily = (kind: EventKind): string => (CONTACT.has(kind) ? 'contact' : kind);
// Acts a Vietnamese leader hosts: one guest's talks with one leader and meeting with another on
// one morning are two events, as the press lists them.
const HOSTED: ReadonlySet<EventKind> = new Set(['meeting', 'talks', 'ceremony']);
// An act's words, then "vào" and its day, with no clause between.
const ON_DATE_AFTER = /^[^,;.:]{0,40}\svào\s+$/u;
// "Cũng trong sáng …", "Cùng ngày": another act on the day just told.
const ALSO_THAT_DAY = /^(?:Cũng\s+(?:trong|vào|ngày|buổi)|Cùng\s+(?:ngày|buổi))(?![\p{L}])/u;

/** The countries named in a report's clause, from the sentence's mentions (no second scan). */
function windowCountries(r: Report): CountryMention[] {
  const end = r.windowStart + r.window.length;
  return r.info.countries.filter((c) => c.index >= r.windowStart && c.index < end);
}

function overlaps(a: Report, b: Report, who: (r: Report) => ReportPeople): boolean {
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  const gap = Math.max(0, Math.max(as, bs) - Math.min(ae, be));
  const pa = who(a);
  const pb = who(b);
  if (pa.foreign.size && pb.foreign.size && ![...pa.foreign].some((n) => pb.foreign.has(n)))
    return false;
  if (pa.states.size && pb.states.size && ![...pa.states].some((n) => pb.states.has(n)))
    return false;
  // "thăm Đà Nẵng từ 28/9 đến 1/10" and "ghé thăm Cam Ranh từ 2/10 đến 4/10": two visits' ranges in
  // two cities are two visits.
  if (
    a.kind === 'visit' &&
    b.kind === 'visit' &&
    a.end &&
    b.end &&
    !a.tour &&
    !b.tour &&
    a.start !== b.start
  ) {
    const ca = placeIn(a.window).city;
    const cb = placeIn(b.window).city;
    if (ca && cb && ca !== cb) return false;
  }
  // "Sáng 20/1, Đại sứ X gửi lời chào tới nhân dân …" and "Chiều 20/1, ông X trình Quốc thư lên
  // Chủ tịch nước Y": a message one foreign side puts out alone and an act with a Vietnamese
  // counterpart it does not name are two events, even on one day. A visit still holds what its
  // guest says during it.
  if (
    a.kind !== b.kind &&
    (a.kind === 'statement' || b.kind === 'statement') &&
    a.kind !== 'visit' &&
    b.kind !== 'visit'
  ) {
    const [said, other] = a.kind === 'statement' ? [pa, pb] : [pb, pa];
    const alone = said.names.size > 0 && said.names.size === said.foreign.size;
    if (alone && [...other.names].some((n) => !other.foreign.has(n) && !said.names.has(n)))
      return false;
  }
  // "Cũng trong sáng 15/4, Chủ tịch Quốc hội … đã tiếp Ngoại trưởng X" after talks with X: "also
  // that day" opens another act, hosted by a leader the earlier report does not name.
  const [early, late, pe, pl] = a.info.order <= b.info.order ? [a, b, pa, pb] : [b, a, pb, pa];
  if (
    late.info.order !== early.info.order &&
    late.kind &&
    HOSTED.has(late.kind) &&
    ALSO_THAT_DAY.test(late.info.text) &&
    pl.leaders.size &&
    ![...pl.leaders].some((n) => pe.names.has(n))
  )
    return false;
  const shared = [...pa.names].some((n) => pb.names.has(n));
  // A range that contains the other report's day: "thăm từ 7 đến 10/8" holds "hội đàm sáng 8/8".
  const contains = (a.end && bs >= as && be <= ae) || (b.end && as >= bs && ae <= be);
  if (
    contains &&
    (shared || !pa.names.size || !pb.names.size || [...pa.states].some((n) => pb.states.has(n)))
  )
    return true;
  if (shared) return gap <= (a.kind && b.kind ? 3 : 1);
  if (!pa.names.size || !pb.names.size)
    return gap === 0 || (gap <= 1 && (a.kind === b.kind || !a.kind || !b.kind));
  return false;
}

/** The events an article reports, its relationship milestones, and why anything was left out. */
export function extractEvents(article: ParsedArticle): ExtractResult {
  const warnings: string[] = [];
  // The evidence is the whole sentence, even when the reader split it after "TP.".
  const sentences = joinAbbreviations(article.sentences);
  // Each sentence's dates are found once: the reports read them, and so does the year reasoning.
  const sentenceDates = sentences.map((s) => findDateMentions(s));
  const infos = sentences.map((s, i) => analyse(s, i, false, sentenceDates[i]));
  const captions = article.captions.map((c) => analyse(c, -1, true));
  const headline = analyse(article.title, -1, false);
  const leadCount = article.lead
    ? Math.max(1, sentences.filter((s) => article.lead!.includes(s)).length)
    : 1;
  const lead = infos.slice(0, leadCount);

  const index = new PeopleIndex();
  index.addAll(headline.people);
  for (const i of infos) index.addAll(i.people);
  for (const c of captions) index.addAll(c.people);
  const mainPartner = mainPartnerOf([headline, ...infos]);
  const ctx: ParticipantContext = { index, ...(mainPartner ? { mainPartner } : {}) };
  const participantsOf = (list: { mention: PersonMention; sentence: string }[]): Participant[] =>
    toParticipants(list, ctx);
  const whoCache = new Map<Report, ReportPeople>();
  const whoOf = (r: Report): ReportPeople => {
    let w = whoCache.get(r);
    if (!w) {
      const ps = participantsOf(r.people.map((m) => ({ mention: m, sentence: r.info.text })));
      w = {
        names: new Set(ps.map((p) => p.name)),
        foreign: new Set(ps.filter((p) => p.country && p.country !== 'VN').map((p) => p.name)),
        states: new Set(
          [...ps.map((p) => p.country), ...windowCountries(r).map((c) => c.code)].filter(
            (c): c is string => Boolean(c) && c !== 'VN',
          ),
        ),
        leaders: new Set(
          participantsOf(
            r.people
              .filter(
                (m) => m.country === 'VN' && m.level !== undefined && LEADER_LEVELS.has(m.level),
              )
              .map((m) => ({ mention: m, sentence: r.info.text })),
          ).map((p) => p.name),
        ),
      };
      whoCache.set(r, w);
    }
    return w;
  };

  // What the year reasoning reads besides the mention: the whole article, read once per article.
  const dateContext = (order: number): DateContext => ({
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    sentences,
    sentenceIndex: Math.max(0, order),
    captions: article.captions,
    sentenceDates,
    ...(article.title ? { headline: article.title } : {}),
  });

  /** The end of a stay told in the next few sentences that starts on the visit's day, if any. */
  const stayAfter = (order: number, mention: DateMention, start: string): string | undefined => {
    if (mention.day === undefined || start.length !== 10) return undefined;
    for (let o = order + 1; o <= order + STAY_REACH && o < sentences.length; o++) {
      const text = sentences[o]!;
      const span = sentenceDates[o]!.find(
        (d) =>
          d.endDay !== undefined &&
          d.day === mention.day &&
          d.month === mention.month &&
          STAY_BEFORE.test(text.slice(Math.max(0, d.index - 50), d.index)),
      );
      if (!span) continue;
      const stay = resolveDate(span, dateContext(o));
      if (stay.ok && stay.start === start && stay.end) return stay.end;
    }
    return undefined;
  };

  // 1. Reports: each date mention with the clause around it.
  const reports: Report[] = [];
  const undated: string[] = [];
  /** Acts whose day is told but whose year several office terms allow. */
  const yearless: { report: Report; days: string[] }[] = [];
  /** The first sentence telling an act on a day whose year the text does not settle. */
  let firstYearlessDay: number | undefined;
  for (const info of [...infos, ...captions]) {
    const leaving = departures(info);
    // A dateline before another date of the sentence dates the writing: the act goes with the other.
    const dateline = info.dates.length > 1 && isOpeningDateline(info.text, info.dates[0]!) ? 0 : -1;
    info.dates.forEach((mention, k) => {
      if ([...leaving.values()].includes(k)) return; // read with its arrival
      if (k === dateline) return;
      const departure = leaving.get(k);
      if (datesLaterHappening(info.text, mention.index)) return;
      if (ESTABLISHED_BEFORE.test(info.text.slice(Math.max(0, mention.index - 40), mention.index)))
        return;
      if (talkedAboutAtMeeting(info.text, mention.index)) return;
      const prev = info.dates[k - 1];
      const next = info.dates[(departure ?? k) + 1];
      const windowStart = prev ? prev.index + prev.text.length : 0;
      const windowEnd = beforeLaterClause(
        info.text,
        windowStart,
        mention.index,
        next ? next.index : info.text.length,
      );
      const window = info.text.slice(windowStart, windowEnd);
      // Each event word and person belongs to the nearest date of the sentence: in "Ngày 28/5, Bộ
      // Quốc phòng cho biết ... ông Ashton Carter sẽ thăm chính thức Việt Nam từ ngày 31/5 đến 2/6"
      // the visit and Carter go with 31/5.
      // A date inside a quotation is the speaker's ("tôi ở Việt Nam công tác từ năm 2004-2007"): an
      // act or person told outside it goes with a date outside it, when the sentence has one (and
      // the reverse: '… ngày 10/11 cho biết: "Chủ tịch nước … đã gửi điện mừng"' keeps its one date).
      const quoted = info.dates.map((d) => insideQuote(info.text, d.index));
      const nearestOf = (offset: number, among: (j: number) => boolean): number => {
        let best = -1;
        let bestDistance = Infinity;
        const offsetQuoted = insideQuote(info.text, offset);
        const sameSide = quoted.some((q, j) => among(j) && q === offsetQuoted);
        info.dates.forEach((d, j) => {
          if (!among(j) || (sameSide && quoted[j] !== offsetQuoted)) return;
          const distance =
            offset < d.index ? d.index - offset : Math.max(0, offset - (d.index + d.text.length));
          if (distance < bestDistance) {
            best = j;
            bestDistance = distance;
          }
        });
        return best;
      };
      const anyDate = (j: number): boolean => j !== dateline;
      const ours = (j: number): boolean => j === k || j === departure;
      const nearest = (offset: number): boolean => ours(nearestOf(offset, anyDate));
      // "tới Hà Nội vào ngày 3/8 và trình quốc thư vào ngày 19/8": an act followed by "vào <day>"
      // happened on that day, however near the day before it.
      const boundDate = (offset: number): number =>
        info.dates.findIndex(
          (d, j) =>
            j !== dateline &&
            d.day !== undefined &&
            d.index > offset &&
            ON_DATE_AFTER.test(info.text.slice(offset, d.index)),
        );
      const near = info.kinds.filter((m) => {
        const bound = boundDate(m.index);
        return bound >= 0 ? ours(bound) : nearest(m.index);
      });
      const kinds = near.filter((m) => !framingVisit(info, m));
      // The guests' stay ends on no day of anything the sentence reports: its people join the act.
      const framed = near.length > 0 && !kinds.length;
      // "Chiều 16/4, ông X tiếp đoàn … do bà Y làm trưởng đoàn, nhân chuyến thăm …, trước khi kết
      // thúc nhiệm kỳ vào tháng 7": a month that no act of its own stands next to (a visit named as
      // the setting is none) reports nothing, so the people nearest to it belong to the nearest day.
      const idleMonth = (j: number): boolean =>
        info.dates[j]!.day === undefined &&
        !info.kinds.some((m) => !m.setting && nearestOf(m.index, anyDate) === j);
      const hasDay = (j: number): boolean => info.dates[j]!.day !== undefined;
      const nearPeople = info.people.filter((p) => {
        // "Phát biểu chiều 14/9, Thứ trưởng X cho biết, ngày 28/8, …": who speaks goes with the
        // day they speak on, not with the day of what they tell.
        const speaks = SPEAKS_AFTER.test(info.text.slice(p.index + p.name.length));
        const spokenOn = (d: number): boolean => anyDate(d) && info.dates[d]!.index < p.index;
        const j = nearestOf(
          p.index,
          speaks && info.dates.some((_, d) => spokenOn(d)) ? spokenOn : anyDate,
        );
        if (ours(j)) return true;
        return j >= 0 && idleMonth(j) && ours(nearestOf(p.index, hasDay));
      });
      // "Đại sứ X tới Hà Nội vào ngày 3/8 và trình quốc thư vào ngày 19/8": the subject named before
      // the first day does both acts.
      const boundAct = kinds.find((m) => !nearest(m.index));
      const people =
        boundAct && !nearPeople.length
          ? info.people.filter((p) => p.index < boundAct.index)
          : nearPeople;
      // The guests named with their stay are the guests of the act reported before it.
      const host = reports.at(-1);
      if (framed && host?.info === info) {
        host.people = [...host.people, ...people];
        return;
      }
      // A dated range with a visit word is the visit ("Trong chuyến thăm ... từ ngày 27 đến 29/5, ... chào xã giao").
      const kind =
        kinds.some((m) => m.kind === 'visit') &&
        (mention.endDay !== undefined || mention.endMonth !== undefined)
          ? 'visit'
          : mainKind(kinds);
      if (!kind && !people.length) return;
      const resolved = withinDatedStay(
        mention,
        resolveDate(mention, dateContext(info.order)),
        reports,
      );
      if (!resolved.ok) {
        if (info.caption) return;
        if (kind && mention.day !== undefined)
          firstYearlessDay = Math.min(firstYearlessDay ?? Infinity, info.order);
        undated.push(`event '${info.text.slice(0, 80)}' left out: ${resolved.reason}`);
        // Its day is known and so are the years that fit: another article may tell which.
        if (kind && resolved.candidates)
          yearless.push({
            report: {
              info,
              mention,
              start: resolved.candidates[0]!,
              window,
              windowStart,
              people,
              plural: false,
              kind,
            },
            days: resolved.candidates,
          });
        return;
      }
      // A bare year ("ký năm 1984") is background; officials without an event word need a day.
      if (precision(resolved.start) < 7 || (!kind && precision(resolved.start) < 10)) return;
      const report: Report = {
        info,
        mention,
        start: resolved.start,
        window,
        windowStart,
        people,
        plural: PLURAL.test(window),
      };
      if (resolved.end && resolved.end !== resolved.start && !framed) report.end = resolved.end;
      if (departure !== undefined) {
        const left = resolveDate(info.dates[departure]!, dateContext(info.order));
        if (left.ok && left.start.length === 10 && resolved.start.length === 10) {
          const gap = dayNumber(left.start) - dayNumber(resolved.start);
          if (!report.end && gap > 0 && gap <= MAX_BACKGROUND_DAYS) report.end = left.start;
        }
      }
      // "Ngày 17/5, tàu … cập Cảng Nha Trang, … kéo dài từ ngày 17/5 đến ngày 2/6/2018": a span
      // later in the sentence that starts on the act's day is how long the act lasted.
      if (!report.end && mention.endDay === undefined) {
        const span = info.dates.find(
          (d, j) =>
            j > k &&
            d.endDay !== undefined &&
            d.day === mention.day &&
            d.month === mention.month &&
            LASTS_BEFORE.test(info.text.slice(Math.max(0, d.index - 20), d.index)),
        );
        const spanDate = span ? resolveDate(span, dateContext(info.order)) : undefined;
        if (spanDate?.ok && spanDate.start === resolved.start && spanDate.end)
          report.end = spanDate.end;
      }
      // "Ngày 9/10, đoàn … bắt đầu chuyến thăm … . Trong thời gian lưu lại, từ 9/10 đến 11/10, …":
      // a stay told in one of the next sentences, from the visit's own day, is how long it lasted.
      if (!report.end && kind === 'visit' && mention.endDay === undefined && info.order >= 0)
        report.end = stayAfter(info.order, mention, resolved.start);
      const left = kind === 'visit' && !report.end ? LEFT_AFTER_DAYS.exec(window) : null;
      const stay = left ? stayDays(left[1]!) : undefined;
      if (stay && resolved.start.length === 10) {
        report.end = resolved.start;
        report.start = shiftDay(resolved.start, -stay);
      }
      // "Ngày 17/11, … đến Hà Nội, bắt đầu chuyến thăm chính thức 4 ngày" → 17–20/11.
      const days = visitDays(window);
      if (!report.end && days && resolved.start.length === 10)
        report.end = shiftDay(resolved.start, days - 1);
      if (kind) report.kind = kind;
      if (TOUR.test(window)) report.tour = true;
      reports.push(report);
    });
  }

  // 2. A report counts when it names an event word or officials of a foreign relationship.
  const foreignInvolved = (r: Report): boolean => {
    const ps = participantsOf(r.people.map((m) => ({ mention: m, sentence: r.info.text })));
    const countries = new Set(
      [...ps.map((p) => p.country), ...windowCountries(r).map((c) => c.code)].filter(Boolean),
    );
    const place = placeIn(r.window);
    if (place.country) countries.add(place.country);
    for (const state of agencyStates(r.window)) countries.add(state);
    // "Ngày 18-11, Tổng Lãnh sự đã có cuộc gặp với Chủ tịch UBND tỉnh …": an envoy named by office
    // alone is the envoy of the state the article is about.
    if (
      mainPartner &&
      mainPartner !== 'VN' &&
      ![...countries].some((c) => c !== 'VN') &&
      UNNAMED_ENVOY.test(r.window)
    )
      countries.add(mainPartner);
    // "… đã diễn ra lễ khởi động Dự án tẩy sạch dioxin. Dự án do … Hoa Kỳ và Bộ Quốc phòng Việt Nam
    // phối hợp thực hiện": when neither the report nor the headline and lead name a foreign state,
    // the sentence after the report says whose act it is.
    if (
      r.kind &&
      !r.info.caption &&
      ![...countries].some((c) => c !== 'VN') &&
      ![...lead, headline].some((l) => l.countries.some((c) => c.code !== 'VN'))
    )
      for (const c of infos[r.info.order + 1]?.countries ?? []) countries.add(c.code);
    // A report that names no state ("Tuyên bố chung được công bố ngày 11/9") takes the lead's; so
    // does a Vietnamese host receiving a delegation it does not place ("… đã tiếp đoàn "Cựu chiến
    // binh vì hòa bình"" under "Tiếp đoàn … – Mỹ").
    // So does what a Vietnamese official says to the press: it is about the state the article is about.
    const guests =
      [...countries].every((c) => c === 'VN') &&
      (RECEIVES_DELEGATION.test(r.window) || r.kind === 'statement');
    if (!countries.size || guests)
      for (const l of [...lead, headline])
        for (const c of [...l.countries, ...l.people.map((m) => ({ code: m.country }))])
          if (c.code) countries.add(c.code);
    const foreign = [...countries].some((c) => c !== 'VN');
    const vietnam =
      countries.has('VN') ||
      [...lead, headline].some((l) => l.countries.some((c) => c.code === 'VN'));
    return foreign && vietnam;
  };
  // "Ngày 27/6 vừa qua, Hà Nội đã tổ chức … ký kết hơn 200 dự án" under "Bí thư Thành ủy … tiếp Đại sứ
  // Hoa Kỳ": a dated act that names no one and no state, and is not the headline's kind of act, is
  // background to the headline's.
  const headlineAct = headline.people.length ? mainKind(headline.kinds) : undefined;
  const background = (r: Report): boolean =>
    headlineAct !== undefined &&
    !r.info.caption &&
    r.people.length === 0 &&
    windowCountries(r).length === 0 &&
    r.kind !== undefined &&
    actFamily(r.kind) !== actFamily(headlineAct);
  // "Ngày 14-5, … chủ trì Đối thoại …" with no year the text settles, then, sentences later, "… nhân
  // dịp Tổng thống Mỹ dự Hội nghị APEC … vào tháng 11-2017": a month or a year told after the
  // article's act on a day is background to that act, as it would be were the act dated (step 3).
  const afterYearlessAct = (r: Report): boolean =>
    firstYearlessDay !== undefined &&
    firstYearlessDay < leadCount &&
    r.info.order > firstYearlessDay &&
    precision(r.start) < 10;
  // "Khu trục hạm … đã cập cảng Cam Ranh …" opening an article of May 2024 that dates it to no
  // day, then "Tháng 4/2019, một tàu khác cũng ghé cảng này": acts dated only to a month or a year
  // well before the publication are earlier ones told as background; the news is the opening's.
  const opening = infos.slice(0, OPENING_SENTENCES).filter((l) => !l.caption);
  const newsUndated =
    opening.every((l) => l.dates.every((d) => d.day === undefined && d.relative === undefined)) &&
    opening.some((l) => !l.dates.length && tellsDoneAct(l));
  const newsDay =
    newsUndated && article.publishedAt ? dayNumber(firstDay(article.publishedAt)) : undefined;
  const earlierThanNews = (r: Report): boolean =>
    newsDay !== undefined &&
    precision(r.start) < 10 &&
    dayNumber(lastDay(r.end ?? r.start)) < newsDay - MAX_BACKGROUND_DAYS;
  const candidates = reports.filter(
    (r) => foreignInvolved(r) && !background(r) && !afterYearlessAct(r) && !earlierThanNews(r),
  );
  headlineActDay(candidates, headline, whoOf, participantsOf);
  const kinded = candidates.filter((r) => r.kind && !r.info.caption);
  // A photo caption that dates the act the body tells without a date ("Thủ tướng … hội đàm với Tổng
  // thống Donald Trump tại Nhà Trắng ngày 31/5/2017. Ảnh: Reuters" over "Trong cuộc gặp, …").
  const bodyReports =
    kinded.length > 0 || candidates.some((r) => !r.info.caption && r.people.length);
  const captioned = !bodyReports && candidates.some((r) => r.kind && captionDatesBody(r, infos));

  // A letter or statement printed in full: its header says who wrote, to whom and when.
  const printedEvents = (datedAlready: string[]): CandidateEvent[] => {
    const documents = article.documents ?? [];
    // Most articles print none: the article's topic counts are only worth making for one that does.
    if (!documents.length) return [];
    const made: CandidateEvent[] = [];
    const articleTopics = topicHits(foldAccents([article.title, ...sentences].join('\n')));
    const named = (line: string | undefined): Participant[] => {
      if (!line) return [];
      const info = analyse(line, -1, false);
      return participantsOf(info.people.map((m) => ({ mention: m, sentence: line })));
    };
    for (const doc of documents) {
      if (datedAlready.includes(doc.date)) continue;
      const evidence = sentences.find((s) => doc.opening.startsWith(s)) ?? doc.opening;
      const from = named(doc.sender);
      const sender = from.length ? from : headlineAuthor(headline, participantsOf);
      const to = named(doc.addressee).filter((p) => !sender.some((q) => q.name === p.name));
      const people = [...sender, ...to];
      const kind: EventKind = doc.addressee ? 'letter' : 'statement';
      const city = doc.place ? findPlaces(doc.place)[0]?.city : undefined;
      made.push({
        articleId: article.id,
        kind,
        start: doc.date,
        ...(city ? { location: city } : {}),
        countries: vietnamFirst(new Set(people.flatMap((p) => (p.country ? [p.country] : [])))),
        participants: people,
        topics: findTopics(articleTopics, foldAccents(doc.opening)),
        summary: buildSummary({
          eventSentence: evidence,
          sentences,
          names: people.map((p) => p.name),
          keywords: [],
        }),
        title: eventTitle({
          headline: article.title,
          kind,
          participants: people,
          sentence: evidence,
          singleEvent: documents.length === 1,
        }),
        evidence,
      });
    }
    return made;
  };
  if (!bodyReports && !captioned) {
    const printed = printedEvents([]);
    if (printed.length)
      return {
        events: [...printed, ...milestoneEvents(article, infos, lead, printed[0], mainPartner)],
        warnings: [...new Set([...undated, ...warnings])],
      };
    // "Tại Seattle, Chủ tịch nước Lương Cường đã tiếp …" after a welcome at the airport: with no
    // headline of its own, the article may tell its act in the first sentences after the lead.
    const opening = infos.slice(lead.length, OPENING_SENTENCES);
    const announced =
      announcedEvent(article, headline, lead, ctx) ??
      recentEvent(article, headline, lead, infos.slice(0, OPENING_SENTENCES), ctx) ??
      nationalDayMessage(article, [...lead, ...infos.slice(lead.length)], ctx);
    const milestonesOnly = [
      ...(announced ? [announced] : []),
      ...milestoneEvents(article, infos, lead, undefined, mainPartner),
    ];
    const onKnownDays: UndatedReport[] = announced
      ? []
      : yearless
          .filter((y) => foreignInvolved(y.report) && !background(y.report))
          .map(({ report, days }) => {
            const participants = participantsOf(
              report.people.map((m) => ({ mention: m, sentence: report.info.text })),
            );
            const location = reportPlace(report.window, participants, sentences);
            return {
              articleId: article.id,
              kind: report.kind!,
              participants,
              evidence: report.info.text,
              days,
              ...(location ? { location } : {}),
            };
          });
    // A caption or headline showing the act a report tells on a known day ("… trao huân chương cho
    // Đại sứ X" under "Ngày 14/5, … đã trao huân chương cho Đại sứ X") is that act, which keeps its
    // day: without it, the undated copy could join another act of the same guest.
    const toldOnADay = (u: UndatedReport): boolean =>
      onKnownDays.some(
        (d) =>
          d.kind === u.kind &&
          u.participants.some((p) => p.country !== 'VN') &&
          u.participants.every(
            (p) =>
              d.participants.some((q) => q.name === p.name) ||
              (p.country === 'VN' && !d.participants.some((q) => q.country === 'VN')),
          ),
      );
    const unplaced: UndatedReport[] = announced
      ? []
      : [
          ...onKnownDays,
          ...undatedReports(article, [headline, ...lead, ...captions, ...opening], ctx).filter(
            (u) => !toldOnADay(u),
          ),
        ];
    // Told with no day at all, its one possible year makes an event, unless it joins a dated one.
    const alone =
      unplaced.length && !yearless.length
        ? yearOnlyEvent(article, [headline, ...lead, ...opening], ctx, {
            ...dateContext(0),
            sentenceIndex: -1,
          })
        : undefined;
    // The headline's kind of act is the report's too: a lead congratulating the counterpart on a
    // call ("Chúc mừng ông Pete Hegseth …") joins the call another article dates, not a letter.
    if (alone && unplaced[0]!.evidence === alone.evidence)
      unplaced[0] = { ...unplaced[0]!, kind: alone.kind, yearOnly: alone };
    // An act left out for want of a year is on topic: the report says why it was left out.
    if (!milestonesOnly.length && !unplaced.length && !undated.length)
      warnings.push('no event: off-topic (no foreign-relations event found)');
    return {
      events: milestonesOnly,
      warnings: [...new Set([...undated, ...warnings])],
      ...(unplaced.length ? { undated: unplaced } : {}),
    };
  }

  // 3. The main report: the first kinded body/lead report at day precision (else the first report).
  const ordered = [...candidates].sort(
    (a, b) => (a.info.caption ? 1 : 0) - (b.info.caption ? 1 : 0) || a.info.order - b.info.order,
  );
  const main =
    ordered.find((r) => r.kind && !r.info.caption && precision(r.start) === 10) ??
    ordered.find((r) => !r.info.caption) ??
    ordered[0]!;
  const [mainStart, mainEnd] = span(main);
  // "Phát biểu với báo chí chiều 14/9, Thứ trưởng … cho biết, ngày 28/8, hai nước đã ký …": an
  // act a briefing announces, on a day of its own weeks before, is the briefing's news, not background.
  const announcedAct = (r: Report): boolean =>
    main.kind === 'statement' &&
    r.info.order === main.info.order &&
    r.mention.index > main.mention.index &&
    r.kind !== undefined &&
    r.kind !== 'statement' &&
    precision(r.start) === 10 &&
    r.start < main.start &&
    dayNumber(main.start) - dayNumber(r.start) <= MAX_ANNOUNCED_DAYS;
  const kept = candidates.filter((r) => {
    if (announcedAct(r)) return true;
    const [s, e] = span(r);
    const distance = Math.max(0, Math.max(s, mainStart) - Math.min(e, mainEnd));
    // "Tuyên bố chung ... tháng 9/2023" in a report of 25/3/2024 is background, not news.
    if (
      r !== main &&
      (distance > MAX_BACKGROUND_DAYS ||
        (precision(r.start) < 10 &&
          precision(main.start) === 10 &&
          r.info.order !== main.info.order &&
          distance > 0))
    )
      return false;
    if (
      r !== main &&
      precision(r.start) < precision(main.start) &&
      r.info.order === main.info.order
    )
      return false;
    return true;
  });

  // 4. Group reports of one event.
  // "Từ ngày 29-30/10, Ngoại trưởng Pompeo thăm chính thức Việt Nam … Sáng 30/10, Thủ tướng đã tiếp
  // Ngoại trưởng": a leader the visit's report does not name, met on one day of it, is an event of
  // its own, as the press reports it; the visit's working meetings with its hosts stay in it. A
  // ceremony or a signing on one day of the visit is an act of its own whoever attends it: readers
  // list an office's opening or an agreement's signing apart from the visit it fell in.
  const ownActInVisit = (g: Group, r: Report): boolean => {
    const visit = g.reports[0]!;
    if (visit.kind !== 'visit' || !visit.end || r.end || r.info.caption) return false;
    if (precision(r.start) !== 10 || r.info.order === visit.info.order) return false;
    if (r.kind === 'ceremony' || r.kind === 'signing') return true;
    if (r.kind !== 'meeting' && r.kind !== 'talks') return false;
    const leaders = r.people.filter((m) => m.level !== undefined && LEADER_LEVELS.has(m.level));
    if (!leaders.length) return false;
    const visitNames = whoOf(visit).names;
    return participantsOf(leaders.map((m) => ({ mention: m, sentence: r.info.text }))).some(
      (p) => !visitNames.has(p.name),
    );
  };
  const groups: Group[] = [];
  for (const r of kept.sort(
    (a, b) =>
      (a.info.caption ? 1 : 0) - (b.info.caption ? 1 : 0) ||
      a.info.order - b.info.order ||
      a.mention.index - b.mention.index,
  )) {
    const g = groups.find((x) => x.reports.some((y) => overlaps(y, r, whoOf)));
    if (g && ownActInVisit(g, r)) groups.push({ reports: [r], within: g });
    else if (g) g.reports.push(r);
    else if (r.kind && !r.info.caption) groups.push({ reports: [r] });
    // "Tổng thống Bill Clinton và Thủ tướng Võ Văn Kiệt tuyên bố bình thường hóa … ngày 12/7/1995"
    // with no event word: a step of the relationship, which is a milestone, not a meeting.
    else if (
      !r.info.caption &&
      r.people.length >= 2 &&
      !groups.length &&
      findMilestones([r.info.text], { mainPartner: RELATIONSHIP_PARTNER }).length === 0
    )
      groups.push({ reports: [r] });
    else if (captioned && r.kind && !groups.length) groups.push({ reports: [r] });
  }

  const reportOrders = new Set(kept.filter((r) => !r.info.caption).map((r) => r.info.order));
  // A sentence whose dated act was set aside as background tells another time ("… kết quả cuộc
  // gặp hồi tháng 9 tại Washington" after a meeting of 10/5): its people and places are not
  // the event's.
  const backgroundOrders = new Set(
    candidates.filter((r) => !kept.includes(r) && !r.info.caption).map((r) => r.info.order),
  );
  const articleTopics = topicHits(foldAccents([article.title, ...sentences].join('\n')));
  const events: CandidateEvent[] = [];
  const eventSentences = new Set<number>(lead.map((l) => l.order));
  const firstOrders = groups.map((g) =>
    Math.min(...g.reports.filter((r) => !r.info.caption).map((r) => r.info.order)),
  );

  groups.forEach((group, gi) => {
    const body = group.reports.filter((r) => !r.info.caption);
    const first = body[0] ?? group.reports[0]!;
    eventSentences.add(first.info.order);
    // Kind: a multi-day visit holds its talks; otherwise the most specific act reported.
    const kinds = group.reports.map((r) => r.kind).filter((k): k is EventKind => Boolean(k));
    let kind: EventKind | undefined = group.reports.some((r) => r.kind === 'visit' && r.end)
      ? 'visit'
      : (first.kind ?? mainKind(kinds.map((k) => ({ kind: k, text: '', index: 0 }))));
    kind ??= mainKind([...lead.flatMap((l) => l.kinds), ...headline.kinds]) ?? 'other';

    // Participants: the reports' own, else those of the lead (the lead names the event).
    const mentions = group.reports.flatMap((r) =>
      r.people.map((m) => ({ mention: m, sentence: r.info.text })),
    );
    const ownParticipants = participantsOf(mentions);
    let participants = ownParticipants;
    // The lead (and the opening sentences before the first dated report) name the main event's
    // parties when they carry an event word and no date of their own — or any word, when the
    // report names nobody ("Lời chúc của Ngoại trưởng Hoa Kỳ Michael R. Pompeo …" above "Thông
    // cáo công bố ngày 30 tháng 8 năm 2018").
    if (gi === 0) {
      const opening = infos.filter(
        (i) =>
          i.order < first.info.order &&
          (i.order < leadCount || i.order < leadCount + 3) &&
          (ownParticipants.length === 0
            ? i.dates.every((d) => d.month === undefined)
            : !i.dates.length && i.kinds.length),
      );
      const extra = [...opening, ...(participants.length < 2 ? [headline] : [])].flatMap((l) =>
        l.people.map((m) => ({ mention: m, sentence: l.text })),
      );
      participants = participantsOf([...mentions, ...extra]);
    }

    // Follow-on sentences without a date of their own: the visit's meetings, the meeting's venue.
    const nextFirst =
      firstOrders.filter((o) => o > first.info.order).sort((a, b) => a - b)[0] ?? Infinity;
    const lastOrder = Math.max(...body.map((r) => r.info.order), first.info.order);
    const followOn = infos.filter(
      (i) =>
        i.order > first.info.order &&
        i.order < nextFirst &&
        i.order <= Math.max(lastOrder, first.info.order + FOLLOW_ON_SENTENCES) &&
        !reportOrders.has(i.order) &&
        !backgroundOrders.has(i.order),
    );
    const followPlaces: string[] = [];
    const firstFuture = /(?:^|\s)sẽ\s/u.test(first.info.text);
    const spawned: {
      info: SentenceInfo;
      kind: EventKind;
      foreign: Participant[];
      /** The meeting's own hosts, when they are not the main event's. */
      hosts?: Participant[];
      /** The day of a meeting held within a visit, when it is not the visit's first. */
      day?: string;
    }[] = [];
    // "Ngày 10/6, tiếp tục chuyến thăm … từ 9-11/6, …": the one day of the visit the report is
    // about, when it names one.
    const visitDay = (): string | undefined => {
      // A visit told by its first day alone: the meeting told after it is that day's.
      if (!first.end) return precision(first.start) === 10 ? first.start : undefined;
      for (const d of first.info.dates) {
        const r = resolveDate(d, dateContext(first.info.order));
        if (r.ok && r.start.length === 10 && (!r.end || r.end === r.start))
          if (r.start >= first.start && r.start <= first.end) return r.start;
      }
      return undefined;
    };
    for (const f of followOn) {
      // "Trước đó, phó thủ tướng đã tiếp …": an earlier act on a day the text does not give.
      if (EARLIER.test(f.text) || SPAN_OF_TIME.test(f.text)) continue;
      // "Tại buổi tiếp, … chúc mừng cuộc hội đàm giữa … và …": those spoken of are not there.
      if (AT_THE_MEETING.test(f.text)) continue;
      // "Kể từ lần đầu tiên gặp Tổng Bí thư tại Washington DC năm 2015": a sentence in another
      // year tells the past, not this event's people or place.
      if (f.dates.some((d) => d.year !== undefined && String(d.year) !== first.start.slice(0, 4)))
        continue;
      // "Thủ tướng Abe sẽ chào xã giao …" after a report of what was done: a plan, not yet the event;
      // "chuyến thăm … của Tổng thống X" after a meeting: another visit, not this meeting.
      const spokenOf = SPOKEN_OF_ACT.exec(f.text)?.index ?? Infinity;
      const k = f.kinds.find(
        (m) =>
          m.index < spokenOf &&
          (FOLD_KINDS.has(m.kind) ||
            (m.kind === kind && BACK_TO_THE_ACT.test(f.text.slice(0, m.index))) ||
            (m.kind === 'letter' && kind === 'letter' && SAME_OCCASION.test(f.text))) &&
          (!m.future || firstFuture) &&
          (m.kind !== 'visit' || kind === 'visit'),
      );
      // Companions, the delegation's members ("Đoàn gồm … ông X"), those who greet it ("Đón ông tại
      // sân bay là …"), and those listed as present ("Cùng chứng kiến có …", "Phía Hoa Kỳ có: …",
      // a sentence opening "Tham gia đoàn công tác có …", "Về phía Hoa Kỳ, có …" or "Đoàn Hoa Kỳ cũng
      // có sự tham gia của …"; delegations sitting in on talks are not principals, see SITTING_IN in
      // people.ts).
      const companion =
        /(?:Đi cùng|đi cùng|Cùng đoàn|cùng đoàn|tháp tùng|Đoàn gồm|đoàn gồm|Đón (?:ông|bà|đoàn)|Cùng (?:chứng kiến|dự|tham dự) có|^(?:Cùng )?(?:Tham dự|Tham gia|tham dự|tham gia)(?: [^\s,.;:]+){1,5} có(?![\p{L}])|[Pp]hía (?:\p{Lu}\p{L}*\s?){1,3} có:|^(?:Về |về )?[Pp]hía (?:\p{Lu}\p{L}*\s?){1,3}, có(?![\p{L}])(?! thể)|^(?:Phái đoàn|Đoàn) (?:\p{Lu}\p{L}*\s?){1,3}(?:còn |cũng )?có sự tham (?:gia|dự) của)/u.exec(
          f.text,
        );
      // "A và B sẽ dẫn đầu hai đoàn đại biểu tham gia Đối thoại", "… dẫn đầu hai phái đoàn tại …":
      // the heads of the delegations.
      const heads = LEAD_DELEGATIONS.test(f.text);
      if (k || companion) followPlaces.push(f.text);
      // "kết quả cuộc điện đàm giữa ..." refers to another event: its people are not this one's.
      // (A speaker's "phát biểu" is no other event.)
      if (!k && !companion && !heads && f.kinds.some((m) => m.kind !== 'statement')) continue;
      const sparse = participants.length < 2;
      // The visit's meetings ("Tại Washington, đoàn có các cuộc gặp với ..."), companions, and,
      // when the report names nobody, the officials who speak at the event.
      // A message's sender comes before "gửi điện mừng", its recipient after: both take part; so
      // do the heads of delegations named before "dẫn đầu hai đoàn".
      // "Đại tá X tham dự buổi lễ bàn giao": those who attend the act stand before its word.
      const attended = k !== undefined && ATTENDS_BEFORE.test(f.text.slice(0, k.index));
      const from =
        k?.kind === 'letter' || heads || attended
          ? -1
          : k
            ? k.index
            : companion
              ? companion.index
              : sparse
                ? -1
                : Infinity;
      const people = f.people.filter(
        (m) =>
          m.index > from &&
          m.index < spokenOf &&
          !APPOINTS_AFTER.test(
            f.text.slice(m.index + m.name.length, m.index + m.name.length + 24),
          ) &&
          (k ||
            companion ||
            heads ||
            (m.title && (m.level !== 'rank' || (sparse && takesPart(f.text, m))))),
      );
      const added = participantsOf(people.map((m) => ({ mention: m, sentence: f.text })));
      // "Thủ tướng cũng đã gặp Tổng thống Brazil ...": after a single meeting (not a visit, not "các
      // cuộc gặp"), a meeting with new foreign counterparts is its own event on the same day.
      const newForeign = added.filter(
        (p) => p.country !== 'VN' && !participants.some((q) => q.name === p.name),
      );
      const ownForeign = participants.filter((p) => p.country && p.country !== 'VN');
      // "Sau đó, Thủ tướng … đã tiếp Bộ trưởng X" after the report of one day of a visit: a leader
      // the visit's report does not name is met at a meeting of its own that day (as
      // ownActInVisit, for a meeting told without a date of its own). So is an official of the
      // place visited ("Chủ tịch UBND tỉnh"); not a minister: counting ministers added a wrong
      // event on the dev corpus.
      if (kind === 'visit' && k && (k.kind === 'meeting' || k.kind === 'talks') && !k.future) {
        const named = whoOf(first).names;
        const leaders = participantsOf(
          f.people
            .filter(
              (m) =>
                m.index < spokenOf &&
                m.country === 'VN' &&
                m.level !== undefined &&
                (LEADER_LEVELS.has(m.level) || m.level === 'official'),
            )
            .map((m) => ({ mention: m, sentence: f.text })),
        ).filter((p) => !named.has(p.name));
        const day = leaders.length && ownForeign.length ? visitDay() : undefined;
        if (day) {
          spawned.push({ info: f, kind: k.kind, foreign: ownForeign, hosts: leaders, day });
          continue;
        }
      }
      if (
        k &&
        (k.kind === 'meeting' || k.kind === 'talks') &&
        kind !== 'visit' &&
        // "đoàn có các cuộc gặp với A, B" lists one visit's meetings; "ông đã có nhiều cuộc tiếp
        // xúc với doanh nhân và chính khách Mỹ" names nobody, and each meeting told after it is its own.
        !group.reports.some((r) => r.plural && whoOf(r).foreign.size > 0) &&
        ownForeign.length &&
        newForeign.length
      ) {
        spawned.push({ info: f, kind: k.kind, foreign: newForeign });
        continue;
      }
      const newHosts = added.filter(
        (p) => p.country === 'VN' && !participants.some((q) => q.name === p.name),
      );
      // "Nhân dịp này, Chủ tịch Quốc hội … đã gửi điện mừng tới Chủ tịch Thượng viện …": a message
      // between another sender and another recipient is a letter of its own, on the same day.
      if (
        k?.kind === 'letter' &&
        kind === 'letter' &&
        newForeign.length &&
        newHosts.length &&
        !added.some((p) => participants.some((q) => q.name === p.name))
      ) {
        spawned.push({ info: f, kind: 'letter', foreign: newForeign, hosts: newHosts });
        continue;
      }
      // "Cùng ngày, … tại buổi tiếp bà Katherine Brown, Bộ trưởng Ngoại giao Bùi Thanh Sơn …": the
      // same guest received the same day by another host is another meeting.
      if (
        k &&
        (k.kind === 'meeting' || k.kind === 'talks') &&
        kind !== 'visit' &&
        SAME_OCCASION.test(f.text) &&
        !newForeign.length &&
        newHosts.length &&
        added.some((p) => ownForeign.some((q) => q.name === p.name))
      ) {
        spawned.push({ info: f, kind: k.kind, foreign: ownForeign, hosts: newHosts });
        continue;
      }
      for (const p of added)
        if (!participants.some((q) => q.name === p.name) && participants.length < 8)
          participants = [...participants, p];
    }
    // The leader met on one day of the visit is that meeting's, not the whole visit's (the lead
    // may have named them).
    const metApart = new Set(
      spawned.filter((sp) => sp.day).flatMap((sp) => (sp.hosts ?? []).map((p) => p.name)),
    );
    if (metApart.size) participants = participants.filter((p) => !metApart.has(p.name));
    // "chủ trì lễ đón … Ngay sau lễ đón, hai bên tiến hành hội đàm": the welcome opens the talks.
    if (
      kind === 'ceremony' &&
      first.info.kinds.every((m) => m.kind !== 'ceremony' || /^lễ đón/iu.test(m.text)) &&
      followOn.slice(0, 2).some((f) => f.kinds.some((m) => m.kind === 'talks' && !m.future))
    )
      kind = 'talks';
    // "Hôm 7/3, … cùng nhau công bố …. Phát biểu tại buổi Lễ, …": the act told was a ceremony.
    if (kind === 'other' && followOn.slice(0, 3).some((f) => AT_THE_CEREMONY.test(f.text)))
      kind = 'ceremony';
    // A spokesperson who reports a meeting does not take part in it, nor in the leaders' acts their
    // answer tells ("Chủ tịch nước và Thủ tướng đã gửi điện mừng", says the spokesperson).
    if (kind !== 'statement' || participants.some((p) => p.country === 'VN' && !isSpokesperson(p)))
      participants = participants.filter((p) => !isSpokesperson(p));

    // Dates: the span of the group's reports; a tour's range is not the visit's when the visit
    // has dates of its own.
    const own = group.reports.filter((r) => !r.tour);
    // A visit's stated range bounds it: "thăm … trong 2 ngày 11 và 12-11" leaves out the APEC
    // summit the day before, told in the same article.
    const stated = own.filter((r) => r.kind === 'visit' && r.end && !r.info.caption);
    const dated = stated.length ? stated : own.length ? own : group.reports;
    const from = dated.includes(first) ? first : dated[0]!;
    let start = from.start;
    let end = from.end ?? from.start;
    for (const r of dated) {
      if (precision(r.start) < precision(from.start)) continue;
      if (firstDay(r.start) < firstDay(start)) start = r.start;
      const e = r.end ?? r.start;
      if (lastDay(e) > lastDay(end)) end = e;
    }

    // Location: the report's own place, the group's, the follow-on's, the lead's (unless the lead
    // reports another of the article's events: "Sáng 18/11, … thăm … Vĩnh Phúc" is not where the
    // afternoon's forum was); a visiting ambassador or a Vietnamese host receiving someone ("tiếp
    // Đại sứ") puts it in Hà Nội.
    const othersReports = new Set(
      groups.flatMap((g) => (g === group ? [] : g.reports.map((r) => r.info.order))),
    );
    const placeTexts = [
      first.window,
      ...group.reports.map((r) => r.window),
      ...followPlaces,
      ...lead.filter((l) => !othersReports.has(l.order)).map((l) => l.text),
    ];
    let place: { city?: string; country?: string } = {};
    for (const t of placeTexts) {
      const venue = venuesIn(t)[0];
      if (venue) {
        place = { city: venue.city, country: venue.country };
        break;
      }
    }
    for (const t of placeTexts) if (!place.city && !place.country) place = countryPlaceIn(t);
    // "… nhân chuyến thăm của đoàn tại Việt Nam": the country alone still leaves the host's city.
    if (!place.city && (!place.country || place.country === 'VN')) {
      const hostsInVietnam =
        RECEIVES.test(first.info.text) && participants.some((p) => p.country === 'VN');
      // "Bí thư Thành ủy TPHCM Lê Thanh Hải tiếp …": a city's or province's leader receives at home.
      // Else another sentence that names the host with the seat ("Bí thư Thành ủy Hà Nội Vương
      // Đình Huệ …" below "Bí thư Thành ủy Vương Đình Huệ tiếp …").
      const hosts = participants.filter((p) => p.country === 'VN').map((p) => p.name);
      const seat = hostsInVietnam
        ? ([first.info.text, article.title ?? ''].map(localSeatIn).find((c) => c !== undefined) ??
          sentences
            .filter((s) => hosts.some((name) => s.includes(name)))
            .map(localSeatIn)
            .find((c) => c !== undefined))
        : undefined;
      const ambassadorInVietnam =
        group.reports.some((r) => /[Đđ]ại sứ[^,.;]{0,25}tại Việt Nam/u.test(r.info.text)) ||
        (participants.some((p) => p.country === 'VN') &&
          participants.some((p) => p.country !== 'VN' && /^Đại sứ/u.test(p.title ?? '')));
      // Else the state only: the text names no city ("tiếp Đại sứ" may be in Hà Nội or elsewhere).
      const provinceSeat =
        !seat && UNNAMED_PROVINCE.test(first.info.text)
          ? soleProvinceIn([article.title ?? '', ...sentences, ...article.captions])
          : undefined;
      const localSeat = seat ?? provinceSeat;
      if (localSeat) place = { city: localSeat, country: 'VN' };
      else if (hostsInVietnam || ambassadorInVietnam) place = { country: 'VN' };
    }
    // An act of its own on one day of a visit that names no city took place where the visit did.
    if (!place.city && group.within?.place?.city) place = group.within.place;
    group.place = place;

    // Countries: the states whose officials take part; the place's state when fewer than two.
    const countries = new Set(
      participants.map((p) => p.country).filter((c): c is string => Boolean(c)),
    );
    if (countries.size < 2) {
      for (const c of findCountries(first.window)) {
        if (
          !COUNTRY_PLACE.test(first.window.slice(Math.max(0, c.index - 40), c.index)) ||
          c.code === 'VN'
        )
          countries.add(c.code);
      }
      if (place.country === 'VN') countries.add('VN');
      for (const state of agencyStates(first.window)) countries.add(state);
    }
    const countryList = vietnamFirst(countries);

    const destination =
      kind === 'visit'
        ? (place.country ?? (participants.some((p) => p.country !== 'VN') ? 'VN' : undefined))
        : undefined;
    const evidence = first.info.text;
    const eventText = [evidence, ...group.reports.map((r) => r.info.text)].join('\n');
    const event: CandidateEvent = {
      articleId: article.id,
      title: '',
      kind,
      start: start as PartialDate,
      countries: countryList,
      participants,
      topics: findTopics(articleTopics, foldAccents(eventText)),
      summary: buildSummary({
        eventSentence: first.info.text,
        sentences,
        names: participants.flatMap((p) => [p.name, p.name.split(' ').pop() ?? p.name]),
        keywords: first.info.kinds.map((k) => k.text),
      }),
      evidence,
    };
    if (end !== start && lastDay(end) > lastDay(start)) event.end = end as PartialDate;
    if (place.city) event.location = place.city;
    event.title = eventTitle({
      headline: article.title,
      kind,
      participants,
      sentence: first.window.length > 30 ? first.info.text : first.info.text,
      ...(destination ? { destination } : {}),
      ...(place.city ? { location: place.city } : {}),
      singleEvent: groups.length === 1,
      ...(article.lead ? { lead: article.lead } : {}),
    });
    // "đã có các cuộc gặp với Ngoại trưởng A và Cố vấn An ninh B": a meeting with each of them.
    const hosts = participants.filter((p) => p.country === 'VN');
    const guests = participants.filter((p) => p.country && p.country !== 'VN');
    // "Thủ tướng … đã tiếp Thứ trưởng Ngoại giao Hoa Kỳ A và Thư ký Hội đồng An ninh Mông Cổ B":
    // guests of two states are two receptions.
    const sides = guestSides(participants, first.info.text);
    if (sides.length < 2)
      sides.push(
        ...(body
          .map((r) => guestsByAct(participants, r.info))
          .find((groups) => groups.length >= 2) ?? []),
      );
    if (SEPARATE_MEETINGS.has(kind) && hosts.length && sides.length >= 2)
      for (const side of sides) {
        const people = [...hosts, ...side];
        events.push({
          ...event,
          participants: people,
          countries: [...new Set(['VN', ...side.flatMap((p) => (p.country ? [p.country] : []))])],
          title: eventTitle({
            headline: '',
            kind,
            participants: people,
            sentence: first.info.text,
            ...(place.city ? { location: place.city } : {}),
            singleEvent: false,
          }),
        });
      }
    else if (kind === 'meeting' && first.plural && hosts.length && guests.length >= 2)
      for (const guest of guests)
        events.push({
          ...event,
          participants: [...hosts, guest],
          title: eventTitle({
            headline: '',
            kind,
            participants: [...hosts, guest],
            sentence: first.info.text,
            ...(place.city ? { location: place.city } : {}),
            singleEvent: false,
          }),
        });
    else events.push(event);
    for (const sp of spawned) {
      const hosts = sp.hosts ?? participants.filter((p) => p.country === 'VN');
      const people = [...hosts, ...sp.foreign];
      const countriesOf = [
        ...new Set(people.map((p) => p.country).filter((c): c is string => Boolean(c))),
      ];
      const extra: CandidateEvent = {
        ...event,
        ...(sp.day ? { start: sp.day, end: undefined } : {}),
        kind: sp.kind,
        participants: people,
        countries: vietnamFirst(countriesOf),
        topics: findTopics(articleTopics, foldAccents(sp.info.text)),
        summary: buildSummary({
          eventSentence: sp.info.text,
          sentences,
          names: people.map((p) => p.name),
          keywords: sp.info.kinds.map((k) => k.text),
        }),
        title: eventTitle({
          headline: '',
          kind: sp.kind,
          participants: people,
          sentence: sp.info.text,
          singleEvent: false,
        }),
      };
      events.push(extra);
    }
  });

  // "Bà Andrea Palm, Thứ trưởng Bộ Y tế Hoa Kỳ gặp gỡ và trao đổi với Thứ trưởng … Trần Văn Thuấn
  // (Ảnh: Bộ Y tế)": an undated photo caption of the article's one event shows its people at it.
  if (events.length === 1) {
    const only = events[0]!;
    for (const c of captions) {
      if (c.dates.length || ARCHIVE_PHOTO.test(c.text) || !c.kinds.some((k) => !k.future)) continue;
      const shown = participantsOf(c.people.map((m) => ({ mention: m, sentence: c.text })));
      if (!shown.some((p) => only.participants.some((q) => q.name === p.name))) continue;
      const added = shown.filter((p) => !only.participants.some((q) => q.name === p.name));
      if (added.length && only.participants.length + added.length <= 8)
        only.participants = [...only.participants, ...added];
    }
  }
  // "Bộ Ngoại giao có thông cáo cho biết nhận lời mời của Z, Bộ trưởng X sẽ thăm Y từ 3 đến 5/4":
  // those named after the announcing word are the announced act's people; the announcement is its
  // issuer's.
  for (const said of events) {
    if (said.kind !== 'statement') continue;
    const act = events.find(
      (e) =>
        e !== said &&
        e.kind !== 'statement' &&
        e.kind !== 'milestone' &&
        e.evidence === said.evidence,
    );
    const word = findKinds(said.evidence).find((m) => m.kind === 'statement');
    if (!act || !word) continue;
    // The one who speaks ("người phát ngôn X cho biết") is the issuer wherever the word stands.
    const announced = said.participants.filter((p) => {
      const at = said.evidence.indexOf(p.name);
      return at > word.index && !SPEAKS_AFTER.test(said.evidence.slice(at + p.name.length));
    });
    if (!announced.length) continue;
    said.participants = said.participants.filter((p) => !announced.includes(p));
    const retitled = eventTitle({
      headline: '',
      kind: 'statement',
      participants: said.participants,
      sentence: said.evidence,
      singleEvent: false,
    });
    if (retitled) said.title = retitled;
    for (const p of announced)
      if (!act.participants.some((q) => q.name === p.name))
        act.participants = [...act.participants, p];
  }
  // "Tuyên bố của Bộ trưởng Ngoại giao Kerry …" over "tôi xin chúc mừng …": an act told in the
  // first person, naming no one, is its author's; the headline names the one author.
  for (const e of events) {
    if (!e.participants.length && FIRST_PERSON.test(e.evidence)) {
      const authors = headlineAuthor(headline, participantsOf);
      if (authors.length === 1) e.participants = authors;
    }
    if (e.kind === 'letter') {
      const day = messageDay(e.evidence, e.start, article.publishedAt);
      if (day) e.start = day;
    }
  }
  events.push(...printedEvents(events.map((e) => e.start)));
  const mainEvent = events[0];
  events.push(...milestoneEvents(article, infos, lead, mainEvent, mainPartner, eventSentences));
  if (!events.length) warnings.push('no event: off-topic (no foreign-relations event found)');
  return { events, warnings: [...new Set([...undated, ...warnings])] };
}

/**
 * The people a headline names ("Tuyên bố của Ngoại trưởng Pompeo …"); a title and a surname alone
 * ("Bộ trưởng Ngoại giao Kerry") name the one holder of that office the office-holders file knows.
 */
function headlineAuthor(
  headline: SentenceInfo,
  participantsOf: (list: { mention: PersonMention; sentence: string }[]) => Participant[],
): Participant[] {
  const named = participantsOf(
    headline.people.map((m) => ({ mention: m, sentence: headline.text })),
  );
  if (named.length || headline.people.length !== 1) return named;
  const held = findOfficeHolders([headline.text]).filter(
    (h) => h.offices.length && !h.qualified && !h.otherOffice && !h.deputy,
  );
  if (held.length !== 1) return [];
  const title = headline.people[0]!.title;
  return [
    { name: held[0]!.holder.name, ...(title ? { title } : {}), country: held[0]!.holder.country },
  ];
}

/**
 * "… nhân dịp Quốc khánh 2 tháng 9" in a message published on 31 August: the only date the
 * sentence gives is the occasion's, so the message is dated only to its month; it was sent before
 * the occasion, on the day it was published (at most a month before), which is the better date.
 */
function messageDay(
  sentence: string,
  start: PartialDate,
  publishedAt: string | undefined,
): PartialDate | undefined {
  if (start.length !== 7 || !publishedAt || publishedAt.length !== 10) return undefined;
  const occasion = nationalDayOccasion(sentence);
  if (!occasion || Number(start.slice(5, 7)) !== occasion.month) return undefined;
  const monthStart = dayNumber(`${start}-01`);
  const published = dayNumber(publishedAt);
  return published < monthStart && published >= monthStart - 31
    ? (publishedAt as PartialDate)
    : undefined;
}

/** "tôi" as a word: the writer speaks of themself. */
const FIRST_PERSON = /(?<![\p{L}])[Tt]ôi(?![\p{L}])/u;

/** State codes with Việt Nam first, then the others in order ("VN", "JP", "US"). */
function vietnamFirst(codes: Iterable<string>): string[] {
  return [...codes].sort((a, b) => (a === 'VN' ? -1 : b === 'VN' ? 1 : a.localeCompare(b)));
}

/** Whether Việt Nam and at least one other state take part. */
function vietnamAndAnother(codes: ReadonlySet<string>): boolean {
  return codes.has('VN') && [...codes].some((c) => c !== 'VN');
}

/** The kinds of event one host holds with each guest apart: "tiếp A và B" is two receptions. */
const SEPARATE_MEETINGS = new Set<EventKind>(['meeting', 'call']);

/**
 * The guests the sentence names, grouped by the state they come from, when they come from two or
 * more.
 */
function guestSides(participants: Participant[], sentence: string): Participant[][] {
  const sides = new Map<string, Participant[]>();
  for (const p of participants) {
    if (p.country === 'VN' || !sentence.includes(p.name.split(' ').pop() ?? p.name)) continue;
    // "… của Liên minh châu Âu (EU) Joseph Borrell": an international organisation's official is a
    // side of their own, though of no state.
    const side = p.country ?? organisationBefore(sentence, p.name);
    if (!side) continue;
    sides.set(side, [...(sides.get(side) ?? []), p]);
  }
  return sides.size >= 2 ? [...sides.values()] : [];
}

/**
 * "Thủ tướng … tiếp bà Samantha Power, Giám đốc USAID, tiếp Cố vấn An ninh quốc gia Jake Sullivan":
 * each reception word the sentence repeats receives its own guests, even of one state.
 */
function guestsByAct(participants: Participant[], info: SentenceInfo): Participant[][] {
  const acts = info.kinds.filter((k) => SEPARATE_MEETINGS.has(k.kind) && !k.future);
  if (acts.length < 2) return [];
  const groups = acts.map((act, i) => {
    const end = acts[i + 1]?.index ?? info.text.length;
    return participants.filter((p) => {
      if (p.country === 'VN') return false;
      const at = info.text.indexOf(p.name);
      return at > act.index && at < end;
    });
  });
  return groups.every((g) => g.length > 0) ? groups : [];
}

// An international body named just before a person's name, as their title's last words, perhaps
// by its short form in brackets ("… Liên minh châu Âu (EU)").
const ORGANISATION_END = new RegExp(
  `(?:${INTERNATIONAL_BODIES})(?:\\s*\\([\\p{Lu}]{2,5}\\))?\\s*$`,
  'u',
);

/** The organisation whose title stands right before a name in the sentence, if any. */
function organisationBefore(sentence: string, name: string): string | undefined {
  const at = sentence.indexOf(name);
  if (at < 0) return undefined;
  const org = ORGANISATION_END.exec(sentence.slice(Math.max(0, at - 40), at));
  return org ? `org:${org[0].trim()}` : undefined;
}

// "Phó Thủ tướng ... sắp tham dự Hội nghị ... và thăm làm việc tại Nhật Bản": an imminent trip.
const IMMINENT =
  /(?<![\p{L}])(?:sắp|chuẩn bị)\s+(?:tham dự|thăm|dự|sang|tới|đến|công du|có chuyến)/u;

// "Ảnh tư liệu", "ảnh minh họa": a photo of another day.
const ARCHIVE_PHOTO = /tư liệu|minh họa|minh hoạ|ảnh cũ|năm trước/iu;

/**
 * Whether a caption's dated report can stand for the article's act: a day (its year told or reasoned
 * out), an event word, no archive photo, and a person it names whom the body names too.
 */
function captionDatesBody(r: Report, infos: SentenceInfo[]): boolean {
  if (!r.info.caption || r.start.length !== 10) return false;
  if (ARCHIVE_PHOTO.test(r.info.text)) return false;
  const body = infos.filter((i) => !i.caption);
  return r.people.some((p) => body.some((i) => i.text.includes(p.name)));
}

/**
 * The acts the headline, the lead and the captions report without a date, each with a foreign
 * participant named: "Chủ tịch nước Nguyễn Xuân Phúc tiếp ngài Marc Knapper, Đại sứ … đến trình
 * Quốc thư". attach-undated.ts lets the first that fits exactly one dated event join it.
 */
function undatedReports(
  article: ParsedArticle,
  texts: SentenceInfo[],
  ctx: ParticipantContext,
): UndatedReport[] {
  const out: UndatedReport[] = [];
  for (const source of texts.slice(0, 6)) {
    const kinds = source.kinds.filter((k) => !k.future);
    const kind = mainKind(kinds);
    // "hôm nay" with no publication date dates nothing: the act is as undated as with no word.
    const dated = source.dates.some((d) => !(d.relative && !article.publishedAt));
    if (!kind || dated || !source.people.length) continue;
    const participants = toParticipants(
      source.people.map((m) => ({ mention: m, sentence: source.text })),
      ctx,
    );
    if (participants.some((p) => p.country && p.country !== 'VN')) {
      const location = reportPlace(source.text, participants, article.sentences);
      out.push({
        articleId: article.id,
        kind,
        participants,
        evidence: source.text,
        ...(location ? { location } : {}),
      });
    }
  }
  return out;
}

/**
 * The city a report without a date puts its act in: its own venue, else the seat of the local
 * leader it names, as any sentence names them with it ("Bí thư Thành ủy Hà Nội Vương Đình Huệ").
 */
function reportPlace(
  text: string,
  participants: Participant[],
  sentences: string[],
): string | undefined {
  const own = placeIn(text).city;
  if (own) return own;
  const hosts = participants.filter((p) => p.country === 'VN').map((p) => p.name);
  if (!hosts.length) return undefined;
  return sentences
    .filter((s) => hosts.some((name) => s.includes(name)))
    .map(localSeatIn)
    .find((c) => c !== undefined);
}

/**
 * An article announcing an imminent trip ("sắp thăm") without its dates: the event falls in the
 * month of publication. Only when the headline or lead says so and a foreign state takes part.
 */
function announcedEvent(
  article: ParsedArticle,
  headline: SentenceInfo,
  lead: SentenceInfo[],
  ctx: ParticipantContext,
): CandidateEvent | undefined {
  if (!article.publishedAt) return undefined;
  const texts = [headline, ...lead];
  const source = texts.find((l) => IMMINENT.test(l.text));
  if (!source || !texts.some((l) => l.kinds.length)) return undefined;
  const participants = toParticipants(
    texts.flatMap((l) => l.people.map((m) => ({ mention: m, sentence: l.text }))),
    ctx,
  );
  const places = texts.map((l) => placeIn(l.text));
  const place = places.find((p) => p.city) ?? places.find((p) => p.country) ?? {};
  const countries = new Set(
    participants.map((p) => p.country).filter((c): c is string => Boolean(c)),
  );
  if (place.country) countries.add(place.country);
  if (![...countries].some((c) => c !== 'VN') || !participants.length) return undefined;
  const kind = mainKind(texts.flatMap((l) => l.kinds)) ?? 'visit';
  const evidence = lead.find((l) => IMMINENT.test(l.text))?.text ?? source.text;
  const event: CandidateEvent = {
    articleId: article.id,
    title: eventTitle({
      headline: '',
      kind,
      participants,
      sentence: evidence,
      ...(place.country ? { destination: place.country } : {}),
      ...(place.city ? { location: place.city } : {}),
      singleEvent: true,
    }),
    kind,
    start: article.publishedAt.slice(0, 7) as PartialDate,
    countries: vietnamFirst(countries),
    participants,
    topics: ['politics'],
    summary: evidence,
    evidence,
  };
  if (place.city) event.location = place.city;
  return event;
}

/**
 * A message of congratulation sent for a national day and dated by nothing else ("Nhân dịp kỷ niệm
 * 72 năm Quốc khánh …, Tổng thống Mỹ Donald Trump đã gửi điện mừng tới Chủ tịch nước …"): it falls
 * in the day's month, in the year the anniversary's count gives, or else the publication's when
 * the paper came out within a month of the day. The first such message between Việt Nam and
 * another state.
 */
function nationalDayMessage(
  article: ParsedArticle,
  infos: SentenceInfo[],
  ctx: ParticipantContext,
): CandidateEvent | undefined {
  for (const info of infos) {
    // A greeting quoted in full ('"Nhân dịp Quốc khánh …, tôi xin gửi … lời chúc mừng …" - Bộ trưởng
    // … viết') is the message itself, though an act told inside a quote is the speaker's.
    if (!findKinds(info.text).some((k) => k.kind === 'letter' && !k.future)) continue;
    const occasion = nationalDayOccasion(info.text);
    if (!occasion) continue;
    // "Nhân dịp Quốc khánh 2 tháng 9": the day named is the occasion's, not the message's; any
    // other date dates the message as a report does.
    const occasionDay = (d: DateMention): boolean =>
      d.month === occasion.month && (d.day === undefined || d.day === occasion.day) && !d.year;
    if (!info.dates.every(occasionDay)) continue;
    let year = occasion.year;
    if (year === undefined && article.publishedAt && article.publishedAt.length >= 7) {
      const published =
        Number(article.publishedAt.slice(0, 4)) * 12 + Number(article.publishedAt.slice(5, 7));
      const candidate = Number(article.publishedAt.slice(0, 4));
      const gap = published - (candidate * 12 + occasion.month);
      if (gap >= -1 && gap <= 1) year = candidate;
    }
    if (year === undefined) continue;
    let participants = toParticipants(
      info.people.map((m) => ({ mention: m, sentence: info.text })),
      ctx,
    );
    // '"…" - Bộ trưởng Thương mại Mỹ viết': a sender named by office alone is the one the article
    // names in full with that office.
    if (!participants.some((p) => p.country && p.country !== occasion.country)) {
      const folded = foldAccents(info.text);
      const senders = ctx.index
        .all()
        .filter(
          (r) =>
            r.title &&
            r.country &&
            r.country !== occasion.country &&
            folded.includes(foldAccents(r.title)),
        );
      if (senders.length === 1) participants = [...participants, senders[0]!];
    }
    const countries = new Set(
      participants.map((p) => p.country).filter((c): c is string => Boolean(c)),
    );
    // The state whose day it is takes part too, greeted in its people's name.
    if (info.countries.some((c) => c.code === occasion.country)) countries.add(occasion.country);
    if (!vietnamAndAnother(countries)) continue;
    const month = `${year}-${String(occasion.month).padStart(2, '0')}` as PartialDate;
    const start = messageDay(info.text, month, article.publishedAt) ?? month;
    return {
      articleId: article.id,
      title: eventTitle({
        headline: article.title,
        kind: 'letter',
        participants,
        sentence: info.text,
        singleEvent: true,
      }),
      kind: 'letter',
      start,
      countries: vietnamFirst(countries),
      participants,
      topics: findTopics(topicHits(foldAccents(article.title ?? '')), foldAccents(info.text)),
      summary: info.text,
      evidence: info.text,
    };
  }
  return undefined;
}

/**
 * An act the opening (the headline first, then the lead and the sentences after it) reports with
 * no date at all, in an article with no publication date
 * ("Bộ trưởng Quốc phòng Việt Nam - Hoa Kỳ điện đàm" over a lead naming Pete Hegseth, in office
 * from 2025): dated to its year when the office terms and anniversaries allow one year only, as a
 * reader would. The headline's kind of act, when it names one, is the event's.
 */
function yearOnlyEvent(
  article: ParsedArticle,
  opening: SentenceInfo[],
  ctx: ParticipantContext,
  context: DateContext,
): CandidateEvent | undefined {
  if (article.publishedAt) return undefined;
  const headline = opening[0]!;
  const report = undatedReports(article, opening, ctx)[0];
  if (!report) return undefined;
  const countries = new Set(
    report.participants.map((p) => p.country).filter((c): c is string => Boolean(c)),
  );
  if (!vietnamAndAnother(countries)) return undefined;
  const year = resolveYearOnly(context);
  if (!year.ok || year.start.length !== 4) return undefined;
  const kind = mainKind(headline.kinds.filter((k) => !k.future)) ?? report.kind;
  const event: CandidateEvent = {
    articleId: article.id,
    title: eventTitle({
      headline: article.title,
      kind,
      participants: report.participants,
      sentence: report.evidence,
      singleEvent: true,
    }),
    kind,
    start: year.start as PartialDate,
    countries: vietnamFirst(countries),
    participants: report.participants,
    topics: findTopics(topicHits(foldAccents(article.title ?? '')), foldAccents(report.evidence)),
    summary: report.evidence,
    evidence: report.evidence,
  };
  if (report.location) event.location = report.location;
  return event;
}

/**
 * A headline that tells an act ("Thống đốc bang Iowa Kim Reynolds thăm Việt Nam") over a body whose
 * first dated sentence about its people tells no act in words ("Sáng 14-3, Thống đốc Kim Reynolds
 * đã dành hai giờ trò chuyện với nông dân …"): that sentence gives the headline's act its day, as a
 * reader takes it. Only when no sentence tells an act of theirs in words, and only the first.
 */
function headlineActDay(
  candidates: Report[],
  headline: SentenceInfo,
  whoOf: (r: Report) => ReportPeople,
  participantsOf: (list: { mention: PersonMention; sentence: string }[]) => Participant[],
): void {
  if (!headline.people.length) return;
  const body = candidates.filter((r) => !r.info.caption);
  // most articles have none: the names are only worth reading for one that does
  const untold = body
    .filter((r) => !r.kind && r.people.length && precision(r.start) === 10)
    .sort((a, b) => a.info.order - b.info.order || a.mention.index - b.mention.index);
  const kind = untold.length ? mainKind(headline.kinds.filter((k) => !k.future)) : undefined;
  if (!kind) return;
  const names = new Set(
    participantsOf(headline.people.map((m) => ({ mention: m, sentence: headline.text }))).map(
      (p) => p.name,
    ),
  );
  const day = untold.find(
    (r) => whoOf(r).names.size > 0 && [...whoOf(r).names].every((n) => names.has(n)),
  );
  const theirs = (r: Report) => [...whoOf(r).names].some((n) => names.has(n));
  if (day && !body.some((r) => r.kind && theirs(r))) day.kind = kind;
}

// "USAID vừa khởi động hai dự án mới …": an act just done, reported without a date of its own.
const JUST_DONE =
  /(?<![\p{L}])vừa\s+(?:mới\s+)?(?:chính thức\s+)?(?:khởi động|khởi công|khai trương|khánh thành|công bố|ký kết|ký|trao tặng|trao|bàn giao|tổ chức|phát động|ra mắt|thông báo|tài trợ|viện trợ|tiếp nhận|thăm|tiếp|hội đàm|điện đàm|gặp|gửi)(?![\p{L}])/u;

// "… đang có chuyến thăm chính thức Việt Nam": a visit under way as the paper went out.
const VISIT_UNDER_WAY =
  /(?<![\p{L}])đang\s+(?:có\s+)?(?:chuyến\s+)?(?:thăm|công du|công tác|làm việc tại)(?![\p{L}])/u;

// How far into an article a dateless report of the day's act may be told.
const OPENING_SENTENCES = 4;
// "đã cập cảng", "đã có chuyến thăm": the act just before it is told as done.
const DONE_BEFORE = /(?<![\p{L}])đã\s+(?:\p{L}+\s+){0,5}$/u;

/**
 * Whether a sentence tells an act as done ("Tàu khu trục … thuộc Hải quân Mỹ đã vào cảng Đà Nẵng
 * …"): opening an article that dates nothing, it tells that day's news in the past tense.
 */
function tellsDoneAct(l: SentenceInfo): boolean {
  return l.kinds.some((k) => !k.future && DONE_BEFORE.test(l.text.slice(0, k.index)));
}

/**
 * A lead that says something was just done ("vừa khởi động", "vừa ký") and gives no date: the act is
 * dated by the publication day (or month, when only that is known), as a reader of that day's
 * paper would. Only with a publication date, when the lead's sentence carries no date of its own,
 * and when Vietnam and another state take part.
 */
function recentEvent(
  article: ParsedArticle,
  headline: SentenceInfo,
  lead: SentenceInfo[],
  opening: SentenceInfo[],
  ctx: ParticipantContext,
): CandidateEvent | undefined {
  // A publication month dates the act to that month, a day to that day.
  const published = article.publishedAt;
  if (published?.length !== 10 && published?.length !== 7) return undefined;
  // A headline telling an act in the present ("Bí thư Thành ủy … tiếp Đại sứ Hoa Kỳ") over a body
  // that dates nothing reports that day's news, as "vừa" does.
  // Not an act the headline is about: "TL NFN về chuyến thăm Việt Nam của Tổng thống Mỹ …".
  const told = (l: SentenceInfo) =>
    !l.dates.length &&
    l.kinds.some(
      (k) => !k.future && !/(?<![\p{L}])về\s+(?:việc\s+)?$/u.test(l.text.slice(0, k.index)),
    );
  const toldDone = (l: SentenceInfo) => told(l) && tellsDoneAct(l);
  // A news agency's report of the day may tell its ceremony or meeting without any date: "Phát
  // biểu tại buổi lễ, Thượng tướng …" with "Tham gia sự kiện có Đại sứ … Hoa Kỳ" just before.
  const toldGathering = (l: SentenceInfo) =>
    published.length === 10 &&
    told(l) &&
    l.kinds.some((k) => !k.future && (k.kind === 'ceremony' || k.kind === 'meeting'));
  // Only when the opening names no day: a day there is the act's, however its year came out
  // ("Năm 2023" in background is no day).
  const datesNothing = opening.every((l) =>
    l.dates.every((d) => d.day === undefined && d.relative === undefined),
  );
  const fromOpening = !datesNothing
    ? undefined
    : (opening.find((l) => !l.caption && toldDone(l)) ??
      opening.find((l) => !l.caption && toldGathering(l)));
  const source =
    [...lead, headline].find((l) => {
      const m = JUST_DONE.exec(l.text);
      return m && !l.dates.length && !insideQuote(l.text, m.index);
    }) ??
    (article.title && told(headline) ? headline : undefined) ??
    fromOpening;
  if (!source) return undefined;
  let place = placeIn(source.text);
  // the states of the opening sentences take part in what one of them tells
  const tellers = source === fromOpening ? opening.filter((l) => !l.caption) : [source];
  const countries = new Set<string>([
    ...tellers.flatMap((l) => l.countries.map((c) => c.code)),
    ...tellers
      .flatMap((l) => l.people.map((p) => p.country))
      .filter((c): c is string => Boolean(c)),
    // a port or city of Việt Nam the act is in makes Việt Nam a party to it
    ...(place.country ? [place.country] : []),
  ]);
  if (!vietnamAndAnother(countries)) return undefined;
  // A headline that names nobody ("Phó Chánh án Tòa án tối cao Hoa Kỳ thăm Hà Nội"): the lead names them.
  const namers = source === headline && !headline.people.length ? [headline, ...lead] : [source];
  const named = toParticipants(
    namers.flatMap((l) => l.people.map((m) => ({ mention: m, sentence: l.text }))),
    ctx,
  );
  const participants = [
    ...named,
    ...namedByOfficeAlone(source.text, source.people, ctx).filter(
      (p) => !named.some((q) => q.name === p.name),
    ),
  ];
  const just = JUST_DONE.exec(source.text);
  // The act is what follows "vừa": "Theo thông cáo báo chí …" before it only names the source.
  const kind =
    mainKind(source.kinds.filter((k) => !k.future && k.index >= (just?.index ?? 0))) ?? 'other';
  const seat = RECEIVES.test(source.text) ? localSeatIn(source.text) : undefined;
  if (!place.city && seat) place = { city: seat, country: 'VN' };
  // A headline leaves the place to its lead, an opening sentence to the ones before it: "… vừa
  // về tới sân bay Nội Bài. Đây là lô vaccine … trao tặng …".
  const placeTellers =
    source === headline
      ? lead
      : source === fromOpening
        ? opening.slice(0, opening.indexOf(source))
        : [];
  if (!place.city) {
    const venue = placeTellers
      .filter((l) => !l.caption)
      .map((l) => venuesIn(l.text)[0])
      .find((v) => v !== undefined);
    if (venue) place = { city: venue.city, country: venue.country };
  }
  const event: CandidateEvent = {
    articleId: article.id,
    title:
      kind === 'other' && just
        ? actTitle(source.text, just.index, just[0].length)
        : eventTitle({
            headline: article.title,
            kind,
            participants,
            sentence: source.text,
            ...(place.city ? { location: place.city } : {}),
            singleEvent: true,
          }),
    kind,
    // "… đang có chuyến thăm chính thức Việt Nam": a visit under way began on a day the paper does
    // not give, within its month.
    start: (VISIT_UNDER_WAY.test(source.text) || lead.some((l) => VISIT_UNDER_WAY.test(l.text))
      ? published.slice(0, 7)
      : published) as PartialDate,
    countries: vietnamFirst(countries),
    participants,
    topics: findTopics(
      topicHits(foldAccents([article.title, ...lead.map((l) => l.text)].join('\n'))),
      foldAccents(source.text),
    ),
    summary: source.text,
    evidence: source.text,
  };
  if (place.city) event.location = place.city;
  // after the title, which the headline's side gives ("… đón đoàn CCB Mỹ")
  event.participants = [
    ...participants,
    ...spokesmenOfUnnamedSides(opening, participants, countries, ctx),
  ];
  return event;
}

// "Về phía mình, ông John E. Hamilton bày tỏ …", "Về phía Hoa Kỳ, Đại sứ X cho biết …": who speaks
// for a side of the meeting the article reports.
const FOR_ITS_SIDE = /(?<![\p{L}])về\s+phía\s+[^,;.]{1,24},\s*(?:\p{L}+\s+){0,4}$/iu;

/**
 * "Đồng chí Phùng Khắc Đăng đón đoàn CCB Mỹ" names one side only: the one who speaks for the other
 * side in the opening sentences ("Về phía mình, ông John E. Hamilton …") took part too.
 */
function spokesmenOfUnnamedSides(
  opening: SentenceInfo[],
  participants: readonly Participant[],
  countries: ReadonlySet<string>,
  ctx: ParticipantContext,
): Participant[] {
  const unnamed = [...countries].filter((c) => !participants.some((p) => p.country === c));
  if (!participants.length || !unnamed.length) return [];
  const spokesmen: Participant[] = [];
  for (const line of opening) {
    if (line.caption) continue;
    for (const mention of line.people) {
      const before = line.text.slice(Math.max(0, mention.index - 48), mention.index);
      if (!FOR_ITS_SIDE.test(before)) continue;
      const p = toParticipant(mention, line.text, ctx);
      if (p?.country && unnamed.includes(p.country) && !spokesmen.some((q) => q.name === p.name))
        spokesmen.push(p);
    }
  }
  return spokesmen;
}

/**
 * A title from the sentence that reports an act: its subject and verb phrase, without "vừa"
 * ("Theo thông cáo …, USAID vừa khởi động hai dự án mới nhằm …" → "USAID khởi động hai dự án mới").
 */
export function actTitle(sentence: string, at: number, length: number): string {
  const subject = sentence.slice(0, at).split(/[,;:]/u).pop()!.trim();
  const verb = /^\s*vừa\s+(?:mới\s+)?/u.exec(sentence.slice(at, at + length))![0];
  const rest = sentence
    .slice(at + verb.length)
    .split(/[,.;:("“]|\s(?:nhằm|để|tại|cho|với|nhưng|và sẽ)\s/u)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, 10)
    .join(' ');
  const title = `${subject} ${rest}`.trim();
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * "Trong ngày 13-14/7, đoàn … đã thăm … (VPR USA-2017)" then "Ngày 14/7 vừa qua, đoàn … hội kiến …":
 * a day the article gives no year for, inside a stay it dated before, is a day of that stay (in
 * either of its years, for a stay over the new year).
 */
function withinDatedStay(
  mention: DateMention,
  resolved: ResolvedDate,
  reports: readonly Report[],
): ResolvedDate {
  const { day, month } = mention;
  if (resolved.ok || day === undefined || month === undefined) return resolved;
  if (mention.endDay !== undefined || mention.endMonth !== undefined) return resolved;
  for (const r of reports) {
    if (!r.end || r.start.length !== 10 || r.end.length !== 10) continue;
    for (const year of new Set([r.start, r.end].map((d) => Number(d.slice(0, 4))))) {
      const date = ymd(year, month, day);
      if (date && date >= r.start && date <= r.end)
        return { ok: true, start: date, reason: `a day of the stay dated ${r.start}–${r.end}` };
    }
  }
  return resolved;
}

/** Milestones stated in the article, as candidate events. */
function milestoneEvents(
  article: ParsedArticle,
  infos: SentenceInfo[],
  lead: SentenceInfo[],
  mainEvent: CandidateEvent | undefined,
  mainPartner: string | undefined,
  eventSentences: Set<number> = new Set(lead.map((l) => l.order)),
): CandidateEvent[] {
  // With no event found, the publication date stands for "now": "hai nước kỷ niệm 30 năm …" in
  // an article of 2025, "hai nhà Lãnh đạo đã quyết định xác lập …" in one of July 2013.
  const now = mainEvent?.start ?? article.publishedAt;
  const eventYear = now ? Number(now.slice(0, 4)) : undefined;
  const texts = infos.map((i) => i.text);
  const found = findMilestones(texts, {
    ...(mainPartner ? { mainPartner } : {}),
    ...(eventYear ? { eventYear } : {}),
    ...(now && now.length >= 7 ? { eventMonth: now.slice(0, 7) } : {}),
    eventSentences,
  });
  // The timeline's milestones are those of the Vietnam–US relationship: "Việt Nam đã thiết lập
  // Đối tác Chiến lược Toàn diện với Trung Quốc (2008), Nga (2012)…" is background about others.
  const milestones = found.filter((m) => m.partner === RELATIONSHIP_PARTNER);
  const visits = findLeaderVisits(texts, eventSentences, now);
  return [...milestones, ...visits].map((m) => ({
    articleId: article.id,
    title: m.title,
    kind: 'milestone' as const,
    start: m.date as PartialDate,
    countries: ['VN', RELATIONSHIP_PARTNER],
    participants: [],
    topics: ['politics'],
    summary: m.sentence,
    evidence: m.sentence,
  }));
}
