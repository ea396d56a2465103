/** One source article of an event: headline, outlet, author, date, link, and its text on demand. */
import { useId, useState } from 'react';
import type { Article, EventSource } from '../../shared/schema';
import { formatDate } from '../i18n/format-date';
import type { UiLang } from '../i18n/messages';
import { safeHttpUrl } from '../layout/safe-url';
import { articleParagraphs } from './highlight';
import { PANEL_MESSAGES } from './messages';

interface SourceCardProps {
  source: EventSource;
  article: Article | undefined;
  lang: UiLang;
}

/** A source as a list item; "read the article" reveals the cleaned text with the evidence in a `<mark>`. */
export function SourceCard({ source, article, lang }: SourceCardProps) {
  const t = PANEL_MESSAGES[lang];
  const [open, setOpen] = useState(false);
  const textId = useId();
  if (!article) {
    return (
      <li className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
        {t.missingArticle}
      </li>
    );
  }
  const url = safeHttpUrl(article.url);
  const meta = [
    article.outlet,
    article.author ? `${t.by}: ${article.author}` : undefined,
    article.publishedAt ? `${t.published} ${formatDate(article.publishedAt, lang)}` : undefined,
  ].filter(Boolean);
  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <p className="font-medium text-slate-900 dark:text-slate-50">{article.title}</p>
      {meta.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{meta.join(' · ')}</p>
      ) : null}
      {source.evidence ? (
        <blockquote className="mt-2 border-l-4 border-amber-400 pl-3 text-sm text-slate-700 italic dark:text-slate-200">
          {source.evidence}
        </blockquote>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-3 text-sm">
        <button
          type="button"
          data-testid="read-source"
          aria-expanded={open}
          aria-controls={textId}
          onClick={() => setOpen((v) => !v)}
          className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200"
        >
          {open ? t.hideSource : t.readSource}
        </button>
        {url ? (
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            className="font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200"
          >
            {t.openArticle} <span className="sr-only">{t.newTab}</span>
            <span aria-hidden="true">↗</span>
          </a>
        ) : null}
      </div>
      {open ? (
        <div
          id={textId}
          className="article-text mt-3 max-h-96 space-y-3 overflow-y-auto rounded bg-slate-50 p-3 text-sm leading-relaxed text-slate-800 dark:bg-slate-800 dark:text-slate-100"
          tabIndex={0}
        >
          {source.evidence ? (
            <p className="text-xs text-slate-600 dark:text-slate-300">{t.evidence}</p>
          ) : null}
          {articleParagraphs(article.text, source.evidence).map((segments, i) => (
            <p key={i}>
              {segments.map((segment, j) =>
                segment.mark ? (
                  <mark
                    key={j}
                    className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-300"
                  >
                    {segment.text}
                  </mark>
                ) : (
                  <span key={j}>{segment.text}</span>
                ),
              )}
            </p>
          ))}
        </div>
      ) : (
        <div id={textId} hidden />
      )}
    </li>
  );
}
