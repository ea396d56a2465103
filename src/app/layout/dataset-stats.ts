/** What the header says about the dataset: how many events, how many source articles, which years. */
import type { Dataset } from '../../shared/schema';
import { eventSpan } from '../timeline/build-items';

export interface DatasetStats {
  events: number;
  articles: number;
  firstYear?: number;
  lastYear?: number;
}

/** Counts events and the articles they cite (only cited ones count as sources), and the years covered. */
export function datasetStats(dataset: Dataset): DatasetStats {
  const cited = new Set<string>();
  for (const event of dataset.events)
    for (const source of event.sources) cited.add(source.articleId);
  const articles = dataset.articles.filter((a) => cited.has(a.id)).length;
  const span = eventSpan(dataset.events);
  return {
    events: dataset.events.length,
    articles,
    ...(span
      ? { firstYear: Number(span.first.slice(0, 4)), lastYear: Number(span.last.slice(0, 4)) }
      : {}),
  };
}
