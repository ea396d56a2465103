import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../../shared/schema';
import { normaliseHeadline, scoreDataset, type Gold } from './score';

const article = (id: string, title: string): Dataset['articles'][number] => ({
  id,
  file: `corpus/${id}.txt`,
  title,
  format: 'plain',
  text: '',
});

const dialogue: TimelineEvent = {
  id: '2024-03-25-doi-thoai',
  title: 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ',
  kind: 'dialogue',
  start: '2024-03-25',
  location: 'Washington',
  countries: ['VN', 'US'],
  participants: [{ name: 'Bùi Thanh Sơn' }, { name: 'Antony Blinken' }, { name: 'Phạm Thu Hằng' }],
  topics: [],
  summary: '',
  sources: [{ articleId: 'a' }, { articleId: 'b' }],
};

const gold: Gold = {
  articles: [
    {
      file: 'corpus/a.txt',
      headline: 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam-Hoa Kỳ lần thứ nhất',
      events: [
        {
          group: 'dialogue',
          kind: 'dialogue',
          start: '2024-03-25',
          participants: ['Bùi Thanh Sơn', 'Antony Blinken'],
          location: ['Washington'],
        },
      ],
    },
    {
      file: 'corpus/b.txt',
      headline: 'Mỹ coi trọng quan hệ với Việt Nam',
      events: [
        { group: 'dialogue', kind: 'dialogue', start: '2024-03-25', participants: ['Blinken'] },
        { group: 'normalisation', kind: 'milestone', start: '1995', participants: [] },
      ],
    },
  ],
};

describe('scoreDataset', () => {
  const dataset: Dataset = {
    version: 1,
    articles: [
      article('a', 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam – Hoa Kỳ lần thứ nhất'),
      article('b', 'Mỹ coi trọng'),
    ],
    events: [dialogue],
    topics: [],
  };
  const { figures } = scoreDataset(dataset, gold);

  it('counts a merged event once per article and misses the unlisted milestone', () => {
    expect(figures.events).toMatchObject({ tp: 2, predicted: 2, expected: 3 });
    expect(figures.merging).toMatchObject({ tp: 1, predicted: 1, expected: 1 });
  });

  it('scores participants by person, short forms included', () => {
    // Article a: 2 of 3 predicted are gold; article b: "Blinken" resolves to Antony Blinken, Sơn
    // is named by the group's other article (neither error nor hit), Hằng by no gold at all.
    expect(figures.participants).toMatchObject({ tp: 3, predicted: 5, expected: 3 });
  });

  it('compares headlines without accents, spacing or punctuation', () => {
    expect(figures.headlines).toMatchObject({ tp: 1, predicted: 2, expected: 2 });
    expect(normaliseHeadline('Việt Nam-Hoa Kỳ')).toBe(normaliseHeadline('Viet Nam – Hoa Kỳ'));
  });

  it('counts a location only where the gold names one', () => {
    // Article b's gold gives no place, but the group's other article does: no error for b.
    expect(figures.locations).toMatchObject({ tp: 1, predicted: 1, expected: 1 });
  });

  it('compares a merged event with everyone and every place its group names', () => {
    const visit = (location: string): TimelineEvent => ({
      ...dialogue,
      kind: 'visit',
      location,
      participants: [{ name: 'Lloyd Austin' }, { name: 'Phan Văn Giang' }, { name: 'Trần Văn A' }],
    });
    const two: Gold = {
      articles: [
        {
          file: 'corpus/a.txt',
          headline: null,
          events: [
            {
              group: 'v',
              kind: 'visit',
              start: '2024-03-25',
              participants: ['Lloyd Austin', 'Phan Văn Giang'],
            },
          ],
        },
        {
          file: 'corpus/b.txt',
          headline: null,
          events: [
            {
              group: 'v',
              kind: 'visit',
              start: '2024-03-25',
              participants: ['Lloyd Austin'],
              location: ['Hà Nội'],
            },
          ],
        },
      ],
    };
    const scored = (location: string) =>
      scoreDataset({ ...dataset, events: [visit(location)] }, two).figures;
    // a: Austin, Giang hits, Trần Văn A an error; b: Austin a hit, Giang neutral, Trần Văn A an error.
    expect(scored('Hà Nội').participants).toMatchObject({ tp: 3, predicted: 5, expected: 3 });
    // a gives no place but b does: Hà Nội is neutral for a; a place no gold names is an error.
    expect(scored('Hà Nội').locations).toMatchObject({ tp: 1, predicted: 1, expected: 1 });
    expect(scored('Đà Nẵng').locations).toMatchObject({ tp: 0, predicted: 2, expected: 1 });
  });

  it('matches two legs of one navy visit, nobody named, by their dates, not their order', () => {
    const leg = (id: string, start: string, end: string, location: string): TimelineEvent => ({
      ...dialogue,
      id,
      kind: 'visit',
      start,
      end,
      location,
      participants: [],
      sources: [{ articleId: 'a' }],
    });
    const legs: Gold = {
      articles: [
        {
          file: 'corpus/a.txt',
          headline: null,
          events: [
            {
              group: 'cam-ranh',
              kind: 'visit',
              start: '2016-10-02',
              end: '2016-10-04',
              participants: [],
              location: ['Cam Ranh'],
            },
            {
              group: 'da-nang',
              kind: 'visit',
              start: '2016-09-28',
              end: '2016-10-01',
              participants: [],
              location: ['Đà Nẵng'],
            },
          ],
        },
      ],
    };
    const { figures: f } = scoreDataset(
      {
        ...dataset,
        articles: [article('a', 'Tàu Mỹ')],
        events: [
          leg('x', '2016-09-28', '2016-10-01', 'Đà Nẵng'),
          leg('y', '2016-10-02', '2016-10-04', 'Cam Ranh'),
        ],
      },
      legs,
    );
    expect(f.dates).toMatchObject({ tp: 4, expected: 4 }); // starts and ends
    expect(f.locations).toMatchObject({ tp: 2, expected: 2 });
  });
});
