/**
 * Scores a built dataset against hand-written gold events: precision and recall for event
 * detection, dates, participants, locations, merging and headlines. Pure; the eval CLI does I/O.
 */
import type { Dataset, Participant, TimelineEvent } from '../../shared/schema';
import { dayNumber, firstDay, lastDay } from '../../shared/dates';
import { foldAccents } from '../../shared/text';
import { samePerson } from '../merge';

export interface GoldEvent {
  group: string;
  kind: string;
  start: string;
  end?: string;
  participants: string[];
  location?: string[];
  /** False when the text gives no way to date the event: it is left out of every figure. */
  datable?: boolean;
}

export interface GoldArticle {
  file: string;
  /** The headline; several accepted forms when the file gives it both truncated and in full. */
  headline: string | string[] | null;
  /** Why a judgement call was made, for the next reader of the gold file. */
  note?: string;
  events: GoldEvent[];
}

export interface Gold {
  articles: GoldArticle[];
}

export interface Figure {
  tp: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

export type Metric = 'events' | 'dates' | 'participants' | 'locations' | 'merging' | 'headlines';

export interface Scores {
  figures: Record<Metric, Figure>;
  /** Per-article notes on what did not match, for reading the figures. */
  misses: string[];
}

class Counter {
  tp = 0;
  predicted = 0;
  expected = 0;
  figure(): Figure {
    const precision =
      this.predicted === 0 ? (this.expected === 0 ? 1 : 0) : this.tp / this.predicted;
    const recall = this.expected === 0 ? 1 : this.tp / this.expected;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return {
      tp: this.tp,
      predicted: this.predicted,
      expected: this.expected,
      precision,
      recall,
      f1,
    };
  }
}

/** Headline comparison ignores accents, tone placement, case, spacing and punctuation. */
export function normaliseHeadline(text: string): string {
  return foldAccents(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function range(start: string, end?: string): [number, number] {
  return [dayNumber(firstDay(start)), dayNumber(lastDay(end ?? start))];
}

function datesClose(gold: GoldEvent, event: TimelineEvent, days = 3): boolean {
  const [a1, a2] = range(gold.start, gold.end);
  const [b1, b2] = range(event.start, event.end);
  return a1 <= b2 + days && b1 <= a2 + days;
}

function sharedPeople(gold: GoldEvent, event: TimelineEvent): number {
  return gold.participants.filter((name) =>
    event.participants.some((p) => samePerson({ name }, { name: p.name })),
  ).length;
}

function sameDates(gold: GoldEvent, event: TimelineEvent): boolean {
  return gold.start === event.start && (gold.end ?? gold.start) === (event.end ?? event.start);
}

function samePlaceAs(gold: GoldEvent, event: TimelineEvent): boolean {
  const place = event.location;
  return (
    place !== undefined &&
    (gold.location ?? []).some((l) => normaliseHeadline(l) === normaliseHeadline(place))
  );
}

/** How surely a predicted event is the gold one (0 = not the same event). */
function matchScore(gold: GoldEvent, event: TimelineEvent): number {
  const goldMilestone = gold.kind === 'milestone';
  if (goldMilestone !== (event.kind === 'milestone')) return 0;
  if (goldMilestone) return gold.start.slice(0, 4) === event.start.slice(0, 4) ? 1 : 0;
  const shared = sharedPeople(gold, event);
  const close = datesClose(gold, event);
  const peopleUnknown = gold.participants.length === 0 || event.participants.length === 0;
  // Between two close events with the same people (two legs of one navy visit), the one on the
  // very dates, then the one in the gold place, is the gold event.
  if (close && (shared > 0 || peopleUnknown))
    return 2 + shared + (sameDates(gold, event) ? 0.5 : 0) + (samePlaceAs(gold, event) ? 0.25 : 0);
  // A wrong date must not hide a detected event: the date figure counts that error.
  if (shared >= 2 || (shared >= 1 && gold.participants.length === 1)) return 1 + shared;
  return 0;
}

/** Score a dataset against the gold file. Articles are matched by file path. */
export function scoreDataset(dataset: Dataset, gold: Gold): Scores {
  const counters = {
    events: new Counter(),
    dates: new Counter(),
    participants: new Counter(),
    locations: new Counter(),
    merging: new Counter(),
    headlines: new Counter(),
  } satisfies Record<Metric, Counter>;
  const misses: string[] = [];
  const articleByFile = new Map(dataset.articles.map((a) => [a.file, a]));
  /** (article, gold group) → id of the predicted event matched to it, for the merging figure. */
  const matchedGroups: { file: string; group: string; eventId: string | undefined }[] = [];
  const groups = goldGroups(gold);

  for (const goldArticle of gold.articles) {
    const article = articleByFile.get(goldArticle.file);
    if (goldArticle.headline !== null) {
      counters.headlines.expected++;
      if (article?.title) {
        counters.headlines.predicted++;
        const accepted = Array.isArray(goldArticle.headline)
          ? goldArticle.headline
          : [goldArticle.headline];
        if (accepted.some((h) => normaliseHeadline(h) === normaliseHeadline(article.title)))
          counters.headlines.tp++;
        else misses.push(`${goldArticle.file}: headline "${article.title}"`);
      } else misses.push(`${goldArticle.file}: no headline`);
    }

    const predicted = article
      ? dataset.events.filter((e) => e.sources.some((s) => s.articleId === article.id))
      : [];
    const pairs: { g: number; p: number; score: number }[] = [];
    goldArticle.events.forEach((g, gi) =>
      predicted.forEach((p, pi) => {
        const score = matchScore(g, p);
        if (score > 0) pairs.push({ g: gi, p: pi, score });
      }),
    );
    pairs.sort((x, y) => y.score - x.score || x.g - y.g || x.p - y.p);
    const goldToPred = new Map<number, number>();
    const usedPred = new Set<number>();
    for (const pair of pairs) {
      if (goldToPred.has(pair.g) || usedPred.has(pair.p)) continue;
      goldToPred.set(pair.g, pair.p);
      usedPred.add(pair.p);
    }
    // Events nobody can date are out of the figures, and so is whatever prediction matched them.
    const ignoredPred = new Set<number>();
    goldArticle.events.forEach((g, gi) => {
      const p = goldToPred.get(gi);
      if (g.datable === false && p !== undefined) ignoredPred.add(p);
    });
    counters.events.predicted += predicted.length - ignoredPred.size;

    goldArticle.events.forEach((g, gi) => {
      if (g.datable === false) return;
      const pi = goldToPred.get(gi);
      const event = pi === undefined ? undefined : predicted[pi];
      counters.events.expected++;
      counters.dates.expected += g.end ? 2 : 1;
      counters.participants.expected += g.participants.length;
      if (g.location) counters.locations.expected++;
      matchedGroups.push({ file: goldArticle.file, group: g.group, eventId: event?.id });
      if (!event) {
        misses.push(`${goldArticle.file}: missed ${g.kind} ${g.start} (${g.group})`);
        return;
      }
      counters.events.tp++;
      counters.dates.predicted++;
      if (event.start === g.start) counters.dates.tp++;
      else misses.push(`${goldArticle.file}: ${g.group} start ${event.start} ≠ ${g.start}`);
      if (g.end) {
        if (event.end) counters.dates.predicted++;
        if (event.end === g.end) counters.dates.tp++;
        else misses.push(`${goldArticle.file}: ${g.group} end ${event.end ?? '—'} ≠ ${g.end}`);
      }
      // A merged event carries everyone its sources name: a person another article's gold names
      // for the same group is no error here, nor a hit (the expected count stays this article's).
      const group = groups.get(g.group)!;
      const named = (list: string[], p: Participant): boolean =>
        list.some((name) => samePerson({ name }, { name: p.name }));
      const counted = event.participants.filter(
        (p) => named(g.participants, p) || !named(group.participants, p),
      );
      counters.participants.predicted += counted.length;
      const found = g.participants.filter((name) =>
        event.participants.some((p) => samePerson({ name }, { name: p.name })),
      );
      counters.participants.tp += Math.min(found.length, counted.length);
      const missing = g.participants.filter((n) => !found.includes(n));
      const extra = event.participants.filter((p) => !named(group.participants, p));
      if (missing.length || extra.length) {
        misses.push(
          `${goldArticle.file}: ${g.group} participants missing [${missing.join(', ')}] extra [${extra.map((p) => p.name).join(', ')}]`,
        );
      }
      const samePlace = (l: string): boolean =>
        normaliseHeadline(l) === normaliseHeadline(event.location!);
      // The same for the place: one another report of the group gives is not an error.
      const groupPlace = event.location !== undefined && group.locations.some(samePlace);
      if (event.location && (g.location || !groupPlace)) counters.locations.predicted++;
      if (g.location && event.location) {
        if (groupPlace) counters.locations.tp++;
        else
          misses.push(
            `${goldArticle.file}: ${g.group} location ${event.location} ∉ [${g.location.join(', ')}]`,
          );
      } else if (g.location || (event.location && !groupPlace)) {
        misses.push(
          `${goldArticle.file}: ${g.group} location ${event.location ?? '—'} vs [${(g.location ?? []).join(', ')}]`,
        );
      }
    });
    predicted.forEach((p, i) => {
      if (!usedPred.has(i))
        misses.push(`${goldArticle.file}: extra ${p.kind} ${p.start} "${p.title}"`);
    });
  }

  scoreMerging(matchedGroups, counters.merging);
  const figures = Object.fromEntries(
    Object.entries(counters).map(([name, counter]) => [name, counter.figure()]),
  ) as Record<Metric, Figure>;
  return { figures, misses };
}

/** Every gold group's participants and accepted places, over all the articles that report it. */
function goldGroups(gold: Gold): Map<string, { participants: string[]; locations: string[] }> {
  const groups = new Map<string, { participants: string[]; locations: string[] }>();
  for (const article of gold.articles) {
    for (const e of article.events) {
      let group = groups.get(e.group);
      if (!group) {
        group = { participants: [], locations: [] };
        groups.set(e.group, group);
      }
      group.participants.push(...e.participants);
      group.locations.push(...(e.location ?? []));
    }
  }
  return groups;
}

/**
 * Pairwise merging: two articles' gold events in one group should be one predicted event, and two
 * predicted-same events should be one gold group. Pairs within one article are not counted.
 */
function scoreMerging(
  items: { file: string; group: string; eventId: string | undefined }[],
  counter: Counter,
): void {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.file === b.file) continue;
      const sameGold = a.group === b.group;
      const samePredicted = a.eventId !== undefined && a.eventId === b.eventId;
      if (sameGold) counter.expected++;
      if (samePredicted) counter.predicted++;
      if (sameGold && samePredicted) counter.tp++;
    }
  }
}
