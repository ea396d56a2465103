/**
 * Filtering and faceted counts over a precomputed index: everything that depends only on the dataset
 * (facet values as small integers, day numbers, option lists; the folded search text on first search) is computed once in
 * `buildEventIndex`, so a filter change is one tight loop over typed arrays, fast for 10,000 events.
 */
import type { Dataset, EventKind, TimelineEvent } from '../../shared/schema';
import { EVENT_KINDS } from '../../shared/event-kinds';
import { dayNumber, firstDay, firstDayNumber, lastDay, lastDayNumber } from '../../shared/dates';
import { slugify } from '../../shared/text';
import { KIND_LABELS, countryName } from '../i18n/messages';
import { foldForSearch, matchesTerms, searchTerms } from '../search/search-text';
import { isPartialDate, type ViewState } from '../url-state/url-state';

/** One checkbox of a facet: its id, labels, and how many events in the whole dataset carry it. */
export interface FacetOption {
  id: string;
  label: string;
  labelEn: string;
  total: number;
}

/** A facet's values per event, as option numbers: event i has `codes[start[i] .. start[i + 1])`. */
interface FacetColumn {
  readonly codes: Uint16Array;
  readonly start: Int32Array;
  /** Option number → option (the facet's option list, in display order). */
  readonly options: readonly FacetOption[];
  readonly code: ReadonlyMap<string, number>;
}

export interface EventIndex {
  /** The dataset's events in chronological order (start day, then end day, then id). */
  readonly events: readonly TimelineEvent[];
  /** Position of each event id in `events`. */
  readonly position: ReadonlyMap<string, number>;
  /** First and last calendar day per event as day numbers (UTC days since 1970-01-01). */
  readonly startDay: Int32Array;
  readonly endDay: Int32Array;
  readonly topicOptions: readonly FacetOption[];
  /** People sorted by how many events they take part in, then by name. */
  readonly personOptions: readonly FacetOption[];
  readonly kindOptions: readonly FacetOption[];
  readonly countryOptions: readonly FacetOption[];
  /** First and last day the dataset covers ("YYYY-MM-DD"), undefined for an empty dataset. */
  readonly firstDay?: string;
  readonly lastDay?: string;
  /** @internal facet columns used by the filter loops (built on first access, like the options). */
  readonly columns: {
    topics: FacetColumn;
    people: FacetColumn;
    kinds: FacetColumn;
    countries: FacetColumn;
  };
}

/** A participant's id in URLs and test ids: slugify(name), "Antony Blinken" → "antony-blinken". */
export function personId(name: string): string {
  return slugify(name);
}

// One collator for every comparison: `localeCompare(…, 'vi')` sets up ICU's collation anew on
// each call, which made sorting the people facet a visible part of the first render.
const vietnameseOrder = new Intl.Collator('vi');

/** Memoise a string function over the many repeated values of a dataset (names, dates, titles). */
function cached<T>(fn: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      result = fn(value);
      cache.set(value, result);
    }
    return result;
  };
}

/**
 * Turn per-event value lists into a facet column. With `known`, the options are those, in that
 * order, and other values are ignored; without, every value seen is an option labelled by
 * `label`, sorted by total, then label. A value repeated within one event counts once.
 */
function facetColumn(
  perEvent: readonly (readonly string[])[],
  known: readonly Omit<FacetOption, 'total'>[] | undefined,
  label: (id: string) => { label: string; labelEn: string },
): FacetColumn {
  // One pass, one map lookup per value: codes in order of first sight (or of `known`).
  const code = new Map<string, number>();
  const ids: string[] = [];
  if (known) for (const o of known) if (!code.has(o.id)) code.set(o.id, ids.push(o.id) - 1);
  const start = new Int32Array(perEvent.length + 1);
  let codes = new Uint16Array(Math.max(16, perEvent.length * 2));
  let n = 0;
  const totals: number[] = new Array<number>(ids.length).fill(0);
  for (let i = 0; i < perEvent.length; i++) {
    start[i] = n;
    for (const v of perEvent[i]!) {
      let c = code.get(v);
      if (c === undefined) {
        if (known) continue;
        c = ids.push(v) - 1;
        code.set(v, c);
        totals.push(0);
      }
      let repeated = false;
      for (let j = start[i]!; j < n; j++) if (codes[j] === c) repeated = true;
      if (repeated) continue;
      if (n === codes.length) {
        const grown = new Uint16Array(codes.length * 2);
        grown.set(codes);
        codes = grown;
      }
      codes[n++] = c;
      totals[c]!++;
    }
  }
  start[perEvent.length] = n;
  codes = codes.slice(0, n);

  if (known) {
    const options = known.map((o) => ({ ...o, total: totals[code.get(o.id)!] ?? 0 }));
    return { codes, start, options, code };
  }
  const options: FacetOption[] = ids
    .map((id, c) => ({ id, ...label(id), total: totals[c]! }))
    .sort((a, b) => b.total - a.total || vietnameseOrder.compare(a.label, b.label));
  // Renumber in display order.
  const order = new Map(options.map((o, i) => [o.id, i]));
  const renumber = ids.map((id) => order.get(id)!);
  for (let j = 0; j < n; j++) codes[j] = renumber[codes[j]!]!;
  return { codes, start, options, code: order };
}

const byChronology = (a: IndexEntry, b: IndexEntry) =>
  a.start - b.start ||
  a.end - b.end ||
  (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);

interface IndexEntry {
  event: TimelineEvent;
  start: number;
  end: number;
}

/** Precompute what filtering needs from the dataset; call once per dataset (memoise it). */
export function buildEventIndex(dataset: Dataset): EventIndex {
  const entries: IndexEntry[] = dataset.events.map((event) => {
    const start = firstDayNumber(event.start);
    return { event, start, end: Math.max(start, lastDayNumber(event.end ?? event.start)) };
  });
  // The build writes the events in this order already: sort only when they are not.
  let sorted = true;
  for (let i = 1; i < entries.length && sorted; i++)
    sorted = byChronology(entries[i - 1]!, entries[i]!) <= 0;
  if (!sorted) entries.sort(byChronology);

  const events = entries.map((e) => e.event);
  // Filled in a loop: `Int32Array.from` with a map function is several times slower on cold code.
  const startDay = new Int32Array(entries.length);
  const endDay = new Int32Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    startDay[i] = entries[i]!.start;
    endDay[i] = entries[i]!.end;
  }
  const position = new Map(events.map((event, i) => [event.id, i]));

  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < events.length; i++) {
    if (startDay[i]! < first) first = startDay[i]!;
    if (endDay[i]! > last) last = endDay[i]!;
  }

  // The facet columns are built on first use (the filter panel's checkboxes, a facet filter), not
  // with the index: a plain link's first view is the timeline, which needs none of them.
  let facets: { columns: EventIndex['columns']; kindOptions: readonly FacetOption[] } | undefined;
  const built = () => (facets ??= buildFacets(dataset, events));
  return {
    events,
    position,
    startDay,
    endDay,
    get topicOptions() {
      return built().columns.topics.options;
    },
    get personOptions() {
      return built().columns.people.options;
    },
    get kindOptions() {
      return built().kindOptions;
    },
    get countryOptions() {
      return built().columns.countries.options;
    },
    firstDay: events.length > 0 ? isoDay(first) : undefined,
    lastDay: events.length > 0 ? isoDay(last) : undefined,
    get columns() {
      return built().columns;
    },
  };
}

/** The four facet columns of the index's (chronological) events, and the kinds that occur. */
function buildFacets(
  dataset: Dataset,
  events: readonly TimelineEvent[],
): { columns: EventIndex['columns']; kindOptions: readonly FacetOption[] } {
  // Person names: the most frequent spelling of each id is the label.
  const idOf = cached(personId);
  const spellings = new Map<string, Map<string, number>>();
  const peoplePerEvent = events.map((event) => {
    const ids: string[] = [];
    for (const { name } of event.participants) {
      const id = idOf(name);
      if (!id || ids.includes(id)) continue;
      ids.push(id);
      let forms = spellings.get(id);
      if (!forms) spellings.set(id, (forms = new Map<string, number>()));
      forms.set(name, (forms.get(name) ?? 0) + 1);
    }
    return ids;
  });

  const columns = {
    topics: facetColumn(
      events.map((e) => e.topics),
      dataset.topics.map((t) => ({ id: t.id, label: t.label, labelEn: t.labelEn })),
      (id) => ({ label: id, labelEn: id }),
    ),
    people: facetColumn(peoplePerEvent, undefined, (id) => {
      const name = [...(spellings.get(id) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? id;
      return { label: name, labelEn: name };
    }),
    kinds: facetColumn(
      events.map((e) => [e.kind]),
      EVENT_KINDS.map((k) => ({ id: k, label: KIND_LABELS.vi[k], labelEn: KIND_LABELS.en[k] })),
      (id) => ({ label: id, labelEn: id }),
    ),
    countries: facetColumn(
      events.map((e) => e.countries),
      undefined,
      (id) => ({ label: countryName(id, 'vi'), labelEn: countryName(id, 'en') }),
    ),
  };
  // Only the kinds that occur are offered; the column keeps every kind so a URL's kind still filters.
  return { columns, kindOptions: columns.kinds.options.filter((o) => o.total > 0) };
}

const searchTextCache = new WeakMap<EventIndex, readonly string[]>();

/**
 * Folded searchable text per event: what the reader sees of it (title, summary, place, participants'
 * names and titles, topic labels). Not source headlines nor country names: an article about Blinken
 * also dates background milestones, and "hoa" would match every event with "Hoa Kỳ" taking part.
 * Built on the first search, not at load, so that the first render does not wait for it.
 */
export function searchText(index: EventIndex): readonly string[] {
  let text = searchTextCache.get(index);
  if (!text) {
    const fold = cached(foldForSearch);
    // The topic labels searched with each event, Vietnamese and English, folded once.
    const topicText = new Map(
      index.topicOptions.map((t) => [t.id, foldForSearch(`${t.label} ${t.labelEn}`)]),
    );
    text = index.events.map((event) => {
      const parts = [fold(event.title), fold(event.summary)];
      if (event.location) parts.push(fold(event.location));
      for (const p of event.participants) {
        parts.push(fold(p.name));
        if (p.title) parts.push(fold(p.title));
      }
      for (const t of event.topics) parts.push(topicText.get(t) ?? '');
      return parts.join(' ');
    });
    searchTextCache.set(index, text);
  }
  return text;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A selection as a mask over a facet's option numbers; undefined when nothing known is selected,
 * so ids the dataset does not know (a stale or crafted link) never empty the view.
 */
function selectionMask(selected: readonly string[], column: FacetColumn): Uint8Array | undefined {
  let mask: Uint8Array | undefined;
  for (const id of selected) {
    const c = column.code.get(id);
    if (c === undefined) continue;
    mask ??= new Uint8Array(column.options.length);
    mask[c] = 1;
  }
  return mask;
}

function kindMask(kinds: readonly EventKind[], column: FacetColumn): Uint8Array | undefined {
  if (kinds.length === 0) return undefined;
  // Every kind is known; a selected kind with no events simply matches nothing.
  return selectionMask(kinds, column) ?? new Uint8Array(column.options.length);
}

function hasAny(column: FacetColumn, i: number, mask: Uint8Array): boolean {
  const { codes, start } = column;
  for (let j = start[i]!, end = start[i + 1]!; j < end; j++) if (mask[codes[j]!]) return true;
  return false;
}

/** Events matching the search and the date range (1) or not (0): what every facet count shares. */
const baseCache = new WeakMap<EventIndex, { key: string; mask: Uint8Array }>();

function baseMatches(index: EventIndex, state: ViewState): Uint8Array {
  const terms = searchTerms(state.q);
  let fromDay =
    state.from && isPartialDate(state.from) ? dayNumber(firstDay(state.from)) : -Infinity;
  let toDay = state.to && isPartialDate(state.to) ? dayNumber(lastDay(state.to)) : Infinity;
  // A reversed range ("from 2024 to 2023") is read as the range the reader meant.
  if (fromDay > toDay && state.from && state.to) {
    fromDay = dayNumber(firstDay(state.to));
    toDay = dayNumber(lastDay(state.from));
  }
  // filterEvents and facetCounts run back to back on the same state: search the text once.
  const key = `${terms.join(' ')}|${fromDay}|${toDay}`;
  const hit = baseCache.get(index);
  if (hit?.key === key) return hit.mask;

  const { startDay, endDay } = index;
  const text = terms.length > 0 ? searchText(index) : [];
  const mask = new Uint8Array(index.events.length);
  for (let i = 0; i < mask.length; i++) {
    if (endDay[i]! < fromDay || startDay[i]! > toDay) continue;
    if (terms.length > 0 && !matchesTerms(text[i]!, terms)) continue;
    mask[i] = 1;
  }
  baseCache.set(index, { key, mask });
  return mask;
}

/** True when the state narrows the events at all (search, any facet or a date bound). */
export function hasActiveFilters(state: ViewState): boolean {
  return Boolean(
    state.q?.trim() ||
    state.topics.length ||
    state.people.length ||
    state.kinds.length ||
    state.countries.length ||
    state.from ||
    state.to,
  );
}

/** The events the state's filters keep, in chronological order: AND across facets, OR within one. */
export function filterEvents(index: EventIndex, state: ViewState): TimelineEvent[] {
  // No filter (the first render of a plain link, "clear all"): every event, without the loop.
  if (!hasActiveFilters(state)) return index.events.slice();
  const base = baseMatches(index, state);
  const { topics, people, kinds, countries } = index.columns;
  const topicMask = selectionMask(state.topics, topics);
  const peopleMask = selectionMask(state.people, people);
  const kindSel = kindMask(state.kinds, kinds);
  const countryMask = selectionMask(state.countries, countries);
  const result: TimelineEvent[] = [];
  for (let i = 0; i < base.length; i++) {
    if (!base[i]) continue;
    if (kindSel && !hasAny(kinds, i, kindSel)) continue;
    if (topicMask && !hasAny(topics, i, topicMask)) continue;
    if (countryMask && !hasAny(countries, i, countryMask)) continue;
    if (peopleMask && !hasAny(people, i, peopleMask)) continue;
    result.push(index.events[i]!);
  }
  return result;
}

export interface FacetCounts {
  topics: Map<string, number>;
  people: Map<string, number>;
  kinds: Map<string, number>;
  countries: Map<string, number>;
}

/**
 * For each option, how many events would match with that option's facet reduced to it plus the current
 * selection, i.e. the events matching every other facet that carry the option (standard faceted counts).
 * Options with no such event are absent.
 */
export function facetCounts(index: EventIndex, state: ViewState): FacetCounts {
  // No filter: each option counts the events that carry it, its total, known from the index.
  if (!hasActiveFilters(state)) {
    const totals = (column: FacetColumn) =>
      new Map(column.options.filter((o) => o.total > 0).map((o) => [o.id, o.total]));
    const { topics, people, kinds, countries } = index.columns;
    return {
      topics: totals(topics),
      people: totals(people),
      kinds: totals(kinds),
      countries: totals(countries),
    };
  }
  const base = baseMatches(index, state);
  const { topics, people, kinds, countries } = index.columns;
  const topicMask = selectionMask(state.topics, topics);
  const peopleMask = selectionMask(state.people, people);
  const kindSel = kindMask(state.kinds, kinds);
  const countryMask = selectionMask(state.countries, countries);
  const tally = {
    topics: new Int32Array(topics.options.length),
    people: new Int32Array(people.options.length),
    kinds: new Int32Array(kinds.options.length),
    countries: new Int32Array(countries.options.length),
  };
  const bump = (column: FacetColumn, counts: Int32Array, i: number) => {
    const { codes, start } = column;
    for (let j = start[i]!, end = start[i + 1]!; j < end; j++) counts[codes[j]!]!++;
  };
  for (let i = 0; i < base.length; i++) {
    // Date and search are not facets with counts: an event failing them counts nowhere.
    if (!base[i]) continue;
    const kindOk = !kindSel || hasAny(kinds, i, kindSel);
    const topicOk = !topicMask || hasAny(topics, i, topicMask);
    const countryOk = !countryMask || hasAny(countries, i, countryMask);
    const peopleOk = !peopleMask || hasAny(people, i, peopleMask);
    // With no failure the event counts in every facet; with one, only in the facet it fails.
    if (Number(!kindOk) + Number(!topicOk) + Number(!countryOk) + Number(!peopleOk) > 1) continue;
    if (kindOk && topicOk && countryOk) bump(people, tally.people, i);
    if (kindOk && topicOk && peopleOk) bump(countries, tally.countries, i);
    if (kindOk && countryOk && peopleOk) bump(topics, tally.topics, i);
    if (topicOk && countryOk && peopleOk) bump(kinds, tally.kinds, i);
  }
  const toMap = (column: FacetColumn, counts: Int32Array) => {
    const map = new Map<string, number>();
    counts.forEach((n, c) => {
      if (n > 0) map.set(column.options[c]!.id, n);
    });
    return map;
  };
  return {
    topics: toMap(topics, tally.topics),
    people: toMap(people, tally.people),
    kinds: toMap(kinds, tally.kinds),
    countries: toMap(countries, tally.countries),
  };
}
