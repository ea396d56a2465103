/** Subscribing to a CSS media query from React (layout decisions that CSS alone cannot make). */
import { useSyncExternalStore } from 'react';

/** True while `query` matches, e.g. "(min-width: 1024px)". */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
