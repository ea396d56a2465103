import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/schema';
import { aggregateEvents, BUCKET_MIN, detailLevel } from './aggregate';

function event(id: string, start: string, kind: TimelineEvent['kind'] = 'meeting'): TimelineEvent {
  return {
    id,
    title: id,
    kind,
    start,
    countries: [],
    participants: [],
    topics: [],
    summary: '',
    sources: [{ articleId: 'a' }],
  };
}

const DAY = 86_400_000;
const many = (n: number, start: string) =>
  Array.from({ length: n }, (_, i) => event(`e${start}-${i}`, start));

describe('detailLevel', () => {
  it('aggregates by year far out, by month in between, not at all close up', () => {
    expect(detailLevel(30 * 365 * DAY)).toBe('year');
    expect(detailLevel(2 * 365 * DAY)).toBe('month');
    expect(detailLevel(60 * DAY)).toBe('event');
  });
});

describe('aggregateEvents', () => {
  it('never aggregates a few events (the real dataset stays as it is)', () => {
    const events = [
      event('a', '2024-03-25'),
      event('b', '2024-03-26'),
      event('c', '2024-04-01', 'milestone'),
    ];
    expect(aggregateEvents(events, 'year').every((e) => e.type === 'event')).toBe(true);
  });

  it('turns a crowded lane-year into one bucket and leaves sparse ones alone', () => {
    const events = [...many(BUCKET_MIN + 3, '2023-05-01'), event('lonely', '2010-01-01')];
    const entries = aggregateEvents(events, 'year');
    const buckets = entries.filter((e) => e.type === 'bucket');
    expect(buckets).toHaveLength(1);
    expect(buckets[0]?.type === 'bucket' && buckets[0].bucket).toMatchObject({
      id: 'bucket:ministers:2023',
      period: '2023',
    });
    expect(entries.some((e) => e.type === 'event' && e.event.id === 'lonely')).toBe(true);
  });

  it('keeps the selected event out of its bucket', () => {
    const events = many(BUCKET_MIN + 3, '2023-05-01');
    const entries = aggregateEvents(events, 'month', new Set([events[0]!.id]));
    expect(entries[0]).toEqual({ type: 'event', event: events[0] });
    const bucket = entries.find((e) => e.type === 'bucket');
    expect(bucket?.type === 'bucket' && bucket.bucket.events).toHaveLength(BUCKET_MIN + 2);
  });

  it('shows every event when zoomed in', () => {
    expect(aggregateEvents(many(50, '2023-05-01'), 'event')).toHaveLength(50);
  });

  it('buckets the same events by year and by month, whichever level is asked first', () => {
    const events = [
      ...many(BUCKET_MIN + 1, '2021-02-03'),
      ...many(BUCKET_MIN + 1, '2021-07'),
      ...many(BUCKET_MIN + 1, '2021'),
    ];
    const periods = (level: 'year' | 'month') =>
      aggregateEvents(events, level).map((e) =>
        e.type === 'bucket' ? `${e.bucket.period}×${e.bucket.events.length}` : e.event.id,
      );
    // A year-only date sits in January at the month level.
    expect(periods('month')).toEqual(['2021-02×6', '2021-07×6', '2021-01×6']);
    expect(periods('year')).toEqual([`2021×${3 * (BUCKET_MIN + 1)}`]);
    // A filtered subset counts only its own events.
    expect(aggregateEvents(events.slice(0, BUCKET_MIN + 1), 'year').map((e) => e.type)).toEqual([
      'bucket',
    ]);
  });
});
