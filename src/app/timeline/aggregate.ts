/**
 * Level of detail for big datasets (vis-timeline draws every item in the window as DOM: issues #342,
 * #379). Zoomed out, events of one lane and one year (or month) become a single "N events" bar once
 * there are more than a few of them; zoomed in, every event is its own item. Small datasets, or
 * sparse periods, never aggregate. Pure: the view decides the level, this decides the items.
 */
import { firstDay } from '../../shared/dates';
import type { TimelineEvent } from '../../shared/schema';
import { LANES, laneOf, type LaneId } from './lanes';

export type DetailLevel = 'year' | 'month' | 'event';

export interface EventBucket {
  id: string;
  lane: LaneId;
  /** "2023" or "2023-09". */
  period: string;
  events: TimelineEvent[];
}

export type TimelineEntry =
  { type: 'event'; event: TimelineEvent } | { type: 'bucket'; bucket: EventBucket };

/** More events than this in one lane and period become a bucket. */
export const BUCKET_MIN = 5;

const DAY = 86_400_000;

/** The level of detail for a visible window: years beyond ~6 years, months beyond ~9 months, else events. */
export function detailLevel(windowMs: number): DetailLevel {
  if (windowMs > 6 * 365 * DAY) return 'year';
  if (windowMs > 270 * DAY) return 'month';
  return 'event';
}

/** The number written with `count` digits of `text` from `at` ("2023-09", 5, 2 → 9). */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** A bucket's id, URL-safe and distinct from event ids (which start with a digit and hold no colon). */
export function bucketId(lane: LaneId, period: string): string {
  return `bucket:${lane}:${period}`;
}

/**
 * Groups the events by lane and period at `level`; groups larger than `BUCKET_MIN` become buckets.
 * Events in `keep` (the selected one, the keyboard cursor) always stay individual.
 */
export function aggregateEvents(
  events: readonly TimelineEvent[],
  level: DetailLevel,
  keep: ReadonlySet<string> = new Set(),
): TimelineEntry[] {
  if (level === 'event' || events.length <= BUCKET_MIN)
    return events.map((event) => ({ type: 'event', event }));
  // Keyed by number (lane, year, month), so the 10,000-event loop builds no strings: ids and
  // periods are made once per bucket.
  const groups = new Map<number, EventBucket>();
  for (const event of events) {
    if (keep.has(event.id)) continue;
    const lane = laneOf(event);
    const start = event.start;
    const year = digits(start, 0, 4);
    const month =
      level === 'month' && start.length >= 7 ? digits(start, 5, 2) : level === 'month' ? 1 : 0;
    const key = (LANES.indexOf(lane) * 10_000 + year) * 13 + month;
    let bucket = groups.get(key);
    if (!bucket) {
      const period = firstDay(start).slice(0, level === 'year' ? 4 : 7);
      bucket = { id: bucketId(lane, period), lane, period, events: [] };
      groups.set(key, bucket);
    }
    bucket.events.push(event);
  }
  const entries: TimelineEntry[] = [];
  for (const event of events) if (keep.has(event.id)) entries.push({ type: 'event', event });
  for (const bucket of groups.values()) {
    if (bucket.events.length > BUCKET_MIN) entries.push({ type: 'bucket', bucket });
    else for (const event of bucket.events) entries.push({ type: 'event', event });
  }
  return entries;
}
