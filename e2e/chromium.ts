import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium when installed (our machines cannot download Playwright's browser). */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Launch options for the e2e tests and the browser benchmarks: Debian's Chromium with the flags
 * this closed network needs, else Playwright's own browser (`npx playwright install chromium`).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  if (!existsSync(SYSTEM_CHROMIUM)) return {};
  return {
    executablePath: SYSTEM_CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-first-run',
    ],
  };
}
