/** Partial calendar dates ("2024-03-25", "2023-09", "1995") as both sides compare and show them. */
import type { PartialDate } from './schema';

/** The first calendar day a partial date covers: "2023-09" → "2023-09-01". */
export function firstDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last calendar day a partial date covers: "2023-09" → "2023-09-30", "1995" → "1995-12-31". */
export function lastDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

/** Days since 1970-01-01 of a YYYY-MM-DD string, computed in UTC so time zones never shift it. */
export function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Reads `count` decimal digits of `text` from `at`: "2024-03-25", 5, 2 → 3. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * `dayNumber(firstDay(date))` without building strings: the app computes it for every event of a
 * dataset at load ("2023-09" → the day number of 1 September 2023).
 */
export function firstDayNumber(date: PartialDate): number {
  const month = date.length >= 7 ? digitsAt(date, 5, 2) : 1;
  const day = date.length === 10 ? digitsAt(date, 8, 2) : 1;
  return Math.floor(Date.UTC(digitsAt(date, 0, 4), month - 1, day) / 86_400_000);
}

/** `dayNumber(lastDay(date))` without building strings ("2024-02" → 29 February 2024). */
export function lastDayNumber(date: PartialDate): number {
  if (date.length === 10) return firstDayNumber(date);
  const year = digitsAt(date, 0, 4);
  // Day 0 of the next month is the last day of this one.
  const nextMonth = date.length === 7 ? digitsAt(date, 5, 2) : 12;
  return Math.floor(Date.UTC(year, nextMonth, 0) / 86_400_000);
}

/** The YYYY-MM-DD `delta` days after `day` (negative: before), without Date objects: it runs per bound of every mention. */
export function shiftDay(day: string, delta: number): string {
  // civil-from-days (H. Hinnant): the inverse of dayNumber
  const z = dayNumber(day) + delta + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A valid calendar date as YYYY-MM-DD, or undefined ("31/2" is not a date). */
export function ymd(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
