/**
 * Issue 23, the whole record at a glance, in a real browser: how a claim spread, in the card of
 * a page that prints a line copied, rewritten, translated and credited to the wrong envoy on
 * the way (spread-media-desk.html), read as a list and reached by keyboard; the claim's full
 * record opened from the card, by the reader's click and by the keyboard, whole and printable;
 * a record asked for by an id no claim has; and, from the popup on a page naming nobody, the
 * known claims to browse, a claim found by a word of it. Screenshots in test-results/e2e/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  type BrowserName,
  type ExtensionSession,
} from '../../../scripts/lib/browsers';
import { readCard, type CardSnapshot } from '../../../scripts/lib/card-probe';
import {
  domAgainstSource,
  highlightPoint,
  waitForHighlights,
} from '../../../scripts/lib/page-probes';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';

/** The extension APIs the tests call in an extension page (module-scoped: src/ never sees it). */
declare const chrome: {
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
  };
};

const SCREENSHOTS = resolve('test-results/e2e');
const PAGE = '/spread-media-desk.html';
const CLAIM = 'two-human-beings-vulnerability';
const STATEMENT =
  'But when Steve and him spoke about their sons, it turned from a negotiation with a terrorist group to seeing two human beings kind of showing a vulnerability with each other.';

/** The timeline of CLAIM as the record has it: by day, the day's reports first, the undated rewrite last. */
const SPREAD = [
  { outlet: 'Israel National News', kind: 'report', first: true },
  { outlet: 'Ynetnews', kind: 'report', first: true },
  { outlet: 'newsbeep.com', kind: 'copy', first: false },
  { outlet: 'Fanpage.it', kind: 'translation', first: false },
  { outlet: 'Israel Noticias', kind: 'translation', first: false },
  { outlet: 'globalnewsc.com', kind: 'rewrite', first: false },
];

const pause = (ms: number) => new Promise((settle) => setTimeout(settle, ms));

/** Runs `question` in a page until it answers, through Firefox's errors while a tab is still loading. */
async function ask<T>(page: Page, question: () => T): Promise<T | null> {
  try {
    return await page.evaluate(question);
  } catch {
    return null;
  }
}

/**
 * The tab the extension opened at an address holding `fragment`, once its page has rendered.
 * Asked of each tab's page: Firefox's WebDriver BiDi reports a moz-extension:// tab's address
 * as about:blank.
 */
async function openedTab(session: ExtensionSession, fragment: string): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await session.browser.pages()) {
      const [href, ready] = (await ask(page, () => [
        location.href,
        document.documentElement.dataset.ready,
      ])) ?? ['', undefined];
      if (href.includes(fragment) && ready === 'true') return page;
    }
    await pause(100);
  }
  throw new Error(`no tab at …${fragment} rendered in 15 s`);
}

/** What a test reads of the record page. */
function readRecord() {
  const texts = (selector: string) =>
    [...document.querySelectorAll(selector)].map((e) => (e as HTMLElement).innerText.trim());
  return {
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    title: document.title,
    heading: document.querySelector('h1')?.textContent ?? null,
    timeline: [...document.querySelectorAll('ol.spread > li')].map((li) => ({
      text: (li as HTMLElement).innerText,
      kind: li.getAttribute('data-kind'),
      first: li.classList.contains('first'),
    })),
    sources: texts('table.sources tbody tr'),
    sourceLinks: [...document.querySelectorAll('table.sources tbody a')].map((a) =>
      a.getAttribute('href'),
    ),
    sideBySide: texts('table.side-by-side tbody tr'),
    wordings: texts('.wordings > li'),
    italian: document.querySelector('.wordings [lang="it"]')?.textContent ?? null,
    unknown: document.querySelector('.unknown')?.textContent ?? null,
    browse: document.querySelectorAll('.browse [data-claim-id]').length,
    widest: Math.max(...[...document.querySelectorAll('body *')].map((e) => e.scrollWidth)),
    width: document.documentElement.clientWidth,
  };
}

export function recordSuite(name: BrowserName): void {
  describe(`Sourcelight in ${name}: how a claim spread, its full record, the record to browse`, () => {
    let session: ExtensionSession;
    let server: StaticServer;

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      server = await serveFolder(resolve('tests/fixtures/pages'));
      session = await launchWithExtension(name);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    async function openArticle(): Promise<Page> {
      const page = await session.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(server.url(PAGE), { waitUntil: 'load' });
      await waitForHighlights(page, 2);
      return page;
    }

    async function hover(page: Page, text: string): Promise<CardSnapshot> {
      await page.mouse.move(1, 1);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).toBeNull();
      await page.evaluate((y) => window.scrollBy(0, y - 120), (await highlightPoint(page, text)).y);
      const quote = await highlightPoint(page, text);
      await page.mouse.move(quote.x, quote.y);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).not.toBeNull();
      return (await readCard(page, name))!;
    }

    /**
     * The card alone, clipped from what the window shows, for a reader's eye on it. Not beyond
     * the window: Chromium would lay the page out again at its full height, and the card close.
     */
    async function screenshotCard(page: Page, card: CardSnapshot, file: string): Promise<void> {
      const { left, top, right, bottom } = card.rect;
      const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
      await page.screenshot({
        path: `${SCREENSHOTS}/${file}`,
        captureBeyondViewport: false,
        clip: {
          x: scroll.x + left - 4,
          y: scroll.y + top - 4,
          width: right - left + 8,
          height: bottom - top + 8,
        },
      });
    }

    it('shows in the card how the line spread: by day, each kind told apart, the first appearance and the changed credit marked, as a list', async () => {
      const page = await openArticle();
      const card = await hover(page, 'two human beings');
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-spread-card.png` });
      await screenshotCard(page, card, `${name}-spread-card-alone.png`);
      expect(card.text).toMatch(/How it spread/i); // the heading is upper-cased by CSS
      // An ordered list, each entry in words: what a screen reader reads.
      expect(card.timeline?.list).toBe('ol');
      const entries = card.timeline!.entries;
      expect(
        entries.map(({ kind, first }, k) => ({ outlet: SPREAD[k]?.outlet, kind, first })),
      ).toEqual(SPREAD);
      entries.forEach((entry, k) => expect(entry.text).toContain(SPREAD[k]!.outlet));
      expect(entries[0]!.text).toMatch(
        /^Oct 20, 2025 · Israel National News · English · report\s+first appearance/,
      );
      expect(entries[2]!.text).toContain('English · copy');
      expect(entries[3]!.text).toContain('Italian · translation');
      // The rewrite gives no date; the record knows whose text it rewrites; it alone credits Witkoff.
      expect(entries[5]!.text).toMatch(
        /^date unknown · globalnewsc\.com · English · rewrite of asohij\.com\s+changed here\s+credits Steve Witkoff/,
      );
      expect(entries.filter((entry) => /changed here/.test(entry.text))).toHaveLength(1);
      // The other claim's card marks the date one outlet moved four years back.
      const call = await hover(page, 'took place on October 14');
      await screenshotCard(page, call, `${name}-spread-card-date-alone.png`);
      const moved = call.timeline!.entries.filter((entry) => /changed here/.test(entry.text));
      expect(moved.map((entry) => entry.text)).toEqual([
        expect.stringMatching(
          /aiboop\.com[\s\S]*changed here\s+date of the Witkoff-Ushakov call: Oct 14, 2021/,
        ),
      ]);
      // Nothing of the page changed outside the extension's host.
      const dom = await domAgainstSource(page);
      expect(dom.live).toBe(dom.pristine);
      await page.close();
    });

    it('reaches the timeline and "Full record" by keyboard, and Enter there opens the record', async () => {
      const page = await openArticle();
      await page.bringToFront();
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyS');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await expect
        .poll(async () => (await readCard(page, name))?.focused?.tag ?? null, { timeout: 5_000 })
        .toBe('div');
      await page.keyboard.press('Tab');
      expect((await readCard(page, name))?.focused).toMatchObject({
        tag: 'button',
        text: 'Full record',
      });
      await page.keyboard.press('Tab');
      expect((await readCard(page, name))?.focused).toMatchObject({
        tag: 'a',
        text: 'Israel National News',
        inTimeline: true,
      });
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Enter');
      const record = await openedTab(session, `/src/record/index.html#${CLAIM}`);
      expect((await record.evaluate(readRecord)).heading).toBe(STATEMENT);
      await record.close();
      await page.close();
    });

    it('opens the full record from the card on the reader’s click: the claim, its event, every source, the differences side by side, each wording, the timeline', async () => {
      const page = await openArticle();
      const card = await hover(page, 'two human beings');
      const button = card.recordButton!;
      await page.mouse.click((button.left + button.right) / 2, (button.top + button.bottom) / 2);
      const record = await openedTab(session, `/src/record/index.html#${CLAIM}`);
      await record.setViewport({ width: 1100, height: 900 });
      const shown = await record.evaluate(readRecord);
      await record.screenshot({ path: `${SCREENSHOTS}/${name}-record.png`, fullPage: true });
      expect(shown.heading).toBe(STATEMENT);
      expect(shown.title).toMatch(/^But when Steve and him spoke .*… · Sourcelight$/);
      expect(shown.dir).toBe('ltr');
      expect(shown.timeline.map(({ kind, first }) => ({ kind, first }))).toEqual(
        SPREAD.map(({ kind, first }) => ({ kind, first })),
      );
      // Every source: outlet, date, language, kind, link.
      expect(shown.sources).toHaveLength(SPREAD.length);
      expect(shown.sources[3]).toMatch(/Fanpage\.it[\s\S]*Oct 20, 2025\s+Italian\s+translation/);
      expect(shown.sources[5]).toMatch(
        /globalnewsc\.com[\s\S]*date unknown\s+English\s+rewrite of asohij\.com/,
      );
      expect(shown.sourceLinks.every((href) => href?.startsWith('https://'))).toBe(true);
      // Side by side: the one credit to Witkoff marked.
      expect(shown.sideBySide.filter((row) => /disagrees/.test(row))).toEqual([
        expect.stringMatching(/^globalnewsc\.com[\s\S]*Steve Witkoff\s*disagrees/),
      ]);
      // Each wording against the statement: English word by word, Italian as printed.
      expect(shown.wordings).toHaveLength(SPREAD.length);
      expect(shown.wordings[0]).toMatch(/^Israel National News:[\s\S]*the same words as recorded$/);
      expect(shown.wordings[1]).toMatch(/^Ynetnews:[\s\S]*part of it, word for word$/);
      expect(shown.italian).toContain('vulnerabilità');
      expect(shown.wordings.some((w) => /in Italian: not compared word by word/.test(w))).toBe(
        true,
      );
      expect(shown.widest).toBeLessThanOrEqual(shown.width);
      // The page that opened it is unchanged outside the extension's host.
      const dom = await domAgainstSource(page);
      expect(dom.live).toBe(dom.pristine);

      // Printable: its own print rules take the controls away and keep the record.
      const printRules = await record.evaluate(
        () =>
          [...document.styleSheets].flatMap((sheet) =>
            [...sheet.cssRules].filter(
              (rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print',
            ),
          ).length,
      );
      expect(printRules).toBeGreaterThan(0);
      if (name === 'chromium') {
        // Puppeteer emulates print media over CDP only, which Firefox has not: its rules are checked above.
        await record.emulateMediaType('print');
        const printed = await record.evaluate(() => ({
          print: getComputedStyle(document.querySelector('button.print')!).display,
          timeline: document.querySelectorAll('ol.spread > li').length,
        }));
        expect(printed).toEqual({ print: 'none', timeline: SPREAD.length });
        await record.screenshot({
          path: `${SCREENSHOTS}/${name}-record-print.png`,
          fullPage: true,
        });
        await record.emulateMediaType(undefined);
      }
      await record.close();
      await page.close();
    });

    it('says plainly that no claim has an id the address asks for, and offers the list', async () => {
      const page = await session.openExtensionPage('src/record/index.html#no-such-claim');
      await page.setViewport({ width: 1100, height: 700 });
      const shown = await page.evaluate(readRecord);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-record-unknown.png` });
      expect(shown.unknown).toContain(
        'Sourcelight’s record holds no claim with the id no-such-claim.',
      );
      expect(shown.heading).toBe('Known claims');
      expect(shown.browse).toBeGreaterThan(100);
      // A link to a known claim on the same page shows it.
      await page.evaluate((id) => (location.hash = id), CLAIM);
      await expect
        .poll(() => ask(page, () => document.querySelector('h1')?.textContent))
        .toBe(STATEMENT);
      await page.close();
    });

    it('browses the known claims from the popup on a page naming nobody, finds one by a word of it, and opens its record', async () => {
      const control = await session.openExtensionPage('src/popup/index.html');
      const page = await session.browser.newPage();
      await page.goto(server.url('/no-mentions.html'), { waitUntil: 'load' });
      await page.bringToFront();
      const tabId = await control.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      await control.close();
      const popup = await session.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await popup.setViewport({ width: 420, height: 800 });
      // The dataset is loaded when the reader asks to browse, not before (Chromium shows the
      // extension's own requests; tests/build/bundles.test.ts reads the chunks of both builds).
      const requested: string[] = [];
      popup.on('request', (request) => requested.push(request.url()));
      const datasetLoads = () =>
        requested.filter((url) => /\/assets\/dataset-[^/]*\.js$/.test(url));
      await popup.click('button.switch');
      await popup.waitForSelector('#browse-search');
      if (name === 'chromium') expect(datasetLoads()).toHaveLength(1);
      const listed = () =>
        popup.$$eval('.browse [data-claim-id]', (items) =>
          items.map((item) => item.getAttribute('data-claim-id')),
        );
      const all = await listed();
      expect(all.length).toBeGreaterThan(100);
      // The search field has the cursor: the reader types at once.
      await popup.keyboard.type('vulnerability');
      await expect.poll(listed).toEqual([CLAIM]);
      expect(await popup.$eval('.browse .found', (p) => p.textContent)).toBe('Claims shown: 1');
      await popup.screenshot({ path: `${SCREENSHOTS}/${name}-browse.png`, fullPage: true });
      // Folded as pages are: another case, an accent, a word only the Italian wording has.
      await popup.$eval('#browse-search', (input) => ((input as HTMLInputElement).value = ''));
      await popup.type('#browse-search', 'VULNERABILITÀ');
      await expect.poll(listed).toEqual([CLAIM]);
      await popup.$eval('#browse-search', (input) => ((input as HTMLInputElement).value = ''));
      await popup.type('#browse-search', 'zzyzx');
      await expect.poll(listed).toEqual([]);
      expect(await popup.$eval('.browse .found', (p) => p.textContent)).toBe(
        'No known claim holds all these words.',
      );
      await popup.$eval('#browse-search', (input) => ((input as HTMLInputElement).value = ''));
      await popup.type('#browse-search', 'vulnerability');
      await expect.poll(listed).toEqual([CLAIM]);
      await popup.click(`.browse [data-claim-id="${CLAIM}"] a`);
      const record = await openedTab(session, `/src/record/index.html#${CLAIM}`);
      expect((await record.evaluate(readRecord)).heading).toBe(STATEMENT);
      await record.close();
      await popup.close();
      await page.close();
    });
  });
}
