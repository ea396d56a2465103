/** Journey 6: Back closes the panel and undoes a filter; Forward restores them. */
import {
  builtDataset,
  dialogueEvent,
  expect,
  listEntry,
  listedIds,
  openApp,
  test,
  urlParam,
} from './helpers';

test('Back closes the panel and Forward reopens it', async ({ page }) => {
  const event = dialogueEvent();
  await openApp(page);
  await listEntry(page, event.id).click();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await expect.poll(() => urlParam(page, 'event')).toBe(event.id);

  await page.goBack();
  await expect(page.getByTestId('detail-panel')).toHaveCount(0);
  expect(urlParam(page, 'event')).toBeNull();
  await expect(page.getByTestId('event-list')).toBeVisible();

  await page.goForward();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(
    event.title,
  );
  expect(urlParam(page, 'event')).toBe(event.id);
});

test('Back undoes a filter and Forward restores it', async ({ page }) => {
  const { events } = builtDataset();
  const topic = dialogueEvent().topics.find(
    (id) => events.filter((e) => e.topics.includes(id)).length < events.length,
  );
  expect(topic, 'a topic of the dialogue that not every event has').toBeTruthy();
  const filtered = events.filter((e) => e.topics.includes(topic!)).length;

  await openApp(page);
  const checkbox = page.getByTestId(`filter-topic-${topic}`);
  await checkbox.check();
  await expect.poll(async () => (await listedIds(page)).length).toBe(filtered);
  expect(urlParam(page, 'topics')).toBe(topic);

  await page.goBack();
  await expect(checkbox).not.toBeChecked();
  await expect.poll(async () => (await listedIds(page)).length).toBe(events.length);
  expect(urlParam(page, 'topics')).toBeNull();

  await page.goForward();
  await expect(checkbox).toBeChecked();
  await expect.poll(async () => (await listedIds(page)).length).toBe(filtered);
  expect(urlParam(page, 'topics')).toBe(topic);
});
