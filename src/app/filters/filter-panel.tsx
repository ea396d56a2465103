/**
 * The filter panel: search, topic / participant / kind / country facets with counts, a month range,
 * "N / M events" and one button that clears everything. Collapsible on phones so the timeline stays in view.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset, EventKind } from '../../shared/schema';
import { SearchBox } from '../search/search-box';
import { isPartialDate, type Lang, type ViewState } from '../url-state/url-state';
import { facetCounts, hasActiveFilters, searchText, type EventIndex } from './filter-events';
import { FacetGroup } from './facet-group';
import { MonthField } from './month-field';
import { FILTER_MESSAGES } from './messages';

const PEOPLE_SHOWN = 12;
const COUNTRIES_SHOWN = 12;

export interface FilterPanelProps {
  dataset: Dataset;
  index: EventIndex;
  state: ViewState;
  /** How many events the current filters keep (the shell computes them once for every view). */
  shown: number;
  /** 'push' for a filter change; the search box replaces while the user keeps typing. */
  update(patch: Partial<ViewState>, mode: 'push' | 'replace'): void;
  lang: Lang;
  /**
   * Whether the facets (checkboxes with counts) are drawn; false on the first view until the timeline
   * has drawn, so they take no time from it. Their place is held meanwhile.
   */
  facetsShown?: boolean;
}

/** "2023" → "2023-01" (from) or "2023-12" (to); "2023-06-15" → "2023-06": what a month input can show. */
export function monthInputValue(date: string | undefined, edge: 'from' | 'to'): string {
  if (!date) return '';
  if (date.length === 4) return `${date}-${edge === 'from' ? '01' : '12'}`;
  return date.slice(0, 7);
}

/**
 * A typed month as a URL date: "2023-06" stays, "2023-6" and "6/2023" (the Vietnamese order) → "2023-06",
 * a year "2023" stays, "" clears (undefined), anything else is not a date (null).
 */
export function monthFromInput(value: string): string | undefined | null {
  const text = value.trim();
  if (text === '') return undefined;
  const yearFirst = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  const monthFirst = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  const [year, month, day] = yearFirst
    ? [yearFirst[1], yearFirst[2], yearFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], undefined]
      : [];
  if (year === undefined) return null;
  const date = [year, month, day]
    .filter((part): part is string => part !== undefined)
    .map((part) => part.padStart(2, '0'))
    .join('-');
  return isPartialDate(date) ? date : null;
}

/** Every filter of the view state, with search, facets and dates cleared; the selection and window kept. */
export function clearedFilters(state: ViewState, index: EventIndex): Partial<ViewState> {
  return {
    q: undefined,
    topics: [],
    people: [],
    kinds: [],
    countries: [],
    from: undefined,
    to: undefined,
    // With no filter every event is visible, so the selection survives if the dataset knows it.
    event: state.event !== undefined && index.position.has(state.event) ? state.event : undefined,
  };
}

/** The latest the search text is folded if the timeline never marks its first draw. */
const WARM_SEARCH_FALLBACK_MS = 5000;

/** Calls `then` once the timeline has drawn its first items (its `timeline:ready` mark), or after a while. */
function afterTimelineReady(then: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    then();
  };
  const timer = setTimeout(run, WARM_SEARCH_FALLBACK_MS);
  let observer: PerformanceObserver | undefined;
  if (performance.getEntriesByName('timeline:ready').length > 0) run();
  else if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('timeline:ready').length > 0) run();
    });
    observer.observe({ type: 'mark' });
  }
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
}

/**
 * Fold the events' search text while the browser is idle, so the first keystroke does not pay for it;
 * not before the timeline's first draw (an idle moment while the timeline loads would delay it).
 */
function useWarmSearch(index: EventIndex) {
  useEffect(() => {
    const warm = () => void searchText(index);
    let idle: number | undefined;
    const cancelWait = afterTimelineReady(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(warm, { timeout: 3000 });
      else warm();
    });
    return () => {
      cancelWait();
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [index]);
}

/** The filter panel (testid `filter-panel`), reading and writing the view state. */
export function FilterPanel({
  index,
  state,
  shown,
  update,
  lang,
  facetsShown = true,
}: FilterPanelProps) {
  const t = FILTER_MESSAGES[lang];
  const bodyId = useId();
  const fromId = useId();
  const toId = useId();
  const dateHintId = useId();
  const [open, setOpen] = useState(false);
  // Counts depend on the filters only: panning (view) or opening an event must not recount. They
  // follow a change in a background render, so a click checks its box and redraws the timeline first.
  const countState = useDeferredValue(state);
  const filterKey = JSON.stringify([
    countState.q,
    countState.topics,
    countState.people,
    countState.kinds,
    countState.countries,
    countState.from,
    countState.to,
  ]);
  const latest = useRef(countState);
  latest.current = countState;
  const counts = useMemo(
    () => (facetsShown ? facetCounts(index, latest.current) : undefined),
    [index, filterKey, facetsShown],
  );
  const total = index.events.length;
  useWarmSearch(index);
  const active = hasActiveFilters(state);

  // Kept the same between renders, so a facet group whose own props did not change skips its render.
  const groupMessages = useMemo(
    () => ({
      selected: t.selected,
      filterList: t.filterPeople,
      showAll: t.showAll,
      showFewer: t.showFewer,
      noMatch: t.noMatch,
    }),
    [t],
  );
  const countryMessages = useMemo(
    () => ({ ...groupMessages, filterList: t.filterCountries }),
    [groupMessages, t],
  );
  const setTopics = useCallback((topics: string[]) => update({ topics }, 'push'), [update]);
  const setKinds = useCallback(
    (kinds: string[]) => update({ kinds: kinds as EventKind[] }, 'push'),
    [update],
  );
  const setPeople = useCallback((people: string[]) => update({ people }, 'push'), [update]);
  const setCountries = useCallback(
    (countries: string[]) => update({ countries }, 'push'),
    [update],
  );

  const setDate = (key: 'from' | 'to', date: string | undefined) => {
    if (date !== state[key]) update({ [key]: date }, 'push');
  };

  return (
    <section
      data-testid="filter-panel"
      aria-label={t.heading}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <SearchBox
        query={state.q}
        label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        hint={t.searchHint}
        onSearch={(q, mode) => update({ q }, mode)}
      />

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p
          data-testid="result-count"
          data-shown={shown}
          data-total={total}
          aria-live="polite"
          aria-atomic="true"
          className="text-sm font-medium tabular-nums"
        >
          {t.resultCount(shown, total)}
        </p>
        <div className="flex items-center gap-2">
          {/* Shown only when there is something to clear; focus then goes back to the search box. */}
          {active ? (
            <button
              type="button"
              data-testid="clear-filters"
              onClick={(e) => {
                update(clearedFilters(state, index), 'push');
                e.currentTarget
                  .closest('[data-testid="filter-panel"]')
                  ?.querySelector<HTMLInputElement>('input[type="search"]')
                  ?.focus();
              }}
              className="inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
            >
              <span aria-hidden="true">✕</span>
              {t.clear}
            </button>
          ) : null}
          <button
            type="button"
            data-testid="filter-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen((o) => !o)}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 md:hidden dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {open ? t.hideFilters : t.showFilters}
          </button>
        </div>
      </div>

      {/* Collapsed on phones only: from the md breakpoint up the facets are always shown. */}
      <div id={bodyId} className={`${open ? 'flex' : 'hidden'} flex-col gap-3 md:flex`}>
        <fieldset className="min-w-0 border-t border-slate-200 pt-3 dark:border-slate-700">
          <legend className="pr-2 text-sm font-semibold">{t.dates}</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">
            <MonthField
              id={fromId}
              testId="filter-from"
              label={t.from}
              value={monthInputValue(state.from, 'from')}
              placeholder={t.monthPlaceholder}
              hintId={dateHintId}
              invalidText={t.monthInvalid}
              parse={monthFromInput}
              onCommit={(date) => setDate('from', date)}
            />
            <MonthField
              id={toId}
              testId="filter-to"
              label={t.to}
              value={monthInputValue(state.to, 'to')}
              placeholder={t.monthPlaceholder}
              hintId={dateHintId}
              invalidText={t.monthInvalid}
              parse={monthFromInput}
              onCommit={(date) => setDate('to', date)}
            />
          </div>
          <p id={dateHintId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {t.monthHint}
          </p>
        </fieldset>

        {counts ? (
          <>
            <FacetGroup
              name="topic"
              legend={t.topics}
              options={index.topicOptions}
              counts={counts.topics}
              selected={state.topics}
              lang={lang}
              messages={groupMessages}
              onChange={setTopics}
            />
            <FacetGroup
              name="kind"
              legend={t.kinds}
              options={index.kindOptions}
              counts={counts.kinds}
              selected={state.kinds}
              lang={lang}
              messages={groupMessages}
              onChange={setKinds}
            />
            <FacetGroup
              name="person"
              legend={t.people}
              options={index.personOptions}
              counts={counts.people}
              selected={state.people}
              lang={lang}
              limit={PEOPLE_SHOWN}
              messages={groupMessages}
              onChange={setPeople}
            />
            <FacetGroup
              name="country"
              legend={t.countries}
              options={index.countryOptions}
              counts={counts.countries}
              selected={state.countries}
              lang={lang}
              limit={COUNTRIES_SHOWN}
              messages={countryMessages}
              onChange={setCountries}
            />
          </>
        ) : (
          // The facets' place while the timeline draws first: the panel keeps its height.
          <div
            data-testid="facets-pending"
            role="status"
            aria-busy="true"
            className="h-[40rem] animate-pulse rounded bg-slate-100 dark:bg-slate-800/60"
          />
        )}
      </div>
    </section>
  );
}
