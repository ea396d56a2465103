/** Journey 11: axe finds no serious or critical violation, light and dark, panel closed and open. */
import AxeBuilder from '@axe-core/playwright';
import { dialogueEvent, expect, openApp, test, waitForTimeline } from './helpers';
import type { Page } from '@playwright/test';

/** The serious and critical axe violations on the page, summarised for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('no serious violation on the home page', async ({ page }) => {
      await openApp(page);
      await waitForTimeline(page);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('no serious violation with the detail panel open', async ({ page }) => {
      await openApp(page, `?event=${dialogueEvent().id}`);
      await expect(page.getByTestId('detail-panel')).toBeVisible();
      await waitForTimeline(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('the page has the landmarks a screen reader user navigates by', async ({ page }) => {
  await openApp(page, `?event=${dialogueEvent().id}`);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('complementary').or(page.getByRole('dialog')).first()).toBeVisible();
  await expect(page.getByTestId('search-input')).toHaveAccessibleName(/.+/);
});
