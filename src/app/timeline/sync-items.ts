/** The minimal DataSet change that turns the shown items into the wanted ones (pure; no vis import). */
import type { TimelineItem } from './build-items';

export interface ItemsDiff {
  remove: string[];
  add: TimelineItem[];
  update: TimelineItem[];
}

/** What can change in an item while the page is open: its class (selection) and a bucket's count. */
export function itemSignature(item: TimelineItem): string {
  return `${item.className}|${item.content}`;
}

/**
 * Compares by id and signature: an event's dates and title never change while the page is open,
 * so a filter change is a cheap add/remove, and only the selected item or a bucket is rewritten.
 * `current` maps the shown ids to their signatures.
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
    const signature = current.get(item.id);
    if (signature === undefined) add.push(item);
    else if (signature !== itemSignature(item)) update.push(item);
  }
  const remove: string[] = [];
  for (const id of current.keys()) if (!wantedIds.has(id)) remove.push(id);
  return { remove, add, update };
}
