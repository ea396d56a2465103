/** Journey 12: Vietnamese by default, English with lang=en, and a visible switch. */
import { builtDataset, expect, openApp, test, urlParam } from './helpers';

test('Vietnamese by default', async ({ page }) => {
  const total = builtDataset().events.length;
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('result-count')).toContainText(`${total} / ${total} sự kiện`);
  await expect(page.getByTestId('zoom-in')).toHaveAttribute('aria-label', /phóng to/i);
  await expect(page.getByTestId('search-input')).toHaveAccessibleName(/tìm/i);
});

test('lang=en gives an English interface', async ({ page }) => {
  const total = builtDataset().events.length;
  await openApp(page, '?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('app-header')).toContainText(/\d+\s*events?/);
  await expect(page.getByTestId('result-count')).toContainText(`${total} of ${total} events`);
  await expect(page.getByTestId('zoom-in')).toHaveAttribute('aria-label', /zoom in/i);
  await expect(page.getByTestId('search-input')).toHaveAccessibleName(/search/i);
  await expect(page.getByTestId('app-header')).not.toContainText('sự kiện');
});

test('the language switch toggles the interface and the URL', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('zoom-in')).toHaveAttribute('aria-label', /zoom in/i);
  expect(urlParam(page, 'lang')).toBe('en');

  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('zoom-in')).toHaveAttribute('aria-label', /phóng to/i);
  expect(urlParam(page, 'lang'), 'the default language is not written').toBeNull();
});

test('axis labels are Vietnamese in Vietnamese and English in English', async ({ page }) => {
  await openApp(page, '?view=2024-01-01~2024-12-31');
  await expect(page.getByTestId('timeline').locator('.vis-time-axis.vis-foreground')).toContainText(
    /tháng|thg/i,
  );
  await openApp(page, '?view=2024-01-01~2024-12-31&lang=en');
  await expect(page.getByTestId('timeline').locator('.vis-time-axis.vis-foreground')).toContainText(
    /January|February|March|Jan|Feb|Mar/,
  );
});
