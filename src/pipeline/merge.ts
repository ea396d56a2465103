/**
 * Merge: candidate events from every article → one TimelineEvent per real-world event.
 * Articles reporting the same meeting become one event citing all of them; background milestones
 * ("bình thường hóa quan hệ năm 1995") become one milestone citing every article that states them.
 * Candidates are compared only with those a few days away (a sweep over start dates), never all
 * pairs, so the cost grows with the number of candidates, not its square.
 */
import type {
  EventKind,
  EventSource,
  Participant,
  PartialDate,
  TimelineEvent,
} from '../shared/schema';
import { dayNumber, firstDay, lastDay } from '../shared/dates';
import { foldAccents, slugify } from '../shared/text';
import type { CandidateEvent, ParsedArticle } from './types';

/** Two reports of one event may date it up to this many days apart ("hôm qua" vs the day itself). */
const WINDOW_DAYS = 3;
/**
 * Two reports of one day-dated event may differ by whole years when one article's year rests on
 * office terms alone (the earliest year they allow) and the other's on firmer evidence.
 */
const MAX_YEARS_APART = 4;
const MAX_ID_LENGTH = 80;

/** Kinds a reader would accept as the same occasion: a visit includes its meetings and talks. */
const KIND_FAMILY: Record<EventKind, string> = {
  visit: 'contact',
  meeting: 'contact',
  talks: 'contact',
  dialogue: 'contact',
  call: 'call',
  signing: 'ceremony',
  ceremony: 'ceremony',
  statement: 'statement',
  letter: 'letter',
  milestone: 'milestone',
  other: 'other',
};

/** Families that may be one occasion when the same people take part on the same days. */
const OCCASION_FAMILIES = new Set(['contact', 'ceremony']);

interface Person {
  /** Folded name: "Marc E. Knapper" → "marc e knapper". */
  full: string;
  tokens: string[];
  /** The word short mentions use: "Blinken" for Antony Blinken, "Sơn" for Bùi Thanh Sơn. */
  last: string;
  /** The tokens sorted and joined, once: "Kishida Fumio" and "Fumio Kishida" give one key. */
  sorted: string;
  /** Always present (undefined when unknown): every Person has one shape, so V8 keeps one fast path. */
  country: string | undefined;
}

interface Prepared {
  candidate: CandidateEvent;
  index: number;
  from: number;
  to: number;
  family: string;
  people: Person[];
  titleTokens: Set<string>;
  location: string;
}

/** Fold a name or title for comparison: accents, case and punctuation ignored. */
function foldWords(text: string): string[] {
  // The runs of [a-z0-9] of the folded text, in one pass: what replacing every other run with a
  // space, trimming and splitting gave, without the three intermediate strings and arrays.
  const folded = foldAccents(text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(folded.slice(start, i));
      start = -1;
    }
  }
  return words;
}

function toPerson(participant: Participant): Person {
  const tokens = foldWords(participant.name);
  return {
    full: tokens.join(' '),
    tokens,
    last: tokens[tokens.length - 1] ?? '',
    sorted: [...tokens].sort().join(' '),
    country: participant.country ? participant.country : undefined,
  };
}

/**
 * Whether two mentions name the same person: equal folded names, or the same last word with
 * compatible forms ("Blinken" ~ "Antony Blinken", "Marc Knapper" ~ "Marc E. Knapper",
 * "Joe Biden" ~ "Joseph Biden"), never across two different countries.
 */
export function samePerson(a: Participant, b: Participant): boolean {
  return samePersonKey(toPerson(a), toPerson(b));
}

function samePersonKey(a: Person, b: Person): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.full === b.full) return a.full.length > 0;
  if (sameNameReordered(a, b)) return true;
  if (a.last !== b.last || a.last.length === 0) return false;
  if (a.tokens.length === 1 || b.tokens.length === 1) return true;
  const [shorter, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (shorter.tokens.every((token) => longer.tokens.includes(token))) return true;
  // Same family name and first initial: "Joe Biden" ~ "Joseph R. Biden".
  return a.tokens[0]?.[0] === b.tokens[0]?.[0];
}

/** East Asian names written in either order: "Kishida Fumio" ~ "Fumio Kishida". */
function sameNameReordered(a: Person, b: Person): boolean {
  if (a.tokens.length < 2 || a.tokens.length !== b.tokens.length) return false;
  return a.sorted === b.sorted;
}

/** Every person on one side is on the other: the same cast. */
function sameCast(a: Prepared, b: Prepared): boolean {
  if (a.people.length === 0 || a.people.length !== b.people.length) return false;
  return (
    a.people.every((p) => b.people.some((q) => samePersonKey(p, q))) &&
    b.people.every((p) => a.people.some((q) => samePersonKey(p, q)))
  );
}

type PeopleMatch = { kind: 'match'; shared: number } | { kind: 'conflict' } | { kind: 'unknown' };

/**
 * Compare participant lists. A single-day meeting also needs a shared person on every side both
 * name: "Sơn meets Blinken" and "Sơn meets Raimondo" on one day are two meetings, not one.
 */
function comparePeople(a: Prepared, b: Prepared): PeopleMatch {
  if (a.people.length === 0 || b.people.length === 0) return { kind: 'unknown' };
  let shared = 0;
  for (const p of a.people) if (b.people.some((q) => samePersonKey(p, q))) shared++;
  if (shared === 0) return { kind: 'conflict' };
  // A span the text gives ("24-26/8") may hold reports naming different members; a month or a
  // year is only how little the text tells of the day, so one act in it still needs its people.
  const spans = (p: Prepared): boolean => p.candidate.end !== undefined && p.to > p.from;
  const multiDay =
    a.candidate.kind === 'visit' || b.candidate.kind === 'visit' || spans(a) || spans(b);
  if (!multiDay) {
    const countries = new Set(a.people.map((p) => p.country).filter((c): c is string => !!c));
    for (const country of countries) {
      const left = a.people.filter((p) => p.country === country);
      const right = b.people.filter((p) => p.country === country);
      if (right.length === 0) continue;
      if (!left.some((p) => right.some((q) => samePersonKey(p, q)))) return { kind: 'conflict' };
    }
  }
  return { kind: 'match', shared };
}

/** Dated to its month or year only. */
function isCoarse(p: Prepared): boolean {
  return p.candidate.start.length < 10;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const token of a) if (b.has(token)) common++;
  return common / (a.size + b.size - common);
}

/** A score > 0 when the two candidates report the same event; higher is a surer match. */
function matchScore(a: Prepared, b: Prepared, nearDuplicates: boolean): number {
  const titles = jaccard(a.titleTokens, b.titleTokens);
  const people = comparePeople(a, b);
  const sameFamily = a.family === b.family;
  if (people.kind === 'match') {
    // The same people on the same days: a ceremony held during a meeting or visit is that
    // occasion ("tiếp Đại sứ" in one report, "trao chứng nhận" in another); "other" fits any kind.
    const wildcard = a.family === 'other' || b.family === 'other';
    const occasion = OCCASION_FAMILIES.has(a.family) && OCCASION_FAMILIES.has(b.family);
    if (!sameFamily && !wildcard && !occasion) return 0;
    return 1 + people.shared + titles;
  }
  if (!sameFamily) return 0;
  if (nearDuplicates && titles >= 0.5) return 0.5 + titles;
  if (people.kind === 'conflict') return 0;
  // Participants missing on one side: same place and a similar title.
  const conflictingPlace = a.location && b.location && a.location !== b.location;
  if (conflictingPlace) return 0;
  const needed = a.location && b.location ? 0.5 : 0.6;
  return titles >= needed ? titles : 0;
}

function prepare(candidate: CandidateEvent, index: number): Prepared {
  const from = dayNumber(firstDay(candidate.start));
  const to = Math.max(from, dayNumber(lastDay(candidate.end ?? candidate.start)));
  return {
    candidate,
    index,
    from,
    to,
    family: KIND_FAMILY[candidate.kind],
    people: candidate.participants.map(toPerson),
    titleTokens: new Set(foldWords(candidate.title)),
    location: candidate.location ? foldWords(candidate.location).join(' ') : '',
  };
}

/** Order that depends only on a candidate's content, so input order never changes the result. */
function compareCandidates(a: Prepared, b: Prepared): number {
  return (
    a.from - b.from ||
    a.to - b.to ||
    cmp(a.candidate.articleId, b.candidate.articleId) ||
    cmp(a.candidate.title, b.candidate.title) ||
    a.index - b.index
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Union-find over candidates, refusing to put two events of one article into one cluster. */
class Clusters {
  private readonly parent: number[];
  private readonly articles: Set<string>[];

  constructor(items: Prepared[]) {
    this.parent = items.map((_, i) => i);
    this.articles = items.map((item) => new Set([item.candidate.articleId]));
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number, allowSameArticle: boolean): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    const setA = this.articles[ra]!;
    const setB = this.articles[rb]!;
    if (!allowSameArticle) {
      const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
      for (const id of small) if (large.has(id)) return;
    }
    if (setA.size < setB.size) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    for (const id of this.articles[rb]!) this.articles[ra]!.add(id);
    this.articles[rb] = new Set();
  }
}

/**
 * A phone call has no place: it joins two, and the city one side called from ("tại trụ sở … ở Hà
 * Nội") is not where it happened. Every other kind of event is where the text puts it.
 */
export function hasPlace(kind: EventKind): boolean {
  return kind !== 'call';
}

/**
 * Merge every article's candidates into timeline events: one event per real-world occurrence,
 * citing every article that reports it, with a stable id built from its date and title.
 */
export function mergeCandidates(
  candidates: CandidateEvent[],
  articles: ArticleText[],
  duplicates: Map<string, string> = findNearDuplicates(articles),
): TimelineEvent[] {
  const prepared = candidates.map(prepare).sort(compareCandidates);
  const clusters = new Clusters(prepared);
  const original = (articleId: string): string => duplicates.get(articleId) ?? articleId;

  const events = prepared.filter((p) => p.family !== 'milestone');
  const pairs: { a: number; b: number; score: number }[] = [];
  const sameArticle: [number, number][] = [];
  const position = new Map(prepared.map((p, i) => [p, i]));
  for (let i = 0; i < events.length; i++) {
    const a = events[i]!;
    for (let j = i + 1; j < events.length; j++) {
      const b = events[j]!;
      if (b.from > a.to + WINDOW_DAYS) break;
      // The slack is for days told a day apart; a month or a year the other does not touch is
      // another time ("2019" and "2020" are one day apart at their edges).
      if ((isCoarse(a) || isCoarse(b)) && b.from > a.to) continue;
      if (a.candidate.articleId === b.candidate.articleId) {
        // One article reporting one occasion twice, the names in another order ("Kishida Fumio"
        // in the headline, "Fumio Kishida" in the body): same days, kind and cast are one event;
        // a meeting and talks of the same people stay two.
        if (
          a.from === b.from &&
          a.to === b.to &&
          a.candidate.kind === b.candidate.kind &&
          sameCast(a, b)
        )
          sameArticle.push([position.get(a)!, position.get(b)!]);
        continue;
      }
      const dup = original(a.candidate.articleId) === original(b.candidate.articleId);
      const score = matchScore(a, b, dup);
      if (score > 0) pairs.push({ a: position.get(a)!, b: position.get(b)!, score });
    }
  }
  pairs.push(...crossYearPairs(events, position));
  // Surest matches first, so a weak link never takes a candidate a strong one should have.
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const [a, b] of sameArticle) clusters.union(a, b, true);
  for (const pair of pairs) clusters.union(pair.a, pair.b, false);

  mergeMilestones(prepared, clusters);

  const groups = new Map<number, Prepared[]>();
  prepared.forEach((p, i) => {
    const root = clusters.find(i);
    const group = groups.get(root);
    if (group) group.push(p);
    else groups.set(root, [p]);
  });
  const merged = [...groups.values()].map(buildEvent);
  citeCopies(merged, articles, duplicates);
  return assignIds(merged);
}

/**
 * Reports of one occasion a whole number of years apart: the same day and month ("chiều 15-2"),
 * the same kind of occasion and at least two of the same people. The year reasoning takes the
 * earliest year the office-holders' terms allow when nothing else dates an article, so "Đại sứ
 * Kritenbrink trao chứng chỉ chiều 15/2" may come out a year early where a sister article had a
 * dated clue. Candidates are bucketed by day and month, and compared only a few years apart.
 * These links score below every same-date link.
 */
function crossYearPairs(
  events: Prepared[],
  position: Map<Prepared, number>,
): { a: number; b: number; score: number }[] {
  const byDay = new Map<string, Prepared[]>();
  for (const e of events) {
    const start = e.candidate.start;
    if (start.length !== 10) continue;
    const key = start.slice(5);
    const list = byDay.get(key);
    if (list) list.push(e);
    else byDay.set(key, [e]);
  }
  const out: { a: number; b: number; score: number }[] = [];
  for (const list of byDay.values()) {
    if (list.length < 2) continue;
    list.sort((x, y) => x.from - y.from);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const yearA = Number(a.candidate.start.slice(0, 4));
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        const apart = Number(b.candidate.start.slice(0, 4)) - yearA;
        if (apart > MAX_YEARS_APART) break;
        if (apart === 0 || a.candidate.articleId === b.candidate.articleId) continue;
        if (a.family !== b.family) continue;
        const people = comparePeople(a, b);
        if (people.kind !== 'match' || people.shared < 2) continue;
        out.push({ a: position.get(a)!, b: position.get(b)!, score: 0.25 * people.shared });
      }
    }
  }
  return out;
}

/** Same year and the same (or nearly the same) canonical title → one milestone. */
function mergeMilestones(prepared: Prepared[], clusters: Clusters): void {
  const byKey = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    if (p.family !== 'milestone') return;
    // Year and countries lead the key: "Việt Nam – Nga" and "Việt Nam – Ấn Độ" upgrading ties in
    // one year have nearly the same title but are two milestones.
    const countries = [...p.candidate.countries].sort().join(',');
    const key = `${p.candidate.start.slice(0, 4)}|${countries}|${[...p.titleTokens].join(' ')}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  /** Groups by year and countries. */
  const byYear = new Map<string, number[][]>();
  for (const [key, members] of byKey) {
    for (const i of members.slice(1)) clusters.union(members[0]!, i, true);
    const year = key.slice(0, key.indexOf('|', 5));
    const list = byYear.get(year);
    if (list) list.push(members);
    else byYear.set(year, [members]);
  }
  // Distinct wordings of one milestone in one year ("bình thường hóa quan hệ" with or without
  // "ngoại giao"); few distinct titles per year, so comparing them pairwise stays cheap.
  for (const groups of byYear.values()) {
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = prepared[groups[i]![0]!]!;
        const b = prepared[groups[j]![0]!]!;
        if (jaccard(a.titleTokens, b.titleTokens) >= 0.7)
          clusters.union(groups[i]![0]!, groups[j]![0]!, true);
      }
    }
  }
}

/**
 * A near-exact copy reports what its original reports: make it a source of every event citing the
 * original, even where extraction of the copy found less (the evidence only where the copy has it).
 */
function citeCopies(
  events: TimelineEvent[],
  articles: ArticleText[],
  duplicates: Map<string, string>,
): void {
  if (duplicates.size === 0) return;
  const copiesOf = new Map<string, string[]>();
  for (const [copy, original] of duplicates) {
    const list = copiesOf.get(original);
    if (list) list.push(copy);
    else copiesOf.set(original, [copy]);
  }
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  for (const event of events) {
    const cited = new Set(event.sources.map((s) => s.articleId));
    const added: EventSource[] = [];
    for (const source of event.sources) {
      for (const copy of copiesOf.get(source.articleId) ?? []) {
        if (cited.has(copy)) continue;
        cited.add(copy);
        const evidence =
          source.evidence && textOf.get(copy)?.includes(source.evidence)
            ? source.evidence
            : undefined;
        added.push(evidence ? { articleId: copy, evidence } : { articleId: copy });
      }
    }
    if (added.length > 0)
      event.sources = [...event.sources, ...added].sort((a, b) => cmp(a.articleId, b.articleId));
  }
}

const PRECISION = (date: PartialDate): number => date.length;

/** Count values and order them by support, ties by first appearance. */
function bySupport(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const order = [...counts.keys()];
  const first = new Map(order.map((value, i) => [value, i]));
  return order.sort((a, b) => counts.get(b)! - counts.get(a)! || first.get(a)! - first.get(b)!);
}

function buildEvent(group: Prepared[]): TimelineEvent {
  // Sources in articleId order: every choice below that ties falls back to this order.
  const members = [...group].sort(
    (a, b) => cmp(a.candidate.articleId, b.candidate.articleId) || compareCandidates(a, b),
  );
  const candidates = members.map((m) => m.candidate);

  // The widest range at the best precision: a day-precise report beats "tháng 9/2023".
  const best = Math.max(...candidates.map((c) => PRECISION(c.start)));
  // Reports of the same day and month in different years (see crossYearPairs): the latest year
  // wins, since the year reasoning only moves a date later when the text gives a reason to.
  const precise = candidates.filter(
    (c) =>
      PRECISION(c.start) === best &&
      !(
        best === 10 &&
        candidates.some(
          (d) =>
            PRECISION(d.start) === 10 &&
            d.start.slice(4) === c.start.slice(4) &&
            d.start.slice(0, 4) > c.start.slice(0, 4),
        )
      ),
  );
  // Single-day reports a day apart ("ngày 24/10" here, "ngày 25-10" there, one in local time) are
  // one day, the most reported; a range is only made from reports that give one.
  const ranged = precise.filter((c) => c.end !== undefined && PRECISION(c.end) === best);
  let start: PartialDate;
  let end: PartialDate | undefined;
  if (ranged.length > 0) {
    start = precise.map((c) => c.start).sort()[0]!;
    end = [...precise.map((c) => c.start), ...ranged.map((c) => c.end!)].sort().at(-1);
  } else {
    const counts = bySupport(precise.map((c) => c.start));
    const top = counts.filter(
      (d) =>
        precise.filter((c) => c.start === d).length ===
        precise.filter((c) => c.start === counts[0]).length,
    );
    start = top.sort()[0]!;
  }

  const titled = pickTitleSource(candidates);
  const kinds = bySupport(candidates.map((c) => c.kind));
  const kind = (kinds.find((k) => k !== 'other') ?? kinds[0] ?? titled.kind) as EventKind;
  const participants = mergeParticipants(candidates);
  const locations = bySupport(candidates.flatMap((c) => (c.location ? [c.location] : [])));
  const located = hasPlace(kind) ? locations[0] : undefined;

  const sources: EventSource[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.articleId)) continue;
    seen.add(c.articleId);
    sources.push(
      c.evidence ? { articleId: c.articleId, evidence: c.evidence } : { articleId: c.articleId },
    );
  }

  return {
    id: '',
    title: titled.title,
    kind,
    start,
    ...(end && end > start ? { end } : {}),
    ...(located ? { location: located } : {}),
    countries: bySupport(candidates.flatMap((c) => c.countries)),
    participants,
    topics: bySupport(candidates.flatMap((c) => c.topics)),
    summary: pickSummary(candidates, participants, titled.title),
    sources,
  };
}

/**
 * The title that names the event most fully: the one sharing the most words with the other
 * reports' titles, then the longer one ("Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ
 * lần thứ nhất" over "Gặp Ngoại trưởng Blinken"). Over-long titles (a whole sentence) lose.
 */
function pickTitleSource(candidates: CandidateEvent[]): CandidateEvent {
  const tokens = candidates.map((c) => new Set(foldWords(c.title)));
  // How many titles hold each word: linear in the number of sources, never pairwise.
  const holders = new Map<string, number>();
  for (const own of tokens) for (const t of own) holders.set(t, (holders.get(t) ?? 0) + 1);
  let best = candidates[0]!;
  let bestScore = -Infinity;
  candidates.forEach((c, i) => {
    const own = tokens[i]!;
    let support = 0;
    for (const t of own) support += holders.get(t)! - 1;
    const length = own.size;
    const score =
      support / Math.max(1, candidates.length - 1) +
      Math.min(length, 16) -
      Math.max(0, length - 24) * 2;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  });
  return best;
}

function countSentences(text: string): number {
  return text.split(/[.!?…]+(?:\s|$)/).filter((s) => s.trim().length > 0).length;
}

/**
 * The summary that best says what happened: 1–3 sentences, naming the people and the words of the
 * title ("bình thường hóa quan hệ" for that milestone), neither a fragment nor a long paragraph.
 */
function pickSummary(
  candidates: CandidateEvent[],
  participants: Participant[],
  title: string,
): string {
  const names = participants.map((p) => foldWords(p.name).at(-1) ?? '').filter((n) => n.length > 0);
  const titleWords = [...new Set(foldWords(title))];
  let best = '';
  let bestScore = -Infinity;
  for (const c of candidates) {
    const summary = c.summary.trim();
    if (!summary) continue;
    const words = new Set(foldWords(summary));
    const named = names.filter((n) => words.has(n)).length;
    const coverage =
      titleWords.length === 0
        ? 0
        : titleWords.filter((w) => words.has(w)).length / titleWords.length;
    const sentences = countSentences(summary);
    const shape = sentences >= 1 && sentences <= 3 ? 3 : 0;
    const length = summary.length;
    const sizePenalty = length < 80 ? (80 - length) / 160 : length > 320 ? (length - 320) / 320 : 0;
    const score = shape + named + 2 * coverage - sizePenalty;
    if (score > bestScore) {
      best = summary;
      bestScore = score;
    }
  }
  return best;
}

/** Union of participants, one per person: the longest form of the name, with its title and country. */
function mergeParticipants(candidates: CandidateEvent[]): Participant[] {
  const merged: { person: Person; participant: Participant; support: number; order: number }[] = [];
  for (const c of candidates) {
    const seenHere = new Set<number>();
    for (const participant of c.participants) {
      const person = toPerson(participant);
      if (!person.full) continue;
      const index = merged.findIndex((m) => samePersonKey(m.person, person));
      if (index < 0) {
        merged.push({ person, participant: { ...participant }, support: 1, order: merged.length });
        seenHere.add(merged.length - 1);
        continue;
      }
      const entry = merged[index]!;
      if (!seenHere.has(index)) entry.support++;
      seenHere.add(index);
      const current = entry.participant;
      const longer = participant.name.length > current.name.length;
      const next: Participant = { name: longer ? participant.name : current.name };
      const title = longer
        ? (participant.title ?? current.title)
        : (current.title ?? participant.title);
      const country = current.country ?? participant.country;
      if (title) next.title = title;
      if (country) next.country = country;
      entry.participant = next;
      if (longer) entry.person = { ...person, ...(country ? { country } : {}) };
    }
  }
  return merged
    .sort((a, b) => b.support - a.support || a.order - b.order)
    .map((m) => m.participant);
}

/** `${start}-${slug}` within 80 characters, cut between words ("…-viet-nam-hoa-ky", never "…-hoa-k"). */
function baseId(event: TimelineEvent, reserve = 0): string {
  const limit = MAX_ID_LENGTH - reserve;
  const id = `${event.start}-${slugify(event.title, 400)}`;
  if (id.length <= limit) return id;
  const cut = id.slice(0, limit + 1);
  const lastDash = cut.lastIndexOf('-');
  const trimmed = lastDash > event.start.length ? cut.slice(0, lastDash) : id.slice(0, limit);
  return trimmed.replace(/-+$/g, '');
}

/**
 * Give each event its id. Colliding ids get "-2", "-3" in an order that depends only on the
 * colliding events themselves (their first source, then content), so adding an unrelated article
 * never renames an event.
 */
function assignIds(events: TimelineEvent[]): TimelineEvent[] {
  const byBase = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const base = baseId(event);
    const list = byBase.get(base);
    if (list) list.push(event);
    else byBase.set(base, [event]);
  }
  const taken = new Set(byBase.keys());
  for (const [base, list] of [...byBase].sort((x, y) => cmp(x[0], y[0]))) {
    const fingerprint = (e: TimelineEvent): string =>
      `${e.sources[0]?.articleId ?? ''}\u0000${JSON.stringify(e)}`;
    list.sort((a, b) => cmp(fingerprint(a), fingerprint(b)));
    list.forEach((event, i) => {
      if (i === 0) {
        event.id = base;
        return;
      }
      let n = i + 1;
      let id = `${baseId(event, String(n).length + 1)}-${n}`;
      while (taken.has(id)) id = `${baseId(event, String(++n).length + 1)}-${n}`;
      taken.add(id);
      event.id = id;
    });
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// Near-duplicate articles: the same story copied by several sites, or one file saved twice.

/** What near-duplicate detection needs of an article. */
export type ArticleText = Pick<ParsedArticle, 'id' | 'file' | 'title' | 'text'> & {
  /** articleSignature of the article, when a worker thread computed it already. */
  signature?: Uint32Array;
};

const SHINGLE_WORDS = 5;
const MINHASH_SIZE = 64;
const BANDS = 8;
const ROWS = MINHASH_SIZE / BANDS;
/** Share of 5-word shingles two texts must have in common to count as copies. */
const DUPLICATE_SIMILARITY = 0.9;
/** Articles checked per bucket: bounds the work when many texts look alike. */
const BUCKET_LIMIT = 32;

/** Murmur3's finaliser: spreads one hash into an independent-looking other, per seed. */
function mix(hash: number, seed: number): number {
  let h = (hash ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Folded form of each non-ASCII character, computed once per distinct character ("Ở" → "o"). */
const FOLDED = new Map<number, string>();

function foldChar(code: number): string {
  let folded = FOLDED.get(code);
  if (folded === undefined) {
    folded = foldAccents(String.fromCharCode(code));
    FOLDED.set(code, folded);
  }
  return folded;
}

/** Per code unit: 0 not yet known, the folded character + 1, -2 folds to nothing, -1 to several. */
const FOLDED_CODE = new Int32Array(0x10000);

/**
 * FNV-1a hashes of the text's words after folding accents and case, in one pass without building
 * strings: "Hòa bình, hoà BÌNH" → two equal pairs of hashes. Combining marks (NFD text) fold to
 * nothing and so never split a word.
 */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = 0x811c9dc5;
  let inWord = false;
  const add = (c: number): void => {
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar) {
      hash = Math.imul(hash ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(hash >>> 0);
      hash = 0x811c9dc5;
      inWord = false;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      add(code >= 65 && code <= 90 ? code + 32 : code);
      continue;
    }
    // The one-character folds from a typed table (a Map lookup per accented letter showed).
    let single = FOLDED_CODE[code]!;
    if (single === 0) {
      const folded = foldChar(code);
      single = folded.length === 1 ? folded.charCodeAt(0) + 1 : folded.length === 0 ? -2 : -1;
      FOLDED_CODE[code] = single;
    }
    if (single > 0) add(single - 1);
    else if (single === -1) {
      const folded = foldChar(code);
      for (let j = 0; j < folded.length; j++) add(folded.charCodeAt(j));
    }
  }
  // A space ends the last word through the same path as every other word: a separate push here
  // ran only for texts ending in a letter, and each such text threw the optimised code away.
  add(32);
  return hashes;
}

const EMPTY_BIN = 0xffffffff;

/**
 * MinHash signature of a text's 5-word shingles (one-permutation hashing: each shingle is hashed
 * once and kept as the minimum of one of 64 bins), after folding accents, case and punctuation.
 */
export function textSignature(text: string): Uint32Array {
  const words = wordHashes(text);
  const signature = new Uint32Array(MINHASH_SIZE).fill(EMPTY_BIN);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    let shingle = 0;
    for (let k = 0; k < SHINGLE_WORDS && i + k < words.length; k++)
      shingle = mix(shingle ^ words[i + k]!, k + 1);
    const h = mix(shingle, 0x9e3779b9);
    const bin = h >>> 26;
    const value = h & 0x3ffffff;
    if (value < signature[bin]!) signature[bin] = value;
  }
  return signature;
}

/** The signature near-duplicates are found by: of the text, or of the title when there is no text. */
export function articleSignature(article: Pick<ArticleText, 'title' | 'text'>): Uint32Array {
  return textSignature(article.text.trim() ? article.text : article.title);
}

/** Estimated share of shingles in common; bins empty in both texts (short texts) do not count. */
function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  let used = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === EMPTY_BIN && b[i] === EMPTY_BIN) continue;
    used++;
    if (a[i] === b[i]) same++;
  }
  return used === 0 ? 1 : same / used;
}

/**
 * Find exact and near-exact copies (≥ 90% of 5-word shingles shared): maps each copy's article id
 * to the id of the first article (in file order) it copies. Signatures are bucketed by bands, so
 * only articles sharing a bucket are compared, never all pairs.
 */
export function findNearDuplicates(articles: ArticleText[]): Map<string, string> {
  const ordered = [...articles].sort((a, b) => cmp(a.file, b.file) || cmp(a.id, b.id));
  const buckets = new Map<number, { id: string; signature: Uint32Array }[]>();
  const copies = new Map<string, string>();
  for (const article of ordered) {
    const signature = article.signature ?? articleSignature(article);
    if (signature.every((v) => v === EMPTY_BIN)) continue;
    // One numeric key per band: the band's number and a hash of its rows.
    const keys: number[] = [];
    for (let band = 0; band < BANDS; band++) {
      let hash = band + 1;
      for (let row = band * ROWS; row < (band + 1) * ROWS; row++)
        hash = mix(hash ^ signature[row]!, row + 1);
      keys.push(band * 0x100000000 + hash);
    }
    let original: string | undefined;
    for (const key of keys) {
      const bucket = buckets.get(key) ?? [];
      for (let b = 0; b < bucket.length && b < BUCKET_LIMIT; b++) {
        const other = bucket[b]!;
        if (similarity(signature, other.signature) >= DUPLICATE_SIMILARITY) {
          original = other.id;
          break;
        }
      }
      if (original) break;
    }
    if (original) {
      copies.set(article.id, original);
      continue;
    }
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push({ id: article.id, signature });
      else buckets.set(key, [{ id: article.id, signature }]);
    }
  }
  return copies;
}
