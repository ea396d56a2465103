/**
 * The build step without I/O: source files → read → extract → merge → validated dataset plus a
 * report line per file. Deterministic: the same files give the same dataset, byte for byte.
 */
import { TOPICS } from '../shared/topics';
import {
  articleSchema,
  datasetSchema,
  timelineEventSchema,
  type Article,
  type ArticleFormat,
  type Dataset,
  type TimelineEvent,
} from '../shared/schema';
import { firstDay } from '../shared/dates';
import { readArticle } from './read/read-article';
import { extractEvents } from './extract/extract-events';
import { articleSignature, findNearDuplicates, mergeCandidates } from './merge';
import { attachUndated } from './attach-undated';
import type {
  CandidateEvent,
  ExtractResult,
  ParsedArticle,
  ReadResult,
  SourceFile,
  UndatedReport,
} from './types';

/** One line of the build report (`--report`), per input file. */
export interface ReportEntry {
  file: string;
  status: 'ok' | 'skipped' | 'error';
  format: ArticleFormat | 'unknown';
  events: string[];
  warnings: string[];
}

export interface BuildResult {
  dataset: Dataset;
  report: ReportEntry[];
}

/** The two per-article stages; tests and the benchmark may pass their own. */
export interface Stages {
  read: (source: SourceFile) => ReadResult;
  extract: (article: ParsedArticle) => ExtractResult;
}

const DEFAULT_STAGES: Stages = { read: readArticle, extract: extractEvents };

const TOPIC_IDS = new Set<string>(TOPICS.map((t) => t.id));

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}

/**
 * What one input file gave, before ids are made unique across the input: its report line, the
 * id its article claims (also when extraction then failed), the stored article and its candidates.
 * Plain data, so that a worker thread can compute it and post it to the thread that merges.
 */
export interface FileOutcome {
  entry: ReportEntry;
  claimedId?: string;
  article?: Article;
  candidates?: CandidateEvent[];
  /** The near-duplicate signature: per-file work, done where the file was read. */
  signature?: Uint32Array;
  /** Acts the article reports without a date, to join an event another article dates. */
  undated?: UndatedReport[];
}

/** Read and extract one file; a bad file gives an outcome with status "error", never a throw. */
export function processSource(source: SourceFile, stages: Stages = DEFAULT_STAGES): FileOutcome {
  const entry: ReportEntry = {
    file: source.file,
    status: 'ok',
    format: 'unknown',
    events: [],
    warnings: [],
  };
  const outcome: FileOutcome = { entry };
  try {
    const read = stages.read(source);
    if (read.status === 'skipped') {
      entry.status = 'skipped';
      entry.warnings.push(read.reason);
      return outcome;
    }
    const article = read.article;
    outcome.claimedId = article.id;
    entry.format = article.format;
    entry.warnings.push(...read.warnings);
    const extracted = stages.extract(article);
    entry.warnings.push(...extracted.warnings);
    outcome.article = toArticle(article, entry);
    outcome.candidates = extracted.events;
    if (extracted.undated) outcome.undated = extracted.undated;
    outcome.signature = articleSignature(outcome.article);
  } catch (error) {
    entry.status = 'error';
    entry.warnings.push(errorMessage(error));
  }
  return outcome;
}

/**
 * Build the dataset and the report from the input files; one bad file never stops the others.
 * An array is sorted by file first; any other iterable (the CLI's lazy reader) must already come in
 * file order, and each file's bytes can be dropped as soon as it is read.
 */
export function buildDataset(
  files: Iterable<SourceFile>,
  stages: Stages = DEFAULT_STAGES,
): BuildResult {
  const sorted = Array.isArray(files)
    ? [...(files as SourceFile[])].sort((a, b) => cmp(a.file, b.file))
    : files;
  return assembleDataset(mapLazily(sorted, (source) => processSource(source, stages)));
}

function* mapLazily<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/**
 * The global half of the build: unique ids, near-duplicates, merging, validation and the report,
 * from the files' outcomes in file order (the same outcomes in the same order give the same bytes).
 */
export function assembleDataset(outcomes: Iterable<FileOutcome>): BuildResult {
  const report = new Map<string, ReportEntry>();
  // Only the stored form of each article is kept: paragraphs and sentences go once extracted.
  const articles: Article[] = [];
  const candidates: CandidateEvent[] = [];
  const usedIds = new Set<string>();

  const signatures = new Map<string, Uint32Array>();
  const undated: UndatedReport[][] = [];

  for (const {
    entry,
    claimedId,
    article,
    candidates: found,
    signature,
    undated: act,
  } of outcomes) {
    report.set(entry.file, entry);
    if (claimedId === undefined) continue;
    // Two files named alike in different folders would share an id: the later one gets "-2".
    const id = uniqueId(claimedId, usedIds);
    if (!article || !found) continue;
    articles.push(id === claimedId ? article : { ...article, id });
    if (signature) signatures.set(id, signature);
    for (const event of found) candidates.push({ ...event, articleId: id });
    if (act)
      undated.push(
        act.map((a) => ({
          ...a,
          articleId: id,
          ...(a.yearOnly ? { yearOnly: { ...a.yearOnly, articleId: id } } : {}),
        })),
      );
  }

  const byId = new Map(articles.map((a) => [a.id, a]));
  const duplicates = findNearDuplicates(
    articles.map((a) => {
      const signature = signatures.get(a.id);
      return signature ? { ...a, signature } : a;
    }),
  );
  for (const [copy, original] of [...duplicates].sort((x, y) => cmp(x[0], y[0]))) {
    const copyFile = byId.get(copy)?.file;
    const originalFile = byId.get(original)?.file;
    if (copyFile && originalFile)
      report.get(copyFile)?.warnings.push(`near-duplicate of ${originalFile}`);
  }

  const merged = mergeCandidates(candidates, articles, duplicates);
  const attached = attachUndated(validEvents(merged, byId, report), undated);
  for (const { report: act, eventId, note } of attached.attachments) {
    const file = byId.get(act.articleId)?.file;
    const outcome = eventId
      ? note
      : act.yearOnly
        ? `dated to its year only: ${note}`
        : `no event: ${note}`;
    if (file) report.get(file)?.warnings.push(outcome);
  }
  // Acts that joined no dated event but whose article allows one year stand as events of that year
  // (merged among themselves: two undated reports of one call are one event).
  const standing = attached.attachments.flatMap((a) =>
    !a.eventId && a.report.yearOnly ? [a.report.yearOnly] : [],
  );
  // An id already taken is the same date and title: that event is there already.
  const taken = new Set(attached.events.map((e) => e.id));
  const events = [
    ...attached.events,
    ...validEvents(mergeCandidates(standing, articles, duplicates), byId, report).filter(
      (e) => !taken.has(e.id),
    ),
  ];
  events.sort(
    (a, b) => cmp(firstDay(a.start), firstDay(b.start)) || cmp(a.start, b.start) || cmp(a.id, b.id),
  );

  for (const event of events) {
    for (const source of event.sources) {
      const file = byId.get(source.articleId)?.file;
      if (file) report.get(file)?.events.push(event.id);
    }
  }
  for (const entry of report.values()) {
    const explained = entry.warnings.some((w) => /^no event/i.test(w));
    if (entry.status === 'ok' && entry.events.length === 0 && !explained) {
      entry.warnings.push('no Vietnam–US event found in this article');
    }
  }

  const dataset = datasetSchema.parse({
    version: 1,
    articles: articles.sort((a, b) => cmp(a.file, b.file)),
    events,
    topics: TOPICS.map((t) => ({ id: t.id, label: t.label, labelEn: t.labelEn })),
  });
  return { dataset, report: [...report.values()].sort((a, b) => cmp(a.file, b.file)) };
}

function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  used.add(id);
  return id;
}

/** The stored article, in the schema's field order; a malformed date or URL is dropped with a warning. */
function toArticle(article: ParsedArticle, entry: ReportEntry): Article {
  const valid = <K extends 'publishedAt' | 'url'>(key: K): Article[K] | undefined => {
    const value = article[key];
    if (value === undefined) return undefined;
    if (articleSchema.shape[key].safeParse(value).success) return value;
    entry.warnings.push(`${key} "${String(value).slice(0, 80)}" is malformed and was dropped`);
    return undefined;
  };
  const publishedAt = valid('publishedAt');
  const url = valid('url');
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    format: article.format,
    ...(publishedAt ? { publishedAt } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.author ? { author: article.author } : {}),
    ...(url ? { url } : {}),
    ...(article.lead ? { lead: article.lead } : {}),
    text: article.text,
  };
}

/** Keep only events the schema accepts, with topics from the taxonomy; report the rest. */
function validEvents(
  events: TimelineEvent[],
  articles: Map<string, Article>,
  report: Map<string, ReportEntry>,
): TimelineEvent[] {
  const kept: TimelineEvent[] = [];
  for (const event of events) {
    const cleaned = { ...event, topics: event.topics.filter((t) => TOPIC_IDS.has(t)) };
    const checked = timelineEventSchema.safeParse(cleaned);
    if (checked.success) {
      kept.push(cleaned);
      continue;
    }
    const reason = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    for (const source of event.sources) {
      const file = articles.get(source.articleId)?.file;
      if (file) report.get(file)?.warnings.push(`event "${event.title}" left out (${reason})`);
    }
  }
  return kept;
}
