/**
 * A tiny external store over `location.search` and the History API, so every component reading
 * the view state through `useSyncExternalStore` sees the same value, and Back/Forward restore it.
 */
import { parseViewState, serializeViewState, type ViewState } from './url-state';

export type HistoryMode = 'push' | 'replace';

type Listener = () => void;

/** The subset of `window` the store touches, so tests can hand it a fake. */
export interface BrowserLike {
  location: { search: string; pathname: string; hash: string };
  history: {
    state: unknown;
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface ViewStateStore {
  getSnapshot(): ViewState;
  subscribe(listener: Listener): () => void;
  update(patch: Partial<ViewState>, mode: HistoryMode): void;
}

/** Create a store bound to a browser window (or a fake one in tests). */
export function createViewStateStore(browser: BrowserLike): ViewStateStore {
  const listeners = new Set<Listener>();
  let search = browser.location.search;
  let snapshot = parseViewState(search);

  const notify = () => {
    for (const listener of listeners) listener();
  };
  // Re-read only when the query string really changed, so the snapshot keeps its identity otherwise.
  const sync = () => {
    if (browser.location.search === search) return;
    search = browser.location.search;
    snapshot = parseViewState(search);
    notify();
  };
  const onPopState = () => sync();

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (listeners.size === 0) browser.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) browser.removeEventListener('popstate', onPopState);
      };
    },
    update(patch, mode) {
      // Someone wrote the URL without telling us (no popstate for pushState): merge into what it says now.
      if (browser.location.search !== search) {
        search = browser.location.search;
        snapshot = parseViewState(search);
      }
      const next: ViewState = { ...snapshot, ...patch };
      const query = serializeViewState(next);
      const url = `${browser.location.pathname}${query ? `?${query}` : ''}${browser.location.hash}`;
      // Nothing to write when the URL would not change: no duplicate history entries.
      if (query === serializeViewState(snapshot)) return;
      if (mode === 'push') browser.history.pushState(browser.history.state, '', url);
      else browser.history.replaceState(browser.history.state, '', url);
      search = browser.location.search;
      // Re-parse what was written, so the state always equals what a reload of this URL would give.
      snapshot = parseViewState(query);
      notify();
    },
  };
}
