/** The lazily loaded timeline behind a skeleton: vis-timeline and moment are not in the first chunk. */
import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { UiLang } from '../i18n/messages';
import { TimelineSkeleton } from './timeline-skeleton';
import type { TimelineViewProps } from './timeline-view';

/** The module once it has loaded: rendered directly, without suspending. */
let loadedView: ComponentType<TimelineViewProps> | undefined;
const loadTimelineView = () =>
  import('./timeline-view').then((module) => {
    loadedView = module.default;
    return module;
  });
const LazyTimelineView = lazy(loadTimelineView);

/**
 * Starts loading vis-timeline while the dataset downloads, so the chunk is parsed by the time the
 * data is in instead of being fetched only once the page renders the timeline (a waterfall).
 */
export function preloadTimeline(): void {
  void loadTimelineView();
}

/** The timeline, or its skeleton until the module has loaded. */
export function TimelineSection(props: TimelineViewProps & { lang: UiLang }) {
  // A lazy component suspends on its first render even when its module is already in, and React
  // then holds the content back until 300 ms after the fallback showed (its reveal throttle): when
  // the module has loaded (the usual case: it loads while the dataset downloads), render it directly.
  // Chosen once per mount, so the timeline is never remounted when the module arrives.
  const [View] = useState(() => loadedView ?? LazyTimelineView);
  return (
    <Suspense fallback={<TimelineSkeleton lang={props.lang} />}>
      <View {...props} />
    </Suspense>
  );
}
