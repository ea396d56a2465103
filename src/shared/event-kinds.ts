/**
 * The dataset's closed vocabularies, free of zod so the app can import them without the validator
 * (the schema in `schema.ts` builds its enums from these and re-exports them).
 */

/** What kind of event an entry is; the timeline colours and the kind filter follow this order. */
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

/** The source layouts the reader recognises. */
export const ARTICLE_FORMATS = [
  'segmented-one-line',
  'segmented-multi-line',
  'segmented-sentence-lines',
  'scraped-page',
  'front-matter',
  'header-lines',
  'plain',
] as const;
