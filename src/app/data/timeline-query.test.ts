import { describe, expect, it } from 'vitest';
import { DatasetLoadError } from './dataset-load-error';
import { timelineQueryOptions } from './timeline-query';
import { parseDataset } from './validate-dataset';

const valid = {
  version: 1,
  articles: [{ id: 'a1', file: 'a.txt', title: 'Tiêu đề', format: 'plain', text: 'Nội dung.' }],
  events: [
    {
      id: '2024-03-25-doi-thoai',
      title: 'Đối thoại',
      kind: 'dialogue',
      start: '2024-03-25',
      countries: ['VN', 'US'],
      participants: [],
      topics: [],
      summary: 'Tóm tắt.',
      sources: [{ articleId: 'a1' }],
    },
  ],
  topics: [],
};

describe('parseDataset', () => {
  it('accepts a valid dataset', () => {
    expect(parseDataset(valid).events).toHaveLength(1);
  });
  it('rejects a dataset with a malformed date, naming where', () => {
    const bad = { ...valid, events: [{ ...valid.events[0], start: '25/3/2024' }] };
    expect(() => parseDataset(bad)).toThrow(DatasetLoadError);
    expect(() => parseDataset(bad)).toThrow(/events\.0\.start/);
  });
});

describe('timelineQueryOptions', () => {
  it('never marks the static dataset stale', () => {
    expect(timelineQueryOptions.staleTime).toBe(Infinity);
  });
});
