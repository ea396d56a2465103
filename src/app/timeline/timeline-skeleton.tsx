/** The placeholder shown while the timeline module (vis-timeline + moment) loads. */
import type { UiLang } from '../i18n/messages';
import { TIMELINE_MESSAGES } from './messages';

/** A grey block the size of the timeline, with lanes, announced to screen readers. */
export function TimelineSkeleton({ lang }: { lang: UiLang }) {
  return (
    <div role="status" aria-label={TIMELINE_MESSAGES[lang].loading} className="animate-pulse">
      <div className="mb-2 flex gap-2">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-9 w-9 rounded-md bg-slate-200 dark:bg-slate-700" />
        ))}
      </div>
      <div className="flex h-[300px] flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <div className="h-4 w-full rounded bg-slate-200 dark:bg-slate-700" />
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="flex gap-3">
            <div className="h-8 w-24 rounded bg-slate-200 dark:bg-slate-700" />
            <div
              className="h-8 rounded bg-slate-100 dark:bg-slate-800"
              style={{ width: `${30 + i * 12}%` }}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
