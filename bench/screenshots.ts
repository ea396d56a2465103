/**
 * Screenshots of the production build with the real dataset, desktop 1440×900 and phone 390×844,
 * light and dark: the home page, an event open and a filtered view, into docs/screenshots/.
 * Run by hand (not a test): `npx vite build && npx tsx bench/screenshots.ts`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/shared/schema';
import { launchBrowser } from './app';
import { startStaticServer } from './static-server';

const PORT = 4311;
const BASE = `http://127.0.0.1:${PORT}/`;
const OUT = resolve('docs/screenshots');

const SIZES = {
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true },
} as const;

async function settle(page: Page): Promise<void> {
  await page
    .getByTestId('app-header')
    .filter({ hasText: /\d+\s*(sự kiện|events)/ })
    .waitFor({ timeout: 15_000 });
  const timeline = page.getByTestId('timeline');
  if (await timeline.isVisible())
    await timeline
      .locator('.vis-item')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => console.error(`screenshots: no timeline item drawn on ${page.url()}`));
  await page.waitForTimeout(1200); // let the timeline draw and animations end
}

async function main(): Promise<void> {
  const dataset = JSON.parse(readFileSync(resolve('dist/data/timeline.json'), 'utf8')) as Dataset;
  // The dialogue of 25 March 2024 (the journey of the app issue), else the latest event.
  const withBlinken = dataset.events.filter((e) =>
    e.participants.some((p) => p.name === 'Antony Blinken'),
  );
  const event =
    withBlinken.find((e) => e.start === '2024-03-25') ??
    withBlinken.at(-1) ??
    dataset.events.at(-1);
  const topic = event?.topics[0] ?? 'politics';
  const views: { name: string; query: string }[] = [
    { name: '', query: '' },
    { name: '-event', query: event ? `?event=${event.id}` : '' },
    { name: '-filtered', query: `?topics=${topic}&q=blinken` },
  ];

  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer(PORT);
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const [size, device] of Object.entries(SIZES)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({
          ...device,
          hasTouch: device.isMobile,
          colorScheme,
        });
        const page = await context.newPage();
        for (const view of views) {
          await page.goto(BASE + view.query);
          await settle(page);
          const name = `${size}${view.name}${colorScheme === 'dark' ? '-dark' : ''}`;
          await page.screenshot({ path: `${OUT}/${name}.png` });
          written.push(`docs/screenshots/${name}.png`);
          if (size === 'phone') {
            await page.screenshot({ path: `${OUT}/${name}-full.png`, fullPage: true });
            written.push(`docs/screenshots/${name}-full.png`);
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(written.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
