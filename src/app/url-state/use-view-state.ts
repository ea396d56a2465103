/** The React side of the view-state store: one store per page, read with `useSyncExternalStore`. */
import { useSyncExternalStore } from 'react';
import { DEFAULT_VIEW_STATE, type ViewState } from './url-state';
import { createViewStateStore, type HistoryMode, type ViewStateStore } from './view-state-store';

let store: ViewStateStore | undefined;

function getStore(): ViewStateStore {
  store ??= createViewStateStore(window);
  return store;
}

const subscribe = (listener: () => void) => getStore().subscribe(listener);
const getSnapshot = () => getStore().getSnapshot();
const getServerSnapshot = () => DEFAULT_VIEW_STATE;
const update = (patch: Partial<ViewState>, mode: HistoryMode) => getStore().update(patch, mode);

/** The view state from the address bar, and `update` to change it (push: filters and selection; replace: pan/zoom). */
export function useViewState(): {
  state: ViewState;
  /** push: opening an event, changing a filter (Back undoes it). replace: pan/zoom (debounced by caller). */
  update(patch: Partial<ViewState>, mode: 'push' | 'replace'): void;
} {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return { state, update };
}
