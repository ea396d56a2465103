/** What the page shows when the dataset cannot be fetched or fails validation: a reason and a retry. */
import { SHELL_MESSAGES, type UiLang } from '../i18n/messages';

interface ErrorStateProps {
  lang: UiLang;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

/** An alert with the technical reason in small print and a `retry` button. */
export function ErrorState({ lang, error, retrying, onRetry }: ErrorStateProps) {
  const t = SHELL_MESSAGES[lang];
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div
      data-testid="error-state"
      role="alert"
      className="mx-auto my-10 max-w-xl rounded-lg border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h2 className="text-lg font-semibold">{t.errorTitle}</h2>
      <p className="mt-2">{t.errorBody}</p>
      <p className="mt-2 font-mono text-xs break-words opacity-80">{detail}</p>
      <button
        type="button"
        data-testid="retry"
        onClick={onRetry}
        disabled={retrying}
        className="mt-4 rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200"
      >
        {t.retry}
      </button>
    </div>
  );
}
