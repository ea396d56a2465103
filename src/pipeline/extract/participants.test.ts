import { describe, expect, it } from 'vitest';
import { holderByInitials } from './participants';

describe('participants', () => {
  it('resolves initials and a surname to the one office-holder the title fits', () => {
    expect(holderByInitials('G. W. Bush', 'Tổng thống')).toBe('George W. Bush');
    expect(holderByInitials('W. J. Clinton', 'Tổng thống')).toBe('Bill Clinton');
    // No title, or a title no holder of that surname had: left as written.
    expect(holderByInitials('W. J. Clinton', undefined)).toBeUndefined();
    expect(holderByInitials('A. B. Clinton', 'Đại sứ')).toBeUndefined();
  });
});
