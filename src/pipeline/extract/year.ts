/** Reasoning out the year of a date mention from the article, as a careful reader would. */
import type { DateMention } from './dates';

export interface DateContext {
  publishedAt?: string;
  sentences: string[];
  sentenceIndex: number;
}

export type ResolvedDate =
  | { ok: true; start: string; end?: string; reason: string }
  | { ok: false; reason: string };

/** The years the article's text allows. */
export interface YearEvidence {
  /** The article cannot be earlier than this year (e.g. "năm 2022, tăng 11% so với năm 2021" → 2023). */
  minYear?: number;
  /** The article cannot be later than this year. */
  maxYear?: number;
  publishedYear?: number;
  reasons: string[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The years the article's text allows, from everything but the mention itself. */
export function articleYearEvidence(_sentences: string[], publishedAt?: string): YearEvidence {
  const evidence: YearEvidence = { reasons: [] };
  if (publishedAt) evidence.publishedYear = Number(publishedAt.slice(0, 4));
  return evidence;
}

/** The calendar date(s) of a mention, or why its year cannot be known. */
export function resolveDate(mention: DateMention, context: DateContext): ResolvedDate {
  const evidence = articleYearEvidence(context.sentences, context.publishedAt);
  const year = mention.year ?? evidence.publishedYear;
  if (year === undefined) return { ok: false, reason: 'no year in the article' };
  if (mention.month === undefined) return { ok: true, start: String(year), reason: 'year only' };
  if (mention.day === undefined) return { ok: true, start: `${year}-${pad(mention.month)}`, reason: 'month only' };
  return { ok: true, start: `${year}-${pad(mention.month)}-${pad(mention.day)}`, reason: mention.year ? 'explicit year' : 'publication year' };
}
