/**
 * Shared helpers for the end-to-end specs: the built dataset (read from `dist/`, so that tests find
 * events by content rather than by generated ids), a fixture that fails a test on any page error
 * or console error, and small readers for what the page shows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { datasetSchema, type Dataset, type TimelineEvent } from '../src/shared/schema';
import { foldAccents, slugify } from '../src/shared/text';

let cached: Dataset | undefined;

/** The dataset the production build serves (`dist/data/timeline.json`), validated. */
export function builtDataset(): Dataset {
  cached ??= datasetSchema.parse(
    JSON.parse(readFileSync(resolve('dist/data/timeline.json'), 'utf8')) as unknown,
  );
  return cached;
}

/** The one event matching `predicate`; fails with `what` in the message when there is none. */
export function findEvent(
  what: string,
  predicate: (event: TimelineEvent) => boolean,
): TimelineEvent {
  const event = builtDataset().events.find(predicate);
  if (!event) throw new Error(`the built dataset has no ${what}`);
  return event;
}

/** The first Foreign Ministers' Dialogue (Bùi Thanh Sơn, Antony Blinken, 25 March 2024). */
export function dialogueEvent(): TimelineEvent {
  return findEvent(
    'event of 2024-03-25 with Antony Blinken',
    (e) => e.start === '2024-03-25' && e.participants.some((p) => p.name === 'Antony Blinken'),
  );
}

/** Whether `event` has a participant whose person id (slug) is `id`. */
export function hasPerson(event: TimelineEvent, id: string): boolean {
  return event.participants.some((p) => slugify(p.name) === id);
}

/** The event's searchable text, folded: what an accent-free search may match. */
export function foldedText(event: TimelineEvent): string {
  return foldAccents(
    [
      event.title,
      event.summary,
      event.location ?? '',
      ...event.participants.flatMap((p) => [p.name, p.title ?? '']),
    ].join(' '),
  );
}

/** The ids of `events`, sorted, for comparing sets. */
export function idsOf(events: readonly TimelineEvent[]): string[] {
  return events.map((e) => e.id).sort();
}

interface ErrorLog {
  /** Console errors matching one of these are expected (e.g. the 500 a test provokes). */
  allowConsole(pattern: RegExp): void;
}

/**
 * `test` with an automatic fixture: every uncaught page error and every console error in any
 * page of the test's context fails the test, unless the test allowed it.
 */
export const test = base.extend<{ errorLog: ErrorLog }>({
  errorLog: [
    async ({ context, page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (p: Page) => {
        p.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        p.on('console', (message) => {
          if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
        });
      };
      watch(page);
      context.on('page', watch);
      await use({ allowConsole: (pattern) => allowed.push(pattern) });
      const unexpected = errors.filter(
        (e) => !(e.startsWith('console error:') && allowed.some((p) => p.test(e))),
      );
      expect(unexpected, 'page errors and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app at `query` ("" or "?event=…") and waits until the dataset is shown. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await waitForData(page);
}

/** Waits until the header says how many events the dataset has (so the dataset is loaded). */
export async function waitForData(page: Page): Promise<void> {
  await expect(page.getByTestId('app-header')).toContainText(/\d+\s*(sự kiện|events?)/, {
    timeout: 15_000,
  });
  await expect(page.getByTestId('loading')).toHaveCount(0);
}

/** The timeline region. */
export function timeline(page: Page): Locator {
  return page.getByTestId('timeline');
}

/** Event items drawn on the timeline (boxes, ranges, points; not clusters, their lines or dots). */
export function timelineItems(page: Page): Locator {
  return timeline(page).locator(
    '.vis-item.vis-box, .vis-item.vis-point, .vis-item.vis-range:not(.vis-cluster)',
  );
}

/** Waits until the timeline has drawn at least one item. */
export async function waitForTimeline(page: Page): Promise<void> {
  await expect(
    timeline(page).locator('.vis-item.vis-box, .vis-item.vis-point, .vis-item.vis-range').first(),
  ).toBeVisible();
}

/** What the timeline shows: the titles of its drawn items and the number of events in clusters. */
export async function timelineContent(
  page: Page,
): Promise<{ titles: string[]; clustered: number }> {
  const titles = (await timelineItems(page).allInnerTexts()).map((t) => t.trim());
  const clusters = await timeline(page).locator('.vis-item.vis-cluster').allInnerTexts();
  const clustered = clusters.reduce((sum, text) => sum + (Number.parseInt(text, 10) || 0), 0);
  return { titles, clustered };
}

/** The event ids the list shows, in order. */
export async function listedIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('event-list')
    .locator('li [data-event-id]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id') ?? ''));
}

/** The list's entry (button or link) for the event `id`. */
export function listEntry(page: Page, id: string): Locator {
  return page.getByTestId('event-list').locator(`li [data-event-id="${id}"]`);
}

/** One query parameter of the page's current URL. */
export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

export interface AxisLabel {
  x: number;
  text: string;
}

/**
 * The timeline's axis labels (minor and major) inside the visible part of the axis, left to
 * right: together they say which window the timeline shows.
 */
export async function axisLabels(page: Page): Promise<AxisLabel[]> {
  const panel = await centerPanelBox(page);
  const labels = await timeline(page)
    .locator('.vis-time-axis.vis-foreground .vis-text')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ x: n.getBoundingClientRect().left, text: (n.textContent ?? '').trim() })),
    );
  // Labels near the edges may come and go with a sub-day shift: keep the middle 80%.
  const from = panel.x + panel.width * 0.1;
  const to = panel.x + panel.width * 0.9;
  return labels
    .filter((l) => l.text !== '' && l.x >= from && l.x <= to)
    .sort((a, b) => a.x - b.x || a.text.localeCompare(b.text));
}

/** Whether two axis readings show the same window, allowing `tolerance` pixels of shift. */
export function sameAxis(a: AxisLabel[], b: AxisLabel[], tolerance: number): boolean {
  return (
    a.length === b.length &&
    a.every((label, i) => label.text === b[i]!.text && Math.abs(label.x - b[i]!.x) <= tolerance)
  );
}

/** Days covered by a `view` parameter ("2023-06-01~2024-06-30"); NaN when malformed. */
export function viewSpanDays(view: string | null): number {
  const match = /^(\d{4}-\d{2}-\d{2})~(\d{4}-\d{2}-\d{2})$/.exec(view ?? '');
  if (!match) return Number.NaN;
  return (Date.parse(match[2]!) - Date.parse(match[1]!)) / 86_400_000;
}

/** The pixel box of the timeline's central panel (where items are drawn and dragged), in view. */
export async function centerPanelBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const panel = timeline(page).locator('.vis-panel.vis-center').first();
  await panel.scrollIntoViewIfNeeded();
  const box = await panel.boundingBox();
  if (!box) throw new Error('the timeline has no visible center panel');
  return box;
}

/**
 * Checks that the timeline shows exactly `events` once fitted: every drawn item is one of them
 * and drawn items plus clustered ones add up to their number.
 */
export async function expectTimelineShows(
  page: Page,
  events: readonly TimelineEvent[],
): Promise<void> {
  await page.getByTestId('fit-all').click();
  const titles = new Set(events.map((e) => e.title));
  await expect
    .poll(
      async () => {
        const shown = await timelineContent(page);
        const stray = shown.titles.filter((t) => !titles.has(t));
        return { stray, count: shown.titles.length + shown.clustered };
      },
      { message: 'the timeline shows exactly the filtered events' },
    )
    .toEqual({ stray: [], count: events.length });
}

/** Checks the list, the result count and the timeline all show exactly `events`. */
export async function expectShown(page: Page, events: readonly TimelineEvent[]): Promise<void> {
  const total = builtDataset().events.length;
  await expect.poll(async () => (await listedIds(page)).sort()).toEqual(idsOf(events));
  const count = page.getByTestId('result-count');
  await expect(count).toHaveAttribute('data-shown', String(events.length));
  await expect(count).toHaveAttribute('data-total', String(total));
  await expect(count).toContainText(new RegExp(`${events.length}\\s*(/|of)\\s*${total}`));
  await expectTimelineShows(page, events);
}
