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

/**
 * Runs `change` (DataSet removes, adds, updates) with the item set redrawing once, after the batch.
 *
 * vis-timeline's item set redraws itself at once on every DataSet event (`itemListeners.add/update/
 * remove` call `redraw()`), so a filter change that removes, adds and updates items lays the page
 * out three times. Here the redraws asked for during the batch are held and one is done at the end,
 * which leaves the item set as the last event's redraw would have.
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
  try {
    change();
  } finally {
    if (own) Object.defineProperty(itemSet, 'redraw', own);
    else delete (itemSet as Partial<VisItemSet>).redraw;
  }
  if (asked) itemSet.redraw();
}
