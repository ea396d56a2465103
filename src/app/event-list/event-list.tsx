/**
 * The accessible way through the data: the filtered events as a chronological `<ol>`, a year heading
 * at the first event of each year, one button per event. Arrow keys move between events; the
 * selected event is marked `aria-current` and scrolled into view. Renders in pages of 200 so that
 * 10,000 events stay fast.
 */
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset, TimelineEvent } from '../../shared/schema';
import { formatDateRange } from '../i18n/format-date';
import { KIND_LABELS } from '../i18n/messages';
import type { Lang } from '../url-state/url-state';
import { LIST_MESSAGES } from './messages';

export const LIST_PAGE_SIZE = 200;

export interface EventListProps {
  events: TimelineEvent[];
  selectedId?: string;
  onSelect: (id: string) => void;
  lang: Lang;
  dataset: Dataset;
}

/** How many events to render: whole pages, enough to include the selected event. */
export function renderedCount(
  events: readonly TimelineEvent[],
  pages: number,
  selectedId: string | undefined,
): number {
  let count = Math.min(events.length, pages * LIST_PAGE_SIZE);
  if (selectedId !== undefined) {
    const at = events.findIndex((e) => e.id === selectedId);
    if (at >= count)
      count = Math.min(events.length, (Math.floor(at / LIST_PAGE_SIZE) + 1) * LIST_PAGE_SIZE);
  }
  return count;
}

/**
 * Bring the selected entry into view inside the list's own scroll box only: selecting an event on
 * the timeline must not make the whole page jump down to the list.
 */
function scrollIntoList(item: HTMLElement) {
  for (let box = item.parentElement; box && box !== document.body; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) {
      const itemBox = item.getBoundingClientRect();
      const boxRect = box.getBoundingClientRect();
      // Leave room for the sticky year heading above the item.
      const margin = 40;
      if (itemBox.top < boxRect.top + margin) box.scrollTop -= boxRect.top + margin - itemBox.top;
      else if (itemBox.bottom > boxRect.bottom) box.scrollTop += itemBox.bottom - boxRect.bottom;
      return;
    }
  }
}

/** Move focus between the list's event buttons: ↑/↓ one event, Home/End the first/last rendered one. */
function onListKeyDown(e: KeyboardEvent<HTMLOListElement>) {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
  const target = e.target as HTMLElement;
  if (!target.matches('button[data-event-id]')) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-event-id]')];
  const at = buttons.indexOf(target as HTMLButtonElement);
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? buttons.length - 1
        : at + (e.key === 'ArrowDown' ? 1 : -1);
  const button = buttons[next];
  if (!button) return;
  e.preventDefault();
  button.focus();
}

/**
 * The filtered events as a chronological list (testid `event-list`), synchronised with the selection.
 * Memoised: a filter click re-renders the page at once with the previous (deferred) list, which
 * then has nothing to redo until its new events arrive in the background render.
 */
export const EventList = memo(function EventList({
  events,
  selectedId,
  onSelect,
  lang,
}: EventListProps) {
  const t = LIST_MESSAGES[lang];
  const listRef = useRef<HTMLOListElement>(null);
  const [pages, setPages] = useState(1);
  // A new filter result starts again at the first page.
  const [pagedEvents, setPagedEvents] = useState(events);
  if (pagedEvents !== events) {
    setPagedEvents(events);
    setPages(1);
  }
  const count = renderedCount(events, pages, selectedId);
  const rendered = events.slice(0, count);

  useEffect(() => {
    if (!selectedId || !listRef.current) return;
    const button = listRef.current.querySelector<HTMLElement>(
      `button[data-event-id="${CSS.escape(selectedId)}"]`,
    );
    if (button) scrollIntoList(button);
  }, [selectedId]);

  return (
    <div className="flex flex-col gap-2">
      {events.length === 0 && (
        <p className="p-3 text-sm text-slate-600 dark:text-slate-300">{t.empty}</p>
      )}
      <ol
        ref={listRef}
        data-testid="event-list"
        aria-label={t.label}
        className="flex flex-col"
        onKeyDown={onListKeyDown}
      >
        {rendered.map((event, i) => (
          <EventListItem
            key={event.id}
            event={event}
            yearHeading={i === 0 || rendered[i - 1]?.start.slice(0, 4) !== event.start.slice(0, 4)}
            selected={event.id === selectedId}
            lang={lang}
            onSelect={onSelect}
          />
        ))}
      </ol>
      {count < events.length && (
        <div className="flex flex-col items-start gap-1 px-3 pb-3">
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {t.showing(count, events.length)}
          </p>
          <button
            type="button"
            onClick={() => setPages(Math.ceil(count / LIST_PAGE_SIZE) + 1)}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t.showMore(Math.min(LIST_PAGE_SIZE, events.length - count))}
          </button>
        </div>
      )}
    </div>
  );
});

interface EventListItemProps {
  event: TimelineEvent;
  /** True for the first event of its year, which carries the year heading. */
  yearHeading: boolean;
  selected: boolean;
  lang: Lang;
  onSelect: (id: string) => void;
}

/** One entry; memoised so that a new selection re-renders two entries, not the whole page of them. */
const EventListItem = memo(function EventListItem({
  event,
  yearHeading,
  selected,
  lang,
  onSelect,
}: EventListItemProps) {
  const t = LIST_MESSAGES[lang];
  return (
    <li className="event-list-row flex flex-col">
      {yearHeading && (
        <h3 className="sticky top-0 z-10 bg-white/95 px-3 pt-3 pb-1 text-sm font-bold text-slate-700 dark:bg-slate-900/95 dark:text-slate-200">
          {t.year(event.start.slice(0, 4))}
        </h3>
      )}
      <button
        type="button"
        data-event-id={event.id}
        data-kind={event.kind}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(event.id)}
        className={`flex w-full flex-col items-start gap-0.5 border-l-4 px-3 py-2 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800 ${
          selected
            ? 'border-blue-700 bg-blue-50 dark:border-blue-300 dark:bg-blue-950'
            : 'border-transparent'
        }`}
      >
        <span className="font-medium text-slate-900 dark:text-slate-100">{event.title}</span>
        <span className="text-sm text-slate-600 dark:text-slate-300">
          <time dateTime={event.start}>{formatDateRange(event.start, event.end, lang)}</time>
          {' · '}
          {KIND_LABELS[lang][event.kind]}
          {event.location ? ` · ${event.location}` : ''}
        </span>
      </button>
    </li>
  );
});
