/**
 * The end-to-end checks, run once per browser (chromium.test.ts, firefox.test.ts) against
 * the built extension in dist/, loaded into the real browser.
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
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import {
  CARD_LABEL,
  readCard,
  readLiveStatus,
  type CardSnapshot,
} from '../../../scripts/lib/card-probe';
import { MATCHING_CASES } from '../../fixtures/matching-cases';
import { DEEP_NESTING, QUOTE, hostileHeaders, hostilePages } from './hostile-pages';
import { contrastSuite } from './contrast-suite';
import { issue19Suite } from './issue-19-suite';
import { MATCHING_PAGE, SEEDS, testPages } from './test-pages';
import {
  domAgainstSource,
  highlighted,
  highlightedTexts,
  highlightPoint,
  waitForHighlights,
} from '../../../scripts/lib/page-probes';

/** The extension APIs these tests call in the control page (module-scoped: src/ never sees it). */
declare const chrome: {
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

const SCREENSHOTS = resolve('test-results/e2e');

/** What interview-article.html quotes, as the dataset's wordings cover it. */
const ARTICLE_QUOTES = [
  'We expressed our condolences to him for the loss of his son',
  'I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children',
  'When Steve and him spoke about their sons, it turned from a negotiation with a terrorist group to seeing two human beings kind of showing a vulnerability with each other',
  'very, very comfortable',
  'the $50bn (£37.2bn) range',
];
const ARTICLE_CLAIMS = [
  'condolences-loss-of-son',
  'witkoff-bad-club',
  'two-human-beings-vulnerability',
  'trump-very-comfortable',
  'gaza-rebuild-50bn',
];

export function extensionSuite(name: BrowserName): void {
  describe(`Sourcelight in ${name}`, () => {
    let session: ExtensionSession;
    let server: StaticServer;
    /** An extension page kept open to ask the extension APIs questions (badge, tabs). */
    let control: Page;

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      server = await serveFolder(testPages(DEEP_NESTING[name]), 0, hostileHeaders);
      session = await launchWithExtension(name);
      control = await session.openExtensionPage('src/popup/index.html');
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    async function openArticle(path: string): Promise<Page> {
      const page = await session.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(server.url(path), { waitUntil: 'load' });
      return page;
    }

    /** The extension's id for the tab showing `page`: the active tab once `page` is in front. */
    async function tabIdOf(page: Page): Promise<number> {
      await page.bringToFront();
      const id = await control.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (id === null) throw new Error('no active tab');
      return id;
    }

    /** The popup's text with every claim's details opened, as a reader clicking through them. */
    async function openedPopupText(popup: Page): Promise<string> {
      await popup.$$eval('details', (all) =>
        all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      return popup.$eval('body', (body) => body.innerText);
    }

    async function screenshotPopup(popup: Page, file: string): Promise<void> {
      await popup.setViewport({ width: 420, height: 900 });
      await popup.screenshot({ path: `${SCREENSHOTS}/${file}.png`, fullPage: true });
    }

    async function badgeOf(page: Page): Promise<string> {
      const tabId = await tabIdOf(page);
      return control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    }

    it('highlights exactly the quotes of the dataset that the article prints', async () => {
      const page = await openArticle('/interview-article.html');
      await waitForHighlights(page, ARTICLE_QUOTES.length);
      expect(await highlightedTexts(page)).toEqual(ARTICLE_QUOTES);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-article-highlights.png` });
      await page.close();
    });

    it('shows the card on hover, with the claim, its speaker and its sources, without covering the quote', async () => {
      const page = await openArticle('/interview-article.html');
      await waitForHighlights(page, ARTICLE_QUOTES.length);
      const quote = await highlightPoint(page, 'two human beings');
      expect(await readCard(page, name)).toBeNull();

      await page.mouse.move(quote.x, quote.y);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).not.toBeNull();
      const card = (await readCard(page, name))!;
      expect(card.role).toBe('dialog');
      expect(card.label).toBe(CARD_LABEL);
      expect(card.text).toContain('seeing two human beings kind of showing a vulnerability');
      expect(card.text).toMatch(/Said by\s+Jared Kushner/);
      expect(card.text).toContain('globalnewsc.com');
      expect(card.text).toContain('newsbeep.com');
      // Seed 000 credits Witkoff with Kushner's line: the card says so.
      expect(card.text).toContain('credits Steve Witkoff');
      const covered = quote.lines.filter(
        (line) =>
          card.rect.left < line.right &&
          line.left < card.rect.right &&
          card.rect.top < line.bottom &&
          line.top < card.rect.bottom,
      );
      expect(covered, 'lines of the quote that the card covers').toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-card.png` });

      // Moving away dismisses it.
      await page.mouse.move(5, 5);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).toBeNull();
      await page.close();
    });

    it('changes nothing in the page DOM outside its own host element', async () => {
      const page = await openArticle('/interview-article.html');
      await waitForHighlights(page, ARTICLE_QUOTES.length);
      const quote = await highlightPoint(page, 'really bad club');
      await page.mouse.move(quote.x, quote.y);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).not.toBeNull();
      const dom = await domAgainstSource(page);
      expect(dom.ownHosts).toBe(1);
      expect(dom.live).toBe(dom.pristine);
      await page.close();
    });

    it('counts the claims on the toolbar badge and lists them in the popup', async () => {
      const page = await openArticle('/interview-article.html');
      await waitForHighlights(page, ARTICLE_QUOTES.length);
      await expect
        .poll(() => badgeOf(page), { timeout: 5_000 })
        .toBe(String(ARTICLE_CLAIMS.length));

      const popup = await session.openExtensionPage(
        `src/popup/index.html?tab=${await tabIdOf(page)}`,
      );
      const listed = await popup.$$eval('[data-claim-id]', (items) =>
        items.map((item) => item.getAttribute('data-claim-id')),
      );
      expect(listed.sort()).toEqual([...ARTICLE_CLAIMS].sort());
      const text = await openedPopupText(popup);
      expect(text).toContain('Claims on this page');
      expect(text).toMatch(/Said by Jared Kushner/i); // a group heading, upper-cased by CSS
      expect(text).toContain('newsbeep.com');
      await popup.setViewport({ width: 420, height: 900 });
      await popup.screenshot({ path: `${SCREENSHOTS}/${name}-popup.png`, fullPage: true });
      await popup.close();
      await page.close();
    });

    /** Hovers the highlighted quote holding `text`, reads the card, saves a screenshot. */
    async function hoverCard(page: Page, text: string, screenshot: string): Promise<CardSnapshot> {
      await page.mouse.move(1, 1);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).toBeNull();
      await page.evaluate((y) => window.scrollBy(0, y - 150), (await highlightPoint(page, text)).y);
      const quote = await highlightPoint(page, text);
      await page.mouse.move(quote.x, quote.y);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).not.toBeNull();
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${screenshot}.png` });
      return (await readCard(page, name))!;
    }

    it('on seed 000, the card says who else is credited with a quote and resolves "last month"', async () => {
      const page = await openArticle(`/${SEEDS['000'].page}`);
      await waitForHighlights(page, 5);

      const vulnerability = await hoverCard(page, 'two human beings', 'seed-000-attribution');
      expect(vulnerability.text).toMatch(/Where sources differ/i); // the heading is upper-cased by CSS
      expect(vulnerability.text).toMatch(/Who said it\s+sources disagree/);
      expect(vulnerability.text).toMatch(/On this page/i);
      expect(vulnerability.text).toMatch(
        /This page credits Steve Witkoff \(sources agreeing: 1 of \d\)\s*the record: Jared Kushner/,
      );
      expect(vulnerability.text).toMatch(/Steve Witkoff\s+·\s+globalnewsc\.com/);
      expect(vulnerability.text).toMatch(/Jared Kushner\s+·\s+newsbeep\.com/);

      const sonKilled = await hoverCard(page, 'strike last month', 'seed-000-last-month');
      expect(sonKilled.text).toContain("death of al-Hayya's son · date");
      expect(sonKilled.text).toContain("death of al-Hayya's son · place");
      expect(sonKilled.text).toContain('some more precise');
      expect(sonKilled.text).toMatch(/September 2025\s+\(“last month”\)/);
      expect(sonKilled.text).toContain('Sep 9, 2025');
      expect(sonKilled.text).toContain('counted from Oct 19, 2025');
      expect(sonKilled.text).toMatch(/Himam[\s\S]*Huma/);

      const witkoffSon = await hoverCard(page, 'overdose in 2011', 'seed-000-2011');
      expect(witkoffSon.text).toMatch(/2011\s+·\s+globalnewsc\.com, asohij\.com/);
      expect(witkoffSon.text).toContain('aged 22');
      expect(witkoffSon.text).toMatch(/Not stated by: .*newsbeep\.com/);
      await page.close();
    });

    it('on seed 002, the card shows the meeting place, the currency conversion and reworded quotes', async () => {
      const page = await openArticle(`/${SEEDS['002'].page}`);
      await waitForHighlights(page, 8);

      const meeting = await hoverCard(
        page,
        'met in Egypt earlier this month',
        'seed-002-meeting-place',
      );
      expect(meeting.text).toMatch(/meeting with al-Hayya · place\s+sources disagree/);
      for (const place of ['Egypt', 'Sharm el-Sheikh', 'Cairo'])
        expect(meeting.text).toContain(place);

      const cost = await hoverCard(page, '$50bn', 'seed-002-amount');
      expect(cost.text).toMatch(/cost of rebuilding Gaza · amount\s+currency conversion/);
      expect(cost.text).toContain('£37.2B');
      expect(cost.text).toMatch(/\$50B\s+\(“\$50bn”, “\$50 billion”\)/);

      const badClub = await hoverCard(page, 'really bad club', 'seed-002-wording');
      expect(badClub.text).toContain('Wording, against the full quote');
      expect(badClub.text).toMatch(/Ynetnews:\s+.*the same/);
      await page.close();
    });

    it("lists the seed page's claims in the popup with their differences", async () => {
      const page = await openArticle(`/${SEEDS['002'].page}`);
      await waitForHighlights(page, 8);
      const popup = await session.openExtensionPage(
        `src/popup/index.html?tab=${await tabIdOf(page)}`,
      );
      // At a glance, each claim's summary names where its sources differ.
      const summaries = await popup.$$eval('summary', (all) =>
        all.map((s) => (s as HTMLElement).innerText),
      );
      expect(summaries.some((s) => /Who said it/.test(s))).toBe(true);
      expect(summaries.some((s) => /meeting with al-Hayya · place/.test(s))).toBe(true);
      await screenshotPopup(popup, `${name}-seed-002-popup-summary`);
      const text = await openedPopupText(popup);
      expect(text).toMatch(/Where sources differ/i);
      expect(text).toMatch(/Who said it\s+sources disagree/);
      expect(text).toContain('currency conversion');
      expect(text).toContain('Sharm el-Sheikh');
      await popup.setViewport({ width: 420, height: 900 });
      await popup.screenshot({ path: `${SCREENSHOTS}/${name}-seed-002-popup.png`, fullPage: true });
      await popup.close();
      await page.close();
    });

    it('finds the claims as outlets reword, cut, misspell and translate them, and no look-alikes', async () => {
      const page = await openArticle(`/${MATCHING_PAGE}`);
      const expected = MATCHING_CASES.flatMap((c) =>
        c.expected.map((e) => e.span.replace(/\s+/g, ' ')),
      );
      await waitForHighlights(page, expected.length);
      expect(await highlightedTexts(page)).toEqual(expected);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-matching-cases.png`, fullPage: true });
      await page.close();
    });

    it('paints each claim by kind, readable on a dark page, and closes the card on Escape', async () => {
      const page = await openArticle('/dark-article.html');
      await waitForHighlights(page, 3);
      // Sources disagree on who said the first; all agree on the second; this page credits Witkoff with Kushner's third.
      const found = await highlighted(page);
      expect(found.map((h) => h.kind)).toEqual(['disputed', 'corroborated', 'differs']);
      expect(found.map((h) => h.scheme)).toEqual(['dark', 'dark', 'dark']);
      const card = await hoverCard(page, 'nuclear bomb', 'dark-page-card');
      expect(card.text).toMatch(
        /This page credits Steve Witkoff, unlike all the sources \(\d\)\s*the record: Jared Kushner/,
      );
      expect(card.scheme).toBe('dark');
      await page.keyboard.press('Escape');
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).toBeNull();
      await page.close();
    });

    it('follows a live blog: entries added after load are read, highlighted and counted', async () => {
      const page = await openArticle('/live-blog.html');
      expect(await highlightedTexts(page)).toEqual([]);
      await waitForHighlights(page, 2);
      expect(await highlightedTexts(page)).toEqual([
        'It looked almost like a nuclear bomb had been set off in that area',
        'We had to make it clear that Israel would not resume hostilities after the hostages were returned',
      ]);
      await expect.poll(() => badgeOf(page), { timeout: 5_000 }).toBe('2');
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-live-blog.png` });
      await page.close();
    });

    it('follows a single-page app to its next route', async () => {
      const page = await openArticle('/spa.html');
      await waitForHighlights(page, 1);
      expect(await highlightedTexts(page)).toEqual([
        'I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children',
      ]);
      await page.click('#story-b');
      await expect
        .poll(() => highlightedTexts(page), { timeout: 10_000 })
        .toEqual(['Absolutely, and I thought to myself, I wish the world could’ve seen it']);
      const popup = await session.openExtensionPage(
        `src/popup/index.html?tab=${await tabIdOf(page)}`,
      );
      const listed = await popup.$$eval('[data-claim-id]', (items) =>
        items.map((item) => item.getAttribute('data-claim-id')),
      );
      expect(listed).toEqual(['israelis-qataris-embrace']);
      await popup.close();
      await page.close();
    });

    it('follows a site that swaps its whole <body> to the next page, as Turbo Drive does', async () => {
      const page = await openArticle('/body-swap.html');
      await waitForHighlights(page, 1);
      expect(await highlightedTexts(page)).toEqual([
        'I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children',
      ]);
      await page.click('#story-b');
      await expect
        .poll(() => highlightedTexts(page), { timeout: 10_000 })
        .toEqual(['Absolutely, and I thought to myself, I wish the world could’ve seen it']);
      await expect.poll(() => badgeOf(page), { timeout: 5_000 }).toBe('1');
      // The next page names nobody: nothing stays highlighted or counted from the last one.
      await page.click('#story-c');
      await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toEqual([]);
      await expect.poll(() => badgeOf(page), { timeout: 5_000 }).toBe('');
      await page.close();
    });

    it('groups the popup by speaker; a click there scrolls to the claim and opens its card', async () => {
      const page = await openArticle('/interview-article.html');
      await waitForHighlights(page, ARTICLE_QUOTES.length);
      const popup = await session.openExtensionPage(
        `src/popup/index.html?tab=${await tabIdOf(page)}`,
      );
      const groups = await popup.$$eval('.speaker-group', (sections) =>
        sections.map((section) => ({
          speaker: section.querySelector('h2')?.textContent,
          claims: [...section.querySelectorAll('[data-claim-id]')].map((c) =>
            c.getAttribute('data-claim-id'),
          ),
        })),
      );
      expect(groups).toEqual([
        {
          speaker: 'Said by Steve Witkoff',
          claims: [
            'condolences-loss-of-son',
            'witkoff-bad-club',
            'trump-very-comfortable',
            'gaza-rebuild-50bn',
          ],
        },
        { speaker: 'Said by Jared Kushner', claims: ['two-human-beings-vulnerability'] },
      ]);
      await popup.click('[data-claim-id="gaza-rebuild-50bn"] .statement');
      // The real popup closes and the reader is back on the page; Chromium lays out only the front tab.
      await page.bringToFront();
      await expect
        .poll(async () => (await readCard(page, name))?.text ?? '', { timeout: 5_000 })
        .toContain('$50bn range');
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-popup-click-card.png` });
      await popup.close();
      await page.close();
    });

    it('moves through the claims with Alt+Shift+S and tells screen readers how many there are', async () => {
      const page = await openArticle('/interview-article.html');
      await waitForHighlights(page, ARTICLE_QUOTES.length);
      await expect
        .poll(() => readLiveStatus(page, name), { timeout: 5_000 })
        .toContain('Known claims Sourcelight found on this page: 5.');
      const nextClaim = async () => {
        await page.keyboard.down('Alt');
        await page.keyboard.down('Shift');
        await page.keyboard.press('KeyS');
        await page.keyboard.up('Shift');
        await page.keyboard.up('Alt');
      };
      await nextClaim();
      await expect
        .poll(async () => (await readCard(page, name))?.text ?? '', { timeout: 5_000 })
        .toContain('condolences');
      await nextClaim();
      await expect
        .poll(async () => (await readCard(page, name))?.text ?? '', { timeout: 5_000 })
        .toContain('really bad club');
      await page.keyboard.press('Escape');
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).toBeNull();
      await page.close();
    });

    it('applies the options: pause on a site, highlight style', async () => {
      const options = await session.openExtensionPage('src/options/index.html');
      const people = await options.$$eval('input[name="people"]', (boxes) =>
        boxes.map((box) => [(box as HTMLInputElement).value, (box as HTMLInputElement).checked]),
      );
      expect(people).toEqual([
        ['witkoff', true],
        ['kushner', true],
        ['al-hayya', true],
      ]);
      await options.setViewport({ width: 760, height: 900 });
      await options.screenshot({ path: `${SCREENSHOTS}/${name}-options.png`, fullPage: true });
      const save = async () => {
        await options.click('button[type="submit"]');
        await options.waitForSelector('.saved');
      };

      // Paused on the test server's host: the article is left alone.
      await options.type('#paused-sites', '127.0.0.1');
      await save();
      const paused = await openArticle('/interview-article.html');
      await new Promise((settle) => setTimeout(settle, 1_000));
      expect(await highlightedTexts(paused)).toEqual([]);
      expect(await badgeOf(paused)).toBe('');
      await paused.close();

      // Not paused, underline style.
      await options.$eval('#paused-sites', (area) => ((area as HTMLTextAreaElement).value = ''));
      await options.type('#paused-sites', ' ');
      await options.click('input[name="style"][value="underline"]');
      await save();
      const underlined = await openArticle('/interview-article.html');
      await waitForHighlights(underlined, ARTICLE_QUOTES.length);
      expect(new Set((await highlighted(underlined)).map((h) => h.kind))).toEqual(
        new Set(['corroborated-underline', 'disputed-underline']),
      );
      await underlined.screenshot({ path: `${SCREENSHOTS}/${name}-underline-style.png` });
      await underlined.close();

      // Back to the defaults for the tests that follow.
      await options.click('input[name="style"][value="marker"]');
      await save();
      await options.close();
    });

    it('clears the badge when the tab moves on, and says when a page names people but no known claim', async () => {
      const page = await openArticle('/interview-article.html');
      await waitForHighlights(page, ARTICLE_QUOTES.length);
      await expect
        .poll(() => badgeOf(page), { timeout: 5_000 })
        .toBe(String(ARTICLE_CLAIMS.length));
      await page.goto(server.url('/names-only.html'), { waitUntil: 'load' });
      await expect.poll(() => badgeOf(page), { timeout: 5_000 }).toBe('');
      // The page reports after it loads: a fresh popup each time, as a reader reopening it.
      const tabId = await tabIdOf(page);
      const popupText = async () => {
        const popup = await session.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
        const text = await popup.$eval('body', (body) => body.innerText);
        await popup.close();
        return text;
      };
      await expect
        .poll(popupText, { timeout: 10_000 })
        .toContain(
          'This page names Steve Witkoff, but prints none of the claims Sourcelight knows.',
        );
      await page.close();
    });

    it('sends nothing anywhere: every request stays on the page or inside the extension', async () => {
      const requests: string[] = [];
      const page = await session.browser.newPage();
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(server.url('/interview-article.html'), { waitUntil: 'load' });
      await waitForHighlights(page, ARTICLE_QUOTES.length);
      await hoverCard(page, 'two human beings', 'no-network-card');
      const popup = await session.openExtensionPage(
        `src/popup/index.html?tab=${await tabIdOf(page)}`,
      );
      popup.on('request', (request) => requests.push(request.url()));
      await popup.click('[data-claim-id="witkoff-bad-club"] .statement');
      await page.bringToFront();
      await expect
        .poll(async () => (await readCard(page, name))?.text ?? '')
        .toContain('really bad club');
      const elsewhere = requests.filter(
        (url) =>
          !url.startsWith(server.origin) &&
          !url.startsWith(session.extensionOrigin) &&
          !url.startsWith('data:'),
      );
      expect(elsewhere).toEqual([]);
      // The page's own requests are its document (and a favicon the browser asks for): nothing the extension added.
      expect(
        requests.filter((url) => url.startsWith(server.origin)).map((url) => new URL(url).pathname),
      ).toEqual(expect.arrayContaining(['/interview-article.html']));
      await popup.close();
      await page.close();
    });

    describe('on hostile pages', () => {
      const ownHostBox = (page: Page) =>
        page.evaluate(() => {
          // The extension's host: the element it adds to <html> beside <head> and <body>.
          const host = [...document.documentElement.children].find(
            (e) => e !== document.head && e !== document.body,
          );
          if (host === undefined) return null;
          const style = getComputedStyle(host);
          return {
            border: style.borderTopWidth,
            padding: style.paddingTop,
            background: style.backgroundColor,
          };
        });
      const ticks = (page: Page) =>
        page.evaluate(() => (window as unknown as { ticks: number }).ticks);

      for (const hostile of hostilePages(DEEP_NESTING[name])) {
        it(`keeps ${hostile.name} working${hostile.staticDom ? ', its DOM unchanged' : ''}, and works in the next tab`, async () => {
          const page = await openArticle(`/${hostile.file}`);
          await waitForHighlights(page, hostile.highlights);
          // A huge page's claim is counted, though not painted: once counted, it is done.
          if (hostile.plain) await expect.poll(() => badgeOf(page), { timeout: 20_000 }).toBe('1');
          // Where the claim is drawn nowhere, the extension has had its time to do nothing.
          if (hostile.highlights === 0 && !hostile.plain)
            await new Promise((settle) => setTimeout(settle, 3_000));
          const found = await highlighted(page);
          const shown = hostile.highlights === 0 ? [] : [hostile.text ?? QUOTE];
          expect(found.map((h) => h.text)).toEqual(shown);
          expect(found.map((h) => h.kind)).toEqual(shown.map(() => 'corroborated'));
          // The page's CSS does not reach the extension's host: it shows no box of its own
          // (and where nothing is shown, there is no host).
          expect(await ownHostBox(page)).toEqual(
            shown.length === 0 && !hostile.plain
              ? null
              : { border: '0px', padding: '0px', background: 'rgba(0, 0, 0, 0)' },
          );
          // The page's own script still runs after the extension has done its work.
          const before = await ticks(page);
          await new Promise((settle) => setTimeout(settle, 500));
          expect(await ticks(page)).toBeGreaterThan(before);
          if (hostile.staticDom) {
            const dom = await domAgainstSource(page);
            expect(
              dom.live === dom.pristine,
              'the page DOM outside the extension host changed',
            ).toBe(true);
          }
          await page.close();
          const next = await openArticle('/interview-article.html');
          await waitForHighlights(next, ARTICLE_QUOTES.length);
          await next.close();
        });
      }
    });

    issue19Suite(name, {
      session: () => session,
      server: () => server,
      control: () => control,
      openArticle,
      tabIdOf,
      badgeOf,
      hoverCard,
    });

    contrastSuite(name, { session: () => session, openArticle });

    // Issue 20: a page of each new event shows its claims, and the card names the event and
    // one of the differences its sources show.
    const EVENT_PAGES = [
      {
        file: 'event-hayya-war-ended.html',
        quote: 'the guarantee that the war in Gaza',
        event: 'Khalil al-Hayya announces the ceasefire agreement',
        difference:
          /place of the international summit cited as a guarantee · place\s+some more precise/,
      },
      {
        file: 'event-witkoff-ushakov-call.html',
        quote: 'took place on October 14',
        event: "Witkoff's 14 October call with Yuri Ushakov",
        difference: /date of the Witkoff-Ushakov call · date\s+sources disagree/,
      },
      {
        file: 'event-kremlin-meeting.html',
        quote: 'did not last five minutes but five hours',
        event: 'Witkoff and Kushner meet Vladimir Putin in the Kremlin',
        // An event of two meetings: its first day to its last, once.
        days: /Dec 2, 2025\s*–\s*Jan 22, 2026/,
        difference:
          /length of the 2 December 2025 Kremlin meeting · length of time\s+sources disagree/,
      },
      {
        file: 'event-davos-new-gaza.html',
        quote: 'at least $25 billion',
        event: "Kushner's 'New Gaza' master plan",
        difference: /cost of the New Gaza plan · amount/,
      },
    ];
    for (const { file, quote, event, difference, days } of EVENT_PAGES as {
      file: string;
      quote: string;
      event: string;
      difference: RegExp;
      days?: RegExp;
    }[]) {
      it(`shows the claims of ${file}, and a card naming their event and where sources differ`, async () => {
        const page = await openArticle(`/${file}`);
        await waitForHighlights(page, 1);
        const card = await hoverCard(page, quote, file.replace('.html', '-card'));
        expect(card.text).toContain(`Event: ${event}`);
        if (days !== undefined) {
          const line = card.text.split('\n').find((l) => l.includes('Event:'))!;
          expect(line).toMatch(days);
          // The date once: the title no longer prints it beside the days.
          expect(line.match(/2025/g)).toHaveLength(1);
        }
        expect(card.text).toMatch(difference);
        await page.close();
      });
    }

    it('leaves a page naming nobody untouched, with an empty badge', async () => {
      const page = await openArticle('/no-mentions.html');
      // Let the content script run to the end (document_idle), then look.
      await page.waitForFunction(() => document.readyState === 'complete');
      await new Promise((settle) => setTimeout(settle, 500));
      const dom = await domAgainstSource(page);
      expect(dom.ownHosts).toBe(0);
      expect(dom.live).toBe(dom.pristine);
      expect(await highlightedTexts(page)).toEqual([]);
      expect(await badgeOf(page)).toBe('');
      const popup = await session.openExtensionPage(
        `src/popup/index.html?tab=${await tabIdOf(page)}`,
      );
      expect(await popup.$eval('body', (body) => body.innerText)).toContain(
        'names none of the people Sourcelight follows',
      );
      await popup.close();
      await page.close();
    });
  });
}
