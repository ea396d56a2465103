import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from '../url-state/url-state';
import { buildEventIndex, filterEvents } from './filter-events';
import { clearedFilters, FilterPanel, monthFromInput, monthInputValue } from './filter-panel';
import { makeTestDataset } from './test-dataset';

const dataset = makeTestDataset();
const index = buildEventIndex(dataset);
const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

function render(s: ViewState) {
  const shown = filterEvents(index, s).length;
  return renderToStaticMarkup(
    <FilterPanel dataset={dataset} index={index} state={s} shown={shown} update={() => {}} lang={s.lang} />,
  );
}

/** The `<input …>` tag carrying a test id, whatever the attribute order. */
function inputTag(html: string, testId: string): string {
  return html.match(new RegExp(`<input[^>]*data-testid="${testId}"[^>]*>`))?.[0] ?? '';
}

describe('FilterPanel', () => {
  it('shows the result count in Vietnamese with data attributes', () => {
    const html = render(state({ topics: ['defense'] }));
    expect(html).toContain('data-testid="result-count" data-shown="1" data-total="6"');
    expect(html).toContain('1 / 6 sự kiện');
    expect(html).toContain('Chủ đề');
  });

  it('switches its labels to English with lang=en', () => {
    const html = render(state({ lang: 'en' }));
    expect(html).toContain('6 of 6 events');
    expect(html).toContain('Defence and security');
    expect(html).toContain('United States');
    expect(html).not.toContain('Chủ đề');
  });

  it('has a labelled search box and a checkbox with a count for each option', () => {
    const html = render(DEFAULT_VIEW_STATE);
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Tìm kiếm sự kiện<\/label><input id="\1" data-testid="search-input" type="search"/);
    expect(html).toContain('data-testid="filter-topic-defense"');
    expect(html).toContain('data-testid="filter-person-bui-thanh-son"');
    expect(html).toContain('data-testid="filter-kind-visit"');
    expect(html).toContain('data-testid="filter-country-US"');
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Từ tháng<\/label><input id="\1" data-testid="filter-from" type="text"/);
    expect(html).toMatch(/Chuyến thăm<\/span><span[^>]*data-count="2">2</);
  });

  it('holds the place of the facets until they are shown, search and dates already there', () => {
    const html = renderToStaticMarkup(
      <FilterPanel
        dataset={dataset}
        index={index}
        state={DEFAULT_VIEW_STATE}
        shown={6}
        update={() => {}}
        lang="vi"
        facetsShown={false}
      />,
    );
    expect(html).toContain('data-testid="facets-pending"');
    expect(html).toContain('data-testid="search-input"');
    expect(html).toContain('data-testid="filter-from"');
    expect(html).not.toContain('data-testid="filter-topic-defense"');
  });

  it('checks the selected options and shows the search text', () => {
    const html = render(state({ kinds: ['call'], q: 'blinken', from: '2023', to: '2024-06-15' }));
    expect(inputTag(html, 'filter-kind-call')).toContain('checked=""');
    expect(inputTag(html, 'filter-kind-visit')).not.toContain('checked');
    expect(inputTag(html, 'search-input')).toContain('value="blinken"');
    expect(html).toContain('value="2023-01"');
    expect(html).toContain('value="2024-06"');
  });

  it('renders a hostile search as text, never markup', () => {
    const html = render(state({ q: '<img src=x onerror=alert(1)>' }));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows "clear filters" only when there is something to clear', () => {
    const button = (html: string) => html.match(/<button[^>]*data-testid="clear-filters"[^>]*>/)?.[0];
    expect(button(render(DEFAULT_VIEW_STATE))).toBeUndefined();
    expect(button(render(state({ q: 'son' })))).toBeDefined();
    expect(button(render(state({ q: 'son' })))).not.toContain('disabled');
  });
});

describe('clearedFilters', () => {
  it('clears every filter and the search, keeping a selected event that exists', () => {
    const s = state({
      q: 'son',
      topics: ['politics'],
      people: ['bui-thanh-son'],
      kinds: ['visit'],
      countries: ['US'],
      from: '2023',
      to: '2024',
      event: '2018-asean-trung-quoc',
    });
    expect(clearedFilters(s, index)).toEqual({
      q: undefined,
      topics: [],
      people: [],
      kinds: [],
      countries: [],
      from: undefined,
      to: undefined,
      event: '2018-asean-trung-quoc',
    });
    expect(clearedFilters(state({ event: 'no-such-event' }), index).event).toBeUndefined();
  });
});

describe('month inputs', () => {
  it('show a URL date as a month', () => {
    expect(monthInputValue('2023', 'from')).toBe('2023-01');
    expect(monthInputValue('2023', 'to')).toBe('2023-12');
    expect(monthInputValue('2023-06-15', 'to')).toBe('2023-06');
    expect(monthInputValue(undefined, 'from')).toBe('');
  });

  it('accept a month, clear on empty, and ignore anything else', () => {
    expect(monthFromInput('2023-06')).toBe('2023-06');
    expect(monthFromInput('')).toBeUndefined();
    expect(monthFromInput('2023-13')).toBeNull();
    expect(monthFromInput('June')).toBeNull();
  });

  it('accept what a reader types: a year, a one-digit month, the Vietnamese month/year order', () => {
    expect(monthFromInput(' 2023 ')).toBe('2023');
    expect(monthFromInput('2023-6')).toBe('2023-06');
    expect(monthFromInput('6/2023')).toBe('2023-06');
    expect(monthFromInput('06-2023')).toBe('2023-06');
    expect(monthFromInput('2023-06-15')).toBe('2023-06-15');
    expect(monthFromInput('13/2023')).toBeNull();
    expect(monthFromInput('203')).toBeNull();
  });
});
