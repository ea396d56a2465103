/** The page footer: where the data comes from, with links to the source articles. */
import { memo, useState } from 'react';
import type { Article } from '../../shared/schema';
import { formatDate } from '../i18n/format-date';
import { SHELL_MESSAGES, type UiLang } from '../i18n/messages';
import { safeHttpUrl } from './safe-url';

/**
 * The contentinfo landmark: a note on the data and the list of articles (outlet, headline, date, link).
 * Memoised: it depends on the dataset and language only, not on each filter change.
 */
export const Footer = memo(function Footer({
  lang,
  articles,
}: {
  lang: UiLang;
  articles: readonly Article[];
}) {
  const t = SHELL_MESSAGES[lang];
  // The list is built when the reader opens it: a large dataset has thousands of articles, and
  // building their links up front would delay the first render for a list that starts closed.
  const [open, setOpen] = useState(false);
  const sorted = (open ? [...articles] : []).sort((a, b) =>
    (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
  );
  return (
    <footer className="mt-2 border-t border-slate-200 bg-white text-sm text-slate-700 sm:mt-8 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      <div className="mx-auto max-w-[1600px] px-4 py-6 sm:px-6">
        <p className="max-w-3xl">{t.footerData}</p>
        {articles.length > 0 ? (
          <details className="mt-3" onToggle={(e) => setOpen(e.currentTarget.open)}>
            <summary className="cursor-pointer font-medium text-slate-900 dark:text-slate-100">
              {t.footerSources} ({articles.length})
            </summary>
            <ul className="mt-2 grid gap-1.5 sm:grid-cols-2">
              {sorted.map((article) => {
                const url = safeHttpUrl(article.url);
                const label = [
                  article.outlet,
                  article.publishedAt ? formatDate(article.publishedAt, lang) : undefined,
                ]
                  .filter(Boolean)
                  .join(', ');
                return (
                  <li key={article.id} className="min-w-0">
                    {url ? (
                      <a
                        href={url}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
                      >
                        {article.title}
                      </a>
                    ) : (
                      <span>{article.title}</span>
                    )}
                    {label ? (
                      <span className="text-slate-600 dark:text-slate-400"> — {label}</span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </details>
        ) : null}
      </div>
    </footer>
  );
});
