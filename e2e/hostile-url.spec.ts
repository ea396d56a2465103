/** Journey 7: malformed and hostile URL parameters are ignored, never rendered as markup. */
import { builtDataset, expect, listedIds, openApp, test } from './helpers';
import type { Page } from '@playwright/test';

/** Fails the test if the page ever opens a dialog (alert, confirm, prompt). */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/** Markup that could only have come from the URL: inline scripts, handlers, injected images. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll(
      'script:not([src]), img[src="x"], [onerror], [onload], svg [onload]',
    )) {
      if (el instanceof HTMLScriptElement && el.type === 'application/ld+json') continue;
      found.push(el.outerHTML.slice(0, 120));
    }
    if ((window as unknown as { __xss?: unknown }).__xss) found.push('window.__xss was set');
    return found;
  });
}

test('garbage in every parameter: the page renders normally', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const total = builtDataset().events.length;
  const query =
    '?event=<script>alert(1)</script>&topics=%%%&from=2023-13&to=abcd&view=garbage' +
    '&kinds=nope&lang=xx&countries=1&people=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&zzz=1';
  await openApp(page, query);

  await expect(page.getByTestId('app-header')).toContainText(`${total}`);
  await expect.poll(async () => (await listedIds(page)).length).toBe(total);
  await expect(page.getByTestId('result-count')).toHaveAttribute('data-shown', String(total));
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('timeline').locator('.vis-item').first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(await injectedMarkup(page)).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('a hostile search text is shown as text, not markup', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const payload = '<img src=x onerror="window.__xss=1;alert(1)">';
  await openApp(
    page,
    `?q=${encodeURIComponent(payload)}&event=${encodeURIComponent('"><svg onload=alert(1)>')}`,
  );
  await expect(page.getByTestId('search-input')).toHaveValue(payload);
  await expect(page.getByTestId('result-count')).toHaveAttribute('data-shown', '0');
  await page.waitForTimeout(500);
  expect(await injectedMarkup(page)).toEqual([]);
  expect(dialogs).toEqual([]);
});
