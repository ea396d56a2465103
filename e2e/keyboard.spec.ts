/** Journey 10: keyboard only — search, move to the list, open an event, close it; focus is visible. */
import {
  axisLabels,
  builtDataset,
  expect,
  foldedText,
  openApp,
  sameAxis,
  test,
  waitForTimeline,
} from './helpers';
import type { Page } from '@playwright/test';

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page: Page, what: string, matches: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches)
    )
      return;
  }
  throw new Error(`${what} was not reached with ${limit} presses of Tab`);
}

/** Whether the focused element shows a focus indicator (outline or ring). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    return outline || ring;
  });
}

test('search, list, open and close with the keyboard alone', async ({ page }) => {
  const { events } = builtDataset();
  const matching = events.filter((e) => foldedText(e).includes('blinken'));
  expect(matching.length).toBeGreaterThan(0);

  await openApp(page);
  await page.locator('body').focus();

  await tabUntil(page, 'the search box', '[data-testid="search-input"]');
  expect(await focusIsVisible(page), 'the search box shows focus').toBe(true);
  await page.keyboard.type('blinken');
  await expect(page.getByTestId('result-count')).toHaveAttribute(
    'data-shown',
    String(matching.length),
  );

  await tabUntil(page, 'an event in the list', '[data-testid="event-list"] li [data-event-id]');
  expect(await focusIsVisible(page), 'the list entry shows focus').toBe(true);
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  const event = events.find((e) => e.id === id);
  expect(event, `focused entry ${id} is an event`).toBeTruthy();

  await page.keyboard.press('Enter');
  const panel = page.getByTestId('detail-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event!.title);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  // Focus is not lost to the page: it returns to where the reader was.
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test('the zoom buttons work from the keyboard', async ({ page }) => {
  await openApp(page);
  await waitForTimeline(page);
  const before = await axisLabels(page);
  await page.getByTestId('zoom-in').focus();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(async () => sameAxis(await axisLabels(page), before, 1)).toBe(false);
});

test('on the focused timeline, arrows move between events, Enter opens and Esc closes', async ({
  page,
}) => {
  await openApp(page);
  await waitForTimeline(page);
  // Tab from the zoom buttons into the timeline itself.
  await page.getByTestId('zoom-in').focus();
  await tabUntil(
    page,
    'the timeline',
    '[data-testid="timeline"] :not(button, a, input)[tabindex="0"]',
    10,
  );
  expect(await focusIsVisible(page), 'the timeline shows focus').toBe(true);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('detail-panel');
  await expect(panel).toBeVisible();
  const first = await panel.getByRole('heading', { level: 2 }).innerText();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  await page.getByTestId('zoom-in').focus();
  await tabUntil(
    page,
    'the timeline',
    '[data-testid="timeline"] :not(button, a, input)[tabindex="0"]',
    10,
  );
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(first);
});
