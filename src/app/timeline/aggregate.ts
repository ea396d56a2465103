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

// Every (lane, period) pair gets a small dense number, the first time an event of it is seen; each
// event's pair at the year and the month level is worked out once and kept, so a filter change or a
// zoom is one counting pass over numbers (no date digits, no lane lookup per event).
const slotOfKey = new Map<number, number>();
const slotPeriods: { lane: LaneId; period: string }[] = [];
const eventSlots = new WeakMap<TimelineEvent, Int32Array>();

function slotFor(key: number, lane: LaneId, period: string): number {
  let slot = slotOfKey.get(key);
  if (slot === undefined) {
    slot = slotPeriods.length;
    slotOfKey.set(key, slot);
    slotPeriods.push({ lane, period });
  }
  return slot;
}

/** The event's (lane, year) and (lane, month) slots: [year, month]. */
function slotsOf(event: TimelineEvent): Int32Array {
  let slots = eventSlots.get(event);
  if (!slots) {
    const lane = laneOf(event);
    const start = event.start;
    const year = digits(start, 0, 4);
    const month = start.length >= 7 ? digits(start, 5, 2) : 1;
    const yearKey = (LANES.indexOf(lane) * 10_000 + year) * 13;
    const day = firstDay(start);
    slots = new Int32Array([
      slotFor(yearKey, lane, day.slice(0, 4)),
      slotFor(yearKey + month, lane, day.slice(0, 7)),
    ]);
    eventSlots.set(event, slots);
  }
  return slots;
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
  const which = level === 'year' ? 0 : 1;
  // Indexed by slot, in the order each group is first met (the entries' order, as before).
  const bySlot: (TimelineEvent[] | undefined)[] = [];
  const order: number[] = [];
  const checkKeep = keep.size > 0;
  for (const event of events) {
    if (checkKeep && keep.has(event.id)) continue;
    const slot = slotsOf(event)[which] as number;
    const members = bySlot[slot];
    if (members) members.push(event);
    else {
      bySlot[slot] = [event];
      order.push(slot);
    }
  }
  const entries: TimelineEntry[] = [];
  if (checkKeep)
    for (const event of events) if (keep.has(event.id)) entries.push({ type: 'event', event });
  for (const slot of order) {
    const members = bySlot[slot] as TimelineEvent[];
    if (members.length > BUCKET_MIN) {
      const { lane, period } = slotPeriods[slot] as { lane: LaneId; period: string };
      entries.push({
        type: 'bucket',
        bucket: { id: bucketId(lane, period), lane, period, events: members },
      });
    } else for (const event of members) entries.push({ type: 'event', event });
  }
  return entries;
}
