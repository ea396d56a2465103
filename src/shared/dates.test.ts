import { describe, expect, it } from 'vitest';
import { dayNumber, firstDay, lastDay, shiftDay } from './dates';

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
});
