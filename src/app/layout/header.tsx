/** The page header: what this is, how much it covers, and the language switch. */
import { formatYearSpan } from '../i18n/format-date';
import { SHELL_MESSAGES, type UiLang } from '../i18n/messages';
import type { DatasetStats } from './dataset-stats';

interface HeaderProps {
  lang: UiLang;
  stats?: DatasetStats | undefined;
  onLangChange: (lang: UiLang) => void;
}

/** The banner landmark with the h1, the dataset's figures and the VI/EN switch. */
export function Header({ lang, stats, onLangChange }: HeaderProps) {
  const t = SHELL_MESSAGES[lang];
  const other: UiLang = lang === 'vi' ? 'en' : 'vi';
  return (
    <header
      data-testid="app-header"
      className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mx-auto flex max-w-[1600px] items-start justify-between gap-3 px-4 py-3 sm:px-6">
        <div className="min-w-0">
          <h1 className="text-lg leading-tight font-bold text-slate-900 sm:text-2xl dark:text-slate-50">
            {t.appTitle}
          </h1>
          <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-300">{t.appTagline}</p>
          {stats ? (
            <p
              data-testid="dataset-stats"
              className="mt-1 text-sm font-medium text-slate-800 dark:text-slate-100"
            >
              {t.stats(
                stats.events,
                stats.articles,
                formatYearSpan(stats.firstYear, stats.lastYear),
              )}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          data-testid="lang-switch"
          lang={other}
          aria-label={t.langSwitch}
          title={t.langSwitch}
          onClick={() => onLangChange(other)}
          className="inline-flex h-9 shrink-0 items-center gap-1 rounded-md border border-slate-300 px-3 text-sm font-semibold text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          <span
            className={
              lang === 'vi'
                ? 'text-blue-700 dark:text-blue-300'
                : 'text-slate-500 dark:text-slate-400'
            }
          >
            VI
          </span>
          <span aria-hidden="true" className="text-slate-400">
            /
          </span>
          <span
            className={
              lang === 'en'
                ? 'text-blue-700 dark:text-blue-300'
                : 'text-slate-500 dark:text-slate-400'
            }
          >
            EN
          </span>
        </button>
      </div>
    </header>
  );
}
