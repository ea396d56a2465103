/** The minimal DataSet change that turns the shown items into the wanted ones (pure; no vis import). */
import type { TimelineItem } from './build-items';

export interface ItemsDiff {
  remove: string[];
  add: TimelineItem[];
  update: TimelineItem[];
}

/**
 * Compares by id and class only: an event's dates and title never change while the page is open,
 * so a filter change is a cheap add/remove, and only the selected item's class is rewritten.
 */
export function diffItems(
  current: ReadonlyMap<string, string>,
  wanted: readonly TimelineItem[],
): ItemsDiff {
  const wantedIds = new Set<string>();
  const add: TimelineItem[] = [];
  const update: TimelineItem[] = [];
  for (const item of wanted) {
    wantedIds.add(item.id);
    const className = current.get(item.id);
    if (className === undefined) add.push(item);
    else if (className !== item.className) update.push(item);
  }
  const remove: string[] = [];
  for (const id of current.keys()) if (!wantedIds.has(id)) remove.push(id);
  return { remove, add, update };
}
