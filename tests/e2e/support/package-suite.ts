/**
 * The zips `npm run package` writes, as a store hands them out: each unpacked into a folder of
 * its own and loaded into its real browser, where it highlights the demo article's claims and
 * opens a card, and its options page leads to its privacy page. In Chromium the run also
 * draws the store's pictures from the package (test-results/store/, see store/README.md).
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  type BrowserName,
  type ExtensionSession,
} from '../../../scripts/lib/browsers';
import { readCard } from '../../../scripts/lib/card-probe';
import {
  highlightPoint,
  highlightedTexts,
  waitForHighlights,
} from '../../../scripts/lib/page-probes';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import { pngSize } from '../../../scripts/package/chrome-web-store';
import {
  extensionZipName,
  packageVersion,
  type PackageTarget,
} from '../../../scripts/package/package';
import { extractZip } from '../../../scripts/package/zip';

const TARGET: Record<BrowserName, PackageTarget> = { chromium: 'chrome', firefox: 'firefox' };
const STORE_PICTURES = resolve('test-results/store');
const SCREENSHOTS = resolve('test-results/e2e');

export function packageSuite(name: BrowserName): void {
  const zipName = extensionZipName(TARGET[name], packageVersion());

  describe(`${zipName}, unpacked, in ${name}`, () => {
    let extensionDir: string;
    let pagesDir: string;
    let session: ExtensionSession;
    let server: StaticServer;

    beforeAll(async () => {
      for (const dir of [STORE_PICTURES, SCREENSHOTS]) mkdirSync(dir, { recursive: true });
      extensionDir = mkdtempSync(join(tmpdir(), `sourcelight-${TARGET[name]}-zip-`));
      const zip = join('dist', zipName);
      if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run package\` first.`);
      extractZip(readFileSync(zip), extensionDir);
      // The fixture pages, and the shipped icon beside the store tile's page.
      pagesDir = mkdtempSync(join(tmpdir(), 'sourcelight-store-pages-'));
      cpSync(resolve('tests/fixtures/pages'), pagesDir, { recursive: true });
      copyFileSync(join(extensionDir, 'icons/icon-128.png'), join(pagesDir, 'icon-128.png'));
      server = await serveFolder(pagesDir);
      session = await launchWithExtension(name, { extensionDir });
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
      for (const dir of [extensionDir, pagesDir])
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    });

    async function open(path: string, width: number, height: number): Promise<Page> {
      const page = await session.browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      await page.goto(server.url(path), { waitUntil: 'load' });
      return page;
    }

    /** Hovers the quote holding `text` where the page shows it first, and waits for the card. */
    async function openCard(page: Page, text: string): Promise<void> {
      const quote = await highlightPoint(page, text);
      await page.mouse.move(quote.x, quote.y);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).not.toBeNull();
    }

    it('highlights the claims of the demo article and opens a card', async () => {
      const page = await open('/interview-article.html', 1280, 800);
      await waitForHighlights(page, 5);
      expect(await highlightedTexts(page)).toContain('very, very comfortable');
      await openCard(page, 'two human beings');
      const card = (await readCard(page, name))!;
      expect(card.text).toMatch(/Said by\s+Jared Kushner/);
      expect(card.text).toContain('credits Steve Witkoff');
      if (name === 'chromium') {
        const file = join(STORE_PICTURES, 'screenshot-1280x800.png');
        await page.screenshot({ path: file });
        expect(pngSize(readFileSync(file))).toEqual({ width: 1280, height: 800 });
      }
      await page.close();
    });

    it('leads from its options page to its privacy page, which is part of the package', async () => {
      const page = await session.openExtensionPage('src/options/index.html');
      await page.setViewport({ width: 760, height: 900 });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-options-packaged.png`) });
      await page.click('#privacy-link');
      // Firefox's BiDi may fail an evaluation while the tab moves to the next page: ask again.
      const shown = () =>
        page
          .evaluate(() => document.documentElement.dataset.ready === 'true' && location.href)
          .catch(() => false);
      await expect
        .poll(shown, { timeout: 10_000 })
        .toBe(`${session.extensionOrigin}src/privacy/index.html`);
      const text = await page.$eval('main', (main) => (main as HTMLElement).innerText);
      expect(text).toContain('Sourcelight and your privacy');
      expect(text).toContain('Sourcelight makes no network request');
      await page.setViewport({ width: 900, height: 900 });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-privacy.png`), fullPage: true });
      await page.close();
    });

    if (name === 'chromium')
      it("draws the store's small promotional tile, its quote highlighted", async () => {
        const page = await open('/store-tile.html', 440, 280);
        await waitForHighlights(page, 1);
        expect(await highlightedTexts(page)).toEqual([
          'It looked almost like a nuclear bomb had been set off in that area',
        ]);
        const file = join(STORE_PICTURES, 'tile-440x280.png');
        await page.screenshot({ path: file });
        expect(pngSize(readFileSync(file))).toEqual({ width: 440, height: 280 });
        await page.close();
      });
  });
}
