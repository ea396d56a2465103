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
