/**
 * The app's view state as it lives in the address bar: parse any query string without throwing,
 * write it back with defaults omitted and a stable parameter order so links stay short and diffable.
 */
import { EVENT_KINDS } from '../../shared/event-kinds';
import type { EventKind } from '../../shared/schema';

export type Lang = 'vi' | 'en';
export interface ViewWindow {
  start: string;
  end: string;
} // YYYY-MM-DD
export interface ViewState {
  event?: string;
  q?: string;
  topics: string[];
  people: string[];
  kinds: EventKind[];
  countries: string[];
  from?: string; // YYYY, YYYY-MM or YYYY-MM-DD
  to?: string;
  view?: ViewWindow;
  lang: Lang;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  topics: [],
  people: [],
  kinds: [],
  countries: [],
  lang: 'vi',
}) as ViewState;

const MAX_QUERY_LENGTH = 200;
const MAX_LIST_LENGTH = 100;
const EVENT_ID = /^[a-z0-9-]{1,120}$/;
const SLUG = /^[a-z0-9-]{1,120}$/;
const COUNTRY = /^[A-Z]{2}$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const KIND_SET: ReadonlySet<string> = new Set(EVENT_KINDS);

/** True for "2024", "2024-03" and real calendar days like "2024-02-29" (not "2023-02-29"). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1000) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The search text as the URL keeps it: whitespace collapsed and trimmed, at most 200 characters. */
export function normalizeQuery(text: string): string {
  // "  bui   thanh " and "bui thanh" are one search and one URL.
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

function isFullDay(value: string): boolean {
  return value.length === 10 && isPartialDate(value);
}

/** Split a comma list, keep the values `accept` returns (possibly normalised), drop duplicates. */
function parseList<T extends string>(raw: string | null, accept: (value: string) => T | undefined): T[] {
  if (raw === null) return [];
  const seen = new Set<T>();
  for (const part of raw.split(',')) {
    const value = accept(part.trim());
    if (value !== undefined) seen.add(value);
    if (seen.size >= MAX_LIST_LENGTH) break;
  }
  // Sorted so that one filter has one URL and one state, whatever order the link listed it in.
  return [...seen].sort();
}

function parseView(raw: string | null): ViewWindow | undefined {
  if (raw === null) return undefined;
  const [start, end, ...rest] = raw.split('~');
  if (rest.length > 0 || start === undefined || end === undefined) return undefined;
  if (!isFullDay(start) || !isFullDay(end) || !(start < end)) return undefined;
  return { start, end };
}

/** Read the view state from a query string ("?q=blinken&topics=economy"); never throws, drops invalid values. */
export function parseViewState(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_VIEW_STATE, topics: [], people: [], kinds: [], countries: [] };
  }
  const state: ViewState = {
    topics: parseList(params.get('topics'), (v) => (SLUG.test(v) ? v : undefined)),
    people: parseList(params.get('people'), (v) => (SLUG.test(v) ? v : undefined)),
    kinds: parseList(params.get('kinds'), (v) => (KIND_SET.has(v) ? (v as EventKind) : undefined)),
    countries: parseList(params.get('countries'), (v) => {
      const upper = v.toUpperCase();
      return COUNTRY.test(upper) ? upper : undefined;
    }),
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
  };
  const event = params.get('event')?.trim();
  if (event !== undefined && EVENT_ID.test(event)) state.event = event;
  const q = normalizeQuery(params.get('q') ?? '');
  if (q) state.q = q;
  const from = params.get('from')?.trim();
  if (from !== undefined && isPartialDate(from)) state.from = from;
  const to = params.get('to')?.trim();
  if (to !== undefined && isPartialDate(to)) state.to = to;
  const view = parseView(params.get('view'));
  if (view) state.view = view;
  return state;
}

// Commas, tildes and colons are safe in a query string; leaving them readable keeps shared links legible.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%20/g, '+');
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** Write the view state as a query string without "?": "" for defaults, parameters in a fixed order. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const add = (key: string, value: string | undefined) => {
    if (value) parts.push(`${key}=${encodeValue(value)}`);
  };
  const addList = (key: string, values: readonly string[]) => {
    if (values.length > 0) add(key, sortedUnique(values).join(','));
  };
  add('event', state.event);
  add('q', normalizeQuery(state.q ?? ''));
  addList('topics', state.topics);
  addList('people', state.people);
  addList('kinds', state.kinds);
  addList('countries', state.countries);
  add('from', state.from);
  add('to', state.to);
  if (state.view) add('view', `${state.view.start}~${state.view.end}`);
  if (state.lang === 'en') add('lang', 'en');
  return parts.join('&');
}

/** True when two states would write the same URL. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return serializeViewState(a) === serializeViewState(b);
}
