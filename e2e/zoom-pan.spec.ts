/** Journey 2: zoom and pan; the URL's `view` records the visible window and restores it. */
import type { Page } from '@playwright/test';
import { firstDay } from '../src/shared/dates';
import {
  axisLabels,
  builtDataset,
  centerPanelBox,
  expect,
  openApp,
  sameAxis,
  test,
  urlParam,
  viewSpanDays,
  waitForData,
  waitForTimeline,
} from './helpers';

const VIEW = /^\d{4}-\d{2}-\d{2}~\d{4}-\d{2}-\d{2}$/;
const START_VIEW = '2020-01-01~2023-12-31';

/** Drags the timeline's centre panel sideways by `fraction` of its width (positive: to the right). */
async function drag(page: Page, fraction: number): Promise<void> {
  const box = await centerPanelBox(page);
  const y = box.y + Math.min(box.height / 2, 40);
  const x0 = box.x + box.width * (fraction > 0 ? 0.3 : 0.7);
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++)
    await page.mouse.move(x0 + (box.width * fraction * step) / 10, y);
  await page.mouse.up();
}

test('the zoom buttons write the visible window into the URL, replacing the entry', async ({
  page,
}) => {
  await openApp(page);
  await waitForTimeline(page);
  expect(urlParam(page, 'view'), 'the default window is not written').toBeNull();
  const entries = await page.evaluate(() => history.length);

  await page.getByTestId('zoom-in').click();
  await expect.poll(() => urlParam(page, 'view'), { message: 'view after zoom-in' }).toMatch(VIEW);
  const zoomedIn = urlParam(page, 'view');
  await page.getByTestId('zoom-in').click();
  await expect
    .poll(() => viewSpanDays(urlParam(page, 'view')))
    .toBeLessThan(viewSpanDays(zoomedIn));

  const beforeOut = urlParam(page, 'view');
  await page.getByTestId('zoom-out').click();
  await expect
    .poll(() => viewSpanDays(urlParam(page, 'view')))
    .toBeGreaterThan(viewSpanDays(beforeOut));

  expect(await page.evaluate(() => history.length), 'zooming pushes no history entry').toBe(
    entries,
  );
});

test('dragging pans to earlier dates and keeps the span', async ({ page }) => {
  await openApp(page, `?view=${START_VIEW}`);
  await waitForTimeline(page);
  const entries = await page.evaluate(() => history.length);

  await drag(page, 0.4);
  await expect.poll(() => urlParam(page, 'view')).not.toBe(START_VIEW);
  const after = urlParam(page, 'view')!;
  expect(after).toMatch(VIEW);
  expect(after < START_VIEW, `${after} is earlier than ${START_VIEW}`).toBe(true);
  expect(Math.abs(viewSpanDays(after) - viewSpanDays(START_VIEW))).toBeLessThanOrEqual(2);
  expect(await page.evaluate(() => history.length), 'panning pushes no history entry').toBe(
    entries,
  );
});

test('the wheel over the timeline zooms', async ({ page }) => {
  await openApp(page, `?view=${START_VIEW}`);
  await waitForTimeline(page);
  const box = await centerPanelBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  // Ctrl, so that the wheel zooms whichever zoom key the timeline asks for.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 400);
  await page.keyboard.up('Control');
  await expect
    .poll(() => viewSpanDays(urlParam(page, 'view')))
    .toBeGreaterThan(viewSpanDays(START_VIEW));
});

test('reloading the URL shows the same window', async ({ page }) => {
  await openApp(page, `?view=${START_VIEW}`);
  await waitForTimeline(page);
  await drag(page, -0.25);
  await expect.poll(() => urlParam(page, 'view')).not.toBe(START_VIEW);
  await page.waitForTimeout(1000); // the debounce has settled: the URL holds the final window
  const view = urlParam(page, 'view');
  const labels = await axisLabels(page);
  expect(labels.length).toBeGreaterThan(1);
  // The URL keeps whole days, so the restored window may differ by up to a day at each end.
  const panel = await centerPanelBox(page);
  const tolerance = (1.5 * panel.width) / viewSpanDays(view) + 2;

  await page.reload();
  await waitForData(page);
  await waitForTimeline(page);
  await expect
    .poll(async () => sameAxis(await axisLabels(page), labels, tolerance), {
      message: `the axis after reload matches ${JSON.stringify(labels)}`,
    })
    .toBe(true);
  await page.waitForTimeout(1000);
  expect(urlParam(page, 'view'), 'the restored window is kept as it was').toBe(view);
});

test('fit all and go to latest move the window and record it', async ({ page }) => {
  const starts = builtDataset().events.map((e) => firstDay(e.start));
  const earliest = starts.reduce((a, b) => (a < b ? a : b));
  const latest = starts.reduce((a, b) => (a > b ? a : b));
  await openApp(page, '?view=2000-01-01~2000-12-31');
  expect(urlParam(page, 'view')).toBe('2000-01-01~2000-12-31');

  // Going to the latest event brings the dataset's last start date into the window.
  await page.getByTestId('go-latest').click();
  await expect
    .poll(
      () => {
        const [from = '', to = ''] = (urlParam(page, 'view') ?? '').split('~');
        return from <= latest && latest <= to;
      },
      { message: `the view after go-latest contains ${latest}` },
    )
    .toBe(true);

  // Fitting everything brings every event into the window (the default window is not written).
  await page.getByTestId('fit-all').click();
  await expect
    .poll(
      () => {
        const view = urlParam(page, 'view');
        if (view === null) return true;
        const [from = '', to = ''] = view.split('~');
        return from <= earliest && latest <= to;
      },
      { message: `the view after fit-all contains ${earliest}…${latest}` },
    )
    .toBe(true);
  await waitForTimeline(page);
});
