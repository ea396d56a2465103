/** The skeleton shown while the dataset loads: the page's shape, never a blank page. */
import { SHELL_MESSAGES, type UiLang } from '../i18n/messages';

/** Grey blocks where filters, timeline and list will be; announced as a status. */
export function LoadingState({ lang }: { lang: UiLang }) {
  return (
    <div
      data-testid="loading"
      role="status"
      aria-live="polite"
      className="mx-auto max-w-[1600px] animate-pulse px-4 py-4 sm:px-6"
    >
      <span className="sr-only">{SHELL_MESSAGES[lang].loading}</span>
      <div className="grid gap-4 lg:grid-cols-[18rem_1fr]">
        <div className="hidden h-[28rem] rounded-lg bg-slate-200 lg:block dark:bg-slate-800" />
        <div className="space-y-3">
          <div className="h-9 w-64 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-[300px] rounded-lg bg-slate-200 dark:bg-slate-800" />
          <div className="h-16 rounded-lg bg-slate-200 dark:bg-slate-800" />
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="h-10 rounded bg-slate-100 dark:bg-slate-800/60" />
          ))}
        </div>
      </div>
    </div>
  );
}
