/**
 * The vis-timeline view. The only module that touches the vis instance: it is created once, its
 * item DataSet lives in a ref and is patched when the filtered events change, never rebuilt.
 * Loaded lazily (default export) so vis-timeline and moment stay out of the first paint's JavaScript.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment from 'moment';
// moment's ESM locale file registers on the same moment instance vis-timeline imports
// ("moment/locale/vi" is UMD and, bundled, registers on a second copy); only Vietnamese is bundled.
import 'moment/dist/locale/vi';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { firstDay, lastDay } from '../../shared/dates';
import type { TimelineEvent } from '../../shared/schema';
import { formatDateRange } from '../i18n/format-date';
import type { UiLang } from '../i18n/messages';
import { aggregateEvents, detailLevel, type DetailLevel } from './aggregate';
import {
  buildEntryItems,
  buildGroups,
  dayAfter,
  eventSpan,
  localDay,
  toIsoDay,
  type TimelineGroup,
  type TimelineItem,
} from './build-items';
import {
  batchItemAdds,
  settleTouchActionAfterFirstDraw,
  withBatchedRedraw,
  withRedrawsHeld,
} from './batched-item-add';
import { computeItemSizesFromText } from './computed-item-sizes';
import { diffItems, itemSignature } from './sync-items';
import { fitWindow } from './fit-window';
import { LANES } from './lanes';
import { TIMELINE_MESSAGES } from './messages';
import { ZoomControls } from './zoom-controls';

export interface TimelineWindow {
  start: string;
  end: string;
}

export interface TimelineViewProps {
  /** The filtered events, chronological. */
  events: TimelineEvent[];
  /** Every event of the dataset: sets how far one can pan. */
  allEvents: TimelineEvent[];
  selectedId?: string | undefined;
  view?: TimelineWindow | undefined;
  lang: UiLang;
  onSelect: (id: string) => void;
  onClose: () => void;
  onViewChange: (view: TimelineWindow) => void;
  /** Called once, after the timeline's first draw (with or without items). */
  onFirstDraw?: () => void;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const VIEW_DEBOUNCE_MS = 300;
/** Phones, the breakpoint of styles.css: short lane labels and narrower item titles. */
const NARROW_QUERY = '(max-width: 640px)';

/** Room a title takes right of its date: `.vis-item-content` max-width + padding + border (styles.css). */
function labelRoomPx(): number {
  return window.matchMedia(NARROW_QUERY).matches ? 150 : 235;
}

/**
 * The drawing area's width: the container less vis's lane-label column (estimated before the first
 * draw). Read from the container, which has its new size before vis redraws on a resize.
 */
function centerWidth(container: HTMLElement): number {
  const labels = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  const labelWidth = labels?.offsetWidth || (window.matchMedia(NARROW_QUERY).matches ? 80 : 160);
  return Math.max(container.clientWidth - labelWidth, 100);
}

/** The window showing every one of `events` with the latest titles whole, or undefined for none. */
function fittedWindow(
  events: readonly TimelineEvent[],
  container: HTMLElement,
): { start: Date; end: Date } | undefined {
  const span = eventSpan(events);
  if (!span) return undefined;
  const fit = fitWindow({
    first: localDay(span.first).getTime(),
    lastStart: localDay(span.lastStart).getTime(),
    lastEnd: dayAfter(span.last).getTime(),
    widthPx: centerWidth(container),
    labelPx: labelRoomPx(),
  });
  return { start: new Date(fit.start), end: new Date(fit.end) };
}

/**
 * The items to show for the filtered events at a detail level (the selection and the keyboard
 * cursor never merge into a bucket), and which lanes have any: an empty lane takes no room.
 */
function shownItems(
  events: readonly TimelineEvent[],
  level: DetailLevel,
  lang: UiLang,
  selectedId: string | undefined,
  cursorId: string | undefined,
): { items: TimelineItem[]; lanes: { id: string; visible: boolean }[]; lanesKey: string } {
  const keep = new Set([selectedId, cursorId].filter((id): id is string => id !== undefined));
  const items = buildEntryItems(aggregateEvents(events, level, keep), lang, selectedId);
  const used = new Set(items.map((item) => item.group));
  const lanes = LANES.map((id) => ({ id, visible: used.size === 0 || used.has(id) }));
  return { items, lanes, lanesKey: lanes.map((lane) => Number(lane.visible)).join('') };
}

/** What the item DataSet holds: each shown id with its signature (see sync-items.ts). */
function signatures(items: readonly TimelineItem[]): Map<string, string> {
  return new Map(items.map((item) => [item.id, itemSignature(item)]));
}

/** The timeline region: the vis instance, its buttons and its keyboard handling. */
export default function TimelineView(props: TimelineViewProps) {
  const { events, allEvents, selectedId, view, lang } = props;
  const t = TIMELINE_MESSAGES[lang];
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<TimelineItem, 'id'> | null>(null);
  const shownRef = useRef(new Map<string, string>());
  const langRef = useRef(lang);
  const pendingMarkRef = useRef<'timeline:ready' | 'timeline:updated' | null>(null);
  // Set before a move the user asked for with a button or key: vis reports those as not "byUser".
  const recordNextRangeRef = useRef(false);
  // The last window the timeline wrote into the URL: when the URL echoes it back, the timeline may
  // already be moving on (a second zoom click during the first one's animation), so it is not set
  // again.
  const writtenViewRef = useRef<TimelineWindow | null>(null);
  const groupsRef = useRef<DataSet<TimelineGroup, 'id'> | null>(null);
  const lanesShownRef = useRef('');
  // What the shown items were built from (events, level, language, selection, cursor): the patch
  // effect's first run, right after the timeline was created with them, has nothing to do.
  const shownFromRef = useRef<readonly unknown[]>([]);
  // While the window is a fit (no view in the URL, no pan or zoom since), a resize (the detail panel
  // opening, a rotated phone) fits it again, so the latest titles stay whole. Which events it fits:
  const fittedRef = useRef<'all' | 'filtered' | null>(null);
  const fitRequestRef = useRef<'all' | 'filtered' | null>(null);
  const callbacksRef = useRef(props);
  callbacksRef.current = props;
  // Built on the first lookup (a click, a selection), not on every filter change.
  const eventsById = useMemo(() => {
    let byId: Map<string, TimelineEvent> | undefined;
    return () => (byId ??= new Map(events.map((e) => [e.id, e])));
  }, [events]);
  const eventsByIdRef = useRef(eventsById);
  eventsByIdRef.current = eventsById;
  const [cursorId, setCursorId] = useState<string | undefined>(selectedId);
  const [announcement, setAnnouncement] = useState('');

  const span = useMemo(() => eventSpan(allEvents), [allEvents]);
  // Zoomed out, crowded periods are drawn as "N events" bars (see aggregate.ts); the level follows the window.
  const [level, setLevel] = useState<DetailLevel>(() => {
    if (view) return detailLevel(localDay(view.end).getTime() - localDay(view.start).getTime());
    return span
      ? detailLevel(dayAfter(span.last).getTime() - localDay(span.first).getTime())
      : 'event';
  });

  // Create the timeline once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const coarse =
      window.matchMedia('(pointer: coarse)').matches &&
      !window.matchMedia('(hover: hover)').matches;
    const items = new DataSet<TimelineItem, 'id'>();
    const narrow = window.matchMedia(NARROW_QUERY);
    // The first view's items and lanes, as the patch effect below would set them: drawn in the
    // timeline's first draw instead of patched in after it.
    const first = shownItems(
      callbacksRef.current.events,
      level,
      langRef.current,
      callbacksRef.current.selectedId,
      cursorId,
    );
    const groups = new DataSet<TimelineGroup, 'id'>(
      buildGroups(langRef.current, narrow.matches).map((group, index) => ({
        ...group,
        visible: first.lanes[index]?.visible ?? true,
      })),
    );
    const firstDate = span ? localDay(span.first).getTime() : Date.now() - 30 * YEAR;
    const lastDate = span ? dayAfter(span.last).getTime() : Date.now();
    // Pan limits: a little before the first event, and after the last one room for the fitted
    // window's margin (titles need it most on a narrow screen, where it is up to the span itself).
    const min = firstDate - Math.max((lastDate - firstDate) * 0.15, YEAR);
    const max = lastDate + Math.max((lastDate - firstDate) * 1.2, 2 * YEAR);
    const initialView = callbacksRef.current.view;
    const fitted = initialView
      ? undefined
      : fittedWindow(callbacksRef.current.allEvents, container);
    fittedRef.current = fitted ? 'all' : null;
    const options: TimelineOptions = {
      locale: langRef.current,
      moment: (date: moment.MomentInput) => moment(date).locale(langRef.current),
      xss: { disabled: false },
      // Given, so vis neither reads the direction from each ancestor's computed style nor hides its
      // root until the first draw: showing it again restyled every element of the timeline.
      rtl: false,
      stack: true,
      selectable: true,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
      min: new Date(min),
      max: new Date(max),
      zoomMin: 7 * DAY,
      zoomMax: Math.max(40 * YEAR, max - min),
      // A view from the URL is kept exactly; otherwise everything, with room for the latest titles.
      start: initialView ? localDay(initialView.start) : (fitted?.start ?? new Date(firstDate)),
      end: initialView ? localDay(initialView.end) : (fitted?.end ?? new Date(lastDate)),
      // Phones: the wheel does not exist, pinch zooms, and vertical swipes must scroll the page.
      zoomKey: coarse ? 'ctrlKey' : '',
      verticalScroll: !coarse,
      horizontalScroll: false,
      moveable: true,
      zoomable: true,
      minHeight: 220,
      // Phones scroll the page, not the timeline: no height cap there, so no lane is ever cut off.
      ...(coarse ? {} : { maxHeight: 600 }),
      groupOrder: 'order',
      tooltip: { followMouse: false, overflowMethod: 'cap', delay: 300 },
      showTooltips: true,
    };
    // One draw, on the next frame, with the options, lanes and items all set (see withRedrawsHeld).
    const timeline = withRedrawsHeld(Timeline, () => {
      const created = new Timeline(container, items as never, groups as never, options);
      batchItemAdds(created);
      settleTouchActionAfterFirstDraw(created);
      // "N events" bars are bold with thin borders: their size is calibrated apart from events'.
      computeItemSizesFromText(
        created,
        (className) => (className.includes('event-bucket') ? 'bucket' : 'event'),
        NARROW_QUERY,
      );
      items.add(first.items);
      return created;
    });
    shownRef.current = signatures(first.items);
    shownFromRef.current = [
      callbacksRef.current.events,
      level,
      langRef.current,
      callbacksRef.current.selectedId,
      cursorId,
    ];
    lanesShownRef.current = first.lanesKey;
    // vis keeps its root hidden until its first draw after a 'rangechanged' when start and end are
    // given; the initial setWindow it does then only emits one if the range moved, so now and then
    // (a race with the first resize) the timeline stayed invisible for good. The window was given,
    // so there is nothing to wait for: the next draw shows it.
    (timeline as unknown as { initialRangeChangeDone: boolean }).initialRangeChangeDone = true;
    timelineRef.current = timeline;
    itemsRef.current = items;
    groupsRef.current = groups;

    let viewTimer: ReturnType<typeof setTimeout> | undefined;
    timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      setLevel(detailLevel(props.end.getTime() - props.start.getTime()));
      if (!props.byUser && !recordNextRangeRef.current) return;
      // A pan or zoom ends the fit; the fit-all button starts one.
      fittedRef.current = props.byUser ? null : fitRequestRef.current;
      fitRequestRef.current = null;
      recordNextRangeRef.current = false;
      clearTimeout(viewTimer);
      viewTimer = setTimeout(() => {
        const written = { start: toIsoDay(props.start), end: toIsoDay(props.end) };
        writtenViewRef.current = written;
        callbacksRef.current.onViewChange(written);
      }, VIEW_DEBOUNCE_MS);
    });
    timeline.on('select', (props: { items: string[] }) => {
      const id = props.items[0];
      // A bucket zooms in on its period instead of opening anything.
      const bucket =
        id !== undefined ? /^bucket:[a-z]+:(\d{4}(?:-\d{2})?)$/.exec(String(id)) : null;
      if (bucket?.[1]) {
        timeline.setSelection([]);
        recordNextRangeRef.current = true;
        timeline.setWindow(localDay(firstDay(bucket[1])), dayAfter(lastDay(bucket[1])));
        return;
      }
      if (id !== undefined && eventsByIdRef.current().has(String(id))) {
        setCursorId(String(id));
        callbacksRef.current.onSelect(String(id));
      }
    });
    timeline.on('changed', () => {
      // "ready" waits for a draw that has items; "updated" follows any draw after a DataSet patch.
      const mark = pendingMarkRef.current;
      if (!mark || (mark === 'timeline:ready' && shownRef.current.size === 0)) return;
      pendingMarkRef.current = null;
      performance.mark(mark);
    });
    // A year label whose grid line is left of the edge shows as a stray fragment ("0" of "1990"):
    // hide it (vis places each label with a transform, so this reads no layout).
    timeline.on('changed', () => {
      for (const label of container.querySelectorAll<HTMLElement>('.vis-time-axis .vis-minor')) {
        const x = /translate\((-?[\d.]+)px/.exec(label.style.transform)?.[1];
        label.style.visibility = x !== undefined && Number(x) < 0 ? 'hidden' : '';
      }
    });
    let lastWidth = -1;
    const resize = new ResizeObserver(() => {
      if (container.clientWidth === lastWidth) return;
      lastWidth = container.clientWidth;
      const target = fittedRef.current;
      if (!target) return;
      const { allEvents, events } = callbacksRef.current;
      const fit = fittedWindow(target === 'all' ? allEvents : events, container);
      if (fit) timeline.setWindow(fit.start, fit.end, { animation: false });
    });
    resize.observe(container);
    // Phones get short lane labels; the full one is the label's tooltip.
    const onNarrowChange = () =>
      groups.update(buildGroups(langRef.current, narrow.matches) as never);
    narrow.addEventListener('change', onNarrowChange);
    let drawn = false;
    timeline.on('changed', () => {
      if (drawn) return;
      drawn = true;
      callbacksRef.current.onFirstDraw?.();
    });
    pendingMarkRef.current = 'timeline:ready';
    return () => {
      resize.disconnect();
      narrow.removeEventListener('change', onNarrowChange);
      clearTimeout(viewTimer);
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      shownRef.current = new Map();
    };
    // The instance is created once; later changes go through the effects below.
  }, []);

  // Patch the items when the filtered events, the selection or the language change.
  useEffect(() => {
    const items = itemsRef.current;
    const timeline = timelineRef.current;
    if (!items || !timeline) return;
    const from = [events, level, lang, selectedId, cursorId];
    if (from.every((input, i) => input === shownFromRef.current[i])) return;
    shownFromRef.current = from;
    const langChanged = langRef.current !== lang;
    langRef.current = lang;
    if (langChanged) {
      timeline.setOptions({ locale: lang });
      // An update, not new groups: each lane keeps its visibility.
      groupsRef.current?.update(
        buildGroups(lang, window.matchMedia(NARROW_QUERY).matches) as never,
      );
      shownRef.current = new Map();
      items.clear();
    }
    const {
      items: wanted,
      lanes,
      lanesKey,
    } = shownItems(events, level, lang, selectedId, cursorId);
    // Only lanes with an event under the current filter are drawn: no empty row takes space.
    if (lanesKey !== lanesShownRef.current) {
      lanesShownRef.current = lanesKey;
      groupsRef.current?.update(lanes as never);
    }
    const diff = diffItems(shownRef.current, wanted);
    if (diff.remove.length + diff.add.length + diff.update.length === 0) return;
    if (pendingMarkRef.current !== 'timeline:ready') pendingMarkRef.current = 'timeline:updated';
    // One redraw for the whole patch (see batched-item-add.ts), on the next frame.
    withBatchedRedraw(timeline, () => {
      if (diff.remove.length) items.remove(diff.remove);
      if (diff.add.length) items.add(diff.add);
      if (diff.update.length) items.update(diff.update);
    });
    shownRef.current = signatures(wanted);
  }, [events, lang, selectedId, cursorId, level]);

  // Mirror the open event as vis's selection, and bring it into view when it is outside.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (!selectedId || !eventsByIdRef.current().has(selectedId)) {
      timeline.setSelection([]);
      return;
    }
    timeline.setSelection([selectedId]);
    setCursorId(selectedId);
    const event = eventsByIdRef.current().get(selectedId);
    if (!event) return;
    const when = localDay(firstDay(event.start));
    const window = timeline.getWindow();
    if (when < window.start || when > window.end) {
      fittedRef.current = null;
      timeline.moveTo(when, { animation: false });
    }
  }, [selectedId]);

  // A view from the URL (a pasted link, Back/Forward) sets the window.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || !view) return;
    const written = writtenViewRef.current;
    if (written && written.start === view.start && written.end === view.end) return;
    const current = timeline.getWindow();
    if (toIsoDay(current.start) === view.start && toIsoDay(current.end) === view.end) return;
    fittedRef.current = null;
    timeline.setWindow(localDay(view.start), localDay(view.end), { animation: false });
  }, [view]);

  const zoom = useCallback((direction: 'in' | 'out') => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    recordNextRangeRef.current = true;
    if (direction === 'in') timeline.zoomIn(0.5);
    else timeline.zoomOut(0.5);
  }, []);

  // vis's own fit() leaves no room for the titles right of the latest dates: fit with room for them.
  const fitAll = useCallback(() => {
    const timeline = timelineRef.current;
    const container = containerRef.current;
    if (!timeline || !container) return;
    const { events, allEvents } = callbacksRef.current;
    const target = events.length > 0 ? 'filtered' : 'all';
    const fit = fittedWindow(target === 'all' ? allEvents : events, container);
    if (!fit) return;
    recordNextRangeRef.current = true;
    fitRequestRef.current = target;
    // Without animation vis reports this very range at once, so no other range change can take
    // the "record the next move" flag first (that race made the URL keep the old window).
    timeline.setWindow(fit.start, fit.end, { animation: false });
  }, []);

  // The last year and a half up to the latest event, with its title whole.
  const goLatest = useCallback(() => {
    const timeline = timelineRef.current;
    const container = containerRef.current;
    const latest = callbacksRef.current.events.at(-1);
    if (!timeline || !container || !latest) return;
    const start = localDay(firstDay(latest.start)).getTime();
    const fit = fitWindow({
      first: start - 1.5 * YEAR,
      lastStart: start,
      lastEnd: dayAfter(lastDay(latest.end ?? latest.start)).getTime(),
      widthPx: centerWidth(container),
      labelPx: labelRoomPx(),
    });
    recordNextRangeRef.current = true;
    timeline.setWindow(new Date(fit.start), new Date(fit.end), { animation: false });
  }, []);

  const moveCursor = useCallback(
    (step: number) => {
      const list = callbacksRef.current.events;
      if (list.length === 0) return;
      const index = cursorId ? list.findIndex((e) => e.id === cursorId) : -1;
      const nextIndex =
        index === -1
          ? step > 0
            ? 0
            : list.length - 1
          : Math.min(list.length - 1, Math.max(0, index + step));
      const next = list[nextIndex];
      if (!next) return;
      setCursorId(next.id);
      const timeline = timelineRef.current;
      if (timeline) {
        timeline.setSelection([next.id]);
        const when = localDay(firstDay(next.start));
        const window = timeline.getWindow();
        if (when < window.start || when > window.end) {
          recordNextRangeRef.current = true;
          timeline.moveTo(when);
        }
      }
      setAnnouncement(
        TIMELINE_MESSAGES[lang].cursor(
          next.title,
          formatDateRange(next.start, next.end, lang),
          nextIndex + 1,
          list.length,
        ),
      );
    },
    [cursorId, lang],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        moveCursor(1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        moveCursor(-1);
        break;
      case 'Home':
        moveCursor(-Infinity);
        break;
      case 'End':
        moveCursor(Infinity);
        break;
      case 'Enter':
        if (cursorId) props.onSelect(cursorId);
        break;
      case 'Escape':
        props.onClose();
        break;
      case '+':
      case '=':
        zoom('in');
        break;
      case '-':
      case '−':
        zoom('out');
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="relative">
      <ZoomControls
        lang={lang}
        onZoomIn={() => zoom('in')}
        onZoomOut={() => zoom('out')}
        onFitAll={fitAll}
        onGoLatest={goLatest}
      />
      <p id="timeline-help" className="sr-only">
        {t.help}
      </p>
      <div
        ref={containerRef}
        className="timeline-canvas rounded-lg border border-slate-200 bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-700 dark:bg-slate-900"
        tabIndex={0}
        role="group"
        aria-label={t.region}
        aria-describedby="timeline-help"
        onKeyDown={onKeyDown}
      />
      {events.length === 0 ? (
        <p className="pointer-events-none absolute inset-x-0 top-1/2 text-center text-sm text-slate-600 dark:text-slate-300">
          {t.empty}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
