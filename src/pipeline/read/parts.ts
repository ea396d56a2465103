import type { PartialDate } from '../../shared/schema';

/** A letter or statement printed in full (see documents.ts). */
export interface PrintedDocument {
  /** The day its dateline gives. */
  date: PartialDate;
  /** "Chủ tịch nước … Nguyễn Văn A": the addressee's office and name, from the header. */
  addressee?: string;
  /** The sender's office and name, from the header or the signature. */
  sender?: string;
  /** Where it was written: the line above its dateline or the dateline's opening place. */
  place?: string;
  /** The first line of its text after any salutation, verbatim. */
  opening: string;
}

/** What a layout reader finds in a file's body, before the article is assembled. */
export interface ArticleParts {
  title?: string;
  /** Set by readers whose lead is not simply the first paragraph (one-line segmented text). */
  lead?: string;
  paragraphs: string[];
  captions: string[];
  author?: string;
  outlet?: string;
  publishedAt?: string;
  url?: string;
  documents?: PrintedDocument[];
  /** True when page furniture (timestamps, chrome markers, markup) was found: a scraped page. */
  scraped: boolean;
}
