/** A ready-to-paste citation of one event: title, date, the articles it comes from, and its URL. */
import type { Article, TimelineEvent } from '../../shared/schema';
import { formatDate, formatDateRange } from '../i18n/format-date';
import type { UiLang } from '../i18n/messages';

const SITE = {
  vi: 'Dòng thời gian quan hệ Việt Nam – Hoa Kỳ',
  en: 'Vietnam – United States relations timeline',
};

/**
 * "Đối thoại… (25 tháng 3, 2024). Dòng thời gian quan hệ Việt Nam – Hoa Kỳ. Nguồn: VnExpress, "Mỹ coi trọng…" (26 tháng 3, 2024). https://…"
 * Articles without an outlet are cited by headline alone.
 */
export function citationText(
  event: TimelineEvent,
  articles: ReadonlyMap<string, Article>,
  url: string,
  lang: UiLang,
): string {
  const sources = event.sources
    .map((source) => articles.get(source.articleId))
    .filter((article): article is Article => article !== undefined)
    .map((article) => {
      const parts = [article.outlet, `"${article.title}"`].filter(Boolean).join(', ');
      return article.publishedAt ? `${parts} (${formatDate(article.publishedAt, lang)})` : parts;
    });
  const unique = [...new Set(sources)];
  const label = lang === 'vi' ? 'Nguồn' : 'Sources';
  const lines = [
    `${event.title} (${formatDateRange(event.start, event.end, lang)}). ${SITE[lang]}.`,
  ];
  if (unique.length > 0) lines.push(`${label}: ${unique.join('; ')}.`);
  lines.push(url);
  return lines.join(' ');
}
