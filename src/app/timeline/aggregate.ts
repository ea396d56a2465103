/**
 * Level of detail for big datasets (vis-timeline draws every item in the window as DOM: issues #342,
 * #379). Zoomed out, events of one lane and one year (or month) become a single "N events" bar once
 * there are more than a few of them; zoomed in, every event is its own item. Small datasets, or
 * sparse periods, never aggregate. Pure: the view decides the level, this decides the items.
 */
import { firstDay } from '../../shared/dates';
import type { TimelineEvent } from '../../shared/schema';
import { laneOf, type LaneId } from './lanes';

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
  const length = level === 'year' ? 4 : 7;
  const groups = new Map<string, EventBucket>();
  for (const event of events) {
    if (keep.has(event.id)) continue;
    const lane = laneOf(event);
    const period = firstDay(event.start).slice(0, length);
    const id = bucketId(lane, period);
    let bucket = groups.get(id);
    if (!bucket) {
      bucket = { id, lane, period, events: [] };
      groups.set(id, bucket);
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
