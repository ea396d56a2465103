import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from '../url-state/url-state';
import {
  buildEventIndex,
  facetCounts,
  filterEvents,
  hasActiveFilters,
  personId,
} from './filter-events';
import { makeTestDataset } from './test-dataset';

const index = buildEventIndex(makeTestDataset());
const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
const ids = (patch: Partial<ViewState>) => filterEvents(index, state(patch)).map((e) => e.id);

describe('personId', () => {
  it('slugs names without accents', () => {
    expect(personId('Antony Blinken')).toBe('antony-blinken');
    expect(personId('Bùi Thanh Sơn')).toBe('bui-thanh-son');
    expect(personId('Đỗ Hùng Việt')).toBe('do-hung-viet');
  });
});

describe('buildEventIndex', () => {
  it('orders events chronologically, partial dates at their first day', () => {
    expect(index.events.map((e) => e.id)).toEqual([
      '1995-07-11-binh-thuong-hoa-quan-he',
      '2018-asean-trung-quoc',
      '2023-04-15-blinken-tham-viet-nam',
      '2023-06-dien-dam-son-blinken',
      '2023-09-10-tham-cua-tong-thong-biden',
      '2024-03-25-doi-thoai-chinh-tri-an-ninh-quoc-phong',
    ]);
    expect(index.firstDay).toBe('1995-07-11');
    expect(index.lastDay).toBe('2024-03-25');
  });

  it('sorts events given out of order (start day, then end day, then id), day numbers alongside', () => {
    const dataset = makeTestDataset();
    const base = dataset.events[0]!;
    const at = (id: string, start: string, end?: string) => ({ ...base, id, start, end });
    const shuffled = buildEventIndex({
      ...dataset,
      events: [
        at('c', '2023-05'),
        at('b', '2023-05-01', '2023-05-03'),
        at('a', '2023-05-01', '2023-05-03'),
        at('d', '2022'),
      ],
    });
    expect(shuffled.events.map((e) => e.id)).toEqual(['d', 'a', 'b', 'c']);
    expect([...shuffled.endDay].map((d, i) => d - shuffled.startDay[i]!)).toEqual([364, 2, 2, 30]);
    expect(shuffled.position.get('c')).toBe(3);
    expect(shuffled.firstDay).toBe('2022-01-01');
    expect(shuffled.lastDay).toBe('2023-05-31');
  });

  it('lists people by how many events they take part in, with their names as written', () => {
    expect(index.personOptions.slice(0, 2)).toEqual([
      { id: 'antony-blinken', label: 'Antony Blinken', labelEn: 'Antony Blinken', total: 2 },
      { id: 'bui-thanh-son', label: 'Bùi Thanh Sơn', labelEn: 'Bùi Thanh Sơn', total: 2 },
    ]);
    expect(index.personOptions).toHaveLength(8);
  });

  it('lists every topic of the taxonomy, kinds that occur, and countries by frequency', () => {
    expect(index.topicOptions.map((o) => o.id)).toContain('human-rights');
    expect(index.topicOptions.find((o) => o.id === 'politics')?.total).toBe(4);
    expect(index.kindOptions.map((o) => o.id)).toEqual([
      'visit',
      'meeting',
      'call',
      'dialogue',
      'milestone',
    ]);
    expect(index.kindOptions.find((o) => o.id === 'visit')).toMatchObject({
      label: 'Chuyến thăm',
      total: 2,
    });
    expect(index.countryOptions.map((o) => [o.id, o.total])).toEqual([
      ['VN', 6],
      ['US', 5],
      ['CN', 1],
    ]);
    expect(index.countryOptions[1]).toMatchObject({ label: 'Hoa Kỳ', labelEn: 'United States' });
  });

  it('builds the facet columns on first use, not with the index', () => {
    const dataset = makeTestDataset();
    let topicReads = 0;
    const counted = {
      ...dataset,
      get topics() {
        topicReads++;
        return dataset.topics;
      },
    };
    const lazy = buildEventIndex(counted);
    expect(lazy.events).toHaveLength(6);
    expect(topicReads).toBe(0);
    expect(lazy.topicOptions.map((o) => o.id)).toEqual(index.topicOptions.map((o) => o.id));
    expect(lazy.personOptions).toBe(lazy.personOptions);
    expect(topicReads).toBe(1);
  });

  it('handles an empty dataset', () => {
    const empty = buildEventIndex({ version: 1, articles: [], events: [], topics: [] });
    expect(filterEvents(empty, DEFAULT_VIEW_STATE)).toEqual([]);
    expect(empty.firstDay).toBeUndefined();
  });
});

describe('filterEvents', () => {
  it('keeps every event, in order, with no filter', () => {
    expect(ids({})).toHaveLength(6);
    expect(ids({})[0]).toBe('1995-07-11-binh-thuong-hoa-quan-he');
  });

  it('filters by topic, OR within the facet', () => {
    expect(ids({ topics: ['defense'] })).toEqual([
      '2024-03-25-doi-thoai-chinh-tri-an-ninh-quoc-phong',
    ]);
    expect(ids({ topics: ['defense', 'economy'] })).toEqual([
      '2023-09-10-tham-cua-tong-thong-biden',
      '2024-03-25-doi-thoai-chinh-tri-an-ninh-quoc-phong',
    ]);
  });

  it('filters by person, kind and country', () => {
    expect(ids({ people: ['bui-thanh-son'] })).toEqual([
      '2023-04-15-blinken-tham-viet-nam',
      '2023-06-dien-dam-son-blinken',
    ]);
    expect(ids({ kinds: ['call', 'milestone'] })).toEqual([
      '1995-07-11-binh-thuong-hoa-quan-he',
      '2023-06-dien-dam-son-blinken',
    ]);
    expect(ids({ countries: ['CN'] })).toEqual(['2018-asean-trung-quoc']);
  });

  it('combines facets with AND', () => {
    expect(ids({ people: ['antony-blinken'], kinds: ['visit'] })).toEqual([
      '2023-04-15-blinken-tham-viet-nam',
    ]);
    expect(ids({ topics: ['regional'], countries: ['US'] })).toEqual([
      '2023-06-dien-dam-son-blinken',
    ]);
    expect(ids({ topics: ['defense'], kinds: ['visit'] })).toEqual([]);
  });

  it('ignores ids the dataset does not know instead of hiding everything', () => {
    expect(ids({ topics: ['no-such-topic'] })).toHaveLength(6);
    expect(ids({ topics: ['no-such-topic', 'defense'] })).toHaveLength(1);
    expect(ids({ people: ['nobody'], countries: ['ZZ'] })).toHaveLength(6);
  });

  it('keeps events whose dates overlap the range, at day precision', () => {
    // "from 2023-06" starts on 1 June: the call dated only "2023-06" overlaps it.
    expect(ids({ from: '2023-06', to: '2023-12' })).toEqual([
      '2023-06-dien-dam-son-blinken',
      '2023-09-10-tham-cua-tong-thong-biden',
    ]);
    // "to 2023-06-01" still catches an event known only as "June 2023".
    expect(ids({ from: '2023-05', to: '2023-06-01' })).toEqual(['2023-06-dien-dam-son-blinken']);
    // A two-day visit (10–11 Sep) overlaps a range that starts on its second day.
    expect(ids({ from: '2023-09-11', to: '2023-09-30' })).toEqual([
      '2023-09-10-tham-cua-tong-thong-biden',
    ]);
    expect(ids({ from: '2023-09-12', to: '2023-12-31' })).toEqual([]);
    // An event known only by its year overlaps any part of that year.
    expect(ids({ from: '2018-12-31', to: '2019' })).toEqual(['2018-asean-trung-quoc']);
    expect(ids({ to: '1995' })).toEqual(['1995-07-11-binh-thuong-hoa-quan-he']);
    expect(ids({ from: '2024' })).toEqual(['2024-03-25-doi-thoai-chinh-tri-an-ninh-quoc-phong']);
  });

  it('reads a reversed range as the range meant', () => {
    expect(ids({ from: '2023-12', to: '2023-06' })).toEqual(
      ids({ from: '2023-06', to: '2023-12' }),
    );
  });
});

describe('search', () => {
  it('finds names without accents', () => {
    expect(ids({ q: 'bui thanh son' })).toEqual([
      '2023-04-15-blinken-tham-viet-nam',
      '2023-06-dien-dam-son-blinken',
    ]);
    expect(ids({ q: 'BÙI THANH SƠN' })).toEqual(ids({ q: 'bui thanh son' }));
    expect(ids({ q: 'do hung viet' })).toEqual([
      '2024-03-25-doi-thoai-chinh-tri-an-ninh-quoc-phong',
    ]);
  });

  it('ignores tone placement: hòa and hoà are one word', () => {
    // "hòa bình" (2023 state visit), "hoà bình" (Blinken's visit) and "bình thường hoá" / "hóa" (1995)
    // are all found whichever way the query is written.
    const both = [
      '1995-07-11-binh-thuong-hoa-quan-he',
      '2023-04-15-blinken-tham-viet-nam',
      '2023-09-10-tham-cua-tong-thong-biden',
    ];
    expect(ids({ q: 'hoa binh' })).toEqual(both);
    expect(ids({ q: 'hòa bình' })).toEqual(both);
    expect(ids({ q: 'hoà bình' })).toEqual(both);
    expect(ids({ q: 'hoa\u0300 bi\u0300nh' })).toEqual(both); // decomposed (NFD) input
  });

  it('requires every word, each matching anywhere (prefix or substring)', () => {
    expect(ids({ q: 'blinken dien dam' })).toEqual(['2023-06-dien-dam-son-blinken']);
    expect(ids({ q: 'blink' })).toHaveLength(2);
    expect(ids({ q: 'blinken trung quoc' })).toEqual([]);
  });

  it('searches participants’ titles, place and topic labels in both languages', () => {
    expect(ids({ q: 'tro ly ngoai truong' })).toEqual([
      '2024-03-25-doi-thoai-chinh-tri-an-ninh-quoc-phong',
    ]);
    expect(ids({ q: 'ha noi' })).toHaveLength(3);
    expect(ids({ q: 'ban dan' })).toEqual(['2023-09-10-tham-cua-tong-thong-biden']); // "bán dẫn" topic label
    expect(ids({ q: 'semiconductors' })).toEqual(['2023-09-10-tham-cua-tong-thong-biden']);
  });

  it('does not match source headlines or country names, which would drag in unrelated events', () => {
    expect(ids({ q: 'cot moc' })).toEqual([]); // only article a1's headline says "cột mốc"
    expect(ids({ q: 'china' })).toEqual([]);
    expect(ids({ q: 'hoa ky' })).toEqual(['1995-07-11-binh-thuong-hoa-quan-he']); // the one title saying "Hoa Kỳ"
  });

  it('treats punctuation in the query as a space and a blank query as none', () => {
    expect(ids({ q: 'Blinken,  "Sơn"!' })).toEqual(ids({ q: 'blinken son' }));
    expect(ids({ q: '  ' })).toHaveLength(6);
    expect(ids({ q: '<script>' })).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts each option over the whole dataset when nothing is selected', () => {
    const counts = facetCounts(index, DEFAULT_VIEW_STATE);
    expect(counts.topics.get('politics')).toBe(4);
    expect(counts.topics.get('human-rights')).toBeUndefined();
    expect(counts.kinds.get('visit')).toBe(2);
    expect(counts.people.get('bui-thanh-son')).toBe(2);
    expect(counts.countries.get('US')).toBe(5);
  });

  it('counts a facet’s options given the other facets, not its own selection', () => {
    const counts = facetCounts(index, state({ kinds: ['visit'] }));
    // Kinds still show what choosing another kind would add…
    expect(counts.kinds.get('visit')).toBe(2);
    expect(counts.kinds.get('call')).toBe(1);
    expect(counts.kinds.get('milestone')).toBe(1);
    // …while other facets count only visits.
    expect(counts.topics.get('politics')).toBe(2);
    expect(counts.topics.get('regional')).toBeUndefined();
    expect(counts.people.get('bui-thanh-son')).toBe(1);
    expect(counts.countries.get('CN')).toBeUndefined();
  });

  it('applies search and dates to every count', () => {
    const counts = facetCounts(index, state({ q: 'blinken', from: '2023-05' }));
    expect(counts.kinds.get('call')).toBe(1);
    expect(counts.kinds.get('visit')).toBeUndefined();
    expect(counts.topics.get('regional')).toBe(1);
  });

  it('matches the filter result: selecting an option gives the count it showed', () => {
    const base = state({ topics: ['politics'] });
    const counts = facetCounts(index, base);
    for (const [personIdValue, count] of counts.people) {
      expect(filterEvents(index, { ...base, people: [personIdValue] }), personIdValue).toHaveLength(
        count,
      );
    }
    for (const [kind, count] of counts.kinds) {
      expect(
        filterEvents(index, { ...base, kinds: [kind as ViewState['kinds'][number]] }),
        kind,
      ).toHaveLength(count);
    }
  });
});

describe('hasActiveFilters', () => {
  it('is false for the defaults and for selection, window or language alone', () => {
    expect(hasActiveFilters(DEFAULT_VIEW_STATE)).toBe(false);
    expect(
      hasActiveFilters(
        state({ event: 'x', lang: 'en', view: { start: '2023-01-01', end: '2024-01-01' } }),
      ),
    ).toBe(false);
    expect(hasActiveFilters(state({ q: 'son' }))).toBe(true);
    expect(hasActiveFilters(state({ to: '2024' }))).toBe(true);
  });
});

describe('the unfiltered shortcut', () => {
  it('gives what the full computation gives with no filter', () => {
    // A topic the dataset does not know filters nothing, but takes the long way: compare the two.
    const unknown = state({ topics: ['no-such-topic'] });
    expect(hasActiveFilters(unknown)).toBe(true);
    expect(filterEvents(index, DEFAULT_VIEW_STATE)).toEqual(filterEvents(index, unknown));
    expect(facetCounts(index, DEFAULT_VIEW_STATE)).toEqual(facetCounts(index, unknown));
  });
});
