/** The visible navigation buttons of the timeline: zoom in/out, fit all, go to the latest event. */
import type { UiLang } from '../i18n/messages';
import { TIMELINE_MESSAGES } from './messages';

interface ZoomControlsProps {
  lang: UiLang;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  onGoLatest: () => void;
}

const BUTTON =
  'inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/** A small toolbar; each button has an aria-label in the UI language and a tooltip. */
export function ZoomControls({
  lang,
  onZoomIn,
  onZoomOut,
  onFitAll,
  onGoLatest,
}: ZoomControlsProps) {
  const t = TIMELINE_MESSAGES[lang];
  return (
    <div role="toolbar" aria-label={t.region} className="mb-2 flex flex-wrap items-center gap-2">
      <button
        type="button"
        data-testid="zoom-in"
        className={BUTTON}
        aria-label={t.zoomIn}
        title={t.zoomIn}
        onClick={onZoomIn}
      >
        <span aria-hidden="true" className="text-lg leading-none">
          +
        </span>
      </button>
      <button
        type="button"
        data-testid="zoom-out"
        className={BUTTON}
        aria-label={t.zoomOut}
        title={t.zoomOut}
        onClick={onZoomOut}
      >
        <span aria-hidden="true" className="text-lg leading-none">
          −
        </span>
      </button>
      <button
        type="button"
        data-testid="fit-all"
        className={BUTTON}
        aria-label={t.fitAll}
        title={t.fitAll}
        onClick={onFitAll}
      >
        <span aria-hidden="true">⤢</span>
        <span className="hidden sm:inline">{t.fitAll}</span>
      </button>
      <button
        type="button"
        data-testid="go-latest"
        className={BUTTON}
        aria-label={t.goLatest}
        title={t.goLatest}
        onClick={onGoLatest}
      >
        <span aria-hidden="true">⇥</span>
        <span className="hidden sm:inline">{t.goLatest}</span>
      </button>
    </div>
  );
}
