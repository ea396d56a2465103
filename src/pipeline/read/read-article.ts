/** The reader stage: one input file → a ParsedArticle, or the reason it was skipped. */
import { slugify } from '../../shared/text';
import { isSpaceCode } from '../knowledge/letters';
import type { ParsedArticle, ReadResult, SourceFile } from '../types';
import { outletFromUrl } from './byline';
import { decodeBytes } from './decode';
import {
  completeTruncatedTitle,
  cleanTitle,
  isTruncatedTitle,
  titleFromSentence,
  withoutOutletTag,
} from './headline';
import { hasHtml, stripHtml } from './html';
import { articleFormat, detectBodyLayout } from './layout';
import { dateFromUrl, extractMetadata, monthFromUrl, yearFromUrl } from './metadata';
import { readOneLine } from './one-line';
import { readParagraphs } from './paragraphs';
import type { ArticleParts } from './parts';
import { readSegmentedLines } from './segmented-lines';
import { splitSentences } from './sentences';
import { normaliseVietnamese, repairWindows1258Misreading } from './unicode';

/** Reads one file: decode, metadata, layout, clean-up, sentences. Never throws on bad input. */
export function readArticle(source: SourceFile): ReadResult {
  const decoded = decodeBytes(source.bytes);
  if (!decoded.ok) return { status: 'skipped', reason: decoded.reason };
  const warnings = [...decoded.warnings];

  const normalised = normaliseVietnamese(decoded.text);
  const repaired = repairWindows1258Misreading(normalised);
  if (repaired !== undefined)
    warnings.push(
      'text misread as Windows-1258: its ì, ò, ã, ý were restored (õ cannot be told from ơ)',
    );
  const text = repaired === undefined ? normalised : normaliseVietnamese(repaired);
  const { meta, body: rawBody, warnings: metaWarnings } = extractMetadata(text);
  warnings.push(...metaWarnings);
  const markup = hasHtml(rawBody);
  const body = stripHtml(rawBody);
  const layout = detectBodyLayout(body);

  let parts: ArticleParts;
  switch (layout) {
    case 'segmented-one-line':
      parts = readOneLine(body);
      break;
    case 'segmented-multi-line':
      parts = readSegmentedLines(body, true);
      break;
    case 'segmented-sentence-lines':
      parts = readSegmentedLines(body, false);
      break;
    default:
      parts = readParagraphs(body, {
        markdown: meta.kind === 'front-matter',
        hasTitle: meta.title !== undefined && cleanTitle(meta.title) !== '',
      });
  }

  const paragraphs = parts.paragraphs.map(finalText).filter(hasWords);
  let lead = parts.lead !== undefined ? finalText(parts.lead) : undefined;
  if (lead === undefined || !hasWords(lead)) lead = paragraphs.shift();
  const blocks = lead !== undefined ? [lead, ...paragraphs] : paragraphs;
  const sentences = blocks.flatMap(splitSentences);
  if (sentences.length === 0) return { status: 'skipped', reason: 'no article text' };

  const url = meta.url ?? parts.url;
  let title =
    meta.title !== undefined
      ? cleanTitle(meta.title)
      : parts.title !== undefined
        ? withoutOutletTag(finalText(parts.title))
        : '';
  if (title !== '' && isTruncatedTitle(title))
    title = completeTruncatedTitle(title, url, blocks.join(' '));
  if (title === '') {
    title = titleFromSentence(sentences[0]!);
    warnings.push('no headline: title made from the first sentence');
  }

  const article: ParsedArticle = {
    id: slugify(source.file.replace(/\.[^./]+$/, '')) || 'article',
    file: source.file,
    format: articleFormat(meta, layout, parts.scraped || markup),
    title,
    paragraphs,
    captions: parts.captions.map(finalText).filter((c) => c !== ''),
    sentences,
    text: blocks.join('\n\n'),
    // Every field present from the start, undefined when absent: articles then share one shape,
    // and the extraction code V8 optimised for the first ones is not thrown away for the next.
    lead: undefined,
    publishedAt: undefined,
    url: undefined,
    outlet: undefined,
    author: undefined,
    documents: undefined,
  };
  if (lead !== undefined) article.lead = lead;
  // A header that gives only the month yields to a day the page's own timestamp line gives.
  const publishedAt =
    (meta.date?.length === 7 && parts.publishedAt?.startsWith(meta.date)
      ? parts.publishedAt
      : meta.date) ??
    parts.publishedAt ??
    (url && isHttpUrl(url)
      ? (dateFromUrl(url) ?? monthFromUrl(url) ?? yearFromUrl(url))
      : undefined);
  if (publishedAt) article.publishedAt = publishedAt;
  else warnings.push('no publication date');
  if (url && isHttpUrl(url)) article.url = url;
  const outlet = parts.outlet ?? (article.url ? outletFromUrl(article.url) : undefined);
  if (outlet) article.outlet = outlet;
  const author = parts.author ?? meta.author;
  if (author) article.author = author;
  if (parts.documents) article.documents = parts.documents;
  return { status: 'ok', article, warnings };
}

/** Last pass over any text stored: no markup, no underscores, single spaces. */
function finalText(text: string): string {
  let t = text;
  if (t.includes('<') || t.includes('&')) t = stripHtml(t).replace(/<[^>]*>/g, '');
  if (t.includes('_')) t = t.replace(/_/g, ' ');
  if (hasLooseSpace(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}

/**
 * `/\s\s|[\t\n\r\f\v\u00a0]/.test(text)` in one pass over the code units: the regex tried both
 * alternatives at every character of every paragraph and sentence stored.
 */
function hasLooseSpace(text: string): boolean {
  let previousSpace = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 9 && c <= 13) || c === 0xa0) return true;
    const space = isSpaceCode(c);
    if (space && previousSpace) return true;
    previousSpace = space;
  }
  return false;
}

function hasWords(text: string): boolean {
  return /[\p{L}\d]/u.test(text);
}

function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
