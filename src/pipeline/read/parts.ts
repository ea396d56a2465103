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
  /** True when page furniture (timestamps, chrome markers, markup) was found: a scraped page. */
  scraped: boolean;
}
