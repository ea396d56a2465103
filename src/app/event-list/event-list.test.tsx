import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/schema';
import { buildEventIndex } from '../filters/filter-events';
import { makeTestDataset } from '../filters/test-dataset';
import { EventList, LIST_PAGE_SIZE, renderedCount } from './event-list';

const dataset = makeTestDataset();
const events = [...buildEventIndex(dataset).events];

const render = (props: { events?: TimelineEvent[]; selectedId?: string; lang?: 'vi' | 'en' }) =>
  renderToStaticMarkup(
    <EventList events={props.events ?? events} selectedId={props.selectedId} onSelect={() => {}} lang={props.lang ?? 'vi'} dataset={dataset} />,
  );

describe('EventList', () => {
  it('lists every event as a button in an ordered list, with one heading per year', () => {
    const html = render({});
    expect(html).toContain('<ol data-testid="event-list"');
    expect(html.match(/<li/g)).toHaveLength(6);
    expect(html.match(/data-event-id=/g)).toHaveLength(6);
    expect(html.match(/<h3[^>]*>Năm \d{4}<\/h3>/g)).toEqual([
      expect.stringContaining('Năm 1995'),
      expect.stringContaining('Năm 2018'),
      expect.stringContaining('Năm 2023'),
      expect.stringContaining('Năm 2024'),
    ]);
  });

  it('shows the date, kind and place of each event in the interface language', () => {
    const vi = render({});
    expect(vi).toContain('10–11 tháng 9, 2023');
    expect(vi).toContain('Chuyến thăm');
    expect(vi).toContain('Hà Nội');
    const en = render({ lang: 'en' });
    expect(en).toContain('Visit');
    expect(en).toContain('>2023</h3>');
  });

  it('marks only the selected event aria-current', () => {
    const html = render({ selectedId: '2023-06-dien-dam-son-blinken' });
    expect(html.match(/aria-current="true"/g)).toHaveLength(1);
    expect(html).toMatch(/data-event-id="2023-06-dien-dam-son-blinken" data-kind="call" aria-current="true"/);
  });

  it('says so when no event matches', () => {
    expect(render({ events: [] })).toContain('Không có sự kiện nào khớp với bộ lọc.');
  });

  it('renders thousands of events one page at a time', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...events[0]!, id: `e-${i}` }));
    const html = render({ events: many });
    expect(html.match(/data-event-id=/g)).toHaveLength(LIST_PAGE_SIZE);
    expect(html).toContain(`Hiện thêm ${LIST_PAGE_SIZE} sự kiện`);
  });
});

describe('renderedCount', () => {
  const many = Array.from({ length: 1000 }, (_, i) => ({ ...events[0]!, id: `e-${i}` }));
  it('renders whole pages, growing to include the selected event', () => {
    expect(renderedCount(many, 1, undefined)).toBe(LIST_PAGE_SIZE);
    expect(renderedCount(many, 1, 'e-650')).toBe(Math.ceil(651 / LIST_PAGE_SIZE) * LIST_PAGE_SIZE);
    expect(renderedCount(many, 100, undefined)).toBe(1000);
    expect(renderedCount(events, 1, 'missing')).toBe(6);
  });
});
