/**
 * The page: view state from the URL → filtered events (memoised) → timeline, list and detail panel.
 * The shell owns the layout and the wiring; each feature folder owns its own component.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Article, Dataset, TimelineEvent } from '../shared/schema';
import { timelineQueryOptions } from './data/timeline-query';
import { LoadingState } from './data/loading-state';
import { ErrorState } from './data/error-state';
import { EventList } from './event-list/event-list';
import { buildEventIndex, filterEvents, personId } from './filters/filter-events';
import { FilterPanel } from './filters/filter-panel';
import { SHELL_MESSAGES, type UiLang } from './i18n/messages';
import { useDocumentLang } from './i18n/use-document-lang';
import { datasetStats } from './layout/dataset-stats';
import { Footer } from './layout/footer';
import { Header } from './layout/header';
import { Legend } from './layout/legend';
import { useMediaQuery } from './layout/use-media-query';
import { preloadTimeline, TimelineSection } from './timeline/timeline-section';
import { useViewState } from './url-state/use-view-state';
import type { ViewState } from './url-state/url-state';

const NO_ARTICLES: readonly Article[] = [];
/** The latest the facets wait for the timeline's first draw. */
const FACETS_FALLBACK_MS = 3000;

type Update = (patch: Partial<ViewState>, mode: 'push' | 'replace') => void;

// The detail panel is not needed for the first paint: it loads on its own, fetched once the data is in.
const loadDetailPanel = () => import('./detail-panel/detail-panel');
const DetailPanel = lazy(() => loadDetailPanel().then((m) => ({ default: m.DetailPanel })));

// The timeline is the first thing drawn once the data is in: fetch its chunk alongside the data.
preloadTimeline();

/** The whole app: header, the dataset's states (loading, error, loaded), footer. */
export function App() {
  const { state, update } = useViewState();
  const lang = state.lang;
  const t = SHELL_MESSAGES[lang];
  useDocumentLang(lang, t.appTitle);
  const query = useQuery(timelineQueryOptions);
  const stats = useMemo(() => (query.data ? datasetStats(query.data) : undefined), [query.data]);
  const onLangChange = useCallback((next: UiLang) => update({ lang: next }, 'replace'), [update]);

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-blue-700 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t.skipToContent}
      </a>
      <Header lang={lang} stats={stats} onLangChange={onLangChange} />
      {query.isPending ? (
        <main id="main" className="flex-1">
          <LoadingState lang={lang} />
        </main>
      ) : query.isError ? (
        <main id="main" className="flex-1 px-4">
          <ErrorState
            lang={lang}
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        </main>
      ) : (
        <Explorer dataset={query.data} state={state} update={update} />
      )}
      <Footer lang={lang} articles={query.data?.articles ?? NO_ARTICLES} />
    </div>
  );
}

interface ExplorerProps {
  dataset: Dataset;
  state: ViewState;
  update: Update;
}

/** The loaded page: filters, timeline, list and the detail panel, laid out for the screen width. */
function Explorer({ dataset, state, update }: ExplorerProps) {
  const lang = state.lang;
  const t = SHELL_MESSAGES[lang];
  const wide = useMediaQuery('(min-width: 1024px)');
  const [narrowView, setNarrowView] = useState<'timeline' | 'list'>('timeline');
  const index = useMemo(() => buildEventIndex(dataset), [dataset]);
  const articles = useMemo(
    () => new Map<string, Article>(dataset.articles.map((a) => [a.id, a])),
    [dataset.articles],
  );
  useEffect(() => {
    void loadDetailPanel();
  }, []);
  // The first view draws the timeline first; the filter panel's facets follow its first draw (or
  // a moment, should the timeline not draw), so their index and checkboxes take no time from it.
  const [timelineDrawn, setTimelineDrawn] = useState(false);
  const onFirstDraw = useCallback(() => setTimelineDrawn(true), []);
  useEffect(() => {
    const fallback = setTimeout(onFirstDraw, FACETS_FALLBACK_MS);
    return () => clearTimeout(fallback);
  }, [onFirstDraw]);

  // Only the filter fields decide the filtered list: panning (view) or opening an event must not refilter.
  const filterKey = JSON.stringify([
    state.q,
    state.topics,
    state.people,
    state.kinds,
    state.countries,
    state.from,
    state.to,
  ]);
  const filterState = useRef(state);
  filterState.current = state;
  const filtered = useMemo(() => filterEvents(index, filterState.current), [index, filterKey]);

  // The timeline and the count follow a filter change at once; the list (200 entries to re-render)
  // follows in a background render that React interrupts for input, so it never delays the timeline.
  // On the first render the list starts empty (null) and is filled right after the first paint.
  const listEvents = useDeferredValue<TimelineEvent[] | null>(filtered, null);
  const position = state.event !== undefined ? index.position.get(state.event) : undefined;
  const selected = position !== undefined ? index.events[position] : undefined;

  // Focus returns where it was when the panel closes (the list button, the timeline…).
  const returnFocus = useRef<HTMLElement | null>(null);
  const timelineRegion = useRef<HTMLElement>(null);
  const openEvent = useCallback(
    (id: string) => {
      if (!filterState.current.event)
        returnFocus.current = document.activeElement as HTMLElement | null;
      update({ event: id }, 'push');
    },
    [update],
  );
  const closePanel = useCallback(() => update({ event: undefined }, 'push'), [update]);
  const wasOpen = useRef(Boolean(selected));
  useEffect(() => {
    const open = Boolean(selected);
    if (wasOpen.current && !open) {
      const target = returnFocus.current;
      if (target && target.isConnected && target !== document.body) target.focus();
      else timelineRegion.current?.querySelector<HTMLElement>('.timeline-canvas')?.focus();
      returnFocus.current = null;
    }
    wasOpen.current = open;
  }, [selected]);

  // Esc closes the panel from anywhere (the timeline handles its own Esc and marks it handled).
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        closePanel();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, closePanel]);

  const onViewChange = useCallback(
    (view: { start: string; end: string }) => update({ view }, 'replace'),
    [update],
  );
  const onFilterPerson = useCallback(
    (name: string) => update({ people: [personId(name)] }, 'push'),
    [update],
  );
  const onFilterTopic = useCallback((id: string) => update({ topics: [id] }, 'push'), [update]);
  const onFilterUpdate = useCallback(
    (patch: Partial<ViewState>, mode: 'push' | 'replace') => update(patch, mode),
    [update],
  );

  const showTimeline = wide || narrowView === 'timeline';
  const showList = wide || narrowView === 'list';

  const panel = selected ? (
    <Suspense
      fallback={
        <div
          role="status"
          className="h-64 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800"
        />
      }
    >
      <DetailPanel
        event={selected}
        dataset={dataset}
        articles={articles}
        filtered={filtered}
        lang={lang}
        modal={!wide}
        onClose={closePanel}
        onSelect={openEvent}
        onFilterPerson={onFilterPerson}
        onFilterTopic={onFilterTopic}
      />
    </Suspense>
  ) : null;

  return (
    <div
      className={`mx-auto grid w-full max-w-[1600px] flex-1 gap-4 px-3 py-4 sm:px-6 lg:items-start ${
        selected && wide
          ? 'lg:grid-cols-[17rem_minmax(0,1fr)_26rem]'
          : 'lg:grid-cols-[17rem_minmax(0,1fr)]'
      }`}
    >
      <div className="min-w-0 lg:sticky lg:top-3 lg:max-h-[calc(100vh-1.5rem)] lg:overflow-y-auto">
        <FilterPanel
          dataset={dataset}
          index={index}
          state={state}
          shown={filtered.length}
          update={onFilterUpdate}
          lang={lang}
          facetsShown={timelineDrawn}
        />
      </div>

      <main id="main" className="flex min-w-0 flex-col gap-4" tabIndex={-1}>
        {!wide ? (
          <div className="flex items-center justify-between gap-2">
            <h2 className="text-base font-semibold">
              {narrowView === 'timeline' ? t.timelineHeading : t.listHeading}
            </h2>
            <button
              type="button"
              data-testid="view-toggle"
              aria-pressed={narrowView === 'list'}
              onClick={() => setNarrowView((v) => (v === 'timeline' ? 'list' : 'timeline'))}
              className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
            >
              {narrowView === 'timeline' ? t.showList : t.showTimeline}
            </button>
          </div>
        ) : null}

        <section
          ref={timelineRegion}
          data-testid="timeline"
          aria-labelledby="timeline-heading"
          className={showTimeline ? 'min-w-0' : 'hidden'}
        >
          <h2 id="timeline-heading" className={wide ? 'mb-2 text-base font-semibold' : 'sr-only'}>
            {t.timelineHeading}
          </h2>
          <TimelineSection
            events={filtered}
            allEvents={dataset.events}
            selectedId={selected?.id}
            view={state.view}
            lang={lang}
            onSelect={openEvent}
            onClose={closePanel}
            onViewChange={onViewChange}
            onFirstDraw={onFirstDraw}
          />
          <Legend lang={lang} />
        </section>

        <section aria-labelledby="list-heading" className={showList ? 'min-w-0' : 'hidden'}>
          <h2 id="list-heading" className={wide ? 'mb-2 text-base font-semibold' : 'sr-only'}>
            {t.listHeading}
          </h2>
          <div className="rounded-lg border border-slate-200 bg-white lg:max-h-[36rem] lg:overflow-y-auto dark:border-slate-700 dark:bg-slate-900">
            {listEvents ? (
              <EventList
                events={listEvents}
                selectedId={selected?.id}
                onSelect={openEvent}
                lang={lang}
                dataset={dataset}
              />
            ) : (
              <div role="status" aria-busy="true" className="h-40 animate-pulse" />
            )}
          </div>
        </section>
      </main>

      {panel && wide ? <div className="min-w-0 lg:sticky lg:top-3">{panel}</div> : panel}
    </div>
  );
}
