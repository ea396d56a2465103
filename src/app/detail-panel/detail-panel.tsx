/**
 * The selected event's story, rendered by React from the dataset's text (never HTML from it).
 * A side panel (complementary landmark) on wide screens, a full-screen dialog on phones.
 */
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import type { Article, Dataset, TimelineEvent } from '../../shared/schema';
import { formatDateRange } from '../i18n/format-date';
import { countryName, KIND_LABELS, type UiLang } from '../i18n/messages';
import { citationText } from './citation';
import { PANEL_MESSAGES } from './messages';
import { neighbours, relatedEvents } from './related-events';
import { SourceCard } from './source-card';
import { useCopy } from './use-copy';

export interface DetailPanelProps {
  event: TimelineEvent;
  dataset: Dataset;
  articles: ReadonlyMap<string, Article>;
  /** The filtered events, chronological: previous/next move within them. */
  filtered: readonly TimelineEvent[];
  lang: UiLang;
  /** Phones: a modal full-screen sheet instead of a side panel. */
  modal: boolean;
  onClose: () => void;
  onSelect: (id: string) => void;
  onFilterPerson: (name: string) => void;
  onFilterTopic: (id: string) => void;
}

const LINK_BUTTON =
  'text-left font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200';
const ACTION_BUTTON =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
const CHIP =
  'rounded-full border border-slate-300 bg-slate-50 px-3 py-1 text-sm text-slate-800 hover:border-blue-600 hover:bg-blue-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/** Keeps Tab and Shift+Tab inside a modal dialog: from the last control back to the first, and back. */
function trapFocus(e: ReactKeyboardEvent<HTMLElement>) {
  if (e.key !== 'Tab') return;
  const focusable = [
    ...e.currentTarget.querySelectorAll<HTMLElement>(
      'button:not([disabled]), a[href], input, textarea, [tabindex="0"]',
    ),
  ];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (
    e.shiftKey &&
    (document.activeElement === first || !e.currentTarget.contains(document.activeElement))
  ) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/** The detail panel for one event. */
export function DetailPanel(props: DetailPanelProps) {
  const { event, dataset, articles, filtered, lang, modal } = props;
  const t = PANEL_MESSAGES[lang];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [showCitation, setShowCitation] = useState(false);
  const link = useCopy();
  const cite = useCopy();
  const { previous, next } = useMemo(() => neighbours(filtered, event.id), [filtered, event.id]);
  const related = useMemo(() => relatedEvents(event, dataset.events), [event, dataset.events]);
  const topicLabels = useMemo(
    () =>
      new Map(
        dataset.topics.map((topic) => [topic.id, lang === 'vi' ? topic.label : topic.labelEn]),
      ),
    [dataset.topics, lang],
  );
  // Read at render: the address bar already carries this event (the panel opens from the URL state).
  const url = typeof window === 'undefined' ? '' : window.location.href;
  const citation = citationText(event, articles, url, lang);

  // Focus moves into the panel when it opens or shows another event.
  useEffect(() => {
    // preventScroll: on wide screens the panel is sticky and already in view; on phones it is a fixed sheet.
    headingRef.current?.focus({ preventScroll: true });
    setShowCitation(false);
    link.reset();
    cite.reset();
    // link/cite reset functions are stable; only a new event resets the panel.
  }, [event.id]);

  // As a modal sheet (phones), the page behind does not scroll.
  useEffect(() => {
    if (!modal) return;
    const previous = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = previous;
    };
  }, [modal]);

  const titleId = `panel-title-${event.id}`;
  const body = (
    <>
      <div className="sticky top-0 z-10 flex items-start gap-2 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-700 dark:bg-slate-900/95">
        <h2
          id={titleId}
          ref={headingRef}
          tabIndex={-1}
          // Focused by script only (for screen readers), never by Tab: no focus ring on a heading.
          className="flex-1 text-lg leading-snug font-semibold text-slate-900 outline-none dark:text-slate-50"
        >
          {event.title}
        </h2>
        <button
          type="button"
          data-testid="close-panel"
          aria-label={t.closePanel}
          title={t.close}
          onClick={props.onClose}
          className="inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-md border border-slate-300 text-xl text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <div className="space-y-5 px-4 py-4 text-slate-800 dark:text-slate-100">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-slate-600 dark:text-slate-300">{t.date}</dt>
          <dd data-testid="event-date" className="font-medium">
            {formatDateRange(event.start, event.end, lang)}
          </dd>
          <dt className="text-slate-600 dark:text-slate-300">{t.kind}</dt>
          <dd data-testid="event-kind">
            <span className={`kind-badge event-${event.kind}`}>
              {KIND_LABELS[lang][event.kind]}
            </span>
          </dd>
          {event.location ? (
            <>
              <dt className="text-slate-600 dark:text-slate-300">{t.place}</dt>
              <dd data-testid="event-location">{event.location}</dd>
            </>
          ) : null}
          {event.countries.length > 0 ? (
            <>
              <dt className="text-slate-600 dark:text-slate-300">{t.countries}</dt>
              <dd data-testid="event-countries">
                {event.countries.map((code) => countryName(code, lang)).join(', ')}
              </dd>
            </>
          ) : null}
        </dl>

        <section aria-labelledby={`${titleId}-summary`}>
          <h3 id={`${titleId}-summary`} className="sr-only">
            {t.summary}
          </h3>
          <p data-testid="event-summary" className="leading-relaxed">
            {event.summary}
          </p>
        </section>

        {event.participants.length > 0 ? (
          <section aria-labelledby={`${titleId}-people`}>
            <h3
              id={`${titleId}-people`}
              className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
            >
              {t.participants}
            </h3>
            <ul data-testid="event-participants" className="space-y-1.5">
              {event.participants.map((p) => (
                <li key={`${p.name}-${p.title ?? ''}`}>
                  <button
                    type="button"
                    className={LINK_BUTTON}
                    aria-label={t.participantFilter(p.name)}
                    onClick={() => props.onFilterPerson(p.name)}
                  >
                    {p.name}
                  </button>
                  {p.title || p.country ? (
                    <span className="text-sm text-slate-600 dark:text-slate-300">
                      {' — '}
                      {[p.title, p.country ? countryName(p.country, lang) : undefined]
                        .filter(Boolean)
                        .join(', ')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {event.topics.length > 0 ? (
          <section aria-labelledby={`${titleId}-topics`}>
            <h3
              id={`${titleId}-topics`}
              className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
            >
              {t.topics}
            </h3>
            <ul data-testid="event-topics" className="flex flex-wrap gap-2">
              {event.topics.map((id) => {
                const label = topicLabels.get(id) ?? id;
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className={CHIP}
                      aria-label={t.topicFilter(label)}
                      onClick={() => props.onFilterTopic(id)}
                    >
                      {label}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby={`${titleId}-sources`}>
          <h3
            id={`${titleId}-sources`}
            className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
          >
            {t.sources}
          </h3>
          <ul data-testid="event-sources" className="space-y-3">
            {event.sources.map((source, i) => (
              <SourceCard
                key={`${source.articleId}-${i}`}
                source={source}
                article={articles.get(source.articleId)}
                lang={lang}
              />
            ))}
          </ul>
        </section>

        <section aria-label={t.actions} className="space-y-2">
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              data-testid="copy-link"
              className={ACTION_BUTTON}
              onClick={() => void link.copy(url)}
            >
              <span aria-hidden="true">🔗</span> {t.copyLink}
            </button>
            <button
              type="button"
              data-testid="cite-event"
              className={ACTION_BUTTON}
              aria-expanded={showCitation}
              onClick={() => {
                setShowCitation(true);
                void cite.copy(citation);
              }}
            >
              <span aria-hidden="true">❝</span> {t.cite}
            </button>
          </div>
          <p
            role="status"
            className="min-h-5 text-sm font-medium text-green-800 dark:text-green-300"
          >
            {link.status === 'copied' || cite.status === 'copied' ? `✓ ${t.copied}` : ''}
          </p>
          {link.status === 'failed' ? (
            <label className="block text-sm">
              {t.copyFallback}
              <input
                readOnly
                value={url}
                onFocus={(e) => e.currentTarget.select()}
                className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
              />
            </label>
          ) : null}
          {showCitation ? (
            <label className="block text-sm">
              <span className="font-medium">{t.citation}</span>
              <textarea
                data-testid="citation-text"
                readOnly
                value={citation}
                rows={5}
                onFocus={(e) => e.currentTarget.select()}
                className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 text-xs leading-relaxed dark:border-slate-600 dark:bg-slate-800"
              />
            </label>
          ) : null}
        </section>

        <nav aria-label={t.navigation} className="flex justify-between gap-2">
          <button
            type="button"
            data-testid="prev-event"
            className={ACTION_BUTTON}
            disabled={!previous}
            title={previous?.title}
            onClick={() => previous && props.onSelect(previous.id)}
          >
            <span aria-hidden="true">←</span> {t.previous}
          </button>
          <button
            type="button"
            data-testid="next-event"
            className={ACTION_BUTTON}
            disabled={!next}
            title={next?.title}
            onClick={() => next && props.onSelect(next.id)}
          >
            {t.next} <span aria-hidden="true">→</span>
          </button>
        </nav>

        <section aria-labelledby={`${titleId}-related`}>
          <h3
            id={`${titleId}-related`}
            className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
          >
            {t.related}
          </h3>
          {related.length > 0 ? (
            <ul data-testid="related-events" className="space-y-1.5 text-sm">
              {related.map((other) => (
                <li key={other.id}>
                  <button
                    type="button"
                    className={LINK_BUTTON}
                    data-event-id={other.id}
                    onClick={() => props.onSelect(other.id)}
                  >
                    {other.title}
                  </button>
                  <span className="text-slate-600 dark:text-slate-300">
                    {' '}
                    · {formatDateRange(other.start, other.end, lang)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p data-testid="related-events" className="text-sm text-slate-600 dark:text-slate-300">
              {t.noRelated}
            </p>
          )}
        </section>
      </div>
    </>
  );

  const frame = 'overflow-y-auto bg-white dark:bg-slate-900';
  if (modal) {
    return (
      <div
        className="fixed inset-0 z-40 flex flex-col bg-slate-900/40"
        onClick={(e) => e.target === e.currentTarget && props.onClose()}
      >
        <div
          data-testid="detail-panel"
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          onKeyDown={trapFocus}
          className={`${frame} mt-8 flex-1 rounded-t-2xl shadow-2xl`}
        >
          {body}
        </div>
      </div>
    );
  }
  return (
    <aside
      data-testid="detail-panel"
      aria-labelledby={titleId}
      className={`${frame} max-h-[calc(100vh-1.5rem)] rounded-lg border border-slate-200 shadow-lg dark:border-slate-700`}
    >
      {body}
    </aside>
  );
}
