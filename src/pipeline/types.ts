/**
 * The data that flows between the build step's stages:
 *   SourceFile → read (decode, metadata, layout, clean) → ParsedArticle
 *   ParsedArticle → extract (dates, people, places, kind, topics) → CandidateEvent[]
 *   CandidateEvent[] (all articles) → merge → TimelineEvent[] → validate → Dataset
 * Every stage is a pure function; only cli.ts touches the file system.
 */
import type { PrintedDocument } from './read/parts';
import type { ArticleFormat, EventKind, Participant, PartialDate } from '../shared/schema';

/** One input file as the CLI found it. */
export interface SourceFile {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

/** An article read, decoded and cleaned, ready for extraction. */
export interface ParsedArticle {
  /** Stable, URL-safe id derived from the file name (never from the content's position). */
  id: string;
  file: string;
  format: ArticleFormat;
  title: string;
  lead?: string;
  /** Body paragraphs (lead excluded), cleaned: no site chrome, captions or related-news lists. */
  paragraphs: string[];
  /** Photo captions found in the article, kept apart from the body (they may repeat dates). */
  captions: string[];
  /** Every sentence of the lead and body, in reading order, as substrings of `text`. */
  sentences: string[];
  /** The readable text stored in the dataset: lead then paragraphs, joined by blank lines. */
  text: string;
  publishedAt?: PartialDate;
  url?: string;
  outlet?: string;
  author?: string;
  /** Letters and statements printed in full, with the header that says who wrote to whom, when. */
  documents?: PrintedDocument[];
}

export type ReadResult =
  | { status: 'ok'; article: ParsedArticle; warnings: string[] }
  | { status: 'skipped'; reason: string };

/** An event as one article reports it, before articles about the same event are merged. */
export interface CandidateEvent {
  articleId: string;
  title: string;
  kind: EventKind;
  start: PartialDate;
  end?: PartialDate;
  location?: string;
  countries: string[];
  participants: Participant[];
  topics: string[];
  summary: string;
  /** The sentence that gave the date, verbatim from the article's text. */
  evidence: string;
}

/**
 * An act an article reports without any date ("Chủ tịch nước tiếp ngài Daniel Kritenbrink … đến
 * trình Quốc thư"): it can only join an event another article dates.
 */
export interface UndatedReport {
  articleId: string;
  kind: EventKind;
  /** The people the report names, foreign ones first marked by their country. */
  participants: Participant[];
  /** The sentence that reports the act. */
  evidence: string;
  /**
   * When the article tells the day but several years fit it: that day in each of them. The report
   * then joins only an event on one of those days.
   */
  days?: string[];
  /** Where the report puts the act, if it says: the event it joins takes it when it has none. */
  location?: string;
  /**
   * The event the report makes on its own, dated to the one year the article allows, when it
   * joins no dated event (an act told with no day, in an article with no publication date).
   */
  yearOnly?: CandidateEvent;
}

export interface ExtractResult {
  events: CandidateEvent[];
  warnings: string[];
  /** When the article dates no event of its own: the acts it reports, the likeliest first. */
  undated?: UndatedReport[];
}
