/** The lazily loaded timeline behind a skeleton: vis-timeline and moment are not in the first chunk. */
import { lazy, Suspense } from 'react';
import type { UiLang } from '../i18n/messages';
import { TimelineSkeleton } from './timeline-skeleton';
import type { TimelineViewProps } from './timeline-view';

const loadTimelineView = () => import('./timeline-view');
const TimelineView = lazy(loadTimelineView);

/**
 * Starts loading vis-timeline while the dataset downloads, so the chunk is parsed by the time the
 * data is in instead of being fetched only once the page renders the timeline (a waterfall).
 */
export function preloadTimeline(): void {
  void loadTimelineView();
}

/** The timeline, or its skeleton until the module has loaded. */
export function TimelineSection(props: TimelineViewProps & { lang: UiLang }) {
  return (
    <Suspense fallback={<TimelineSkeleton lang={props.lang} />}>
      <TimelineView {...props} />
    </Suspense>
  );
}
