/**
 * What one more entry costs on a live blog that already holds many quotes (issue 19): the
 * main-thread time a change takes, with the extension loaded, less the same change's without
 * it, in real Chromium. Chromium's own account of its main thread (the DevTools protocol's
 * `TaskDuration`) is read before the entry is added and after its quote is highlighted and the
 * page has settled; the extension's debounce is idle time and counts nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { executableFor, launchWithExtension } from '../scripts/lib/browsers';
import { highlightCount, waitForHighlights } from '../scripts/lib/page-probes';
import { serveFolder } from '../scripts/lib/static-server';

/** How many quotes the live blogs hold. */
export const LIVE_BLOG_SIZES = [300, 1_000, 3_000] as const;
/** Entries added one at a time to each blog: the cost is their median. */
const ENTRIES = 5;
/** After the entry's quote is highlighted, time for the rest of the extension's work to end. */
const SETTLE_MS = 600;

/** Lines of the dataset as outlets print them, each naming its speaker. */
const QUOTES = [
  '“I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children,” Witkoff said.',
  'Kushner said that “it looked almost like a nuclear bomb had been set off in that area.”',
  '“Absolutely, and I thought to myself, I wish the world could’ve seen it,” Witkoff said of the embrace.',
  'Witkoff said Trump was “very, very comfortable” with the meeting.',
];

function entry(n: number): string {
  const minutes = String(n % 60).padStart(2, '0');
  return `<article class="entry"><h3>${10 + Math.floor(n / 60)}:${minutes}</h3><p>Update ${n}. ${QUOTES[n % QUOTES.length]} The talks went on into the evening.</p></article>`;
}

export function liveBlog(quotes: number): string {
  const entries = Array.from({ length: quotes }, (_, n) => entry(n)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: the talks</title></head><body><main id="feed">${entries}</main><script>
    let next = ${quotes};
    window.addEntry = () => {
      const holder = document.createElement('div');
      holder.innerHTML = ${JSON.stringify('%ENTRY%')}.replace('%N%', String(next));
      document.getElementById('feed').append(holder.firstElementChild);
      next += 1;
    };
  </script></body></html>`.replace(
    JSON.stringify('%ENTRY%'),
    JSON.stringify(entry(0).replace('Update 0.', 'Update %N%.')),
  );
}

/** Reads the main thread's time in tasks so far, in seconds: counted from the first reading on. */
async function taskClock(page: Page): Promise<() => Promise<number>> {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
}

/** The main-thread ms of each entry added, as the page is followed with or without the extension. */
async function entryCosts(
  browser: Browser,
  url: string,
  quotes: number,
  withExtension: boolean,
): Promise<number[]> {
  const page = await browser.newPage();
  const taskSeconds = await taskClock(page);
  await page.goto(url, { waitUntil: 'load' });
  // The reader follows the blog where its entries arrive, at the end: only the quotes near the
  // screen are painted (src/content/highlights.ts), so the count painted is that of the end.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  if (withExtension) await waitForHighlights(page, 1);
  await new Promise((settle) => setTimeout(settle, 1_000));
  const painted = withExtension ? await highlightCount(page) : 0;
  const costs: number[] = [];
  for (let k = 1; k <= ENTRIES; k++) {
    const before = await taskSeconds();
    await page.evaluate(() => (window as unknown as { addEntry(): void }).addEntry());
    if (withExtension) await waitForHighlights(page, painted + k);
    else await new Promise((settle) => setTimeout(settle, 500));
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    costs.push((await taskSeconds()) - before);
  }
  if (withExtension && (await highlightCount(page)) !== painted + ENTRIES)
    throw new Error(`the entries added to the live blog of ${quotes} quotes were not highlighted`);
  await page.close();
  return costs.map((seconds) => seconds * 1_000);
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface LiveBlogRow {
  readonly quotes: number;
  /** Main-thread ms of one entry, median, with and without the extension, and each sample. */
  readonly withExtension: number;
  readonly without: number;
  readonly extensionMs: number;
  readonly samples: { readonly withExtension: number[]; readonly without: number[] };
}

export async function liveBlogCosts(): Promise<{ rows: LiveBlogRow[]; growth: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-live-blog-'));
  for (const quotes of LIVE_BLOG_SIZES)
    writeFileSync(join(dir, `live-${quotes}.html`), liveBlog(quotes));
  const server = await serveFolder(dir);
  const session = await launchWithExtension('chromium');
  const plain = await puppeteer.launch({
    executablePath: executableFor('chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows: LiveBlogRow[] = [];
  try {
    for (const quotes of LIVE_BLOG_SIZES) {
      const url = server.url(`/live-${quotes}.html`);
      const ours = await entryCosts(session.browser, url, quotes, true);
      const bare = await entryCosts(plain, url, quotes, false);
      rows.push({
        quotes,
        withExtension: median(ours),
        without: median(bare),
        extensionMs: Math.max(median(ours) - median(bare), 0),
        samples: { withExtension: ours, without: bare },
      });
    }
  } finally {
    await session.close();
    await plain.close();
    await server.close();
  }
  const first = rows[0]!.extensionMs;
  const last = rows.at(-1)!.extensionMs;
  return { rows, growth: last / first };
}
