import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FacetGroup, sameFacetGroupProps, type FacetGroupProps } from './facet-group';
import { FILTER_MESSAGES } from './messages';

const t = FILTER_MESSAGES.vi;
const people = Array.from({ length: 15 }, (_, i) => ({
  id: `person-${i}`,
  label: `Người ${i}`,
  labelEn: `Person ${i}`,
  total: 20 - i,
}));

function render(patch: Partial<FacetGroupProps>) {
  const props: FacetGroupProps = {
    name: 'person',
    legend: t.people,
    options: people,
    counts: new Map(people.map((p) => [p.id, p.total])),
    selected: [],
    lang: 'vi',
    onChange: () => {},
    limit: 12,
    messages: {
      selected: t.selected,
      filterList: t.filterPeople,
      showAll: t.showAll,
      showFewer: t.showFewer,
      noMatch: t.noMatch,
    },
    ...patch,
  };
  return renderToStaticMarkup(<FacetGroup {...props} />);
}

const shownIds = (html: string) =>
  [...html.matchAll(/data-testid="filter-person-([^"]+)"/g)].map((m) => m[1]);

describe('FacetGroup', () => {
  it('shows the top options of a long list, a filter box and "show all"', () => {
    const html = render({});
    expect(shownIds(html)).toEqual(people.slice(0, 12).map((p) => p.id));
    expect(html).toContain('<legend');
    expect(html).toContain('Lọc danh sách nhân vật');
    expect(html).toContain('Hiện tất cả (15)');
  });

  it('keeps a selected option visible even below the top, and says how many are selected', () => {
    const html = render({ selected: ['person-14'] });
    expect(shownIds(html)).toContain('person-14');
    expect(html).toContain('1 đã chọn');
  });

  it('hides options that would give no event, unless selected; selected ones stay, dimmed', () => {
    const counts = new Map([
      ['person-0', 3],
      ['person-1', 1],
    ]);
    const html = render({ counts, selected: ['person-5'] });
    expect(shownIds(html)).toEqual(['person-0', 'person-1', 'person-5']);
    expect(html).toMatch(/text-slate-500[^>]*><input[^>]*data-testid="filter-person-person-5"/);
  });

  it('shows every option of a short list, with its count in the label', () => {
    const html = render({ limit: undefined, options: people.slice(0, 3), name: 'topic' });
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(html).not.toContain('Hiện tất cả');
    expect(html).toMatch(/<label[^>]*>.*Người 0<\/span><span[^>]*>20<\/span><\/label>/);
  });

  it('ignores selected ids that are not options', () => {
    const html = render({ selected: ['<script>', 'person-0'] });
    expect(html).toContain('1 đã chọn');
    expect(html).not.toContain('<script>');
  });
});

describe('sameFacetGroupProps', () => {
  const base = {
    name: 'topic',
    legend: 'Chủ đề',
    options: [],
    counts: new Map<string, number>(),
    selected: ['economy'],
    lang: 'vi',
    onChange: () => {},
    messages: {
      selected: (n: number) => `${n}`,
      filterList: '',
      showAll: (n: number) => `${n}`,
      showFewer: '',
      noMatch: '',
    },
  } satisfies FacetGroupProps;
  it('compares the selection by its ids, every other prop by identity', () => {
    expect(sameFacetGroupProps(base, { ...base, selected: ['economy'] })).toBe(true);
    expect(sameFacetGroupProps(base, { ...base, selected: ['economy', 'defense'] })).toBe(false);
    expect(sameFacetGroupProps(base, { ...base, selected: ['defense'] })).toBe(false);
    expect(sameFacetGroupProps(base, { ...base, counts: new Map() })).toBe(false);
    expect(sameFacetGroupProps(base, { ...base, onChange: () => {} })).toBe(false);
    expect(sameFacetGroupProps(base, { ...base, limit: 12 })).toBe(false);
  });
});
