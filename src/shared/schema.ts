/**
 * The dataset's one schema. The build step validates what it writes with it, the app validates
 * what it loads with it, and `timeline.schema.json` is generated from it. Types come from here only.
 */
// zod's "mini" build: the same validation as classic zod with a functional API that tree-shakes,
// so the app's lazily loaded validator is a fraction of classic zod's size.
import * as z from 'zod/mini';
import { ARTICLE_FORMATS, EVENT_KINDS } from './event-kinds';

export { ARTICLE_FORMATS, EVENT_KINDS };

const slugId = () => z.string().check(z.regex(/^[a-z0-9-]+$/));

/** A calendar date at the precision the text supports: "2024-03-25", "2023-09" or "1995". */
export const partialDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  );

export const countryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'));

export const eventKindSchema = z.enum(EVENT_KINDS);

export const articleFormatSchema = z.enum(ARTICLE_FORMATS);

export const articleSchema = z.object({
  id: slugId(),
  file: z.string(),
  title: z.string(),
  format: articleFormatSchema,
  publishedAt: z.optional(partialDateSchema),
  outlet: z.optional(z.string()),
  author: z.optional(z.string()),
  url: z.optional(z.url()),
  lead: z.optional(z.string()),
  /** Readable body text, paragraphs separated by a blank line; never HTML. */
  text: z.string(),
});

export const participantSchema = z.object({
  name: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  country: z.optional(countryCodeSchema),
});

export const sourceSchema = z.object({
  articleId: z.string(),
  /** The sentence that gave the date, as it stands in the article's text. */
  evidence: z.optional(z.string()),
});

export const timelineEventSchema = z.object({
  id: slugId(),
  title: z.string().check(z.minLength(1)),
  kind: eventKindSchema,
  start: partialDateSchema,
  end: z.optional(partialDateSchema),
  location: z.optional(z.string()),
  countries: z.array(countryCodeSchema),
  participants: z.array(participantSchema),
  topics: z.array(z.string()),
  summary: z.string(),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});

export const topicSchema = z.object({
  id: slugId(),
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
