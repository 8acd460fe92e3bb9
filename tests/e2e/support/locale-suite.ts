/**
 * The extension in the reader's language (issue 23), in a browser whose interface is in Arabic
 * (right to left) or Russian: a browser of its own, as the language is the browser's, chosen
 * at launch (scripts/lib/browsers.ts). The card, the popup and, right to left, the options and
 * privacy pages: in the locale's messages, laid out in its direction, with dates and numbers
 * as the browser's own Intl writes them there. Screenshots in test-results/e2e/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  type BrowserName,
  type ExtensionSession,
} from '../../../scripts/lib/browsers';
import { readCard, readLiveStatus, type CardSnapshot } from '../../../scripts/lib/card-probe';
import { highlightPoint, waitForHighlights, type Box } from '../../../scripts/lib/page-probes';
import { cardPosition } from '../../../src/content/card-position';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';

/** The extension APIs the tests call in an extension page (module-scoped: src/ never sees it). */
declare const chrome: {
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
  };
  i18n: { getUILanguage(): string };
};

const SCREENSHOTS = resolve('test-results/e2e');
const LANGUAGE_NAMES = { ar: 'Arabic (right to left)', ru: 'Russian' } as const;
export type TestLocale = keyof typeof LANGUAGE_NAMES;

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A message of the locale's messages.json filled in as the browser fills it ($NAME$ → $1 → args[0]). */
function messagesOf(locale: TestLocale) {
  const messages = JSON.parse(
    readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'),
  ) as Record<string, LocaleMessage>;
  return (name: string, ...args: string[]): string => {
    const { message, placeholders = {} } = messages[name]!;
    return message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, placeholder: string) => {
      const content = placeholders[placeholder.toLowerCase()]?.content ?? '';
      return args[Number(content.slice(1)) - 1] ?? '';
    });
  };
}

/** Runs in a page: how the browser's Intl writes a day and an amount in `locale`. */
function intlSamples(locale: string) {
  const day = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
  const number = new Intl.NumberFormat(locale);
  return {
    interviewDay: day.format(new Date('2025-10-19T12:00:00Z')),
    sourceDay: day.format(new Date('2025-10-20T12:00:00Z')),
    five: number.format(5),
    amount: new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(50e9),
  };
}

/** Runs in a page: what stands out of the page's width, a line cut or reading off the side. */
function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
    })
    .map((element) => `${element.localName}.${element.className}: ${element.textContent}`);
}

/**
 * Runs in a page: how far the last line of an element's text starts from the element's starting
 * edge (the right, right to left): 0 where its lines start where a reader of its direction looks.
 */
function textInset(selector: string): number {
  const element = document.querySelector(selector)!;
  const range = document.createRange();
  range.selectNodeContents(element);
  // A line of mixed directions comes as a box per run: the last line is those at its height.
  const boxes = [...range.getClientRects()];
  const bottom = Math.max(...boxes.map((r) => r.bottom));
  const line = boxes.filter((r) => r.bottom > bottom - 2);
  const box = element.getBoundingClientRect();
  return getComputedStyle(element).direction === 'rtl'
    ? box.right - Math.max(...line.map((r) => r.right))
    : Math.min(...line.map((r) => r.left)) - box.left;
}

export function localeSuite(name: BrowserName, locale: TestLocale): void {
  const t = messagesOf(locale);
  const direction = t('textDirection');
  /** The same text as shown under `text-transform: uppercase` (Russian headings), or Arabic's. */
  const shown = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');

  describe(`Sourcelight in ${name}, in ${LANGUAGE_NAMES[locale]}`, () => {
    let session: ExtensionSession;
    let server: StaticServer;
    /** An extension page kept open to ask the extension APIs (tabs) and Intl questions. */
    let control: Page;
    let samples: ReturnType<typeof intlSamples>;

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      server = await serveFolder(resolve('tests/fixtures/pages'));
      session = await launchWithExtension(name, { locale });
      control = await session.openExtensionPage('src/popup/index.html');
      samples = await control.evaluate(intlSamples, locale);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    async function openArticle(): Promise<Page> {
      const page = await session.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(server.url('/interview-article.html'), { waitUntil: 'load' });
      await waitForHighlights(page, 5);
      return page;
    }

    /** Hovers the quote holding `text`, reads the card and the quote's lines, saves a screenshot. */
    async function hoverCard(page: Page, text: string, screenshot: string) {
      await page.mouse.move(1, 1);
      await expect.poll(() => readCard(page, name, t('cardLabel')), { timeout: 5_000 }).toBeNull();
      await page.evaluate((y) => window.scrollBy(0, y - 150), (await highlightPoint(page, text)).y);
      const quote = await highlightPoint(page, text);
      await page.mouse.move(quote.x, quote.y);
      await expect
        .poll(() => readCard(page, name, t('cardLabel')), { timeout: 5_000 })
        .not.toBeNull();
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${locale}-${screenshot}.png` });
      const card = (await readCard(page, name, t('cardLabel')))!;
      // The card alone, for a reader's eye on its lines.
      const { left, top, right, bottom } = card.rect;
      // The card's box is in the viewport; a clip is in the page, which is scrolled.
      const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
      await page.screenshot({
        path: `${SCREENSHOTS}/${name}-${locale}-${screenshot}-alone.png`,
        clip: {
          x: scroll.x + left - 4,
          y: scroll.y + top - 4,
          width: right - left + 8,
          height: bottom - top + 8,
        },
      });
      return { card, quote };
    }

    /** The card reads in the locale's direction, from its starting edge, whole and on screen. */
    async function expectLaidOut(page: Page, card: CardSnapshot, lines: readonly Box[]) {
      expect(card.lang).toBe(locale);
      expect(card.direction).toBe(direction);
      expect(card.overflowing, 'a line of the card is wider than the card').toBe(false);
      expect(card.headingInset).toBeGreaterThan(0);
      expect(card.headingInset).toBeLessThan(24);
      // It lines up with the quote's start (its right edge in Arabic, its left in Russian), as
      // far as the screen lets it, and covers none of it.
      const view = await page.evaluate(() => ({
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      }));
      const anchor = {
        left: Math.min(...lines.map((l) => l.left)),
        right: Math.max(...lines.map((l) => l.right)),
        top: Math.min(...lines.map((l) => l.top)),
        bottom: Math.max(...lines.map((l) => l.bottom)),
      };
      const width = card.rect.right - card.rect.left;
      const placed = cardPosition(anchor, { width, height: 0 }, view, direction as 'ltr' | 'rtl');
      expect(Math.abs(card.rect.left - placed.left)).toBeLessThanOrEqual(1);
      expect(card.rect.left).toBeGreaterThanOrEqual(0);
      expect(card.rect.right).toBeLessThanOrEqual(view.width);
      const covered = lines.filter(
        (line) =>
          card.rect.left < line.right &&
          line.left < card.rect.right &&
          card.rect.top < line.bottom &&
          line.top < card.rect.bottom,
      );
      expect(covered, 'lines of the quote that the card covers').toEqual([]);
    }

    it('runs the extension in the browser’s language', async () => {
      expect(await control.evaluate(() => chrome.i18n.getUILanguage())).toMatch(
        new RegExp(`^${locale}\\b`),
      );
    });

    it('shows the card in the locale, its way round, with its dates, and names as the dataset writes them', async () => {
      const page = await openArticle();
      await expect
        .poll(() => readLiveStatus(page, name), { timeout: 5_000 })
        .toBe(t('liveSummary', samples.five));
      const { card, quote } = await hoverCard(page, 'two human beings', 'card');
      await expectLaidOut(page, card, quote.lines);
      expect(card.label).toBe(t('cardLabel'));
      expect(card.text).toContain(t('cardSaidBy', 'Jared Kushner'));
      expect(card.text).toContain(
        t(
          'claimEvent',
          'CBS “60 Minutes” interview with Steve Witkoff and Jared Kushner',
          samples.interviewDay,
        ),
      );
      expect(card.text).toMatch(shown(t('diffHeading')));
      expect(card.text).toContain(t('sourceCredits', 'Steve Witkoff'));
      // The page's English quote, and the outlets, as they are.
      expect(card.text).toContain('seeing two human beings kind of showing a vulnerability');
      expect(card.text).toContain('globalnewsc.com');
      await page.close();
    });

    it('writes amounts as the locale does, and says which sources convert a currency', async () => {
      const page = await openArticle();
      const { card, quote } = await hoverCard(page, '$50bn', 'card-amount');
      await expectLaidOut(page, card, quote.lines);
      // Firefox's innerText leaves out the right-to-left mark Intl puts before an Arabic amount.
      const unmarked = (text: string) => text.replace(/[\u200e\u200f\u061c]/g, '');
      expect(unmarked(card.text)).toContain(unmarked(samples.amount));
      expect(card.text).toContain(t('verdictConversion'));
      await page.close();
    });

    it('lists the claims in the popup in the locale, its way round, nothing cut', async () => {
      const page = await openArticle();
      await page.bringToFront();
      const tabId = await control.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      const popup = await session.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await popup.setViewport({ width: 420, height: 900 });
      expect(
        await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual([locale, direction]);
      expect(await popup.$eval('h1', (h1) => h1.textContent)).toBe(t('popupTitle'));
      const headings = await popup.$$eval('.speaker-group > h2', (all) =>
        all.map((h2) => h2.textContent),
      );
      expect(headings).toEqual([
        t('cardSaidBy', 'Steve Witkoff'),
        t('cardSaidBy', 'Jared Kushner'),
      ]);
      const summaries = await popup.$$eval('summary', (all) => all.map((s) => s.textContent));
      const label = t('popupSummary', '\0', '\0').split('\0')[0]!;
      expect(summaries.every((summary) => summary?.startsWith(label))).toBe(true);
      await popup.$$eval('details', (all) =>
        all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      expect(await popup.evaluate(overflowing)).toEqual([]);
      expect(await popup.evaluate(textInset, 'h1')).toBeLessThan(1);
      // A claim is the record's English words: lined up from the left, in either language.
      expect(await popup.evaluate(textInset, '.claim .statement')).toBeLessThan(1);
      await popup.screenshot({
        path: `${SCREENSHOTS}/${name}-${locale}-popup.png`,
        fullPage: true,
      });
      await popup.close();
      await page.close();
    });

    if (direction === 'rtl')
      it('lays a claim’s full record out right to left, in the locale, its dates its own', async () => {
        const record = await session.openExtensionPage(
          'src/record/index.html#two-human-beings-vulnerability',
        );
        await record.setViewport({ width: 1000, height: 900 });
        expect(
          await record.evaluate(() => [
            document.documentElement.lang,
            document.documentElement.dir,
          ]),
        ).toEqual([locale, 'rtl']);
        expect(await record.$eval('.kicker', (p) => p.textContent)).toBe(t('recordHeading'));
        expect(await record.evaluate(textInset, '.kicker')).toBeLessThan(1);
        expect(await record.evaluate(textInset, 'h2')).toBeLessThan(1);
        // The timeline's rail and dots on the reader's starting side: the right.
        const rail = await record.$eval('ol.spread > li', (li) => {
          const box = li.getBoundingClientRect();
          const style = getComputedStyle(li);
          return { right: style.borderRightWidth, left: style.borderLeftWidth, width: box.width };
        });
        expect(rail).toMatchObject({ right: '2px', left: '0px' });
        const timeline = await record.$$eval('ol.spread > li', (all) =>
          all.map((li) => (li as HTMLElement).innerText),
        );
        expect(timeline[0]).toContain(t('spreadFirst'));
        expect(timeline.at(-1)).toContain(t('sourceCredits', 'Steve Witkoff'));
        expect(await record.$eval('table.sources', (table) => table.innerText)).toContain(
          samples.sourceDay,
        );
        expect(await record.evaluate(overflowing)).toEqual([]);
        await record.screenshot({
          path: `${SCREENSHOTS}/${name}-${locale}-record.png`,
          fullPage: true,
        });
        await record.close();
      });

    if (direction === 'rtl')
      it('lays the options and privacy pages out right to left, in the locale', async () => {
        const options = await session.openExtensionPage('src/options/index.html');
        await options.setViewport({ width: 760, height: 900 });
        expect(
          await options.evaluate(() => [
            document.documentElement.lang,
            document.documentElement.dir,
            document.title,
          ]),
        ).toEqual([locale, 'rtl', t('optionsTitle')]);
        expect(await options.$eval('h1', (h1) => h1.textContent)).toBe(t('optionsTitle'));
        expect(await options.evaluate(textInset, 'h1')).toBeLessThan(1);
        expect(await options.evaluate(overflowing)).toEqual([]);
        // Site names are typed left to right, in a right-to-left page.
        expect(
          await options.$eval('#paused-sites', (area) => getComputedStyle(area).direction),
        ).toBe('ltr');
        // The page fits the window: Chromium's full-page capture shifts a right-to-left page sideways.
        await options.screenshot({ path: `${SCREENSHOTS}/${name}-${locale}-options.png` });

        await options.click('#privacy-link');
        const shown = () =>
          options
            .evaluate(() => document.documentElement.dataset.ready === 'true' && location.pathname)
            .catch(() => false);
        await expect.poll(shown, { timeout: 10_000 }).toBe('/src/privacy/index.html');
        const policy = readFileSync(`privacy/${locale}.md`, 'utf8');
        const title = /^# (.+)$/m.exec(policy)![1]!;
        expect(
          await options.evaluate(() => [
            document.documentElement.lang,
            document.documentElement.dir,
            document.title,
          ]),
        ).toEqual([locale, 'rtl', title]);
        expect(await options.$eval('h1', (h1) => h1.textContent)).toBe(title);
        expect(await options.evaluate(textInset, 'h1')).toBeLessThan(1);
        await options.setViewport({ width: 900, height: 900 });
        expect(await options.evaluate(overflowing)).toEqual([]);
        await options.screenshot({
          path: `${SCREENSHOTS}/${name}-${locale}-privacy.png`,
          fullPage: true,
        });
        await options.close();
      });
  });
}
