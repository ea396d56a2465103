import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../shared/schema';
import { attachUndated } from './attach-undated';
import { buildDataset } from './build-dataset';
import type { UndatedReport } from './types';

const event = (id: string, kind: TimelineEvent['kind'], names: string[]): TimelineEvent => ({
  id,
  title: id,
  kind,
  start: '2017-11-06',
  countries: ['VN', 'US'],
  participants: names.map((name) => ({
    name,
    country: /Kritenbrink|Trump/.test(name) ? 'US' : 'VN',
  })),
  topics: ['politics'],
  summary: '',
  sources: [{ articleId: 'dated' }],
});

const report = (kind: UndatedReport['kind'], names: [string, string][]): UndatedReport => ({
  articleId: 'undated',
  kind,
  participants: names.map(([name, country]) => ({ name, country })),
  evidence: 'Chủ tịch nước tiếp Đại sứ.',
});

describe('attachUndated', () => {
  const credentials = event('credentials', 'ceremony', ['Daniel Kritenbrink', 'Trần Đại Quang']);
  const visit = event('visit', 'visit', ['Donald Trump', 'Trần Đại Quang']);

  it('without a day, does not join a meeting whose counterpart the report does not name', () => {
    const { events } = attachUndated([visit], [[report('visit', [['Trần Đại Quang', 'VN']])]]);
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['dated']);
  });

  it('joins the one event with the same act and people, as a source', () => {
    const { events, attachments } = attachUndated(
      [credentials, visit],
      [
        [
          report('ceremony', [
            ['Daniel J. Kritenbrink', 'US'],
            ['Trần Đại Quang', 'VN'],
          ]),
        ],
      ],
    );
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['dated', 'undated']);
    expect(events[1]!.sources).toHaveLength(1);
    expect(attachments[0]!.eventId).toBe('credentials');
  });

  it('joins each of the receptions a report of "tiếp A và B" tells, when another source dates them apart', () => {
    const withBurns = event('burns', 'meeting', ['Nguyễn Tấn Dũng', 'William Burns']);
    withBurns.participants[1]!.country = 'US';
    const withOyun = event('oyun', 'meeting', ['Nguyễn Tấn Dũng', 'Tsagaandari Enkhutuvshin']);
    withOyun.participants[1]!.country = 'MN';
    const both = {
      ...report('meeting', [
        ['Nguyễn Tấn Dũng', 'VN'],
        ['Willam Burns', 'US'],
        ['Tsagaandari Enkhutuvshin', 'MN'],
      ]),
      days: ['2017-11-06'],
    };
    const { events, attachments } = attachUndated([withBurns, withOyun], [[both]]);
    expect(events.map((e) => e.sources.map((s) => s.articleId))).toEqual([
      ['dated', 'undated'],
      ['dated', 'undated'],
    ]);
    expect(attachments.map((a) => a.eventId)).toEqual(['burns', 'oyun']);
    // Two events with the same guest are no such pair: the report joins neither.
    const again = event('burns-2', 'meeting', ['Nguyễn Tấn Dũng', 'William Burns']);
    again.participants[1]!.country = 'US';
    const none = attachUndated([withBurns, again], [[both]]);
    expect(none.attachments.map((a) => a.eventId)).toEqual([undefined]);
  });

  it('gives the event the place the report names when it has none', () => {
    const joining = {
      ...report('ceremony', [
        ['Daniel Kritenbrink', 'US'],
        ['Trần Đại Quang', 'VN'],
      ]),
      location: 'Hà Nội',
    };
    const { events } = attachUndated([credentials, visit], [[joining]]);
    expect(events[0]!.location).toBe('Hà Nội');
    const placed = { ...credentials, location: 'Đà Nẵng' };
    expect(attachUndated([placed], [[joining]]).events[0]!.location).toBe('Đà Nẵng');
    // A phone call has no place, whatever a report joining it says.
    const call = event('call', 'call', ['Daniel Kritenbrink', 'Trần Đại Quang']);
    const calling = { ...joining, kind: 'call' as const };
    const joined = attachUndated([call], [[calling]]).events[0]!;
    expect(joined.sources.map((s) => s.articleId)).toEqual(['dated', 'undated']);
    expect(joined.location).toBeUndefined();
  });

  it('tries the next report when the first fits nothing, and never picks between two events', () => {
    const first = report('visit', [['Daniel Kritenbrink', 'US']]);
    const second = report('ceremony', [['Daniel Kritenbrink', 'US']]);
    expect(attachUndated([credentials], [[first, second]]).attachments[0]!.eventId).toBe(
      'credentials',
    );
    const twice = attachUndated([credentials, { ...credentials, id: 'another' }], [[second]])
      .attachments[0]!;
    expect(twice.eventId).toBeUndefined();
    expect(twice.note).toMatch(/2 events with the same act and people/);
  });

  it('joins a report whose year is unknown only to an event on one of its days', () => {
    const onDay = { ...report('ceremony', [['Daniel Kritenbrink', 'US']]) };
    const days = (list: string[]) => ({ ...onDay, days: list });
    expect(
      attachUndated([credentials], [[days(['2016-11-06', '2017-11-06'])]]).attachments[0]!.eventId,
    ).toBe('credentials');
    const elsewhere = attachUndated([credentials], [[days(['2016-11-07', '2017-11-07'])]])
      .attachments[0]!;
    expect(elsewhere.eventId).toBeUndefined();
    expect(elsewhere.note).toMatch(/no known year/);
  });

  it('on a known day, takes a guest with the same family name despite a typo in the given name', () => {
    const typo = { ...report('ceremony', [['Danniel Kritenbrink', 'US']]), days: ['2017-11-06'] };
    expect(attachUndated([credentials], [[typo]]).attachments[0]!.eventId).toBe('credentials');
    const other = { ...report('ceremony', [['Daniel Smith', 'US']]), days: ['2017-11-06'] };
    expect(attachUndated([credentials], [[other]]).attachments[0]!.eventId).toBeUndefined();
  });

  it('with its day known, joins no event spanning months (no single occasion)', () => {
    const season = { ...credentials, end: '2018-02-28' };
    const onADay = { ...report('ceremony', [['Daniel Kritenbrink', 'US']]), days: ['2017-12-01'] };
    expect(attachUndated([season], [[onADay]]).attachments[0]!.eventId).toBeUndefined();
    const week = { ...credentials, end: '2017-11-12' };
    const inTheWeek = { ...onADay, days: ['2017-11-08'] };
    expect(attachUndated([week], [[inTheWeek]]).attachments[0]!.eventId).toBe('credentials');
  });

  it('with its day known, takes a ceremony and a meeting of the same people for one occasion', () => {
    const meeting = event('meeting', 'meeting', ['Daniel Kritenbrink', 'Nguyễn Văn Thể']);
    const handOver = {
      ...report('ceremony', [['Daniel Kritenbrink', 'US']]),
      days: ['2017-11-06'],
    };
    expect(attachUndated([meeting], [[handOver]]).attachments[0]!.eventId).toBe('meeting');
    const undatedHandOver = report('ceremony', [['Daniel Kritenbrink', 'US']]);
    expect(attachUndated([meeting], [[undatedHandOver]]).attachments[0]!.eventId).toBeUndefined();
  });

  it('with its day known, lets a report or an event that names nobody fit, but not other people', () => {
    const nobody = { ...credentials, participants: [] };
    const shipVisit = { ...report('ceremony', [['Thomas Shultz', 'US']]), days: ['2017-11-06'] };
    expect(attachUndated([nobody], [[shipVisit]]).attachments[0]!.eventId).toBe('credentials');
    expect(attachUndated([credentials], [[shipVisit]]).attachments[0]!.eventId).toBeUndefined();
  });
});

describe('buildDataset with an undated report of a dated meeting', () => {
  it('cites the undated article as a second source of the event', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const { dataset, report: lines } = buildDataset([
      {
        file: 'a.txt',
        bytes: encode(
          'Đại sứ Mỹ trình Quốc thư\n\nNgày 6/11/2017, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink đến trình Quốc thư.\n',
        ),
      },
      {
        file: 'b.txt',
        bytes: encode(
          'Chủ tịch nước Trần Đại Quang tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink đến trình Quốc thư\n\nChủ tịch nước chúc mừng Đại sứ nhận nhiệm vụ mới.\n',
        ),
      },
    ]);
    const news = dataset.events.filter((e) => e.kind !== 'milestone');
    expect(news.map((e) => [e.start, e.sources.length])).toEqual([['2017-11-06', 2]]);
    expect(lines.find((l) => l.file === 'b.txt')?.warnings.join(' ')).toMatch(/no date of its own/);
  });

  it('cites an article that tells the day but not the year, when another article dates that day', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const { dataset, report: lines } = buildDataset([
      {
        file: 'a.txt',
        bytes: encode(
          'Phó Thủ tướng tiếp Đại sứ Hoa Kỳ\n\nNgày 6/11/2017, tại Hà Nội, Phó Thủ tướng Vương Đình Huệ tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink.\n',
        ),
      },
      {
        // Kritenbrink's term alone allows 2018 to 2021 too.
        file: 'b.txt',
        bytes: encode(
          'Phó Thủ tướng tiếp Đại sứ Hoa Kỳ\n\nChiều 6/11, tại Hà Nội, Phó Thủ tướng Vương Đình Huệ tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink.\n',
        ),
      },
      {
        file: 'c.txt',
        bytes: encode(
          'Đại sứ Hoa Kỳ thăm Đà Nẵng\n\nChiều 7/11, tại Đà Nẵng, lãnh đạo thành phố tiếp Đại sứ Hoa Kỳ Daniel Kritenbrink.\n',
        ),
      },
    ]);
    const news = dataset.events.filter((e) => e.kind !== 'milestone');
    expect(news.map((e) => [e.start, e.sources.map((s) => s.articleId)])).toEqual([
      ['2017-11-06', ['a', 'b']],
    ]);
    expect(lines.find((l) => l.file === 'b.txt')?.warnings.join(' ')).toMatch(
      /several years fit.*joins 2017-11-06/,
    );
    expect(lines.find((l) => l.file === 'c.txt')?.warnings.join(' ')).toMatch(
      /no known year and no dated event/,
    );
  });
});
