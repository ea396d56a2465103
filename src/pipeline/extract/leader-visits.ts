/**
 * Leaders' visits told as background: the visit of a head of party, state or government of one
 * side to the other, with its year ("sau chuyến thăm Việt Nam của Tổng thống George W. Bush năm
 * 2006", "Năm 2000, Tổng thống Bill Clinton thăm Việt Nam", "các chuyến thăm Hoa Kỳ của Chủ tịch
 * nước A (7/2013) và Thủ tướng B (tháng 2/2016)") is a milestone of the relationship, as a reader
 * of its history notes them.
 *
 * Only what the office-holders' table confirms counts: the person named after the title held that
 * office at the date the text gives, so a title that has lapsed ("Tổng thống Clinton … năm 2010")
 * or a name the table does not hold gives nothing. The title and date are canonical (the table's
 * full name, the month when the text gives it) so every article stating one visit merges into one
 * milestone.
 */
import { findOfficeHolders, type OfficeHolder, type OfficeId } from '../knowledge/office-holders';
import { findCountries } from '../knowledge/countries';

export interface LeaderVisit {
  /** "2016-05" or "2000". */
  date: string;
  title: string;
  sentence: string;
}

/** The offices whose holders' visits are milestones, with the title a milestone prints. */
const LEADER_OFFICES: Partial<Record<OfficeId, { title: string; country: string }>> = {
  'us-president': { title: 'Tổng thống Hoa Kỳ', country: 'US' },
  'vn-general-secretary': { title: 'Tổng Bí thư', country: 'VN' },
  'vn-president': { title: 'Chủ tịch nước', country: 'VN' },
  'vn-prime-minister': { title: 'Thủ tướng', country: 'VN' },
};
const DESTINATION: Record<string, { code: string; name: string }> = {
  US: { code: 'VN', name: 'Việt Nam' },
  VN: { code: 'US', name: 'Hoa Kỳ' },
};

// A leader's title and the capitalised words after it, country and name ("Tổng thống Mỹ George W.
// Bush"; "Chính phủ" is the one title word in lower case). "Phó Tổng thống X" needs no guard: the
// table never gives X the higher office at that date.
const LEADER =
  /(?<![\p{L}])(?:Tổng thống|Tổng [Bb]í thư|Chủ tịch nước|Thủ tướng)(?:\s+Chính phủ)?(?:\s+\p{Lu}[\p{L}'’]*\.?)+/gu;
// The date of a visit: "(7/2013)", "(tháng 2/2016)", "tháng 6-2005", "tháng 6 năm 2008",
// "(vào) năm 2000", "(2000)". Groups: month and year, or year alone.
const VISIT_DATE =
  /(?:\(\s*(?:tháng\s+)?(\d{1,2})\s*[/-]\s*((?:19|20)\d{2})\s*\)|(?<![\p{L}])tháng\s+(\d{1,2})\s*(?:[/-]|\s+năm\s+)\s*((?:19|20)\d{2})|(?<![\p{L}])năm\s+((?:19|20)\d{2})|\(\s*((?:19|20)\d{2})\s*\))(?![\d/-])/giu;
// How far after the name its date may stand, and before the title a date that opens the clause.
const DATE_AFTER_REACH = 70;
const DATE_BEFORE_REACH = 12;
// "chuyến thăm (chính thức) (Mỹ) của <leader>": the visit stated before its visitor.
const VISIT_OF = /chuyến thăm(?:\s+[^,.;:()]{0,30}?)?\s+của\s*$/u;
const VISIT_WORD = /(?<![\p{L}])thăm(?![\p{L}])/u;
// A date past these belongs to another clause: "… của Tổng thống X kể từ khi ông nhậm chức năm Y"
// dates the taking of office, not the visit, and "X thăm Việt Nam, và năm Y, …" opens the next.
const OTHER_CLAUSE =
  /[,;.]|(?<![\p{L}])(?:khi|từ|sau|trước|nhậm chức|đắc cử|lên nắm quyền)(?![\p{L}])/iu;
// A visit still to come is no fact of the relationship's history (when the article's date does
// not already show it). "Chuẩn bị" is no such word: the preparing may be long past too.
const PLANNED = /(?<![\p{L}])(?:sẽ|dự kiến|sắp)(?![\p{L}])/iu;
// What may stand between one leader's date and the next leader of a list: ", " or " và ".
const LIST_JOIN = /^\s*(?:,|và|,\s*và)\s*$/u;

interface Found {
  holder: OfficeHolder;
  office: OfficeId;
  from: number;
  to: number;
}

/** The leaders the table knows, titled in the sentence, with where their title and name stand. */
function leadersIn(sentence: string): Found[] {
  const found: Found[] = [];
  for (const m of sentence.matchAll(LEADER)) {
    const mention = findOfficeHolders([m[0]])[0];
    if (!mention || mention.qualified || mention.otherOffice) continue;
    const office = mention.offices.find((o) => o in LEADER_OFFICES);
    if (!office) continue;
    found.push({ holder: mention.holder, office, from: m.index, to: m.index + m[0].length });
  }
  return found;
}

function dateOf(m: RegExpMatchArray): string {
  const month = m[1] ?? m[3];
  const year = m[2] ?? m[4] ?? m[5] ?? m[6]!;
  return month && Number(month) >= 1 && Number(month) <= 12
    ? `${year}-${month.padStart(2, '0')}`
    : year;
}

/** Whether the holder held the office at some day of the date ("2016-05", "2000"). */
function heldAt(holder: OfficeHolder, office: OfficeId, date: string): boolean {
  const first = date.length === 4 ? `${date}-01-01` : `${date}-01`;
  const last = date.length === 4 ? `${date}-12-31` : `${date}-31`;
  return holder.terms.some(
    (t) => t.office === office && t.from <= last && (t.to === undefined || t.to >= first),
  );
}

/**
 * The leaders' visits the sentences tell, each dated and checked against the table. `skip` holds
 * the sentences that report the article's own event; `now` (the event's or the article's date)
 * keeps out a visit of that very month, which is the event, not its background, and any later.
 */
export function findLeaderVisits(
  sentences: string[],
  skip: Set<number>,
  now: string | undefined,
): LeaderVisit[] {
  const visits: LeaderVisit[] = [];
  sentences.forEach((sentence, index) => {
    if (skip.has(index) || !VISIT_WORD.test(sentence)) return;
    const leaders = leadersIn(sentence);
    let previous: { to: number; visit: boolean } | undefined;
    leaders.forEach((leader, k) => {
      const limit = Math.min(leaders[k + 1]?.from ?? sentence.length, leader.to + DATE_AFTER_REACH);
      const after = sentence.slice(leader.to, limit);
      const before = sentence.slice(previous?.to ?? 0, leader.from);
      let dateMatch: RegExpMatchArray | undefined = [...after.matchAll(VISIT_DATE)][0];
      let cue = dateMatch ? after.slice(0, dateMatch.index) : after.slice(0, 30);
      if (dateMatch && OTHER_CLAUSE.test(cue)) dateMatch = undefined;
      // where the next leader of a list may start: after this one's date when it follows the name
      const end = dateMatch ? leader.to + dateMatch.index! + dateMatch[0].length : leader.to;
      if (!dateMatch) {
        const opening = [...before.matchAll(VISIT_DATE)].at(-1);
        const gap = opening ? before.slice((opening.index ?? 0) + opening[0].length) : '';
        if (opening && gap.length <= DATE_BEFORE_REACH && /^[\s,]*$/u.test(gap)) {
          dateMatch = opening;
          cue = sentence.slice(leader.to, leader.to + 30);
        }
      }
      const visitOf = VISIT_OF.exec(before)?.[0];
      const visitBefore = visitOf !== undefined;
      const listed = previous?.visit === true && LIST_JOIN.test(before);
      const visitAfter = VISIT_WORD.test(cue);
      const visit = visitBefore || listed || visitAfter;
      previous = { to: end, visit };
      if (!visit || !dateMatch || PLANNED.test(cue) || PLANNED.test(before.slice(-40))) return;
      const date = dateOf(dateMatch);
      if (!heldAt(leader.holder, leader.office, date)) return;
      if (now && date >= now.slice(0, date.length)) return;
      const side = LEADER_OFFICES[leader.office]!;
      const destination = DESTINATION[side.country]!;
      // a visit named to a third country ("thăm Nhật Bản") is not one of this relationship
      const named = findCountries(visitOf ?? cue).map((c) => c.code);
      if (named.some((c) => c !== destination.code)) return;
      visits.push({
        date,
        title: `${side.title} ${leader.holder.name} thăm ${destination.name}`,
        sentence,
      });
    });
  });
  return visits;
}
