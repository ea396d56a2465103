/** Which of the known layouts a file's body is in. */
import type { ArticleFormat } from '../../shared/schema';
import type { Metadata } from './metadata';
import { isSegmented } from './segmentation';

export type BodyLayout =
  'segmented-one-line' | 'segmented-multi-line' | 'segmented-sentence-lines' | 'paragraphs';

/**
 * Segmented text on one line (headline, lead and body run together), segmented with a blank line
 * after the title (title / lead / one sentence per line), segmented one sentence per line with no
 * blank lines, or ordinary paragraphs (scraped pages, Markdown, plain text).
 */
export function detectBodyLayout(body: string): BodyLayout {
  if (!isSegmented(body)) return 'paragraphs';
  const lines = body.split('\n');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (nonEmpty.length <= 2) return 'segmented-one-line';
  const longest = nonEmpty.reduce((max, l) => Math.max(max, l.length), 0);
  if (nonEmpty.length <= 4 && longest > body.length * 0.8) return 'segmented-one-line';
  const firstText = lines.findIndex((l) => l.trim() !== '');
  const afterTitle = lines[firstText + 1];
  if (afterTitle !== undefined && afterTitle.trim() === '') return 'segmented-multi-line';
  return 'segmented-sentence-lines';
}

/** The dataset's `format` for a file: its metadata kind first, else its body layout. */
export function articleFormat(meta: Metadata, layout: BodyLayout, scraped: boolean): ArticleFormat {
  if (meta.kind === 'front-matter') return 'front-matter';
  if (meta.kind === 'header-lines') return 'header-lines';
  if (layout !== 'paragraphs') return layout;
  return scraped ? 'scraped-page' : 'plain';
}
