/** Choosing the events a reader of one event may want next: neighbours in the filter, and related ones. */
import { dayNumber, firstDay } from '../../shared/dates';
import type { TimelineEvent } from '../../shared/schema';
import { slugify } from '../../shared/text';

/** The previous and next event in the (chronological) filtered list, when the event is in it. */
export function neighbours(
  events: readonly TimelineEvent[],
  id: string,
): { previous?: TimelineEvent | undefined; next?: TimelineEvent | undefined } {
  const index = events.findIndex((e) => e.id === id);
  if (index === -1) return {};
  return { previous: events[index - 1], next: events[index + 1] };
}

/**
 * Up to `limit` events sharing participants or topics with `event`: a shared person counts twice a
 * shared topic; ties go to the nearest in time. Events sharing nothing are never "related".
 */
export function relatedEvents(
  event: TimelineEvent,
  all: readonly TimelineEvent[],
  limit = 5,
): TimelineEvent[] {
  const people = new Set(event.participants.map((p) => slugify(p.name)));
  const topics = new Set(event.topics);
  const day = dayNumber(firstDay(event.start));
  const scored: { event: TimelineEvent; score: number; distance: number }[] = [];
  for (const other of all) {
    if (other.id === event.id) continue;
    let score = 0;
    for (const p of other.participants) if (people.has(slugify(p.name))) score += 2;
    for (const topic of other.topics) if (topics.has(topic)) score += 1;
    if (score === 0) continue;
    scored.push({
      event: other,
      score,
      distance: Math.abs(dayNumber(firstDay(other.start)) - day),
    });
  }
  scored.sort(
    (a, b) => b.score - a.score || a.distance - b.distance || a.event.id.localeCompare(b.event.id),
  );
  return scored.slice(0, limit).map((s) => s.event);
}
