/** Calendar dates as readers write them: "25 tháng 3, 2024", "28 tháng 6 – 2 tháng 7, 2023", "25 March 2024". */
import type { PartialDate } from '../../shared/schema';
import type { UiLang } from './messages';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Parts {
  year: string;
  month?: number;
  day?: number;
}

function parts(date: PartialDate): Parts {
  const [year = '', month, day] = date.split('-');
  return {
    year,
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
  };
}

/** Day and month without the year: "25 tháng 3" / "25 March"; month only: "tháng 3" / "March". */
function dayMonth(p: Parts, lang: UiLang): string {
  if (p.month === undefined) return '';
  const month = lang === 'vi' ? `tháng ${p.month}` : (EN_MONTHS[p.month - 1] ?? '');
  return p.day === undefined ? month : `${p.day} ${month}`;
}

function withYear(text: string, year: string, lang: UiLang): string {
  if (!text) return lang === 'vi' ? `năm ${year}` : year;
  return lang === 'vi' ? `${text}, ${year}` : `${text} ${year}`;
}

/** One partial date: "2024-03-25" → "25 tháng 3, 2024"; "2023-09" → "tháng 9, 2023"; "1995" → "năm 1995". */
export function formatDate(date: PartialDate, lang: UiLang): string {
  const p = parts(date);
  return withYear(dayMonth(p, lang), p.year, lang);
}

/**
 * An event's date or range, sharing what both ends share:
 * "2023-06-28".."2023-07-02" → "28 tháng 6 – 2 tháng 7, 2023"; "2018-03-05".."2018-03-09" → "5–9 tháng 3, 2018".
 */
export function formatDateRange(
  start: PartialDate,
  end: PartialDate | undefined,
  lang: UiLang,
): string {
  if (!end || end === start) return formatDate(start, lang);
  const a = parts(start);
  const b = parts(end);
  const samePrecision =
    (a.day === undefined) === (b.day === undefined) &&
    (a.month === undefined) === (b.month === undefined);
  if (!samePrecision || a.year !== b.year || a.month === undefined) {
    return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  }
  if (a.day !== undefined && a.month === b.month) {
    const month = lang === 'vi' ? `tháng ${a.month}` : (EN_MONTHS[a.month - 1] ?? '');
    return withYear(`${a.day}–${b.day} ${month}`, a.year, lang);
  }
  return withYear(`${dayMonth(a, lang)} – ${dayMonth(b, lang)}`, a.year, lang);
}

/** The years a dataset spans, for the header: "1995–2024" (one year alone: "2024"). */
export function formatYearSpan(
  firstYear: number | undefined,
  lastYear: number | undefined,
): string {
  if (firstYear === undefined || lastYear === undefined) return '';
  return firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
}
