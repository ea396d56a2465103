/** Journeys 3 and 4: click an event for its story, copy its link and open it elsewhere. */
import {
  axisLabels,
  builtDataset,
  centerPanelBox,
  dialogueEvent,
  expect,
  listEntry,
  openApp,
  sameAxis,
  test,
  timeline,
  urlParam,
  viewSpanDays,
  waitForData,
  waitForTimeline,
} from './helpers';
import type { Page } from '@playwright/test';
import type { TimelineEvent } from '../src/shared/schema';

/** Checks that the detail panel tells the story of the dialogue of 25 March 2024. */
async function expectDialoguePanel(page: Page, event: TimelineEvent): Promise<void> {
  const panel = page.getByTestId('detail-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(panel.getByTestId('event-date')).toHaveText(/25 tháng 3,? 2024/);
  await expect(panel.getByTestId('event-summary')).toContainText(event.summary.slice(0, 60));
  const participants = panel.getByTestId('event-participants');
  await expect(participants.getByRole('button', { name: /Bùi Thanh Sơn/ })).toBeVisible();
  await expect(participants.getByRole('button', { name: /Antony Blinken/ })).toBeVisible();
  if (event.location)
    await expect(panel.getByTestId('event-location')).toContainText(event.location);
  // Every source article, with its headline, its outlet and its link when the article has them.
  const sources = panel.getByTestId('event-sources');
  const articles = new Map(builtDataset().articles.map((a) => [a.id, a]));
  for (const source of event.sources) {
    const article = articles.get(source.articleId)!;
    await expect(sources).toContainText(article.title);
    if (article.outlet) await expect(sources).toContainText(article.outlet);
    if (article.url) await expect(sources.locator(`a[href="${article.url}"]`)).toBeVisible();
  }
  await expect(sources.getByTestId('read-source')).toHaveCount(event.sources.length);
}

test('clicking the dialogue on the timeline opens its detail panel', async ({ page }) => {
  const event = dialogueEvent();
  await openApp(page, '?view=2024-03-01~2024-04-30');
  await waitForTimeline(page);
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);

  await timeline(page).locator('.vis-item', { hasText: event.title }).first().click();
  await expectDialoguePanel(page, event);
  await expect.poll(() => urlParam(page, 'event')).toBe(event.id);
  await expect(listEntry(page, event.id)).toHaveAttribute('aria-current', 'true');

  // The timeline marks the same item as selected.
  await expect(
    timeline(page).locator('.vis-item.vis-selected', { hasText: event.title }),
  ).toBeVisible();

  await page.getByTestId('close-panel').click();
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  expect(urlParam(page, 'event')).toBeNull();
});

test('choosing the dialogue in the list opens the same panel', async ({ page }) => {
  const event = dialogueEvent();
  await openApp(page);
  await listEntry(page, event.id).click();
  await expectDialoguePanel(page, event);
  await expect.poll(() => urlParam(page, 'event')).toBe(event.id);
  await expect(listEntry(page, event.id)).toHaveAttribute('aria-current', 'true');
});

test('reading a source shows its text with the evidence sentence highlighted', async ({ page }) => {
  const event = dialogueEvent();
  await openApp(page, `?event=${event.id}`);
  const sources = page.getByTestId('event-sources');
  await expect(sources).toBeVisible();
  const withEvidence = event.sources.findIndex((s) => s.evidence);
  expect(withEvidence, 'the dialogue has a source with evidence').toBeGreaterThanOrEqual(0);
  await sources.getByTestId('read-source').nth(withEvidence).click();
  const mark = page.getByTestId('detail-panel').locator('mark').first();
  await expect(mark).toBeVisible();
  await expect(mark).toContainText(event.sources[withEvidence]!.evidence!.slice(0, 30));
});

test('previous and next move through the events in order', async ({ page }) => {
  const event = dialogueEvent();
  await openApp(page, `?event=${event.id}`);
  const list = await page
    .getByTestId('event-list')
    .locator('li [data-event-id]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')));
  const at = list.indexOf(event.id);
  expect(at).toBeGreaterThanOrEqual(0);
  const next = list[at + 1];
  const previous = list[at - 1];
  if (next) {
    await page.getByTestId('next-event').click();
    await expect.poll(() => urlParam(page, 'event')).toBe(next);
    await page.getByTestId('prev-event').click();
    await expect.poll(() => urlParam(page, 'event')).toBe(event.id);
  }
  if (previous) {
    await page.getByTestId('prev-event').click();
    await expect.poll(() => urlParam(page, 'event')).toBe(previous);
  }
  expect(next ?? previous, 'the dataset has more than one event').toBeTruthy();
});

test('cite this event gives a citation with the event link', async ({ page }) => {
  const event = dialogueEvent();
  await openApp(page, `?event=${event.id}`);
  await page.getByTestId('cite-event').click();
  const citation = page.getByTestId('citation-text');
  await expect(citation).toBeVisible();
  const text = await citation.evaluate((el) =>
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.textContent,
  );
  expect(text).toContain(event.title);
  expect(text).toContain(`event=${event.id}`);
});

test('a copied link opens the same event, filters and window in a new page', async ({
  page,
  context,
}) => {
  const event = dialogueEvent();
  const topic = event.topics[0];
  expect(topic, 'the dialogue has a topic').toBeTruthy();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // Build the view a reader would share: a topic filter, a zoomed window, the event open.
  await openApp(page);
  await page.getByTestId(`filter-topic-${topic}`).check();
  await listEntry(page, event.id).click();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  // Zoom in with the wheel over the timeline (the zoom buttons have their own test).
  const box = await centerPanelBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(() => urlParam(page, 'view')).not.toBeNull();
  await page.waitForTimeout(800);
  const labels = await axisLabels(page);
  // The URL keeps whole days, so the shared window may differ by up to a day at each end.
  const panel = await centerPanelBox(page);
  const tolerance = (1.5 * panel.width) / viewSpanDays(urlParam(page, 'view')) + 2;

  await page.getByTestId('copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const copied = new URL(link);
  expect(copied.searchParams.get('event')).toBe(event.id);
  expect(copied.searchParams.get('topics')).toBe(topic);
  expect(copied.searchParams.get('view')).toMatch(/^\d{4}-\d{2}-\d{2}~\d{4}-\d{2}-\d{2}$/);

  const other = await context.newPage();
  await other.goto(link);
  await waitForData(other);
  await expectDialoguePanel(other, event);
  await expect(other.getByTestId(`filter-topic-${topic}`)).toBeChecked();
  await waitForTimeline(other);
  await expect
    .poll(async () => sameAxis(await axisLabels(other), labels, tolerance), {
      message: 'the new page shows the same window',
    })
    .toBe(true);
  await other.waitForTimeout(800);
  expect(other.url()).toBe(link);
});
