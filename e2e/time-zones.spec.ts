/** Journey 13: dates are calendar days — the 25 March 2024 dialogue sits on 25 March everywhere. */
import { dialogueEvent, expect, openApp, test, timeline, waitForTimeline } from './helpers';
import type { Page } from '@playwright/test';

/**
 * Where the day `day` of the window's month begins and ends on the axis, from the minor day labels
 * (each label's left edge is the start of its day; labels may skip days when space is short).
 */
async function dayColumn(page: Page, day: number): Promise<{ from: number; to: number }> {
  const labels = await timeline(page)
    .locator('.vis-time-axis.vis-foreground .vis-text.vis-minor')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ x: n.getBoundingClientRect().left, text: (n.textContent ?? '').trim() })),
    );
  const days = labels
    .map((l) => ({ x: l.x, day: Number(/^(?:\D*\s)?(\d{1,2})$/.exec(l.text)?.[1] ?? NaN) }))
    .filter((l) => l.day >= 1 && l.day <= 31)
    .sort((a, b) => a.x - b.x);
  // Pixels per day from consecutive labels that step forward within the month.
  const steps: number[] = [];
  for (let i = 1; i < days.length; i++) {
    const a = days[i - 1]!;
    const b = days[i]!;
    if (b.day > a.day && b.day - a.day <= 7) steps.push((b.x - a.x) / (b.day - a.day));
  }
  steps.sort((a, b) => a - b);
  const perDay = steps[Math.floor(steps.length / 2)];
  const base = days.filter((l) => l.day <= day).at(-1);
  if (!perDay || !base) throw new Error(`no day labels around ${day} in ${JSON.stringify(labels)}`);
  const from = base.x + (day - base.day) * perDay;
  return { from, to: from + perDay };
}

/**
 * Where the item for `title` is anchored on the time axis: a range's left edge, or the dot a box
 * or point item stands on.
 */
async function itemAnchor(page: Page, title: string): Promise<number> {
  const item = timeline(page)
    .locator('.vis-item.vis-box, .vis-item.vis-point, .vis-item.vis-range', { hasText: title })
    .first();
  await expect(item).toBeVisible();
  const box = (await item.boundingBox())!;
  const className = (await item.getAttribute('class')) ?? '';
  if (className.includes('vis-range')) return box.x;
  const dots = await timeline(page)
    .locator('.vis-item.vis-dot')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return r.left + r.width / 2;
      }),
    );
  const centre = box.x + box.width / 2;
  const under = dots
    .filter((x) => x >= box.x - 1 && x <= box.x + box.width + 1)
    .sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre));
  if (under[0] === undefined) throw new Error(`no dot under the item "${title}"`);
  return under[0];
}

for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
  test.describe(timezoneId, () => {
    test.use({ timezoneId });

    test('the 25 March 2024 dialogue is on 25 March', async ({ page }) => {
      const event = dialogueEvent();
      await openApp(page, `?event=${event.id}&view=2024-03-20~2024-03-31`);
      await expect(page.getByTestId('event-date')).toHaveText(/^\s*25 tháng 3,? 2024\s*$/);
      await waitForTimeline(page);

      const column = await dayColumn(page, 25);
      const anchor = await itemAnchor(page, event.title);
      expect(
        anchor,
        `item anchored at ${anchor}px, 25 March spans ${column.from}–${column.to}px`,
      ).toBeGreaterThanOrEqual(column.from - 1);
      expect(anchor).toBeLessThan(column.to - 1);
    });
  });
}
