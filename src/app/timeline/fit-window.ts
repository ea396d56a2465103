/**
 * The window that shows a stretch of events with room for their titles (pure; no vis import).
 * vis-timeline's own fit ends right after the last item's bar, so the latest titles, which run
 * to the right of their date, were cut at the edge ("Kỷ niệm 30 năm V…").
 */

export interface FitInput {
  /** First day shown (ms). */
  first: number;
  /** Latest start among the events (ms): its title runs `labelPx` to the right of it. */
  lastStart: number;
  /** Latest end among the events (ms): its bar must end inside the window. */
  lastEnd: number;
  /** Width of the drawing area in pixels. */
  widthPx: number;
  /** Room a title needs to the right of its date, in pixels. */
  labelPx: number;
}

const DAY = 86_400_000;
/** A window never narrower than this when fitting (one event alone is not shown across the page). */
const MIN_FIT_MS = 90 * DAY;
/** Space before the first event, in pixels. */
const LEFT_PX = 16;
/** Space after the latest bar, in pixels. */
const RIGHT_PX = 8;
/** Titles never take more than this share of the width, the years of events keep the rest: on a 390 px phone a title (8rem at most) still ends inside the panel. */
const MAX_LABEL_SHARE = 0.45;

/**
 * The window [start, end] (ms) in which every event from `first` to `lastEnd` fits and the latest
 * title is whole: the right margin grows with the span, as many milliseconds as `labelPx` pixels.
 */
export function fitWindow(input: FitInput): { start: number; end: number } {
  const width = Math.max(input.widthPx, 1);
  const label = Math.min(input.labelPx, width * MAX_LABEL_SHARE);
  const perPx = Math.max(
    (input.lastStart - input.first) / Math.max(width - LEFT_PX - label, 1),
    (input.lastEnd - input.first) / Math.max(width - LEFT_PX - RIGHT_PX, 1),
    MIN_FIT_MS / width,
  );
  const start = input.first - LEFT_PX * perPx;
  return { start, end: start + width * perPx };
}
