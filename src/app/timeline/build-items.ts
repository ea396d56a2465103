/** Pure translation of dataset events into vis-timeline items and groups (no DOM, no vis import). */
import { firstDay, firstDayNumber, lastDay, lastDayNumber } from '../../shared/dates';
import type { PartialDate, TimelineEvent } from '../../shared/schema';
import { KIND_LABELS, type UiLang } from '../i18n/messages';
import { formatDate, formatDateRange } from '../i18n/format-date';
import type { EventBucket, TimelineEntry } from './aggregate';
import { LANES, LANE_LABELS, LANE_SHORT_LABELS, laneOf, type LaneId } from './lanes';

/** The item shape handed to vis-timeline's DataSet. `content` and `title` are HTML-escaped text. */
export interface TimelineItem {
  id: string;
  group: LaneId;
  content: string;
  title: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range' | 'point';
  /** Boxes start at their day ("left"), like ranges, so the bar's coloured edge marks the date. */
  align?: 'left';
  className: string;
}

export interface TimelineGroup {
  id: LaneId;
  content: string;
  order: number;
  className: string;
  /** The full label, plain text: the label's tooltip when the short one is shown. */
  title: string;
}

/**
 * Escapes text for vis-timeline, which writes item strings with innerHTML (after its XSS filter):
 * escaping makes a title like "A <b>B</b>" show as those characters, never as markup.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Local midnight of a calendar day: "2024-03-25" → 25 March 00:00 in the viewer's zone, so it shows on the 25th everywhere. */
export function localDay(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The calendar day (YYYY-MM-DD) a local Date falls on. */
export function toIsoDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Local midnight of the day after: the exclusive end of a range that covers its last day whole. */
export function dayAfter(isoDay: string): Date {
  const date = localDay(isoDay);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
}

function isFullDay(date: PartialDate): boolean {
  return date.length === 10;
}

/** The vis item for one event: single days are boxes; ranges and month/year-precision dates are ranges. */
export function buildItem(event: TimelineEvent, lang: UiLang, selected = false): TimelineItem {
  const single = isFullDay(event.start) && (!event.end || event.end === event.start);
  const classes = [`event-${event.kind}`];
  if (!isFullDay(event.start) || (event.end !== undefined && !isFullDay(event.end)))
    classes.push('event-imprecise');
  if (selected) classes.push('is-selected');
  const when = formatDateRange(event.start, event.end, lang);
  const tooltip = `${event.title}\n${when} · ${KIND_LABELS[lang][event.kind]}${event.location ? ` · ${event.location}` : ''}`;
  const base = {
    id: event.id,
    group: laneOf(event),
    content: escapeHtml(event.title),
    title: escapeHtml(tooltip),
    className: classes.join(' '),
    start: localDay(firstDay(event.start)),
  };
  if (single) return { ...base, type: 'box', align: 'left' };
  return { ...base, type: 'range', end: dayAfter(lastDay(event.end ?? event.start)) };
}

/** All items for the (filtered) events, in their order. */
export function buildItems(
  events: readonly TimelineEvent[],
  lang: UiLang,
  selectedId?: string,
): TimelineItem[] {
  return events.map((event) => buildItem(event, lang, event.id === selectedId));
}

/** The lanes, labelled in the UI language (short labels on narrow screens), in reading order. */
export function buildGroups(lang: UiLang, short = false): TimelineGroup[] {
  return LANES.map((id, order) => ({
    id,
    content: escapeHtml((short ? LANE_SHORT_LABELS : LANE_LABELS)[lang][id]),
    order,
    className: `lane-${id}`,
    // vis sets a group's title as a DOM property (plain text), unlike its content.
    title: LANE_LABELS[lang][id],
  }));
}

export interface EventSpan {
  /** The first and last calendar day covered ("YYYY-MM-DD"). */
  first: string;
  last: string;
  /** The latest first day of an event: where the last title starts. */
  lastStart: string;
}

const spans = new WeakMap<readonly TimelineEvent[], EventSpan | undefined>();

/**
 * The first and last calendar day of a set of events, or undefined when there is none. Remembered
 * per array (event lists are never mutated here): the header, the timeline and its fit all ask
 * for the span of the same 10,000 events.
 */
export function eventSpan(events: readonly TimelineEvent[]): EventSpan | undefined {
  if (spans.has(events)) return spans.get(events);
  // Compared as day numbers, and the strings built for the three winners only.
  let first: TimelineEvent | undefined;
  let lastStart: TimelineEvent | undefined;
  let last: TimelineEvent | undefined;
  let firstN = Infinity;
  let lastStartN = -Infinity;
  let lastN = -Infinity;
  for (const event of events) {
    const a = firstDayNumber(event.start);
    const b = lastDayNumber(event.end ?? event.start);
    if (a < firstN) {
      firstN = a;
      first = event;
    }
    if (a > lastStartN) {
      lastStartN = a;
      lastStart = event;
    }
    if (b > lastN) {
      lastN = b;
      last = event;
    }
  }
  const span =
    first && last && lastStart
      ? {
          first: firstDay(first.start),
          last: lastDay(last.end ?? last.start),
          lastStart: firstDay(lastStart.start),
        }
      : undefined;
  spans.set(events, span);
  return span;
}

const BUCKET_TEXT = {
  vi: { label: (n: number) => `${n} sự kiện`, hint: 'Nhấn để phóng to' },
  en: { label: (n: number) => `${n} events`, hint: 'Click to zoom in' },
};

/** A bar standing for a crowded lane-period ("12 sự kiện"), spanning the period; clicking it zooms in. */
export function buildBucketItem(bucket: EventBucket, lang: UiLang): TimelineItem {
  const t = BUCKET_TEXT[lang];
  const titles = bucket.events.slice(0, 5).map((e) => `• ${e.title}`);
  if (bucket.events.length > 5) titles.push('…');
  const tooltip = [
    `${t.label(bucket.events.length)} · ${formatDate(bucket.period, lang)}`,
    ...titles,
    t.hint,
  ].join('\n');
  return {
    // A stable id: a changed count is an update of the same bar, whose redraw withBatchedRedraw
    // (batched-item-add.ts) batches with the others', so its DOM is reused, not rebuilt.
    id: bucket.id,
    group: bucket.lane,
    content: escapeHtml(t.label(bucket.events.length)),
    title: escapeHtml(tooltip),
    start: localDay(firstDay(bucket.period)),
    end: dayAfter(lastDay(bucket.period)),
    type: 'range',
    className: `event-bucket lane-${bucket.lane}`,
  };
}

/** The vis items for aggregated entries: events as themselves, buckets as "N events" bars. */
export function buildEntryItems(
  entries: readonly TimelineEntry[],
  lang: UiLang,
  selectedId?: string,
): TimelineItem[] {
  return entries.map((entry) =>
    entry.type === 'event'
      ? buildItem(entry.event, lang, entry.event.id === selectedId)
      : buildBucketItem(entry.bucket, lang),
  );
}
