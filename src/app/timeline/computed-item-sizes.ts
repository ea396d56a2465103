/**
 * Item sizes from text metrics instead of page layouts (vis-timeline 8.5).
 *
 * vis measures every item it shows: a box's width and height, a range's content width, read with
 * `offsetWidth` right after the item's DOM is written. vis batches those reads per lane, so drawing
 * the first view forces one layout of the page per lane, each one laying out everything written
 * since the last (≈ 0.2–0.5 s of a 1.5 s first render, the largest single cost). Our items are one
 * line of plain text in a fixed font, so their sizes follow from the text's width: the first item
 * of each kind is measured as vis does (the calibration: paddings, borders, heights, the title's
 * max width), and the others are computed from a canvas measurement of their text, which reads no
 * layout. The page then lays the items out once, in the frame that paints them.
 */

/** What one DOM measurement of an item teaches about all items of its kind. */
export interface ItemCalibration {
  /** The content box's width less the text's (its horizontal padding and borders). */
  contentExtra: number;
  /** The content's max width in px (Infinity for none): a long title ends in "…" there. */
  contentMax: number;
  /** The box's width less its content's (the box's borders). */
  boxExtra: number;
  boxHeight: number;
  dot: { width: number; height: number };
  lineWidth: number;
  /** RangeItem: whether its frame lets the content overflow, and whether the content wraps. */
  overflow: boolean;
  whiteSpace: boolean;
}

/** A box item's width: the text and its padding, capped by the title's max width, plus borders. */
export function boxWidth(textWidth: number, calibration: ItemCalibration): number {
  return Math.round(
    Math.min(textWidth + calibration.contentExtra, calibration.contentMax) + calibration.boxExtra,
  );
}

/** A range item's content width: vis measures it with the max width lifted, so uncapped. */
export function rangeContentWidth(textWidth: number, calibration: ItemCalibration): number {
  return Math.round(textWidth + calibration.contentExtra);
}

interface ItemDom {
  box: HTMLElement;
  content: HTMLElement;
  frame?: HTMLElement;
  dot?: HTMLElement;
  line?: HTMLElement;
}

interface VisItemInstance {
  dom: ItemDom;
  data: { className?: string };
  overflow: boolean;
  whiteSpace: boolean;
}

type SizesMethod = (this: VisItemInstance) => unknown;

interface ItemClass {
  prototype: { _getDomComponentsSizes: SizesMethod };
}

const PATCHED = Symbol.for('vn-us-timeline.computed-item-sizes');

function pxOrInfinity(value: string): number {
  const px = Number.parseFloat(value);
  return Number.isFinite(px) ? px : Infinity;
}

/**
 * Replaces BoxItem's and RangeItem's `_getDomComponentsSizes` (once per page; the classes are found
 * through a live timeline's item set) with sizes computed from the text's width. `sizeKey(item
 * className)` names the item kinds that differ in size (font, borders); a kind is calibrated on its
 * first item, per screen-width class (`narrowQuery`).
 */
export function computeItemSizesFromText(
  timeline: unknown,
  sizeKey: (className: string) => string,
  narrowQuery: string,
): void {
  const itemSet = (timeline as { itemSet?: { constructor: { types?: Record<string, unknown> } } })
    .itemSet;
  const types = itemSet?.constructor.types;
  const box = types?.box as (ItemClass & { [PATCHED]?: true }) | undefined;
  const range = types?.range as ItemClass | undefined;
  if (!box || !range || box[PATCHED]) return;
  if (typeof box.prototype._getDomComponentsSizes !== 'function') return;
  if (typeof range.prototype._getDomComponentsSizes !== 'function') return;
  box[PATCHED] = true;
  const canvas = document.createElement('canvas').getContext('2d');
  if (!canvas) return;
  const narrow = window.matchMedia(narrowQuery);
  const calibrations = new Map<string, ItemCalibration & { font: string }>();
  const textWidth = (font: string, text: string) => {
    if (canvas.font !== font) canvas.font = font;
    return canvas.measureText(text).width;
  };

  /** The item's calibration, measuring this item in the DOM when its kind has none yet. */
  const calibrationFor = (
    item: VisItemInstance,
    type: 'box' | 'range',
  ): (ItemCalibration & { font: string }) | undefined => {
    const key = `${type}|${sizeKey(item.data.className ?? '')}|${narrow.matches}`;
    const known = calibrations.get(key);
    if (known) return known;
    const { box: boxEl, content, frame, dot, line } = item.dom;
    const style = getComputedStyle(content);
    const contentWidth = content.offsetWidth;
    const boxHeight = boxEl.offsetHeight;
    // A hidden timeline (the phone's list view) measures zeros: calibrate on a visible draw.
    if (boxHeight === 0) return undefined;
    // The `font` shorthand reads "" when a longhand it cannot express is set (Tailwind sets
    // font-feature-settings), and canvas ignores an empty font: build it from the longhands.
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const calibration = {
      font,
      // From the style, not the measured width, which a long title's max width caps.
      contentExtra: ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce(
        (sum, side) => sum + (Number.parseFloat(style[side as 'paddingLeft']) || 0),
        0,
      ),
      contentMax: pxOrInfinity(style.maxWidth),
      boxExtra: boxEl.offsetWidth - contentWidth,
      boxHeight,
      dot: { width: dot?.offsetWidth ?? 0, height: dot?.offsetHeight ?? 0 },
      lineWidth: line?.offsetWidth ?? 0,
      overflow: frame ? getComputedStyle(frame).overflow !== 'hidden' : false,
      whiteSpace: style.whiteSpace !== 'nowrap',
    };
    calibrations.set(key, calibration);
    return calibration;
  };

  const originalBox = box.prototype._getDomComponentsSizes;
  box.prototype._getDomComponentsSizes = function (this: VisItemInstance) {
    const calibration = calibrationFor(this, 'box');
    // Wrapping content's size depends on the layout: only a layout knows it.
    if (!calibration || calibration.whiteSpace) return originalBox.call(this);
    const text = textWidth(calibration.font, this.dom.content.textContent ?? '');
    return {
      previous: { right: this.dom.box.style.right, left: this.dom.box.style.left },
      dot: { ...calibration.dot },
      line: { width: calibration.lineWidth },
      box: { width: boxWidth(text, calibration), height: calibration.boxHeight },
    };
  };

  const originalRange = range.prototype._getDomComponentsSizes;
  range.prototype._getDomComponentsSizes = function (this: VisItemInstance) {
    // Measured with the content's max width lifted (vis sets it to none before this call).
    const calibration = calibrationFor(this, 'range');
    if (!calibration || calibration.whiteSpace) return originalRange.call(this);
    this.overflow = calibration.overflow;
    this.whiteSpace = calibration.whiteSpace;
    const text = textWidth(calibration.font, this.dom.content.textContent ?? '');
    return {
      content: { width: rangeContentWidth(text, calibration) },
      box: { height: calibration.boxHeight },
    };
  };
}
