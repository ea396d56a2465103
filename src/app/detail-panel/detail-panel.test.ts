import { describe, expect, it } from 'vitest';
import type { Article, TimelineEvent } from '../../shared/schema';
import { citationText } from './citation';
import { articleParagraphs, highlightSegments } from './highlight';
import { neighbours, relatedEvents } from './related-events';

function event(id: string, patch: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: id,
    kind: 'meeting',
    start: '2024-03-25',
    countries: ['VN', 'US'],
    participants: [],
    topics: [],
    summary: '',
    sources: [{ articleId: 'a1' }],
    ...patch,
  };
}

const son = { name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao', country: 'VN' };
const blinken = { name: 'Antony Blinken', title: 'Ngoại trưởng', country: 'US' };

describe('citationText', () => {
  const article: Article = {
    id: 'a1',
    file: 'a.txt',
    title: 'Mỹ coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam',
    format: 'plain',
    publishedAt: '2024-03-26',
    outlet: 'VnExpress',
    text: '',
  };
  const dialogue = event('2024-03-25-doi-thoai', {
    title: 'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam - Hoa Kỳ',
  });

  it('cites title, Vietnamese date, outlet and headline, and the URL', () => {
    const text = citationText(
      dialogue,
      new Map([['a1', article]]),
      'https://example.org/?event=2024-03-25-doi-thoai',
      'vi',
    );
    expect(text).toBe(
      'Đối thoại cấp Bộ trưởng Ngoại giao Việt Nam - Hoa Kỳ (25 tháng 3, 2024). Dòng thời gian quan hệ Việt Nam – Hoa Kỳ. ' +
        'Nguồn: VnExpress, "Mỹ coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam" (26 tháng 3, 2024). ' +
        'https://example.org/?event=2024-03-25-doi-thoai',
    );
  });

  it('writes English dates and labels in English', () => {
    const text = citationText(dialogue, new Map([['a1', article]]), 'https://x.test/', 'en');
    expect(text).toContain('(25 March 2024)');
    expect(text).toContain('Sources: VnExpress');
  });

  it('leaves out sources it cannot find', () => {
    const text = citationText(dialogue, new Map(), 'https://x.test/', 'vi');
    expect(text).not.toContain('Nguồn');
    expect(text.endsWith('https://x.test/')).toBe(true);
  });
});

describe('relatedEvents', () => {
  const current = event('now', { participants: [son, blinken], topics: ['economy'] });
  it('prefers shared people over shared topics, then nearness in time', () => {
    const all = [
      current,
      event('topic-near', { topics: ['economy'], start: '2024-03-20' }),
      event('person-far', { participants: [son], start: '2019-01-01' }),
      event('unrelated', { start: '2024-03-26' }),
      event('topic-far', { topics: ['economy'], start: '2010' }),
    ];
    expect(relatedEvents(current, all).map((e) => e.id)).toEqual([
      'person-far',
      'topic-near',
      'topic-far',
    ]);
  });
  it('returns at most five', () => {
    const all = Array.from({ length: 9 }, (_, i) => event(`e${i}`, { topics: ['economy'] }));
    expect(relatedEvents(current, all)).toHaveLength(5);
  });
});

describe('neighbours', () => {
  it('finds previous and next within the filtered list', () => {
    const list = [event('a'), event('b'), event('c')];
    expect(neighbours(list, 'b')).toEqual({ previous: list[0], next: list[2] });
    expect(neighbours(list, 'a').previous).toBeUndefined();
    expect(neighbours(list, 'zz')).toEqual({});
  });
});

describe('highlightSegments', () => {
  it('marks the evidence sentence inside the text', () => {
    const segments = highlightSegments(
      'Mở đầu. Ngày 25/3 hai bên đối thoại. Kết.',
      'Ngày 25/3 hai bên đối thoại.',
    );
    expect(segments).toEqual([
      { text: 'Mở đầu. ', mark: false },
      { text: 'Ngày 25/3 hai bên đối thoại.', mark: true },
      { text: ' Kết.', mark: false },
    ]);
  });
  it('matches across different whitespace', () => {
    const segments = highlightSegments(
      'A.\nNgày 25/3  hai bên\nđối thoại. B.',
      'Ngày 25/3 hai bên đối thoại.',
    );
    expect(segments.find((s) => s.mark)?.text).toBe('Ngày 25/3  hai bên\nđối thoại.');
  });
  it('keeps markup-looking text as text and leaves text alone without a match', () => {
    expect(highlightSegments('<b>x</b>', 'không có')).toEqual([{ text: '<b>x</b>', mark: false }]);
  });
  it('splits an article into paragraphs, marking the evidence once', () => {
    const paragraphs = articleParagraphs(
      'Đoạn một.\n\nĐoạn hai có câu.\n\nĐoạn hai có câu.',
      'Đoạn hai có câu.',
    );
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toEqual([{ text: 'Đoạn hai có câu.', mark: true }]);
    expect(paragraphs[2]).toEqual([{ text: 'Đoạn hai có câu.', mark: false }]);
  });
});
