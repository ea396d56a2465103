import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../shared/schema';
import { datasetStats } from './dataset-stats';

const base = {
  title: 'x',
  kind: 'visit' as const,
  countries: [],
  participants: [],
  topics: [],
  summary: '',
};

describe('datasetStats', () => {
  it('counts events, cited articles and the years covered', () => {
    const dataset: Dataset = {
      version: 1,
      topics: [],
      articles: [
        { id: 'a', file: 'a.txt', title: 'A', format: 'plain', text: '' },
        { id: 'b', file: 'b.txt', title: 'B', format: 'plain', text: '' },
        { id: 'unused', file: 'c.txt', title: 'C', format: 'plain', text: '' },
      ],
      events: [
        { ...base, id: 'e1', start: '1995-07-12', sources: [{ articleId: 'a' }] },
        {
          ...base,
          id: 'e2',
          start: '2024-03-25',
          sources: [{ articleId: 'a' }, { articleId: 'b' }],
        },
      ],
    };
    expect(datasetStats(dataset)).toEqual({
      events: 2,
      articles: 2,
      firstYear: 1995,
      lastYear: 2024,
    });
  });

  it('reads the years of partial dates and takes the last year from an end date', () => {
    const event = { ...base, sources: [] };
    expect(
      datasetStats({
        version: 1,
        topics: [],
        articles: [],
        events: [
          { ...event, id: 'e1', start: '2001-05', end: '2003' },
          { ...event, id: 'e2', start: '1999' },
        ],
      }),
    ).toEqual({ events: 2, articles: 0, firstYear: 1999, lastYear: 2003 });
  });

  it('has no years for an empty dataset', () => {
    expect(datasetStats({ version: 1, topics: [], articles: [], events: [] })).toEqual({
      events: 0,
      articles: 0,
    });
  });
});
