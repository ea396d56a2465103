import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/schema';
import {
  buildBucketItem,
  buildGroups,
  buildItem,
  escapeHtml,
  eventSpan,
  localDay,
  toIsoDay,
} from './build-items';
import { isLeaderTitle, laneOf } from './lanes';

function event(patch: Partial<TimelineEvent>): TimelineEvent {
  return {
    id: '2024-03-25-doi-thoai',
    title: 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam - Hoa Kỳ',
    kind: 'dialogue',
    start: '2024-03-25',
    countries: ['VN', 'US'],
    participants: [
      { name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao', country: 'VN' },
      { name: 'Antony Blinken', title: 'Ngoại trưởng', country: 'US' },
    ],
    topics: ['politics'],
    summary: 'Hai bên đồng chủ trì đối thoại.',
    sources: [{ articleId: 'a1' }],
    ...patch,
  };
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('buildItem dates', () => {
  it.each(['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'UTC', 'Pacific/Kiritimati'])(
    'puts 25 March on 25 March in %s',
    (zone) => {
      process.env.TZ = zone;
      const item = buildItem(event({}), 'vi');
      expect(item.type).toBe('box');
      expect(item.start.getFullYear()).toBe(2024);
      expect(item.start.getMonth()).toBe(2);
      expect(item.start.getDate()).toBe(25);
      expect(item.start.getHours()).toBe(0);
    },
  );

  it('makes a range cover its last day whole', () => {
    const item = buildItem(event({ start: '2023-06-28', end: '2023-07-02' }), 'vi');
    expect(item.type).toBe('range');
    expect(toIsoDay(item.start)).toBe('2023-06-28');
    expect(toIsoDay(item.end!)).toBe('2023-07-03');
  });

  it('spreads a month-precision date over its month and marks it imprecise', () => {
    const item = buildItem(event({ start: '2023-09' }), 'vi');
    expect(item.type).toBe('range');
    expect(toIsoDay(item.start)).toBe('2023-09-01');
    expect(toIsoDay(item.end!)).toBe('2023-10-01');
    expect(item.className).toContain('event-imprecise');
  });
});

describe('buildItem text and classes', () => {
  it('escapes markup in titles so it shows as text', () => {
    const item = buildItem(event({ title: 'Hội đàm <img src=x onerror=alert(1)>' }), 'vi');
    expect(item.content).toBe('Hội đàm &lt;img src=x onerror=alert(1)&gt;');
    expect(item.title).not.toContain('<img');
  });

  it('names the kind in the class and marks the selected event', () => {
    expect(buildItem(event({ kind: 'call' }), 'vi').className).toBe('event-call');
    expect(buildItem(event({}), 'vi', true).className).toBe('event-dialogue is-selected');
  });

  it('puts the date and kind in the tooltip', () => {
    expect(buildItem(event({}), 'vi').title).toContain('25 tháng 3, 2024 · Đối thoại');
    expect(buildItem(event({}), 'en').title).toContain('25 March 2024 · Dialogue');
  });
});

describe('lanes', () => {
  it('keeps milestones in their own lane', () => {
    expect(laneOf(event({ kind: 'milestone' }))).toBe('milestones');
  });
  it('puts talks between heads of state in the leaders lane, ministers elsewhere', () => {
    const summit = event({
      kind: 'talks',
      participants: [{ name: 'Joe Biden', title: 'Tổng thống', country: 'US' }],
    });
    expect(laneOf(summit)).toBe('leaders');
    expect(laneOf(event({}))).toBe('ministers');
  });
  it('puts any event with a head of state or party in the leaders lane, whatever its kind', () => {
    const jointStatement = event({
      kind: 'statement',
      participants: [
        { name: 'Nguyễn Phú Trọng', title: 'Tổng Bí thư', country: 'VN' },
        { name: 'Joe Biden', title: 'Tổng thống', country: 'US' },
      ],
    });
    expect(laneOf(jointStatement)).toBe('leaders');
    const deputyMeeting = event({
      kind: 'meeting',
      participants: [{ name: 'Lê Minh Khái', title: 'Phó Thủ tướng', country: 'VN' }],
    });
    expect(laneOf(deputyMeeting)).toBe('ministers');
    expect(laneOf(event({ kind: 'statement' }))).toBe('calls');
  });
  it('does not count a deputy as a leader', () => {
    expect(isLeaderTitle('Phó Thủ tướng')).toBe(false);
    expect(isLeaderTitle('Thủ tướng')).toBe(true);
    expect(isLeaderTitle('Vice President')).toBe(false);
  });
  it('groups calls and letters together', () => {
    expect(laneOf(event({ kind: 'call' }))).toBe('calls');
    expect(laneOf(event({ kind: 'letter' }))).toBe('calls');
    expect(laneOf(event({ kind: 'signing' }))).toBe('other');
  });
  it('labels lanes in the UI language, milestones first', () => {
    expect(buildGroups('vi')[0]).toMatchObject({
      id: 'milestones',
      content: 'Mốc quan hệ',
      order: 0,
    });
    expect(buildGroups('en')[1]?.content).toBe('Leaders');
  });
});

describe('helpers', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
  it('round-trips a calendar day through local midnight', () => {
    expect(toIsoDay(localDay('1995-07-12'))).toBe('1995-07-12');
  });
  it('finds the span of events, partial dates included', () => {
    const span = eventSpan([
      event({ start: '1995' }),
      event({ start: '2024-03-25', end: '2024-04' }),
    ]);
    expect(span).toEqual({ first: '1995-01-01', last: '2024-04-30', lastStart: '2024-03-25' });
  });
});

describe('buildBucketItem', () => {
  it('spans its period and says how many events it holds', () => {
    const events = [event({ id: 'a' }), event({ id: 'b', title: 'Hội đàm <b>x</b>' })];
    const item = buildBucketItem(
      { id: 'bucket:ministers:2023-09', lane: 'ministers', period: '2023-09', events },
      'vi',
    );
    expect(item).toMatchObject({
      id: 'bucket:ministers:2023-09',
      group: 'ministers',
      content: '2 sự kiện',
      type: 'range',
    });
    expect(toIsoDay(item.start)).toBe('2023-09-01');
    expect(toIsoDay(item.end!)).toBe('2023-10-01');
    expect(item.title).toContain('tháng 9, 2023');
    expect(item.title).toContain('Hội đàm &lt;b&gt;x&lt;/b&gt;');
    expect(item.className).toContain('event-bucket');
  });
});
