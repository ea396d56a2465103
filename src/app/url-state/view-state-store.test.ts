import { describe, expect, it, vi } from 'vitest';
import { createViewStateStore, type BrowserLike } from './view-state-store';

/** A minimal browser history: entries of URLs, a cursor, and popstate on back/forward. */
function fakeBrowser(initial: string) {
  const entries = [initial];
  let at = 0;
  const listeners = new Set<() => void>();
  const url = () => new URL(entries[at]!, 'https://example.test');
  const browser: BrowserLike & { back(): void; forward(): void; entries: string[]; at(): number } = {
    location: {
      get search() {
        return url().search;
      },
      get pathname() {
        return url().pathname;
      },
      get hash() {
        return url().hash;
      },
    },
    history: {
      state: null,
      pushState: (_data, _unused, next) => {
        entries.splice(at + 1, entries.length, next ?? entries[at]!);
        at += 1;
      },
      replaceState: (_data, _unused, next) => {
        entries[at] = next ?? entries[at]!;
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    back() {
      at = Math.max(0, at - 1);
      for (const l of listeners) l();
    },
    forward() {
      at = Math.min(entries.length - 1, at + 1);
      for (const l of listeners) l();
    },
    entries,
    at: () => at,
  };
  return browser;
}

describe('view-state store', () => {
  it('starts from the address bar', () => {
    const store = createViewStateStore(fakeBrowser('/app/?topics=economy&lang=en'));
    expect(store.getSnapshot()).toMatchObject({ topics: ['economy'], lang: 'en' });
  });

  it('pushes a filter change, and Back undoes it', () => {
    const browser = fakeBrowser('/app/');
    const store = createViewStateStore(browser);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ topics: ['defense'] }, 'push');
    expect(browser.entries).toEqual(['/app/', '/app/?topics=defense']);
    expect(store.getSnapshot().topics).toEqual(['defense']);
    expect(listener).toHaveBeenCalledTimes(1);
    browser.back();
    expect(store.getSnapshot().topics).toEqual([]);
    browser.forward();
    expect(store.getSnapshot().topics).toEqual(['defense']);
  });

  it('Back after opening an event closes it', () => {
    const browser = fakeBrowser('/?q=blinken');
    const store = createViewStateStore(browser);
    store.subscribe(() => {});
    store.update({ event: '2023-04-15-blinken-tham-viet-nam' }, 'push');
    expect(browser.entries.at(-1)).toBe('/?event=2023-04-15-blinken-tham-viet-nam&q=blinken');
    browser.back();
    expect(store.getSnapshot().event).toBeUndefined();
    expect(store.getSnapshot().q).toBe('blinken');
  });

  it('replaces the entry for pan and zoom, keeping the path and hash', () => {
    const browser = fakeBrowser('/app/index.html#top');
    const store = createViewStateStore(browser);
    store.update({ view: { start: '2023-06-01', end: '2024-06-30' } }, 'replace');
    expect(browser.entries).toEqual(['/app/index.html?view=2023-06-01~2024-06-30#top']);
  });

  it('writes nothing when the URL would not change', () => {
    const browser = fakeBrowser('/?topics=economy');
    const store = createViewStateStore(browser);
    const before = store.getSnapshot();
    store.update({ topics: ['economy'] }, 'push');
    store.update({ lang: 'vi' }, 'push');
    expect(browser.entries).toEqual(['/?topics=economy']);
    expect(store.getSnapshot()).toBe(before);
  });

  it('drops the query string entirely when every filter is cleared', () => {
    const browser = fakeBrowser('/?topics=economy&q=son');
    const store = createViewStateStore(browser);
    store.update({ topics: [], q: undefined }, 'push');
    expect(browser.entries.at(-1)).toBe('/');
  });

  it('keeps the snapshot identity across unrelated popstate events', () => {
    const browser = fakeBrowser('/?kinds=visit');
    const store = createViewStateStore(browser);
    store.subscribe(() => {});
    const before = store.getSnapshot();
    browser.back(); // already at the first entry: same URL
    expect(store.getSnapshot()).toBe(before);
  });

  it('merges into the URL as it stands when something else rewrote it', () => {
    const browser = fakeBrowser('/?topics=economy');
    const store = createViewStateStore(browser);
    browser.history.replaceState(null, '', '/?topics=economy&lang=en');
    store.update({ kinds: ['visit'] }, 'push');
    expect(browser.entries.at(-1)).toBe('/?topics=economy&kinds=visit&lang=en');
  });

  it('stops listening to popstate when the last subscriber leaves', () => {
    const browser = fakeBrowser('/');
    const remove = vi.spyOn(browser, 'removeEventListener');
    const store = createViewStateStore(browser);
    const unsubscribe = store.subscribe(() => {});
    unsubscribe();
    expect(remove).toHaveBeenCalledTimes(1);
  });
});
