/** Journey 9: on a 390 px phone the page never scrolls sideways and the list is one tap away. */
import { dialogueEvent, expect, listEntry, openApp, test } from './helpers';

test.use({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
});

test('no horizontal scroll; the toggle shows the list; an event opens its panel', async ({
  page,
}) => {
  const event = dialogueEvent();
  await openApp(page);

  const widths = () =>
    page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
    }));
  const initial = await widths();
  expect(initial.page).toBeLessThanOrEqual(390);
  expect(initial.body).toBeLessThanOrEqual(390);

  // The toggle switches between the timeline and the list.
  const toggle = page.getByTestId('view-toggle');
  await expect(toggle).toBeVisible();
  const list = page.getByTestId('event-list');
  if (!(await list.isVisible())) await toggle.click();
  await expect(list).toBeVisible();
  await expect(page.getByTestId('timeline')).toBeHidden();
  await toggle.click();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(list).toBeHidden();
  await toggle.click();
  await expect(list).toBeVisible();

  await listEntry(page, event.id).click();
  const panel = page.getByTestId('detail-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(panel).toBeInViewport();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390.5);
  expect((await widths()).page).toBeLessThanOrEqual(390);

  await page.getByTestId('close-panel').click();
  await expect(panel).toHaveCount(0);
});

test('a vertical swipe over the timeline scrolls the page', async ({ page }) => {
  await openApp(page);
  const timeline = page.getByTestId('timeline');
  if (!(await timeline.isVisible())) await page.getByTestId('view-toggle').click();
  await expect(timeline).toBeVisible();
  const tall = await page.evaluate(() => document.documentElement.scrollHeight > innerHeight + 200);
  expect(tall, 'the phone page is taller than the screen').toBe(true);

  // Bring the timeline near the top of the screen, then swipe over it in the direction with room.
  await timeline.evaluate((el) =>
    scrollTo(0, Math.max(0, el.getBoundingClientRect().top + scrollY - 120)),
  );
  const before = await page.evaluate(() => scrollY);
  const room = await page.evaluate(
    () => document.documentElement.scrollHeight - innerHeight - scrollY,
  );
  const box = (await timeline.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = Math.min(box.y + Math.min(box.height / 2, 120), 700);
  const down = room > 80;
  // A real touch drag (Playwright has only taps): touchStart, ten moves, touchEnd.
  const cdp = await page.context().newCDPSession(page);
  const dy = down ? -200 : 200;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: y + (dy * i) / 10 }],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect
    .poll(async () => Math.abs((await page.evaluate(() => scrollY)) - before), {
      message: 'the page scrolled under the finger',
    })
    .toBeGreaterThan(50);
});
