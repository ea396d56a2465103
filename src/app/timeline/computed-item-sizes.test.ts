import { describe, expect, it } from 'vitest';
import { boxWidth, rangeContentWidth, type ItemCalibration } from './computed-item-sizes';

// What styles.css gives an event's box on a desktop: 6 px padding each side, a 13rem title, a 4 px
// coloured left border and a 1 px right one.
const desktopEvent: ItemCalibration = {
  contentExtra: 12,
  contentMax: 208,
  boxExtra: 5,
  boxHeight: 26,
  dot: { width: 8, height: 8 },
  lineWidth: 1,
  overflow: true,
  whiteSpace: false,
};

describe('boxWidth', () => {
  it('is the title, its padding and the borders for a short title', () => {
    expect(boxWidth(100.4, desktopEvent)).toBe(117);
  });

  it('stops at the title max width, where a long title ends in "…"', () => {
    expect(boxWidth(400, desktopEvent)).toBe(213);
  });
});

describe('rangeContentWidth', () => {
  it('is never capped: vis measures a range title with its max width lifted', () => {
    expect(rangeContentWidth(400, desktopEvent)).toBe(412);
  });
});
