import { describe, expect, it } from 'vitest';
import { findNearDuplicates, mergeCandidates, samePerson } from './merge';
import type { CandidateEvent, ParsedArticle } from './types';

function article(id: string, text: string): ParsedArticle {
  return {
    id,
    file: `${id}.txt`,
    format: 'plain',
    title: id,
    paragraphs: [text],
    captions: [],
    sentences: [text],
    text,
  };
}

function candidate(
  overrides: Partial<CandidateEvent> & Pick<CandidateEvent, 'articleId'>,
): CandidateEvent {
  return {
    title: 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ',
    kind: 'dialogue',
    start: '2024-03-25',
    location: 'Washington',
    countries: ['VN', 'US'],
    participants: [
      { name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao', country: 'VN' },
      { name: 'Antony Blinken', title: 'Ngoại trưởng', country: 'US' },
    ],
    topics: ['politics'],
    summary:
      'Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Antony Blinken ngày 25/3 đồng chủ trì Đối thoại.',
    evidence:
      'Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Antony Blinken ngày 25/3 đồng chủ trì Đối thoại.',
    ...overrides,
  };
}

const NORMALISATION = (articleId: string, evidence: string): CandidateEvent =>
  candidate({
    articleId,
    title: 'Việt Nam và Hoa Kỳ bình thường hóa quan hệ ngoại giao',
    kind: 'milestone',
    start: '1995',
    location: undefined,
    participants: [],
    summary: evidence,
    evidence,
  });

describe('mergeCandidates', () => {
  it('merges reports of one occasion a whole year apart, keeping the later year', () => {
    const events = mergeCandidates(
      [
        candidate({ articleId: 'a', start: '2018-02-15' }),
        candidate({ articleId: 'b', start: '2019-02-15' }),
      ],
      [
        article('a', 'Chiều 15-2, hai bộ trưởng đối thoại.'),
        article('b', 'Chiều 15/2, đối thoại.'),
      ],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: '2019-02-15' });
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
  });

  it('keeps the same day in different years apart without two shared people, or far apart', () => {
    const one = (articleId: string, start: string, people = 2) =>
      candidate({
        articleId,
        start,
        participants: candidate({ articleId }).participants.slice(0, people),
      });
    const texts = [article('a', 'a'), article('b', 'b')];
    expect(
      mergeCandidates([one('a', '2018-02-15', 1), one('b', '2019-02-15', 1)], texts),
    ).toHaveLength(2);
    expect(mergeCandidates([one('a', '2010-02-15'), one('b', '2019-02-15')], texts)).toHaveLength(
      2,
    );
    expect(mergeCandidates([one('a', '2018-02-15'), one('b', '2019-02-16')], texts)).toHaveLength(
      2,
    );
  });

  it('merges one meeting reported by two articles into one event with both sources', () => {
    const events = mergeCandidates(
      [
        candidate({
          articleId: 'b-tin',
          title: 'Gặp Ngoại trưởng Blinken',
          kind: 'meeting',
          participants: [
            { name: 'Sơn', country: 'VN' },
            { name: 'Blinken', title: 'Ngoại trưởng', country: 'US' },
          ],
        }),
        candidate({
          articleId: 'a-bao',
          title: 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ lần thứ nhất',
        }),
      ],
      [],
    );
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.sources.map((s) => s.articleId)).toEqual(['a-bao', 'b-tin']);
    expect(event!.title).toBe('Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ lần thứ nhất');
    expect(event!.participants.map((p) => p.name)).toEqual(['Bùi Thanh Sơn', 'Antony Blinken']);
    expect(event!.id).toBe(
      '2024-03-25-doi-thoai-cap-bo-truong-ngoai-giao-viet-nam-hoa-ky-lan-thu-nhat',
    );
  });

  it('keeps two meetings on the same day with different people apart', () => {
    const events = mergeCandidates(
      [
        candidate({
          articleId: 'a',
          kind: 'meeting',
          title: 'Phó Thủ tướng tiếp Đại sứ Hoa Kỳ',
          start: '2024-01-31',
          participants: [
            { name: 'Lê Minh Khái', country: 'VN' },
            { name: 'Marc E. Knapper', country: 'US' },
          ],
        }),
        candidate({
          articleId: 'b',
          kind: 'meeting',
          title: 'Phó Thủ tướng tiếp Đại sứ Nhật Bản',
          start: '2024-01-31',
          countries: ['VN', 'JP'],
          participants: [
            { name: 'Trần Hồng Hà', country: 'VN' },
            { name: 'Yamada Takio', country: 'JP' },
          ],
        }),
      ],
      [],
    );
    expect(events).toHaveLength(2);
  });

  it('keeps a guest received by two different hosts on one day apart, whatever the kind', () => {
    const guest = { name: 'Marc Knapper', country: 'US' };
    const events = mergeCandidates(
      [
        candidate({
          articleId: 'a',
          kind: 'meeting',
          title: 'Bộ trưởng Lương Tam Quang tiếp Đại sứ Marc Knapper',
          start: '2026-01-13',
          participants: [{ name: 'Lương Tam Quang', country: 'VN' }, guest],
        }),
        candidate({
          articleId: 'b',
          kind: 'other',
          title: 'Bộ trưởng Lê Hoài Trung gặp Đại sứ Marc Knapper',
          start: '2026-01-13',
          participants: [{ name: 'Lê Hoài Trung', country: 'VN' }, guest],
        }),
      ],
      [],
    );
    expect(events).toHaveLength(2);
  });

  it('keeps one host meeting two different guests on one day apart', () => {
    const events = mergeCandidates(
      [
        candidate({
          articleId: 'a',
          kind: 'meeting',
          title: 'Bộ trưởng Sơn gặp Ngoại trưởng Blinken',
        }),
        candidate({
          articleId: 'b',
          kind: 'meeting',
          title: 'Bộ trưởng Sơn gặp Bộ trưởng Thương mại Raimondo',
          participants: [
            { name: 'Bùi Thanh Sơn', country: 'VN' },
            { name: 'Gina Raimondo', country: 'US' },
          ],
        }),
      ],
      [],
    );
    expect(events).toHaveLength(2);
  });

  it('keeps one host meeting two different guests in one year (the day untold) apart', () => {
    const meeting = (articleId: string, guest: string) =>
      candidate({
        articleId,
        kind: 'meeting',
        start: '2021',
        title: `Bộ trưởng Sơn tiếp ${guest}`,
        location: 'Hà Nội',
        participants: [
          { name: 'Bùi Thanh Sơn', country: 'VN' },
          { name: guest, country: 'US' },
        ],
      });
    const events = mergeCandidates([meeting('a', 'John Kerry'), meeting('b', 'Gina Raimondo')], []);
    expect(events).toHaveLength(2);
  });

  it('keeps acts of consecutive years apart, though the years touch at their edges', () => {
    const events = mergeCandidates(
      [
        candidate({ articleId: 'a', kind: 'meeting', start: '2020' }),
        candidate({ articleId: 'b', kind: 'visit', start: '2019' }),
      ],
      [],
    );
    expect(events.map((e) => e.start)).toEqual(['2019', '2020']);
  });

  it('merges a visit reported on its first and last days (5–9 March vs 9 March)', () => {
    const base = {
      kind: 'visit' as const,
      title: 'Tàu sân bay USS Carl Vinson thăm Đà Nẵng',
      location: 'Đà Nẵng',
      participants: [],
    };
    const events = mergeCandidates(
      [
        candidate({ ...base, articleId: 'a', start: '2018-03-05', end: '2018-03-09' }),
        candidate({
          ...base,
          articleId: 'b',
          start: '2018-03-09',
          title: 'Tàu sân bay Carl Vinson rời Đà Nẵng',
        }),
      ],
      [],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!).toMatchObject({ start: '2018-03-05', end: '2018-03-09' });
  });

  it('prefers a day-precise date over a month', () => {
    const events = mergeCandidates(
      [
        candidate({ articleId: 'a', start: '2024-03' }),
        candidate({ articleId: 'b', start: '2024-03-25' }),
      ],
      [],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.start).toBe('2024-03-25');
  });

  it('dates one meeting reported a day apart by the day most reports give, not a range', () => {
    const meeting = {
      kind: 'meeting' as const,
      title: 'Bộ trưởng Quốc phòng Việt Nam gặp Bộ trưởng Quốc phòng Mỹ',
    };
    const events = mergeCandidates(
      [
        candidate({ ...meeting, articleId: 'a', start: '2017-10-25' }),
        candidate({ ...meeting, articleId: 'b', start: '2017-10-24' }),
        candidate({ ...meeting, articleId: 'c', start: '2017-10-24' }),
      ],
      [],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.start).toBe('2017-10-24');
    expect(events[0]!.end).toBeUndefined();
  });

  it('merges a meeting and a ceremony of the same people on the same day, reported by two articles', () => {
    const people = [
      { name: 'Nguyễn Văn Thể', country: 'VN' },
      { name: 'Daniel J. Kritenbrink', country: 'US' },
    ];
    const events = mergeCandidates(
      [
        candidate({
          articleId: 'a',
          kind: 'meeting',
          start: '2019-02-15',
          title: 'Bộ trưởng Nguyễn Văn Thể tiếp Đại sứ Hoa Kỳ',
          location: undefined,
          participants: [people[0]!],
        }),
        candidate({
          articleId: 'b',
          kind: 'ceremony',
          start: '2019-02-15',
          title: 'Đại sứ Hoa Kỳ trao chứng nhận an toàn hàng không',
          location: undefined,
          participants: people,
        }),
        candidate({
          articleId: 'c',
          kind: 'statement',
          start: '2019-02-15',
          title: 'Đại sứ quán Hoa Kỳ ra thông cáo',
          location: undefined,
          participants: people,
        }),
      ],
      [],
    );
    expect(events.map((e) => e.sources.map((s) => s.articleId))).toEqual(
      expect.arrayContaining([['a', 'b'], ['c']]),
    );
  });

  it('never merges two events of one article', () => {
    const events = mergeCandidates(
      [
        candidate({ articleId: 'a', kind: 'meeting', title: 'Tiếp Ngoại trưởng Blinken' }),
        candidate({ articleId: 'a', kind: 'talks', title: 'Hội đàm với Ngoại trưởng Blinken' }),
      ],
      [],
    );
    expect(events).toHaveLength(2);
  });

  it('merges one article reporting one talks twice with a name in another order', () => {
    const talks = (name: string): CandidateEvent =>
      candidate({
        articleId: 'a',
        kind: 'talks',
        title: `Thủ tướng hội đàm với Thủ tướng Nhật Bản ${name}`,
        participants: [
          { name: 'Phạm Minh Chính', country: 'VN' },
          { name, country: 'JP' },
        ],
      });
    expect(mergeCandidates([talks('Kishida Fumio'), talks('Fumio Kishida')], [])).toHaveLength(1);
    const other = candidate({
      articleId: 'a',
      kind: 'talks',
      participants: [{ name: 'Phạm Minh Chính' }],
    });
    expect(mergeCandidates([talks('Kishida Fumio'), other], [])).toHaveLength(2);
  });

  it('states a milestone once, citing every article that mentions it', () => {
    const events = mergeCandidates(
      [
        NORMALISATION('b', 'Hai nước bình thường hóa quan hệ năm 1995.'),
        NORMALISATION('a', 'Kể từ khi bình thường hóa quan hệ năm 1995.'),
        candidate({
          ...NORMALISATION('c', 'Năm 2013, hai nước xác lập quan hệ Đối tác Toàn diện.'),
          start: '2013',
          title: 'Việt Nam và Hoa Kỳ xác lập quan hệ Đối tác Toàn diện',
        }),
      ],
      [],
    );
    expect(events).toHaveLength(2);
    const normalisation = events.find((e) => e.start === '1995');
    expect(normalisation!.sources).toEqual([
      { articleId: 'a', evidence: 'Kể từ khi bình thường hóa quan hệ năm 1995.' },
      { articleId: 'b', evidence: 'Hai nước bình thường hóa quan hệ năm 1995.' },
    ]);
    expect(normalisation!.kind).toBe('milestone');
  });

  it('keeps apart milestones of one year with different countries', () => {
    const upgrade = (articleId: string, partner: string, code: string): CandidateEvent => ({
      ...NORMALISATION(articleId, `Năm 2016, Việt Nam và ${partner} nâng cấp quan hệ.`),
      start: '2016',
      title: `Việt Nam – ${partner} nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện`,
      countries: ['VN', code],
    });
    const events = mergeCandidates(
      [upgrade('a', 'Ấn Độ', 'IN'), upgrade('a', 'Nga', 'RU'), upgrade('b', 'Ấn Độ', 'IN')],
      [],
    );
    expect(events.map((e) => [e.countries[1], e.sources.length])).toEqual(
      expect.arrayContaining([
        ['IN', 2],
        ['RU', 1],
      ]),
    );
    expect(events).toHaveLength(2);
  });

  it('keeps an event id when an unrelated article is added, whatever the input order', () => {
    const dialogue = candidate({ articleId: 'm-000' });
    const before = mergeCandidates([dialogue], []);
    const unrelated = candidate({
      articleId: 'a-000',
      kind: 'call',
      title: 'Điện đàm với Bộ trưởng Quốc phòng Nhật Bản',
      participants: [
        { name: 'Phan Văn Giang', country: 'VN' },
        { name: 'Kihara Minoru', country: 'JP' },
      ],
    });
    const after = mergeCandidates([unrelated, dialogue], []);
    const again = mergeCandidates([dialogue, unrelated], []);
    expect(after.map((e) => e.id)).toContain(before[0]!.id);
    expect(again.map((e) => e.id).sort()).toEqual(after.map((e) => e.id).sort());
  });

  it('numbers colliding ids by the events’ own sources, not by input order', () => {
    const one = candidate({
      articleId: 'b',
      kind: 'meeting',
      title: 'Gặp gỡ',
      participants: [
        { name: 'Bùi Thanh Sơn', country: 'VN' },
        { name: 'Antony Blinken', country: 'US' },
      ],
    });
    const two = candidate({
      articleId: 'a',
      kind: 'meeting',
      title: 'Gặp gỡ',
      participants: [
        { name: 'Lê Minh Khái', country: 'VN' },
        { name: 'Marc Knapper', country: 'US' },
      ],
    });
    const ids = (events: ReturnType<typeof mergeCandidates>): Record<string, string> =>
      Object.fromEntries(events.map((e) => [e.sources[0]!.articleId, e.id]));
    expect(ids(mergeCandidates([one, two], []))).toEqual({
      a: '2024-03-25-gap-go',
      b: '2024-03-25-gap-go-2',
    });
    expect(ids(mergeCandidates([two, one], []))).toEqual({
      a: '2024-03-25-gap-go',
      b: '2024-03-25-gap-go-2',
    });
  });

  it('keeps ids within 80 characters', () => {
    const [event] = mergeCandidates(
      [candidate({ articleId: 'a', title: 'Lễ ký kết '.repeat(20) })],
      [],
    );
    expect(event!.id.length).toBeLessThanOrEqual(80);
    // Cut between words: every word of the title is whole.
    expect(event!.id).toMatch(/^2024-03-25(-(le|ky|ket))+$/);
  });
});

describe('samePerson', () => {
  it('matches a short mention with the full name, and not across countries', () => {
    expect(samePerson({ name: 'Blinken' }, { name: 'Antony Blinken', country: 'US' })).toBe(true);
    expect(samePerson({ name: 'Marc Knapper' }, { name: 'Marc E. Knapper' })).toBe(true);
    expect(samePerson({ name: 'Bùi Thanh Sơn' }, { name: 'Bui Thanh Son' })).toBe(true);
    expect(samePerson({ name: 'Trần Văn Sơn' }, { name: 'Bùi Thanh Sơn' })).toBe(false);
    expect(samePerson({ name: 'Sơn', country: 'VN' }, { name: 'Sơn', country: 'US' })).toBe(false);
    expect(samePerson({ name: 'Kishida Fumio' }, { name: 'Fumio Kishida' })).toBe(true);
    expect(samePerson({ name: 'Kishida Fumio' }, { name: 'Fumio Tanaka' })).toBe(false);
  });
});

describe('findNearDuplicates', () => {
  const story =
    'Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Antony Blinken ngày 25/3 đồng chủ trì Đối thoại cấp Bộ trưởng Ngoại giao Việt - Mỹ tại Washington. ' +
    'Đây là cuộc đối thoại cấp bộ trưởng đầu tiên giữa Việt Nam và Mỹ kể từ khi hai nước xác lập quan hệ Đối tác Chiến lược Toàn diện vào tháng 9/2023. ' +
    'Ngoại trưởng Blinken khẳng định Mỹ coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam, ủng hộ một Việt Nam mạnh, độc lập, tự cường, thịnh vượng. ' +
    'Ông nhấn mạnh cam kết của Mỹ về triển khai khuôn khổ quan hệ mới và các thỏa thuận của lãnh đạo cấp cao hai nước, theo thông cáo của Bộ Ngoại giao. ' +
    'Hai bên nhất trí thúc đẩy hợp tác trong thương mại, đầu tư, giáo dục, khoa học công nghệ, quốc phòng an ninh và khắc phục hậu quả chiến tranh.';

  it('recognises an exact copy and a copy differing only in accents, case and spacing', () => {
    const copies = findNearDuplicates([
      article('a', story),
      article('b', story),
      article('c', story.toUpperCase().replace(/ /g, '  ').normalize('NFD')),
      article(
        'd',
        'Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng so với cuối tuần trước tại Hà Nội và TP Hồ Chí Minh, theo các doanh nghiệp kinh doanh vàng bạc.',
      ),
    ]);
    expect(copies).toEqual(
      new Map([
        ['b', 'a'],
        ['c', 'a'],
      ]),
    );
  });

  it('makes a copy a source of its original’s events even when extraction found less in it', () => {
    const events = mergeCandidates(
      [candidate({ articleId: 'a' })],
      [article('a', story), article('b', story)],
    );
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
  });

  it('does not take a different article on the same subject for a copy', () => {
    const other =
      story.split('. ').slice(0, 2).join('. ') +
      '. Hai bên thảo luận về tình hình Biển Đông, Mekong và ASEAN, cũng như hợp tác ứng phó biến đổi khí hậu và y tế.';
    expect(findNearDuplicates([article('a', story), article('b', other)]).size).toBe(0);
  });
});
