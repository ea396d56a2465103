import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  firstDay,
  firstDayNumber,
  lastDay,
  lastDayNumber,
  shiftDay,
  ymd,
} from './dates';

describe('partial dates', () => {
  it('covers a month or a year from its first to its last day', () => {
    expect(firstDay('2023-09')).toBe('2023-09-01');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('1995')).toBe('1995-12-31');
  });
  it('shifts days across months, years and leap days', () => {
    expect(shiftDay('2023-12-31', 1)).toBe('2024-01-01');
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(dayNumber(shiftDay('2024-03-25', 100)) - dayNumber('2024-03-25')).toBe(100);
  });
  it('gives the day numbers of the first and last day without building strings', () => {
    for (const date of [
      '1995',
      '2024',
      '1900',
      '2023-09',
      '2024-02',
      '2023-02',
      '2023-12',
      '2024-03-25',
      '1970-01-01',
      '2000-02-29',
    ]) {
      expect(firstDayNumber(date)).toBe(dayNumber(firstDay(date)));
      expect(lastDayNumber(date)).toBe(dayNumber(lastDay(date)));
    }
  });
});

describe('ymd', () => {
  it('writes a real calendar day and refuses one that is not', () => {
    expect(ymd(2024, 3, 5)).toBe('2024-03-05');
    expect(ymd(2024, 2, 29)).toBe('2024-02-29');
    expect(ymd(2023, 2, 29)).toBeUndefined();
    expect(ymd(2023, 13, 1)).toBeUndefined();
  });
});
