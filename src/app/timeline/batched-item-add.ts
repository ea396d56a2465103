/**
 * A workaround for vis-timeline's slow item adds (issues #342, #379: 1,000 items ≈ 3 s, 5,000 unusable).
 *
 * In vis-timeline 8, `Group.add(item)` shows and measures each new item at once (a DOM write then an
 * `offsetWidth` read), so adding N items forces N page layouts. The group's next redraw already finds
 * the items in the window and draws them in one batched pass (all writes, then all reads), so `add`
 * only has to register the item and mark the stack dirty — which is what this patch makes it do.
 */

interface VisItem {
  id: string | number;
  data: { subgroup?: unknown };
  setParent(group: unknown): void;
}

interface VisGroup {
  items: Record<string, VisItem>;
  stackDirty: boolean;
  _addToSubgroup(item: VisItem): void;
  orderSubgroups(): void;
  add(item: VisItem): void;
}

const PATCHED = Symbol.for('vn-us-timeline.batched-item-add');

/** Patches the Group class of a live timeline (once per page) so that item adds are drawn in batches. */
export function batchItemAdds(timeline: unknown): void {
  const groups = (timeline as { itemSet?: { groups?: Record<string, VisGroup> } }).itemSet?.groups;
  const group = groups ? Object.values(groups)[0] : undefined;
  if (!group) return;
  // The first group may be a subclass (the background group): patch the class that defines `add`.
  let proto = Object.getPrototypeOf(group) as (VisGroup & { [PATCHED]?: true }) | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'add'))
    proto = Object.getPrototypeOf(proto);
  if (!proto || proto[PATCHED] || typeof proto.add !== 'function') return;
  proto[PATCHED] = true;
  proto.add = function add(this: VisGroup, item: VisItem) {
    this.items[item.id] = item;
    item.setParent(this);
    this.stackDirty = true;
    if (item.data.subgroup !== undefined) {
      this._addToSubgroup(item);
      this.orderSubgroups();
    }
    // Visibility and size are settled by the redraw that the DataSet change schedules.
  };
}

interface VisItemSet {
  redraw(): boolean;
}

interface VisDrawnItem {
  displayed: boolean;
  redraw(returnQueue?: boolean): unknown;
}

/**
 * Holds the redraws that displayed items ask for during `change` (an update's setData, a selection)
 * and returns a function that restores the item classes and runs the held redraws step by step
 * across all items: all DOM writes, then all size reads, then the writes that follow, so N updated
 * items cost one layout instead of N.
 */
function holdItemRedraws(itemSet: VisItemSet): () => void {
  const types = (itemSet.constructor as { types?: Record<string, { prototype: object }> }).types;
  const prototypes = [...new Set(Object.values(types ?? {}).map((type) => type.prototype))];
  const held = new Set<VisDrawnItem>();
  const restore = prototypes.map((proto) => {
    const own = Object.getOwnPropertyDescriptor(proto, 'redraw');
    const original = (proto as VisDrawnItem).redraw;
    Object.defineProperty(proto, 'redraw', {
      configurable: true,
      writable: true,
      value(this: VisDrawnItem, returnQueue?: boolean) {
        if (returnQueue) return original.call(this, true);
        held.add(this);
        return undefined;
      },
    });
    return () => {
      if (own) Object.defineProperty(proto, 'redraw', own);
      else delete (proto as Partial<VisDrawnItem>).redraw;
    };
  });
  return () => {
    for (const undo of restore) undo();
    const queues = [...held]
      .filter((item) => item.displayed)
      .map((item) => item.redraw(true))
      .filter((queue): queue is (() => unknown)[] => Array.isArray(queue));
    const steps = Math.max(0, ...queues.map((queue) => queue.length));
    for (let step = 0; step < steps; step++) for (const queue of queues) queue[step]?.();
  };
}

/**
 * Runs `change` (DataSet removes, adds, updates) with the item set redrawing once, after the batch.
 *
 * vis-timeline's item set redraws itself at once on every DataSet event (`itemListeners.add/update/
 * remove` call `redraw()`), so a filter change that removes, adds and updates items lays the page
 * out three times. Here the redraws asked for during the batch are held and one is done at the end,
 * which leaves the item set as the last event's redraw would have. (Leaving that draw to the
 * timeline's next-frame redraw instead saved no CPU time and made that frame's task one long task:
 * a zoom that changes the detail level then ran over 100 ms at 1,000 events.)
 */
export function withBatchedRedraw(timeline: unknown, change: () => void): void {
  const itemSet = (timeline as { itemSet?: VisItemSet }).itemSet;
  if (!itemSet || typeof itemSet.redraw !== 'function') {
    change();
    return;
  }
  // An own property shadows the prototype's method for the duration of the batch only.
  const own = Object.getOwnPropertyDescriptor(itemSet, 'redraw');
  let asked = false;
  itemSet.redraw = () => {
    asked = true;
    return false;
  };
  const drawHeldItems = holdItemRedraws(itemSet);
  try {
    change();
  } finally {
    if (own) Object.defineProperty(itemSet, 'redraw', own);
    else delete (itemSet as Partial<VisItemSet>).redraw;
    drawHeldItems();
  }
  if (asked) itemSet.redraw();
}

interface VisTimelineClass {
  prototype: { _redraw(): void };
}

const REDRAW_HOLDABLE = Symbol.for('vn-us-timeline.redraw-holdable');
let redrawsHeld = 0;

/**
 * Runs `create` (constructing a timeline and filling its DataSets) with vis-timeline's full redraws
 * skipped, so the first view is drawn once, on the next frame, with its items.
 *
 * Until its first draw, vis redraws the whole timeline synchronously on every change: the
 * constructor's `setOptions` and `setGroups` each lay out and draw an empty timeline, and the items
 * added next are drawn a third time. Each skipped redraw here was also asked for on the next frame
 * (the constructor ends with a throttled `_redraw()`), which draws the final state.
 */
export function withRedrawsHeld<T>(timelineClass: unknown, create: () => T): T {
  const proto = (timelineClass as VisTimelineClass & { [REDRAW_HOLDABLE]?: true }).prototype;
  const holder = timelineClass as { [REDRAW_HOLDABLE]?: true };
  if (!holder[REDRAW_HOLDABLE] && typeof proto._redraw === 'function') {
    holder[REDRAW_HOLDABLE] = true;
    const original = proto._redraw;
    // The constructor binds this method as the timeline's synchronous redraw and wraps the bound
    // copy as its next-frame redraw: both come through here.
    proto._redraw = function (this: unknown) {
      if (redrawsHeld > 0) return;
      original.call(this);
    };
  }
  redrawsHeld++;
  try {
    return create();
  } finally {
    redrawsHeld--;
  }
}

interface VisTouchAction {
  set(value: string): void;
}

interface VisTimelineEvents {
  hammer?: { touchAction?: VisTouchAction };
  once(event: string, callback: () => void): void;
}

/**
 * Sets the timeline root's `touch-action` once, after the first draw, instead of at each of its
 * redraws. vis picks it on every redraw from whether the lanes overflow the timeline's height; the
 * first of those redraws measures the lanes before any item is drawn, so it picks the wrong value,
 * and the next one switches back. Each switch restyles every element of the timeline (touch-action
 * is worked out down the tree): ≈ 1,100 elements at the first draw, for nothing. The first draw
 * ends before any touch can reach the timeline, so holding the value until then changes nothing else.
 */
export function settleTouchActionAfterFirstDraw(timeline: unknown): void {
  const events = timeline as VisTimelineEvents;
  const touchAction = events.hammer?.touchAction;
  if (!touchAction || typeof touchAction.set !== 'function' || typeof events.once !== 'function')
    return;
  let pending: string | undefined;
  // An own property shadows the prototype's method until the first draw has ended.
  const own = Object.getOwnPropertyDescriptor(touchAction, 'set');
  touchAction.set = (value: string) => {
    pending = value;
  };
  events.once('changed', () => {
    if (own) Object.defineProperty(touchAction, 'set', own);
    else delete (touchAction as Partial<VisTouchAction>).set;
    if (pending !== undefined) touchAction.set(pending);
  });
}
