import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatYearSpan } from './format-date';

describe('formatDate', () => {
  it('writes a day the Vietnamese way', () => {
    expect(formatDate('2024-03-25', 'vi')).toBe('25 tháng 3, 2024');
  });
  it('writes a day the English way', () => {
    expect(formatDate('2024-03-25', 'en')).toBe('25 March 2024');
  });
  it('writes month and year precision', () => {
    expect(formatDate('2023-09', 'vi')).toBe('tháng 9, 2023');
    expect(formatDate('2023-09', 'en')).toBe('September 2023');
    expect(formatDate('1995', 'vi')).toBe('năm 1995');
    expect(formatDate('1995', 'en')).toBe('1995');
  });
});

describe('formatDateRange', () => {
  it('shares the year across months', () => {
    expect(formatDateRange('2023-06-28', '2023-07-02', 'vi')).toBe('28 tháng 6 – 2 tháng 7, 2023');
    expect(formatDateRange('2023-06-28', '2023-07-02', 'en')).toBe('28 June – 2 July 2023');
  });
  it('shares the month within a month', () => {
    expect(formatDateRange('2018-03-05', '2018-03-09', 'vi')).toBe('5–9 tháng 3, 2018');
    expect(formatDateRange('2018-03-05', '2018-03-09', 'en')).toBe('5–9 March 2018');
  });
  it('writes both ends across years or precisions', () => {
    expect(formatDateRange('2023-12-30', '2024-01-02', 'vi')).toBe(
      '30 tháng 12, 2023 – 2 tháng 1, 2024',
    );
    expect(formatDateRange('2023-09', '2023-09-12', 'en')).toBe(
      'September 2023 – 12 September 2023',
    );
  });
  it('is a single date without an end or with the same end', () => {
    expect(formatDateRange('2024-03-25', undefined, 'vi')).toBe('25 tháng 3, 2024');
    expect(formatDateRange('2024-03-25', '2024-03-25', 'vi')).toBe('25 tháng 3, 2024');
  });
});

describe('formatYearSpan', () => {
  it('joins first and last year with an en dash', () => {
    expect(formatYearSpan(1995, 2024)).toBe('1995–2024');
    expect(formatYearSpan(2024, 2024)).toBe('2024');
    expect(formatYearSpan(undefined, undefined)).toBe('');
  });
});
