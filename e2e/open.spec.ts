/** Journey 1: a reader opens the page and sees the whole dataset at a glance. */
import {
  builtDataset,
  expect,
  idsOf,
  listedIds,
  openApp,
  test,
  timelineContent,
  waitForTimeline,
} from './helpers';

test('the header, the timeline and the list show the whole dataset', async ({ page }) => {
  const dataset = builtDataset();
  const years = dataset.events
    .flatMap((e) => [e.start, e.end ?? e.start])
    .map((d) => d.slice(0, 4));
  const first = years.reduce((a, b) => (a < b ? a : b));
  const last = years.reduce((a, b) => (a > b ? a : b));
  const cited = new Set(dataset.events.flatMap((e) => e.sources.map((s) => s.articleId))).size;
  const sources = new Set([cited, dataset.articles.length]);

  await openApp(page);

  const header = page.getByTestId('app-header');
  await expect(header.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(header).toContainText(new RegExp(`(?<!\\d)${dataset.events.length}\\s*sự kiện`));
  await expect(header).toContainText(new RegExp(`(?<!\\d)(${[...sources].join('|')})\\s*nguồn`));
  await expect(header).toContainText(new RegExp(`${first}\\s*[–-]\\s*${last}`));

  // The list holds every event, once, in chronological order.
  const list = await listedIds(page);
  expect([...list].sort()).toEqual(idsOf(dataset.events));
  const startOf = new Map(dataset.events.map((e) => [e.id, e.start]));
  const starts = list.map((id) => startOf.get(id) ?? '');
  expect(starts).toEqual([...starts].sort());

  // The timeline draws items whose text is an event's title (plain text, one per event).
  await waitForTimeline(page);
  const { titles, clustered } = await timelineContent(page);
  const known = new Set(dataset.events.map((e) => e.title));
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(known, `timeline item "${title}"`).toContain(title);
  expect(titles.length + clustered).toBeLessThanOrEqual(dataset.events.length);

  // Each item carries its kind as a class, so the legend's colours can apply.
  const kinds = await page
    .getByTestId('timeline')
    .locator('.vis-item.vis-box, .vis-item.vis-point, .vis-item.vis-range')
    .evaluateAll((nodes) => nodes.map((n) => /\bevent-[a-z]+\b/.test(n.className)));
  expect(kinds.every(Boolean)).toBe(true);
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(/bài báo|báo chí|tin tức/i);

  // Nothing overflows the page sideways on a desktop.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
});

test('a skeleton is shown while the dataset loads', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/timeline.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByTestId('loading')).toBeVisible();
  release();
  await expect(page.getByTestId('loading')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByTestId('event-list').locator('li').first()).toBeVisible();
});
