/**
 * The event's Vietnamese title as an editor would write it: the headline when it names the event,
 * else composed from the event ("Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Joe Biden").
 */
import type { EventKind, Participant } from '../../shared/schema';
import { countryName, findCountries } from '../knowledge/countries';
import { findPlaces } from '../knowledge/places';
import { findKinds } from './kinds';
import { findDateMentions } from './dates';
import { findPeople } from './people';

export interface TitleInput {
  headline: string;
  kind: EventKind;
  participants: Participant[];
  /** The sentence that reports the event. */
  sentence: string;
  /** The country visited, for "thăm X". */
  destination?: string;
  location?: string;
  /** The article's lead, for a gathering the report sentence does not name. */
  lead?: string;
  /** Whether the article reports one main event (only then may the headline title it). */
  singleEvent: boolean;
}

/** How a country qualifies a title: "Bộ trưởng Quốc phòng Mỹ", "Thủ tướng Ấn Độ". */
const TITLE_COUNTRY: Record<string, string> = { US: 'Mỹ', VN: 'Việt Nam' };
const countryAdjective = (code: string): string => TITLE_COUNTRY[code] ?? countryName(code) ?? code;

/** "Việt - Mỹ", "Việt Nam-Hoa Kỳ" → "Việt Nam – Hoa Kỳ": one spelling of a country pair in titles. */
export function normalisePairs(text: string): string {
  return text.replace(
    /(?<![\p{L}])(Việt Nam|Việt|Hoa Kỳ|Mỹ|Trung Quốc|Nhật Bản|Ấn Độ|Pháp|Lào|Campuchia|Hàn Quốc|Nga|Úc|Australia|ASEAN)\s*[-–]\s*(Việt Nam|Việt|Hoa Kỳ|Mỹ|Trung Quốc|Nhật Bản|Ấn Độ|Pháp|Lào|Campuchia|Hàn Quốc|Nga|Úc|Australia|ASEAN)(?![\p{L}])/gu,
    (_m, a: string, b: string) => `${fullName(a)} – ${fullName(b)}`,
  );
}

function fullName(form: string): string {
  if (form === 'Việt') return 'Việt Nam';
  if (form === 'Mỹ') return 'Hoa Kỳ';
  return form;
}

// A headline that is a quote, a question or an opinion ("Mỹ coi trọng ...", "Macron: Pháp luôn ...").
const OPINION =
  /[:“”"?!]|(?<![\p{L}])(?:coi trọng|ủng hộ|khẳng định|mong muốn|cam kết|kêu gọi|đề nghị|sẵn sàng|hy vọng|tin tưởng|cần|muốn)(?![\p{L}])/u;

/** Whether the headline names the event itself: its kind's word and a participant or country. */
export function headlineNamesEvent(
  headline: string,
  kind: EventKind,
  participants: Participant[],
): boolean {
  if (!headline || OPINION.test(headline)) return false;
  const kinds = findKinds(headline).map((k) => k.kind);
  if (!kinds.includes(kind) && !(kind === 'visit' && kinds.includes('meeting'))) return false;
  const names = participants.flatMap((p) => [p.name, p.name.split(' ').pop() ?? p.name]);
  // "Thủ tướng C tiếp Bộ trưởng B" over B's visit hosted by A: a meeting headline names the visit
  // only when everyone it names took part in the visit; a leader met apart is that meeting's.
  if (
    kind === 'visit' &&
    !kinds.includes('visit') &&
    findPeople(headline).some((m) => !names.includes(m.name) && !names.includes(lastWord(m.name)))
  )
    return false;
  return (
    names.some((n) => n.length > 1 && headline.includes(n)) ||
    findCountries(headline).length > 0 ||
    findPlaces(headline).length > 0 ||
    kind === 'dialogue' ||
    kind === 'statement'
  );
}

const lastWord = (name: string): string => name.split(' ').pop() ?? name;

const personPhrase = (p: Participant, withCountry: boolean): string =>
  [
    p.title,
    // "Tổng thống Mỹ Joe Biden", but "Bill Clinton" for a former one: a country needs a title.
    withCountry && p.title && p.country && p.country !== 'VN'
      ? countryAdjective(p.country)
      : undefined,
    p.name,
  ]
    .filter(Boolean)
    .join(' ');

// Named things an event sentence may carry: "Đối thoại cấp Bộ trưởng Ngoại giao Việt - Mỹ",
// "Tuyên bố chung về quan hệ Đối tác Chiến lược Toàn diện", "Lễ ký kết ...".
const NAMED_DIALOGUE =
  /Đối thoại(?: (?:cấp|Chiến lược|Chính sách|Nhân quyền|Lao động|An ninh|Kinh tế|Chính trị|Quốc phòng|thường niên)[^,.;()]*?)(?= tại | ngày | vào |[,.;(]|$)/u;
const NAMED_STATEMENT =
  /Tuyên bố chung(?: về[^,.;()]*?)?(?= được | tại | ngày | vào | có | trong |[,.;(]|$)/u;
// "Hội nghị thượng đỉnh về Khí hậu", "chương trình Đối tác Thái Bình Dương 2019": a named gathering.
const GATHERING_HEAD =
  /(?<![\p{L}])(?:Hội nghị|hội nghị|Diễn đàn|diễn đàn|Hội thảo|hội thảo|Chương trình|chương trình|Tập trận|tập trận|Hội chợ)(?![\p{L}])/u;
const CONNECTORS = new Set(['về', 'và', 'thượng', 'đỉnh', 'cấp', 'cao', 'lần', 'thứ']);

/** The gathering a text names: capitalised words after "Hội nghị/Chương trình", with a compound's lower-case syllable ("Khí hậu"). */
function namedGathering(text: string): string | undefined {
  const head = GATHERING_HEAD.exec(text);
  if (!head) return undefined;
  const words = text
    .slice(head.index + head[0].length)
    .split(/\s+/)
    .filter(Boolean);
  const kept: string[] = [];
  let capitals = 0;
  for (const w of words) {
    if (/^[,.;:()"“”!?]/.test(w)) break;
    const bare = w.replace(/[,.;:]$/, '');
    const cap = /^\p{Lu}/u.test(bare) || /^\d{4}$/.test(bare);
    const prevCap = kept.length > 0 && /^\p{Lu}/u.test(kept[kept.length - 1]!);
    if (cap) capitals++;
    else if (!CONNECTORS.has(bare) && !(prevCap && /^\p{Ll}+$/u.test(bare))) break;
    kept.push(bare);
    if (/[,.;:]$/.test(w)) break;
  }
  while (kept.length && CONNECTORS.has(kept[kept.length - 1]!)) kept.pop();
  if (!capitals) return undefined;
  return `${head[0]} ${kept.join(' ')}`;
}

// A ship's name is Latin: "tàu sân bay USS Carl Vinson" (not "đoàn tàu Hải quân").
const VESSEL =
  /(?:[Tt]àu sân bay|[Tt]àu khu trục|[Tt]àu tuần dương|[Tt]àu)(?:\s+[A-Z][A-Za-z.]*(?![\p{L}]))+/u;

// A programme or gathering named in quotes: "chương trình "Giao lưu hữu nghị Việt Nam - Mỹ"".
const NAMED_PROGRAMME = /^(chương trình|buổi|cuộc)\s*["“]([^"”]{3,80})["”]/iu;

const VERB: Record<EventKind, string> = {
  visit: 'thăm',
  meeting: 'gặp',
  talks: 'hội đàm với',
  call: 'điện đàm với',
  dialogue: 'đối thoại với',
  signing: 'ký kết với',
  ceremony: 'dự lễ với',
  statement: 'ra tuyên bố với',
  letter: 'gửi điện mừng',
  milestone: '',
  other: 'gặp',
};

/** The event's title, as an editor writes it: no date, no tense word ("đã", "vừa"). */
export function eventTitle(input: TitleInput): string {
  return tidyTitle(draftTitle(input));
}

const WEEKDAY_END =
  /\s+(?:(?:sáng|chiều|tối|trưa|hôm|ngày|vào)\s+)*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*$/iu;

/**
 * A title without the time the sentence it came from gives: "Hôm nay (10/7), Ngoại trưởng Hoa Kỳ
 * thăm Việt Nam" → "Ngoại trưởng Hoa Kỳ thăm Việt Nam", "… tại Washington hôm 17/5/2018" → "… tại
 * Washington", "Bộ trưởng … đã điện đàm với …" → "Bộ trưởng … điện đàm với …".
 */
export function tidyTitle(title: string): string {
  let t = title;
  const dates = findDateMentions(t);
  const last = dates[dates.length - 1];
  if (last && /^[\s.,;:)]*$/u.test(t.slice(last.index + last.text.length)) && last.index > 20) {
    // "kéo dài 3 ngày, từ 19-21/11": the "ngày" after a count is its unit, not the date's cue.
    const unit = /\d\s+$/u.test(t.slice(0, last.index)) && /^ngày/iu.test(last.text) ? 4 : 0;
    t = t
      .slice(0, last.index + unit)
      .replace(unit ? /[\s,;:(]*$/u : /[\s,;:(]*(?:vào|hôm|ngày|trong)?\s*$/u, '');
  }
  const first = t === title ? dates[0] : findDateMentions(t)[0];
  const opening =
    first && first.index <= 3
      ? /^[\s)]*,\s*/u.exec(t.slice(first.index + first.text.length))
      : null;
  if (first && opening) t = t.slice(first.index + first.text.length + opening[0].length);
  // "sáng Thứ Năm" left at the end, once the bracketed date after it is gone.
  t = t.replace(WEEKDAY_END, '');
  // "… 22-9 theo giờ Việt Nam), Thủ tướng …": a first sentence cut inside a bracket.
  const stray = /^[^()]*\)\s*,\s*/u.exec(t);
  if (stray) t = t.slice(stray[0].length);
  t = t.replace(/\s(?:đã|vừa|đã vừa)\s(?=\p{Ll})/gu, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function draftTitle(input: TitleInput): string {
  const { kind, participants, sentence } = input;
  if (input.singleEvent && headlineNamesEvent(input.headline, kind, participants))
    return normalisePairs(input.headline.trim());
  if (kind === 'dialogue') {
    const named = NAMED_DIALOGUE.exec(sentence) ?? NAMED_DIALOGUE.exec(input.headline);
    if (named) return normalisePairs(named[0].trim());
  }
  if (kind === 'statement') {
    const named = NAMED_STATEMENT.exec(sentence) ?? NAMED_STATEMENT.exec(input.headline);
    if (named && named[0].length > 'Tuyên bố chung'.length + 3)
      return normalisePairs(named[0].trim());
  }
  const gathering =
    namedGathering(sentence) ??
    (input.lead ? namedGathering(input.lead) : undefined) ??
    namedGathering(input.headline);
  if (kind === 'other' && gathering)
    return normalisePairs(gathering.charAt(0).toUpperCase() + gathering.slice(1));
  const vn = participants.filter((p) => p.country === 'VN');
  const foreign = participants.filter((p) => p.country !== 'VN');
  if (kind === 'visit') {
    // The visitor: a ship named in the report, else the person from another state than the host.
    const vessel = VESSEL.exec(sentence)?.[0];
    const visitor =
      participants.find(
        (p) =>
          p.country &&
          input.destination &&
          p.country !== input.destination &&
          !/^(?:Đại sứ|Tổng Lãnh sự)/u.test(p.title ?? ''),
      ) ?? participants[0];
    const dest = input.destination ? countryName(input.destination) : input.location;
    const who = vessel
      ? vessel.charAt(0).toUpperCase() + vessel.slice(1)
      : visitor
        ? personPhrase(visitor, visitor.country !== 'VN')
        : undefined;
    if (who && dest)
      return `${who} thăm ${input.location && input.destination === 'VN' && input.location !== 'Hà Nội' ? input.location : dest}`;
  }
  // A letter's sender is the sentence's subject; otherwise the Vietnamese side leads the title.
  const a = kind === 'letter' ? participants[0] : (vn[0] ?? participants[0]);
  const b = (a && vn.includes(a) ? foreign[0] : participants.find((p) => p !== a)) ?? undefined;
  if (a && kind === 'letter') {
    const to = b ? ` ${personPhrase(b, true)}` : '';
    return `${personPhrase(a, a.country !== 'VN')} gửi điện mừng${to}`;
  }
  if (kind === 'ceremony' || kind === 'signing' || kind === 'statement') {
    const k = findKinds(sentence).find((m) => m.kind === kind);
    // The one who acts is named just before the event word: "Đại sứ ... Kritenbrink đã trao chứng nhận".
    const actor = k
      ? [...participants].reverse().find((p) => {
          const at = nameAt(sentence, p);
          return at >= 0 && at < k.index;
        })
      : undefined;
    const subject = actor ?? a;
    // "Tôi lấy làm vinh dự khi được phát biểu tại cuộc họp ngày hôm nay": a speech's own text; the
    // speaker is "tôi", and the people it thanks are its audience, not its subject.
    if (k && !actor && FIRST_PERSON.test(sentence)) {
      const act = sentence
        .slice(k.index)
        .split(/[,.;("“]/u)[0]!
        .replace(/\s+(?:vào\s+)?(?:ngày\s+)?hôm nay$/u, '')
        .trim()
        .split(/\s+/)
        .slice(0, 14)
        .join(' ');
      return act.charAt(0).toUpperCase() + act.slice(1);
    }
    // "Ngày 2/3, Bộ Ngoại giao có thông cáo …": no person issued it, so the clause naming the body
    // that did is its title.
    if (!subject && k && kind === 'statement') {
      let clause = sentence.slice(0, k.index + k.text.length);
      // "Bộ Ngoại giao ngày 2/3 ra thông cáo": a title has no date, wherever the clause gives it.
      for (const d of findDateMentions(clause).reverse())
        if (d.index > 3) clause = clause.slice(0, d.index) + clause.slice(d.index + d.text.length);
      clause = clause.replace(/\s+/gu, ' ').trim();
      if (clause.split(' ').length <= 12) return clause;
    }
    if (subject && kind === 'statement' && gathering)
      return `${personPhrase(subject, subject.country !== 'VN')} phát biểu tại ${gathering}`;
    // "tổ chức chương trình "Giao lưu hữu nghị Việt Nam - Mỹ"": a programme is titled by its name.
    const named = k ? NAMED_PROGRAMME.exec(sentence.slice(k.index)) : null;
    if (named)
      return `${named[1]!.charAt(0).toUpperCase()}${named[1]!.slice(1)} "${named[2]!.trim()}"`;
    if (subject && k) {
      const rest = sentence
        .slice(k.index)
        .split(/[,.;("“]| tại | cho | với | của | dưới | cùng | diễn ra | được tổ chức /u)[0]!
        .trim()
        .split(/\s+/)
        .slice(0, 14)
        .join(' ');
      // "Thủ tướng ... dự lễ khai mạc ...": keep the verb that ties the person to the ceremony;
      // one who speaks "tại Ngày hội …" attends it.
      const before = /(?:^|\s)(tham dự|dự|chủ trì|chứng kiến|tại)\s+$/u.exec(
        sentence.slice(Math.max(0, k.index - 15), k.index),
      )?.[1];
      const verb = before === 'tại' ? 'dự' : before;
      // "Trả lời câu hỏi …" opening the sentence follows the speaker's name in the title.
      const act = rest.replace(/^bài phát biểu/u, 'phát biểu').replace(/^Trả lời/u, 'trả lời');
      // "Thông cáo công bố ngày …": a statement named by its noun is the person's statement.
      const noun =
        kind === 'statement' ? /^(?:Thông cáo(?: báo chí)?|Tuyên bố)(?=\s|$)/u.exec(act) : null;
      if (noun) return `${noun[0]} của ${personPhrase(subject, subject.country !== 'VN')}`;
      return normalisePairs(
        `${personPhrase(subject, subject.country !== 'VN')} ${verb && /^(?:lễ|buổi lễ|ngày hội)/iu.test(act) ? `${verb} ` : ''}${act}`,
      );
    }
  }
  if (a && b) {
    const sameOffice = a.title && b.title && a.title === b.title;
    const verb =
      kind === 'meeting' &&
      /(?<![\p{L}])tiếp (?!xúc|tục|cận|nhận|theo|đó)/u.test(sentence) &&
      a.country === 'VN'
        ? 'tiếp'
        : VERB[kind] || 'gặp';
    // "Bộ trưởng Quốc phòng Ngô Xuân Lịch gặp Bộ trưởng Quốc phòng Mỹ James Mattis": the country
    // tells two holders of the same office apart; otherwise "hội đàm với Tổng thống Joe Biden".
    return `${personPhrase(a, a.country !== 'VN' && !vn.length)} ${verb} ${personPhrase(b, Boolean(sameOffice))}`;
  }
  if (gathering) return normalisePairs(gathering.charAt(0).toUpperCase() + gathering.slice(1));
  if (a && kind === 'visit' && input.location)
    return `${personPhrase(a, a.country !== 'VN')} thăm ${input.location}`;
  return normalisePairs(input.headline.trim());
}

const FIRST_PERSON = /^(?:Tôi|Chúng tôi)\s/u;

/** Where a participant's last name stands in the sentence, or -1. */
function nameAt(sentence: string, p: { name: string }): number {
  return sentence.indexOf(p.name.split(' ').pop() ?? p.name);
}
