/**
 * One facet as a `<fieldset>` of checkboxes with counts. Long lists (people, countries) show the top
 * options, the selected ones and a filter box; options that would give no result are hidden there.
 */
import { memo, useId, useMemo, useState } from 'react';
import { foldForSearch } from '../search/search-text';
import type { FacetOption } from './filter-events';

export interface FacetGroupProps {
  /** Used in test ids: `filter-<name>-<id>`. */
  name: 'topic' | 'person' | 'kind' | 'country';
  legend: string;
  options: readonly FacetOption[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  lang: 'vi' | 'en';
  onChange: (selected: string[]) => void;
  /** Show at most this many options until "show all"; undefined shows every option. */
  limit?: number;
  messages: {
    selected: (n: number) => string;
    filterList: string;
    showAll: (n: number) => string;
    showFewer: string;
    noMatch: string;
  };
}

/**
 * Whether a facet group would render the same: every prop the same value, the selection compared
 * by its ids (the view state is parsed afresh from the URL on each change, so its arrays are new).
 */
export function sameFacetGroupProps(a: FacetGroupProps, b: FacetGroupProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof FacetGroupProps)[]);
  for (const key of keys) {
    if (key === 'selected') {
      if (a.selected.length !== b.selected.length) return false;
      if (a.selected.some((id, i) => id !== b.selected[i])) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * A checkbox group for one facet, each option with the number of events it would give. Memoised:
 * a click in one facet re-renders that facet, not the others (their counts follow in the
 * background render).
 */
export const FacetGroup = memo(function FacetGroup(props: FacetGroupProps) {
  const { name, legend, options, counts, lang, onChange, limit, messages } = props;
  // Ids a link carried that this dataset does not know are neither counted nor kept on the next change.
  const selected = useMemo(
    () => props.selected.filter((id) => options.some((o) => o.id === id)),
    [props.selected, options],
  );
  const [expanded, setExpanded] = useState(false);
  const [needle, setNeedle] = useState('');
  const filterId = useId();
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const long = limit !== undefined && options.length > limit;

  const visible = useMemo(() => {
    const label = (o: FacetOption) => (lang === 'en' ? o.labelEn : o.label);
    if (!long) return options;
    // An empty box folds nothing: the first render must not build the search fold's table.
    const terms = needle ? foldForSearch(needle) : '';
    const candidates = options.filter((o) => {
      if (selectedSet.has(o.id)) return true;
      if ((counts.get(o.id) ?? 0) === 0) return false;
      return !terms || foldForSearch(label(o)).includes(terms);
    });
    if (expanded || terms) return candidates;
    // Top options by dataset total (the list's order), plus whatever is selected further down.
    return candidates.filter((o, i) => i < limit || selectedSet.has(o.id));
  }, [options, counts, selectedSet, long, expanded, needle, limit, lang]);

  const toggle = (id: string, checked: boolean) => {
    onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };

  return (
    <fieldset className="min-w-0 border-t border-slate-200 pt-3 dark:border-slate-700">
      <legend className="pr-2 text-sm font-semibold">
        {legend}
        {selected.length > 0 && (
          <span className="ml-1 font-normal text-slate-600 dark:text-slate-300">
            ({messages.selected(selected.length)})
          </span>
        )}
      </legend>
      {long && (
        <div className="mt-1 mb-2">
          <label htmlFor={filterId} className="sr-only">
            {messages.filterList}
          </label>
          <input
            id={filterId}
            type="search"
            value={needle}
            placeholder={messages.filterList}
            onChange={(e) => setNeedle(e.currentTarget.value)}
            className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
      )}
      <ul className="mt-1 flex flex-col gap-0.5">
        {visible.map((option) => {
          const count = counts.get(option.id) ?? 0;
          const checked = selectedSet.has(option.id);
          return (
            <li key={option.id}>
              <label
                className={`flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${
                  count === 0 ? 'text-slate-500 dark:text-slate-400' : ''
                }`}
              >
                <input
                  type="checkbox"
                  data-testid={`filter-${name}-${option.id}`}
                  checked={checked}
                  onChange={(e) => toggle(option.id, e.currentTarget.checked)}
                  className="mt-0.5 size-4 shrink-0 accent-blue-700"
                />
                <span className="min-w-0 flex-1 break-words">
                  {lang === 'en' ? option.labelEn : option.label}
                </span>
                <span
                  className="shrink-0 tabular-nums text-slate-600 dark:text-slate-300"
                  data-count={count}
                >
                  {count}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {long && visible.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-300">{messages.noMatch}</p>
      )}
      {long && !needle && (
        <button
          type="button"
          className="mt-1 text-sm text-blue-700 underline hover:no-underline dark:text-blue-300"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded
            ? messages.showFewer
            : messages.showAll(
                options.filter((o) => (counts.get(o.id) ?? 0) > 0 || selectedSet.has(o.id)).length,
              )}
        </button>
      )}
    </fieldset>
  );
}, sameFacetGroupProps);
