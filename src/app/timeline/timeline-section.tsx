/** The lazily loaded timeline behind a skeleton: vis-timeline and moment are not in the first chunk. */
import { lazy, Suspense } from 'react';
import type { UiLang } from '../i18n/messages';
import { TimelineSkeleton } from './timeline-skeleton';
import type { TimelineViewProps } from './timeline-view';

const TimelineView = lazy(() => import('./timeline-view'));

/** The timeline, or its skeleton until the module has loaded. */
export function TimelineSection(props: TimelineViewProps & { lang: UiLang }) {
  return (
    <Suspense fallback={<TimelineSkeleton lang={props.lang} />}>
      <TimelineView {...props} />
    </Suspense>
  );
}
