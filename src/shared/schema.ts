/**
 * The dataset's one schema. The build step validates what it writes with it, the app validates
 * what it loads with it, and `timeline.schema.json` is generated from it. Types come from here only.
 */
import { z } from 'zod';

/** A calendar date at the precision the text supports: "2024-03-25", "2023-09" or "1995". */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

export const EVENT_KINDS = [
  'visit',
  'meeting',
  'talks',
  'call',
  'dialogue',
  'signing',
  'ceremony',
  'statement',
  'letter',
  'milestone',
  'other',
] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);

export const ARTICLE_FORMATS = [
  'segmented-one-line',
  'segmented-multi-line',
  'segmented-sentence-lines',
  'scraped-page',
  'front-matter',
  'header-lines',
  'plain',
] as const;
export const articleFormatSchema = z.enum(ARTICLE_FORMATS);

export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string(),
  title: z.string(),
  format: articleFormatSchema,
  publishedAt: partialDateSchema.optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  url: z.string().url().optional(),
  lead: z.string().optional(),
  /** Readable body text, paragraphs separated by a blank line; never HTML. */
  text: z.string(),
});

export const participantSchema = z.object({
  name: z.string().min(1),
  title: z.string().optional(),
  country: countryCodeSchema.optional(),
});

export const sourceSchema = z.object({
  articleId: z.string(),
  /** The sentence that gave the date, as it stands in the article's text. */
  evidence: z.string().optional(),
});

export const timelineEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  kind: eventKindSchema,
  start: partialDateSchema,
  end: partialDateSchema.optional(),
  location: z.string().optional(),
  countries: z.array(countryCodeSchema),
  participants: z.array(participantSchema),
  topics: z.array(z.string()),
  summary: z.string(),
  sources: z.array(sourceSchema).min(1),
});

export const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string(),
  labelEn: z.string(),
});

export const datasetSchema = z.object({
  version: z.literal(1),
  articles: z.array(articleSchema),
  events: z.array(timelineEventSchema),
  topics: z.array(topicSchema),
});

export type PartialDate = z.infer<typeof partialDateSchema>;
export type EventKind = z.infer<typeof eventKindSchema>;
export type ArticleFormat = z.infer<typeof articleFormatSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type EventSource = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** The JSON Schema the build writes next to the dataset, for outside tools. */
export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' });
}
