/** Journey 5: filter by topic, by person and by accent-free search; the right events remain. */
import { firstDay, lastDay } from '../src/shared/dates';
import {
  builtDataset,
  dialogueEvent,
  expect,
  expectShown,
  foldedText,
  hasPerson,
  idsOf,
  listedIds,
  openApp,
  test,
  urlParam,
} from './helpers';

test('a topic filter keeps the events on that topic, and its option shows their count', async ({
  page,
}) => {
  const { events } = builtDataset();
  const candidates = [...dialogueEvent().topics, ...builtDataset().topics.map((t) => t.id)];
  const topic = candidates.find((id) => {
    const n = events.filter((e) => e.topics.includes(id)).length;
    return n > 0 && n < events.length;
  });
  expect(topic, 'a topic that some but not all events have').toBeTruthy();
  const expected = events.filter((e) => e.topics.includes(topic!));

  await openApp(page);
  const checkbox = page.getByTestId(`filter-topic-${topic}`);
  await expect(checkbox).toHaveAccessibleName(new RegExp(`\\b${expected.length}\\b`));
  await checkbox.check();
  await expect(checkbox).toBeChecked();
  await expectShown(page, expected);
  expect(urlParam(page, 'topics')).toBe(topic);

  await page.getByTestId('clear-filters').click();
  await expect(checkbox).not.toBeChecked();
  await expect.poll(async () => (await listedIds(page)).length).toBe(events.length);
  expect(urlParam(page, 'topics')).toBeNull();
});

test('clicking a participant in the panel filters to that person', async ({ page }) => {
  const event = dialogueEvent();
  const expected = builtDataset().events.filter((e) => hasPerson(e, 'bui-thanh-son'));

  await openApp(page, `?event=${event.id}`);
  await page
    .getByTestId('event-participants')
    .getByRole('button', { name: /Bùi Thanh Sơn/ })
    .click();
  await expect(page.getByTestId('filter-person-bui-thanh-son')).toBeChecked();
  await expect.poll(() => urlParam(page, 'people')).toBe('bui-thanh-son');
  await expectShown(page, expected);
});

test('searching without accents finds the events with Bùi Thanh Sơn', async ({ page }) => {
  const { events } = builtDataset();
  const withHim = idsOf(events.filter((e) => hasPerson(e, 'bui-thanh-son')));
  const mentioning = new Set(
    events.filter((e) => foldedText(e).includes('bui thanh son')).map((e) => e.id),
  );
  expect(withHim.length).toBeGreaterThan(0);
  expect(withHim.length).toBeLessThan(events.length);

  await openApp(page);
  await page.getByTestId('search-input').fill('bui thanh son');
  await expect.poll(async () => (await listedIds(page)).length).toBeLessThan(events.length);
  const shown = await listedIds(page);
  for (const id of withHim) expect(shown, `event ${id} with Bùi Thanh Sơn`).toContain(id);
  for (const id of shown)
    expect(mentioning.has(id), `event ${id} mentions Bùi Thanh Sơn`).toBe(true);
  await expectShown(
    page,
    events.filter((e) => shown.includes(e.id)),
  );
  await expect.poll(() => urlParam(page, 'q')).toBe('bui thanh son');

  // Accents typed or not, the same events remain.
  await page.getByTestId('search-input').fill('Bùi Thanh Sơn');
  await expect.poll(async () => (await listedIds(page)).sort()).toEqual([...shown].sort());
});

test('kind, country and date-range filters keep the matching events', async ({ page }) => {
  const { events } = builtDataset();
  await openApp(page);

  const kind = dialogueEvent().kind;
  await page.getByTestId(`filter-kind-${kind}`).check();
  await expectShown(
    page,
    events.filter((e) => e.kind === kind),
  );
  await page.getByTestId('clear-filters').click();

  await page.getByTestId('filter-country-US').check();
  await expectShown(
    page,
    events.filter((e) => e.countries.includes('US')),
  );
  await expect.poll(() => urlParam(page, 'countries')).toBe('US');
  await page.getByTestId('clear-filters').click();

  // From January 2024: the events that end on or after 1 January 2024.
  const from = page.getByTestId('filter-from');
  await from.fill('2024-01');
  await from.press('Enter');
  await expectShown(
    page,
    events.filter((e) => lastDay(e.end ?? e.start) >= firstDay('2024-01')),
  );
  await expect.poll(() => urlParam(page, 'from')).toBe('2024-01');
});
