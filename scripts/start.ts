/**
 * `npm start`: builds the extension and opens a real browser with it loaded, on the bundled
 * demo article served from localhost.
 *
 *   npm start                                   Chromium, in a window
 *   npm start -- --browser firefox              Firefox, in a window
 *   npm start -- --headless --screenshot FILE   no window: hover a quote, save a screenshot
 *   npm start -- --locale ar                    the browser (and so Sourcelight) in Arabic
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BROWSER_NAMES, launchWithExtension, type BrowserName } from './lib/browsers';
import { readCard } from './lib/card-probe';
import { highlightPoint, waitForHighlights } from './lib/page-probes';
import { serveFolder } from './lib/static-server';

const DEMO_PAGE = '/interview-article.html';
const DEMO_QUOTE = 'two human beings';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    locale: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const browserName = (values.browser === 'chrome' ? 'chromium' : values.browser) as BrowserName;
if (!BROWSER_NAMES.includes(browserName))
  fail(`--browser must be one of: ${BROWSER_NAMES.join(', ')}`);
if (values.screenshot !== undefined && !values.headless) fail('--screenshot goes with --headless.');
if (values.locale !== undefined && !existsSync(`public/_locales/${values.locale}`))
  fail(`Sourcelight has no "${values.locale}" messages: see public/_locales/.`);
if (
  !values.headless &&
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  fail(
    'There is no display here ($DISPLAY is not set), so no browser window can open.\n' +
      'Run it headless and save what it shows instead:\n' +
      '  npm start -- --headless --screenshot demo.png',
  );
}

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) fail('The build failed (see above).');

const server = await serveFolder(resolve('tests/fixtures/pages'));
const session = await launchWithExtension(browserName, {
  headless: values.headless,
  locale: values.locale,
});
/** What the card is called in the browser's language, to find it by (card-probe.ts). */
const cardLabel = (
  JSON.parse(
    readFileSync(`public/_locales/${values.locale ?? 'en'}/messages.json`, 'utf8'),
  ) as Record<string, { message: string }>
).cardLabel!.message;
const page = await session.browser.newPage();
await page.goto(server.url(DEMO_PAGE), { waitUntil: 'load' });

if (values.headless) {
  await waitForHighlights(page, 1);
  // Bring the quote to the upper part of the window, then hover it so the card opens.
  await page.evaluate(
    (y) => window.scrollBy(0, y - 200),
    (await highlightPoint(page, DEMO_QUOTE)).y,
  );
  const quote = await highlightPoint(page, DEMO_QUOTE);
  await page.mouse.move(quote.x, quote.y);
  for (let tries = 0; (await readCard(page, browserName, cardLabel)) === null; tries++) {
    if (tries > 50) fail('The card did not open on hover.');
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const file = resolve(values.screenshot ?? 'demo.png');
  await page.screenshot({ path: file });
  console.log(
    `Saved ${file}: the demo article in ${browserName}, a quote highlighted and its card open.`,
  );
  await session.close();
  await server.close();
} else {
  console.log(`${browserName} is open on ${server.url(DEMO_PAGE)} with Sourcelight loaded.`);
  console.log(
    'Hover a highlighted quote to see its card. Close the browser (or press Ctrl+C) to stop.',
  );
  session.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}
