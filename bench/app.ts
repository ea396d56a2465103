/**
 * The app benchmark: the production build (`dist/`, served over HTTP on its own port) with a
 * synthetic dataset of 1,000, 5,000 and 10,000 events served in place of `data/timeline.json`.
 * Over several runs it measures the first render, a filter change (search and topic) and the long
 * tasks while panning and zooming, and prints medians with min–max against the budgets.
 *
 *   npx vite build && npx tsx bench/app.ts [--runs 5] [--sizes 1000,5000,10000] [--dist DIR]
 *
 * `--dist` serves another build (a copy of an earlier `dist/`), to compare two builds run by run.
 * `--cpu` also records a Chrome trace around the first render and the topic click and prints the
 * renderer main thread's CPU time for them: on a machine shared with other jobs, CPU time follows
 * the code, wall time follows the other jobs. (Tracing adds a little to that run's wall times.)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { makeSyntheticDataset } from './make-synthetic-dataset';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { startStaticServer } from './static-server';

const PORT = 4310;
const BASE = `http://127.0.0.1:${PORT}/`;
export const BUDGET_FIRST_RENDER_MS = 1000;
export const BUDGET_FILTER_MS = 50;
export const BUDGET_LONG_TASK_MS = 100;

/** What the page records for us, from an init script (before any app code runs). */
interface Probe {
  longTasks: { start: number; duration: number }[];
  firstItem: number | null;
  inputs: number[];
  shownChanges: number[];
}

type ProbeWindow = Window & { __probe: Probe };

/** One run's figures, in milliseconds (null when the page never showed it). */
interface RunFigures {
  firstRender: number | null;
  firstRenderSource: 'mark' | 'first item';
  searchFilter: number | null;
  topicFilter: number | null;
  filterSource: 'mark' | 'result count';
  panZoomLongest: number | null;
  panZoomOver100: number | null;
  loadLongest: number | null;
  /** With --cpu: the main thread's CPU time from navigation to `timeline:ready`. */
  firstRenderCpu: number | null;
  /** With --cpu: the main thread's CPU time from the topic click to `timeline:updated`. */
  topicCpu: number | null;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string; documentLoaderURL?: string } };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

/**
 * CPU time of the thread that set `mark`, from the event `from` (the navigation, a click) to the
 * mark: the `tdur` of its tasks, the task that straddles either end counted pro rata.
 */
export function mainThreadCpuMs(
  events: readonly TraceEvent[],
  from: (e: TraceEvent) => boolean,
  mark: string,
): number | null {
  const end = events.find((e) => e.name === mark);
  if (!end) return null;
  const thread = (e: TraceEvent) => e.pid === end.pid && e.tid === end.tid;
  const start = events.filter((e) => from(e) && e.ts <= end.ts).at(-1);
  if (!start) return null;
  let cpu = 0;
  for (const task of events) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || !thread(task) || !task.dur) continue;
    const overlap = Math.min(task.ts + task.dur, end.ts) - Math.max(task.ts, start.ts);
    if (overlap > 0) cpu += ((task.tdur ?? task.dur) * overlap) / task.dur;
  }
  return cpu / 1000;
}

/** Runs `run` inside a Chrome trace of `page` when `on`, and returns the trace's events. */
async function traced(
  browser: Browser,
  page: Page,
  on: boolean,
  run: () => Promise<void>,
): Promise<TraceEvent[]> {
  if (!on) {
    await run();
    return [];
  }
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  try {
    await run();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const buffer = await browser.stopTracing();
  return (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
}

function installProbe(): void {
  const probe: Probe = { longTasks: [], firstItem: null, inputs: [], shownChanges: [] };
  (window as unknown as ProbeWindow).__probe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the figures say 0.
  }
  // A filter change starts with the input event of typing, or the click on a checkbox (React
  // handles a checkbox's change on click, before the input event is even dispatched).
  document.addEventListener('input', (e) => probe.inputs.push(e.timeStamp), true);
  document.addEventListener('click', (e) => probe.inputs.push(e.timeStamp), true);
  const items = new MutationObserver(() => {
    if (probe.firstItem === null && document.querySelector('.vis-item')) {
      probe.firstItem = performance.now();
      items.disconnect();
    }
  });
  items.observe(document, { childList: true, subtree: true });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Waits for `timeline:updated` after the last input, or for the result count to change. */
async function filterLatency(
  page: Page,
): Promise<{ ms: number | null; source: 'mark' | 'result count' }> {
  const handle = await page
    .waitForFunction(
      () => {
        const probe = (window as unknown as ProbeWindow).__probe;
        // The first input or click since `interact` cleared the list (a click precedes its input).
        if (probe.inputs.length === 0) return null;
        const input = Math.min(...probe.inputs);
        const mark = performance
          .getEntriesByName('timeline:updated')
          .find((m) => m.startTime >= input);
        if (mark) return { ms: mark.startTime - input, source: 'mark' as const };
        const changed = probe.shownChanges.find((t) => t >= input);
        // Without the mark, give the timeline 1 s to mark before falling back on the count.
        if (changed !== undefined && performance.now() - changed > 1000)
          return { ms: changed - input, source: 'result count' as const };
        return null;
      },
      undefined,
      { timeout: 15_000, polling: 16 },
    )
    .catch(() => null);
  if (!handle) return { ms: null, source: 'mark' };
  return (await handle.jsonValue()) as { ms: number; source: 'mark' | 'result count' };
}

const FAILED_RUN: RunFigures = {
  firstRenderCpu: null,
  topicCpu: null,
  firstRender: null,
  firstRenderSource: 'mark',
  searchFilter: null,
  topicFilter: null,
  filterSource: 'mark',
  panZoomLongest: null,
  panZoomOver100: null,
  loadLongest: null,
};

async function oneRun(browser: Browser, cpu: boolean): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  try {
    const loadTrace = await traced(browser, page, cpu, async () => {
      await page.goto(BASE);
      await page.locator('.vis-item').first().waitFor({ state: 'visible', timeout: 60_000 });
      await page.waitForTimeout(300);
    });
    const first = await page.evaluate(() => {
      const mark = performance.getEntriesByName('timeline:ready')[0];
      const probe = (window as unknown as ProbeWindow).__probe;
      return mark
        ? { ms: mark.startTime, source: 'mark' as const }
        : { ms: probe.firstItem, source: 'first item' as const };
    });
    const loadLongest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as ProbeWindow).__probe.longTasks.map((t) => t.duration)),
    );

    // Watch the result count, the fallback when the timeline does not mark its updates.
    await page.evaluate(() => {
      const probe = (window as unknown as ProbeWindow).__probe;
      const count = document.querySelector('[data-testid="result-count"]');
      if (count)
        new MutationObserver(() => probe.shownChanges.push(performance.now())).observe(count, {
          attributes: true,
          attributeFilter: ['data-shown'],
          childList: true,
          characterData: true,
          subtree: true,
        });
    });

    const interact = async (action: () => Promise<void>) => {
      await page.evaluate(() => {
        (window as unknown as ProbeWindow).__probe.inputs = [];
      });
      await action();
      return filterLatency(page);
    };
    const searchBox = page.getByTestId('search-input');
    const topicBox = page.getByTestId('filter-topic-economy');
    const search = await interact(() => searchBox.fill('blinken'));
    await interact(() => searchBox.fill(''));
    let topic: Awaited<ReturnType<typeof filterLatency>> = { ms: null, source: 'mark' };
    const clickTrace = await traced(browser, page, cpu, async () => {
      topic = await interact(() => topicBox.click());
    });
    await interact(() => topicBox.click());
    await page.waitForTimeout(300);

    // Pan and zoom: drag, Ctrl+wheel, zoom buttons; then the long tasks seen meanwhile.
    const since = await page.evaluate(() => performance.now());
    const panel = await page
      .locator('[data-testid="timeline"] .vis-panel.vis-center')
      .first()
      .boundingBox();
    if (panel) {
      const y = panel.y + Math.min(panel.height / 2, 60);
      for (const direction of [1, -1]) {
        await page.mouse.move(panel.x + panel.width / 2, y);
        await page.mouse.down();
        for (let step = 1; step <= 20; step++)
          await page.mouse.move(panel.x + panel.width / 2 + direction * step * 20, y);
        await page.mouse.up();
      }
      await page.mouse.move(panel.x + panel.width / 2, y);
      await page.keyboard.down('Control');
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
      for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 200);
      await page.keyboard.up('Control');
    }
    for (const button of ['zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'fit-all']) {
      await page.getByTestId(button).click();
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(800);
    const tasks = await page.evaluate(
      (from) => (window as unknown as ProbeWindow).__probe.longTasks.filter((t) => t.start >= from),
      since,
    );
    return {
      firstRender: first.ms,
      firstRenderSource: first.source,
      searchFilter: search.ms,
      topicFilter: topic.ms,
      filterSource: search.source,
      panZoomLongest: Math.max(0, ...tasks.map((t) => t.duration)),
      panZoomOver100: tasks.filter((t) => t.duration > BUDGET_LONG_TASK_MS).length,
      loadLongest,
      firstRenderCpu: cpu
        ? mainThreadCpuMs(
            loadTrace,
            // The page's own navigation (blank frames also log one, with no URL).
            (e) =>
              e.name === 'navigationStart' &&
              (e.args?.data?.documentLoaderURL ?? '').startsWith(BASE),
            'timeline:ready',
          )
        : null,
      topicCpu: cpu
        ? mainThreadCpuMs(
            clickTrace,
            (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click',
            'timeline:updated',
          )
        : null,
    };
  } finally {
    await context.close();
  }
}

/** The browser the e2e tests use (e2e/chromium.ts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

const fmt = (values: (number | null)[], width = 22) => {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return 'n/a'.padStart(width);
  const missing = values.length - known.length;
  const text = `${median(known).toFixed(0)} (${Math.min(...known).toFixed(0)}–${Math.max(...known).toFixed(0)})`;
  return (missing ? `${text} ${missing}×n/a` : text).padStart(width);
};

/** Runs the app benchmark and prints its table; returns whether the 10,000-event budgets hold. */
export async function benchApp(
  options: { runs?: number; sizes?: number[]; dist?: string; cpu?: boolean } = {},
): Promise<boolean> {
  const cpu = options.cpu ?? false;
  const runs = options.runs ?? 5;
  const sizes = options.sizes ?? [1000, 5000, 10_000];
  const dist = resolve(options.dist ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error(`${dist} has no index.html: run \`npx vite build\` first`);
  const server = await startStaticServer(PORT, dist);
  const browser = await launchBrowser();
  const results: { size: number; figures: RunFigures[] }[] = [];
  try {
    for (const size of sizes) {
      const body = JSON.stringify(makeSyntheticDataset(size, 1));
      server.setDataset(body);
      const figures: RunFigures[] = [];
      for (let run = 0; run < runs; run++) {
        try {
          figures.push(await oneRun(browser, cpu));
        } catch (error) {
          // One failed run (e.g. dist/ rebuilt under the server) is reported as n/a, not fatal.
          console.error(
            `app bench: ${size} events, run ${run + 1} failed: ${String(error).split('\n')[0]}`,
          );
          figures.push(FAILED_RUN);
        }
      }
      results.push({ size, figures });
      console.error(
        `app bench: ${size} events done (${(body.length / 1e6).toFixed(1)} MB dataset)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(`\nApp (${runs} runs each; median (min–max), ms; Chromium, 1440×900)`);
  console.log(
    `${'events'.padStart(7)} ${'first render'.padStart(22)} ${'search filter'.padStart(22)} ${'topic filter'.padStart(22)} ${'pan/zoom longest task'.padStart(22)} ${'tasks>100ms'.padStart(12)} ${'load longest task'.padStart(22)}`,
  );
  for (const { size, figures } of results) {
    console.log(
      `${String(size).padStart(7)} ${fmt(figures.map((f) => f.firstRender))} ${fmt(figures.map((f) => f.searchFilter))} ${fmt(figures.map((f) => f.topicFilter))} ${fmt(figures.map((f) => f.panZoomLongest))} ${fmt(
        figures.map((f) => f.panZoomOver100),
        12,
      )} ${fmt(figures.map((f) => f.loadLongest))}`,
    );
  }
  if (cpu) {
    console.log(
      `\nMain-thread CPU time (ms, median (min–max)), from the same runs' traces\n${'events'.padStart(7)} ${'first render CPU'.padStart(22)} ${'topic filter CPU'.padStart(22)}`,
    );
    for (const { size, figures } of results)
      console.log(
        `${String(size).padStart(7)} ${fmt(figures.map((f) => f.firstRenderCpu))} ${fmt(figures.map((f) => f.topicCpu))}`,
      );
  }
  const sources = results.flatMap((r) => r.figures);
  console.log(
    `first render measured to: ${[...new Set(sources.map((f) => f.firstRenderSource))].join(', ')}; ` +
      `filter change measured to: ${[...new Set(sources.map((f) => f.filterSource))].join(', ')}; ` +
      'the search figure includes the search box debounce',
  );

  const largest = results[results.length - 1];
  if (!largest) return true;
  // Failed runs (n/a) are left out of the verdict.
  const f = largest.figures.filter((x) => x.firstRender !== null);
  if (f.length === 0) return false;
  const firstMs = median(f.map((x) => x.firstRender ?? Infinity));
  // The topic click is the filter change proper; the search also waits for the box's debounce.
  const filterMs = median(f.map((x) => x.topicFilter ?? Infinity));
  const longest = Math.max(...f.map((x) => x.panZoomLongest ?? Infinity));
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
  console.log(`budgets at ${largest.size} events:`);
  console.log(
    `  first render ${firstMs.toFixed(0)} ms ≤ ${BUDGET_FIRST_RENDER_MS} ms: ${verdict(firstMs <= BUDGET_FIRST_RENDER_MS)}`,
  );
  console.log(
    `  filter change (topic click) ${filterMs.toFixed(0)} ms ≤ ${BUDGET_FILTER_MS} ms: ${verdict(filterMs <= BUDGET_FILTER_MS)}`,
  );
  console.log(
    `  pan/zoom longest task ${longest.toFixed(0)} ms ≤ ${BUDGET_LONG_TASK_MS} ms: ${verdict(longest <= BUDGET_LONG_TASK_MS)}`,
  );
  return (
    firstMs <= BUDGET_FIRST_RENDER_MS &&
    filterMs <= BUDGET_FILTER_MS &&
    longest <= BUDGET_LONG_TASK_MS
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const arg = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const runs = arg('--runs') ? Number(arg('--runs')) : undefined;
  const sizes = arg('--sizes')?.split(',').map(Number);
  benchApp({ runs, sizes, dist: arg('--dist'), cpu: process.argv.includes('--cpu') }).catch(
    (error: unknown) => {
      console.error(`app bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
