import { describe, expect, it } from 'vitest';
import type { TimelineItem } from './build-items';
import { diffItems, itemSignature } from './sync-items';

function item(id: string, className = 'event-visit'): TimelineItem {
  return {
    id,
    group: 'leaders',
    content: id,
    title: id,
    start: new Date(2024, 2, 25),
    type: 'box',
    className,
  };
}

describe('diffItems', () => {
  it('adds new events, removes filtered-out ones and leaves the rest alone', () => {
    const current = new Map([
      ['a', itemSignature(item('a'))],
      ['b', itemSignature(item('b'))],
    ]);
    const diff = diffItems(current, [item('b'), item('c')]);
    expect(diff.remove).toEqual(['a']);
    expect(diff.add.map((i) => i.id)).toEqual(['c']);
    expect(diff.update).toEqual([]);
  });

  it('rewrites only the item whose class changed (selection)', () => {
    const current = new Map([
      ['a', itemSignature(item('a'))],
      ['b', itemSignature(item('b', 'event-visit is-selected'))],
    ]);
    const diff = diffItems(current, [item('a', 'event-visit is-selected'), item('b')]);
    expect(diff.update.map((i) => i.id).sort()).toEqual(['a', 'b']);
    expect(diff.add).toEqual([]);
    expect(diff.remove).toEqual([]);
  });
});

describe('diffItems and buckets', () => {
  it('rewrites a bucket whose count changed', () => {
    const before = { ...item('bucket:leaders:2023'), content: '7 sự kiện' };
    const after = { ...before, content: '6 sự kiện' };
    expect(diffItems(new Map([[before.id, itemSignature(before)]]), [after]).update).toEqual([
      after,
    ]);
  });
});
