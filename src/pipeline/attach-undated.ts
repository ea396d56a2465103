/**
 * Articles that report an act without any date ("Chủ tịch nước Trần Đại Quang tiếp ngài Daniel
 * Kritenbrink … đến trình Quốc thư") cannot place an event of their own, but they are still sources
 * of the event another article dates: the same kind of act with the same people. They join it only
 * when exactly one event fits, so an undated report never picks between two meetings.
 */
import type { EventKind, Participant, TimelineEvent } from '../shared/schema';
import { dayNumber, shiftDay } from '../shared/dates';
import { foldAccents } from '../shared/text';
import type { UndatedReport } from './types';
import { hasPlace } from './merge';

/** What became of one undated report: the event it joined, or why none. */
export interface Attachment {
  report: UndatedReport;
  eventId?: string;
  note: string;
}

// A meeting told as talks in one outlet and as a meeting in another is the same act.
const FAMILY: Partial<Record<EventKind, string>> = { meeting: 'meet', talks: 'meet' };
const family = (kind: EventKind): string => FAMILY[kind] ?? kind;

// Every report is compared with every event (an undated report has no date to narrow by): a
// name's words are folded once.
const wordsCache = new Map<string, string[]>();
function words(name: string): string[] {
  let found = wordsCache.get(name);
  if (!found) {
    found = foldAccents(name.toLowerCase())
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1);
    if (wordsCache.size < 50_000) wordsCache.set(name, found);
  }
  return found;
}

/** "Daniel J. Kritenbrink" and "Daniel Kritenbrink", "Kritenbrink": every word of the shorter is in the longer. */
function samePerson(a: Participant, b: Participant): boolean {
  const [x, y] = [words(a.name), words(b.name)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** Foreign names end with the family name: "Burns" in "William J. Burns". */
function sameFamilyName(a: Participant, b: Participant): boolean {
  const x = words(a.name).at(-1);
  return x !== undefined && x.length >= 4 && x === words(b.name).at(-1);
}

const foreignIn = (people: Participant[]): Participant[] =>
  people.filter((p) => p.country && p.country !== 'VN');
const foreignOf = (report: UndatedReport): Participant[] => foreignIn(report.participants);

// On a known day, a ceremony and a meeting of the same people are one occasion ("trao chứng chỉ" in
// one report, "tiếp Đại sứ" in another), as merge.ts has it; "other" fits any act.
const OCCASION = new Set<EventKind>(['meeting', 'talks', 'visit', 'call', 'dialogue', 'ceremony']);
function sameAct(report: UndatedReport, event: TimelineEvent): boolean {
  if (family(event.kind) === family(report.kind)) return true;
  if (!report.days) return false;
  return (
    event.kind === 'other' ||
    report.kind === 'other' ||
    (OCCASION.has(event.kind) && OCCASION.has(report.kind))
  );
}

function fits(report: UndatedReport, event: TimelineEvent): boolean {
  if (event.kind === 'milestone' || !sameAct(report, event)) return false;
  const named = (p: Participant) => event.participants.some((q) => samePerson(p, q));
  const foreign = foreignOf(report);
  const others = report.participants.filter((p) => !foreign.includes(p));
  if (report.days) {
    // The day is known, so people need only not contradict: one side may name nobody.
    if (!report.days.some((day) => onDay(event, day))) return false;
    const eventForeign = foreignIn(event.participants);
    const eventOthers = event.participants.filter((p) => !eventForeign.includes(p));
    // On that day a guest with the same family name is the same guest, whatever a typo did to the
    // given name ("Willam Burns" and "William Burns").
    const surnamed = (p: Participant) => eventForeign.some((q) => sameFamilyName(p, q));
    return (
      (foreign.length === 0 ||
        eventForeign.length === 0 ||
        foreign.some((p) => named(p) || surnamed(p))) &&
      (others.length === 0 || eventOthers.length === 0 || others.some(named))
    );
  }
  // Without a day, the counterpart must be named: "Ngoại trưởng Mỹ mời … Phạm Bình Minh" could be
  // any of the minister's meetings with Americans.
  return (
    foreign.length > 0 && foreign.every(named) && (others.length === 0 || others.some(named))
  );
}

/**
 * "tiếp A và B" told without a year, where another source dates the reception of A and that of B
 * apart: the report tells each of those events, whose guests it all names and no two share.
 */
function eachGuestApart(report: UndatedReport, matches: TimelineEvent[]): boolean {
  if (matches.length < 2) return false;
  const guests = matches.map((e) => foreignIn(e.participants));
  const told = (q: Participant) =>
    report.participants.some((p) => samePerson(p, q) || sameFamilyName(p, q));
  const all = guests.flat();
  return (
    guests.every((g) => g.length > 0 && g.every(told)) &&
    all.every((q, k) => all.findIndex((r) => samePerson(q, r)) === k)
  );
}

// A span longer than this is no single occasion a report's day could name (a season of port calls,
// a year-long programme): such events take no reports by day.
const MAX_OCCASION_DAYS = 62;

/** An event's first and last day when it is told to the day and is no longer than an occasion. */
function occasionSpan(event: TimelineEvent): { start: string; end: string } | undefined {
  if (event.start.length !== 10) return undefined;
  const end = event.end && event.end.length === 10 ? event.end : event.start;
  return dayNumber(end) - dayNumber(event.start) < MAX_OCCASION_DAYS
    ? { start: event.start, end }
    : undefined;
}

/** The days of an event told to the day, first to last; none for a longer span. */
function daysOf(event: TimelineEvent): string[] {
  const span = occasionSpan(event);
  const days: string[] = [];
  if (span) for (let day = span.start; day <= span.end; day = shiftDay(day, 1)) days.push(day);
  return days;
}

/** Whether a day falls on the event (its first day, or within its span). */
function onDay(event: TimelineEvent, day: string): boolean {
  const span = occasionSpan(event);
  return span !== undefined && span.start <= day && day <= span.end;
}

/**
 * The events a report may fit, found without comparing it with every event. A report whose day is
 * known: the events on that day. Otherwise those of its act's family that name someone sharing a
 * word with the report's first foreign participant (or, with none, with any of its people):
 * samePerson needs every word of one name in the other. In the events' order; `fits` still
 * decides. Comparing every report with every event grew with the square of the input.
 */
class EventIndex {
  private readonly byFamily = new Map<string, number[]>();
  private readonly byWord = new Map<string, Set<number>>();
  private readonly byDay = new Map<string, number[]>();

  constructor(private readonly events: TimelineEvent[]) {
    events.forEach((event, k) => {
      if (event.kind === 'milestone') return;
      const list = this.byFamily.get(family(event.kind)) ?? [];
      list.push(k);
      this.byFamily.set(family(event.kind), list);
      for (const q of event.participants)
        for (const w of words(q.name)) {
          const set = this.byWord.get(w) ?? new Set<number>();
          set.add(k);
          this.byWord.set(w, set);
        }
      for (const day of daysOf(event)) {
        const onThatDay = this.byDay.get(day) ?? [];
        onThatDay.push(k);
        this.byDay.set(day, onThatDay);
      }
    });
  }

  candidates(report: UndatedReport): TimelineEvent[] {
    if (report.days) {
      const onDays = new Set(report.days.flatMap((d) => this.byDay.get(d) ?? []));
      return [...onDays].sort((a, b) => a - b).map((k) => this.events[k]!);
    }
    const sameFamily = this.byFamily.get(family(report.kind)) ?? [];
    if (report.participants.length === 0) return sameFamily.map((k) => this.events[k]!);
    const foreign = foreignOf(report);
    const people = foreign.length > 0 ? [foreign[0]!] : report.participants;
    const naming = new Set<number>();
    for (const p of people)
      for (const w of words(p.name)) for (const k of this.byWord.get(w) ?? []) naming.add(k);
    return sameFamily.filter((k) => naming.has(k)).map((k) => this.events[k]!);
  }
}

/**
 * Lets each article's undated reports (the likeliest first) join the one event the first fitting
 * report fits, as a source; returns the events (new objects where a source was added) and what
 * became of each article's reports, in the articles' order.
 */
export function attachUndated(
  events: TimelineEvent[],
  articles: UndatedReport[][],
): { events: TimelineEvent[]; attachments: Attachment[] } {
  const added = new Map<string, { articleId: string; evidence: string }[]>();
  // A place an undated report gives, for an event that has none.
  const places = new Map<string, string>();
  const attachments: Attachment[] = [];
  const index = new EventIndex(events);
  for (const reports of articles) {
    const first = reports[0];
    if (!first) continue;
    let counts: number[] = [];
    const chosen = reports.find((report) => {
      const matches = index.candidates(report).filter((e) => fits(report, e));
      counts.push(matches.length);
      if (matches.length !== 1 && !eachGuestApart(report, matches)) return false;
      for (const only of matches) {
        const list = added.get(only.id) ?? [];
        list.push({ articleId: report.articleId, evidence: report.evidence });
        added.set(only.id, list);
        if (report.location && hasPlace(only.kind) && !only.location && !places.has(only.id))
          places.set(only.id, report.location);
        const note = report.days
          ? `year unknown: joins ${only.id}, which falls on a day that fits`
          : `no date of its own: joins ${only.id}`;
        attachments.push({ report, eventId: only.id, note });
      }
      return true;
    });
    if (chosen) continue;
    counts = counts.filter((n) => n > 1);
    const why = counts.length
      ? `${Math.max(...counts)} events with the same act and people`
      : 'no dated event with the same act and people';
    const unknown = first.days ? 'no known year' : 'no date in the article';
    attachments.push({ report: first, note: `${unknown} and ${why}` });
  }
  const joined = events.map((e) => {
    const extra = added.get(e.id);
    if (!extra) return e;
    const location = places.get(e.id);
    return { ...e, sources: [...e.sources, ...extra], ...(location ? { location } : {}) };
  });
  return { events: joined, attachments };
}
