/** Journey 8: when the dataset cannot be fetched or is invalid, an error state offers a retry. */
import { builtDataset, expect, listedIds, test, waitForData } from './helpers';

const DATASET = '**/data/timeline.json';

test('a failed fetch shows the error state, and retry loads the app', async ({
  page,
  errorLog,
}) => {
  errorLog.allowConsole(/500|Failed to load resource|timeline\.json/i);
  await page.route(DATASET, (route) =>
    route.fulfill({ status: 500, body: 'Internal Server Error' }),
  );
  await page.goto('./');

  const error = page.getByTestId('error-state');
  await expect(error).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('loading')).toHaveCount(0);
  await expect(error.getByRole('button')).toHaveCount(1);
  const retry = page.getByTestId('retry');
  await expect(retry).toBeVisible();

  await page.unroute(DATASET);
  await retry.click();
  await waitForData(page);
  await expect(error).toHaveCount(0);
  await expect.poll(async () => (await listedIds(page)).length).toBe(builtDataset().events.length);
});

test('a dataset that is not JSON shows the error state', async ({ page, errorLog }) => {
  errorLog.allowConsole(/json|syntax|unexpected token|dataset/i);
  await page.route(DATASET, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"version": 1, "events": [',
    }),
  );
  await page.goto('./');
  await expect(page.getByTestId('error-state')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('retry')).toBeVisible();
  await expect(page.getByTestId('event-list')).toHaveCount(0);
});

test('a dataset that fails the schema shows the error state', async ({ page, errorLog }) => {
  errorLog.allowConsole(/schema|invalid|zod|dataset|expected/i);
  const dataset = builtDataset();
  const broken = {
    ...dataset,
    events: dataset.events.map((e, i) =>
      i === 0 ? { ...e, start: '25/3/2024', kind: 'party' } : e,
    ),
  };
  await page.route(DATASET, (route) => route.fulfill({ status: 200, json: broken }));
  await page.goto('./');
  await expect(page.getByTestId('error-state')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('retry')).toBeVisible();
  await expect(page.getByTestId('event-list')).toHaveCount(0);
});
