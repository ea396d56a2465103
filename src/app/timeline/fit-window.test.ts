import { describe, expect, it } from 'vitest';
import { fitWindow } from './fit-window';

const DAY = 86_400_000;
const first = new Date(1995, 6, 11).getTime();
const lastStart = new Date(2025, 0, 1).getTime();
const lastEnd = new Date(2026, 0, 1).getTime();

/** Where a time falls, in pixels from the window's left edge. */
function px(time: number, win: { start: number; end: number }, widthPx: number): number {
  return ((time - win.start) / (win.end - win.start)) * widthPx;
}

describe('fitWindow', () => {
  it('leaves room for the latest title on a wide timeline', () => {
    const win = fitWindow({ first, lastStart, lastEnd, widthPx: 900, labelPx: 230 });
    expect(px(first, win, 900)).toBeGreaterThan(0);
    expect(px(lastStart, win, 900) + 230).toBeLessThanOrEqual(900 + 0.001);
    expect(px(lastEnd, win, 900)).toBeLessThan(900);
  });

  it('grows the margin when the timeline narrows (the detail panel is open)', () => {
    const wide = fitWindow({ first, lastStart, lastEnd, widthPx: 900, labelPx: 230 });
    const narrow = fitWindow({ first, lastStart, lastEnd, widthPx: 500, labelPx: 230 });
    expect(narrow.end - lastStart).toBeGreaterThan(wide.end - lastStart);
    // The title's room is capped at 30% of the width (150 px of 500): the years keep the rest.
    expect(px(lastStart, narrow, 500) + 150).toBeLessThanOrEqual(500 + 0.001);
  });

  it('keeps 55% of a phone-width timeline for the events, the rest for the latest title', () => {
    const win = fitWindow({ first, lastStart, lastEnd, widthPx: 280, labelPx: 230 });
    expect(px(lastStart, win, 280)).toBeCloseTo(154, 5);
    // A phone's title is at most 8rem (128 px): it ends inside the panel.
    expect(280 - px(lastStart, win, 280)).toBeGreaterThanOrEqual(126);
  });

  it('shows a lone event in a window of a few months, not a few hours', () => {
    const day = new Date(2024, 2, 25).getTime();
    const win = fitWindow({
      first: day,
      lastStart: day,
      lastEnd: day + DAY,
      widthPx: 900,
      labelPx: 230,
    });
    expect(win.end - win.start).toBeGreaterThanOrEqual(90 * DAY);
    expect(win.start).toBeLessThan(day);
  });
});
