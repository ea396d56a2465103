import { describe, expect, it } from 'vitest';
import { settleTouchActionAfterFirstDraw, withRedrawsHeld } from './batched-item-add';

describe('withRedrawsHeld', () => {
  it('skips the redraws asked for while it runs, and only those', () => {
    const drawn: string[] = [];
    class FakeTimeline {
      constructor(public name: string) {
        this._redraw();
      }
      _redraw() {
        drawn.push(this.name);
      }
    }
    const held = withRedrawsHeld(FakeTimeline, () => new FakeTimeline('held'));
    expect(drawn).toEqual([]);
    held._redraw();
    new FakeTimeline('later');
    expect(drawn).toEqual(['held', 'later']);
  });
});

describe('settleTouchActionAfterFirstDraw', () => {
  it('sets the last value asked for during the first draw, once, when it ends', () => {
    const written: string[] = [];
    const listeners = new Map<string, () => void>();
    const touchAction = {
      set(value: string) {
        written.push(value);
      },
    };
    const timeline = {
      hammer: { touchAction },
      once(event: string, callback: () => void) {
        listeners.set(event, callback);
      },
    };
    settleTouchActionAfterFirstDraw(timeline);
    touchAction.set('pan-y');
    touchAction.set('none');
    expect(written).toEqual([]);
    listeners.get('changed')?.();
    expect(written).toEqual(['none']);
    touchAction.set('pan-y');
    expect(written).toEqual(['none', 'pan-y']);
  });
});
