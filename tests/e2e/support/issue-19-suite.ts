/**
 * Issue 19: no page can make Sourcelight say what it did not find. Each test names the finding
 * it holds, and asks the page the way a hostile page would. The attacking pages that still
 * show their one claim run in the hostile-page loop of extension-suite.ts as well.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import {
  launchWithExtension,
  type BrowserName,
  type ExtensionSession,
} from '../../../scripts/lib/browsers';
import { readCard, type CardSnapshot } from '../../../scripts/lib/card-probe';
import { highlighted, highlightPoint, waitForHighlights } from '../../../scripts/lib/page-probes';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { INSERTED_WORDS, ISSUE_19_PAGES, QUOTE } from './hostile-pages';

const SCREENSHOTS = resolve('test-results/e2e');

export interface SuiteContext {
  session(): ExtensionSession;
  server(): StaticServer;
  /** An extension page kept open to ask the extension APIs questions. */
  control(): Page;
  openArticle(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badgeOf(page: Page): Promise<string>;
  hoverCard(page: Page, text: string, screenshot: string): Promise<CardSnapshot>;
}

/** Every file of the built extension, as paths inside it. */
function builtFiles(name: BrowserName): string[] {
  const root = resolve(name === 'chromium' ? 'dist/chrome' : 'dist/firefox');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
    });
  return walk(root);
}

/** The extension APIs the control page calls (module-scoped: src/ never sees it). */
declare const chrome: {
  storage: { session: { set(items: object): Promise<void> } };
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

export function issue19Suite(name: BrowserName, ctx: SuiteContext): void {
  it('the card can be taken over: a page that defines the old host tag reaches no card', async () => {
    const page = await ctx.openArticle(`/hostile-custom-element.html`);
    await waitForHighlights(page, 1);
    const card = await ctx.hoverCard(page, 'really bad club', 'issue-19-custom-element-card');
    expect(card.text).toMatch(/Said by\s+Steve Witkoff/);
    // Give the page's thief a few of its turns.
    await new Promise((settle) => setTimeout(settle, 300));
    const after = (await readCard(page, name))!;
    expect(after.text).not.toContain('VERIFIED TRUE');
    expect(await page.evaluate(() => (window as { stolen?: boolean }).stolen ?? false)).toBe(false);
    await page.close();
  });

  it('the card can be taken over: highlights and the card survive a pre-empted host tag', async () => {
    for (const file of ['hostile-preempted-shadow.html', 'hostile-disabled-shadow.html']) {
      const page = await ctx.openArticle(`/${file}`);
      await waitForHighlights(page, 1);
      await expect.poll(() => ctx.badgeOf(page), { timeout: 5_000 }).toBe('1');
      const card = await ctx.hoverCard(page, 'really bad club', `issue-19-${file}`);
      expect(card.text).toContain('really bad club');
      await page.close();
    }
  });

  it('the page can tell the extension is installed: nothing of it is observable on a page naming nobody', async () => {
    const page = await ctx.openArticle('/no-mentions.html');
    await page.waitForFunction(() => document.readyState === 'complete');
    await new Promise((settle) => setTimeout(settle, 500));
    const seen = await page.evaluate(() => {
      const p = document.querySelector('p')!;
      const styleOf = (name: string) => {
        const style = getComputedStyle(p, `::highlight(${name})`);
        return `${style.backgroundColor} ${style.textDecorationLine} ${style.color}`;
      };
      return {
        highlights: CSS.highlights.size,
        adopted: document.adoptedStyleSheets.length,
        styledAsOldName: styleOf('sourcelight-corroborated') !== styleOf('no-such-highlight'),
        extraChildren: document.documentElement.children.length - 2,
      };
    });
    expect(seen).toEqual({ highlights: 0, adopted: 0, styledAsOldName: false, extraChildren: 0 });
    // No file of the extension answers a page's fetch: none is web-accessible.
    const origin = ctx.session().extensionOrigin;
    const answered = await page.evaluate(
      async (urls) => {
        const ok: string[] = [];
        for (const url of urls) {
          try {
            await fetch(url);
            ok.push(url);
          } catch {
            // Refused: as it should be.
          }
        }
        return ok;
      },
      builtFiles(name).map((file) => origin + file),
    );
    expect(answered).toEqual([]);
    await page.close();
  });

  it("the page can tell the extension is installed: a page's highlights under the old names get no verdict colours", async () => {
    const page = await ctx.openArticle(`/${ISSUE_19_PAGES.borrowedNames.file}`);
    await waitForHighlights(page, 1);
    expect((await highlighted(page)).map((h) => h.text)).toEqual([QUOTE]);
    const painted = await page.evaluate(() => {
      const fake = document.getElementById('fake')!;
      return ['corroborated', 'disputed', 'differs'].map(
        (kind) => getComputedStyle(fake, `::highlight(sourcelight-${kind})`).backgroundColor,
      );
    });
    expect(painted).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-issue-19-borrowed-names.png` });
    await page.close();
  });

  it("untrusted events drive the UI: a page's own pointer moves and Alt+Shift+S open nothing", async () => {
    const page = await ctx.openArticle(`/${ISSUE_19_PAGES.untrustedEvents.file}`);
    await waitForHighlights(page, 1);
    await page.waitForFunction(() => (window as { dispatched?: number }).dispatched! > 20);
    expect(await readCard(page, name)).toBeNull();
    expect(
      await page.evaluate(() => ({ y: window.scrollY, focus: document.activeElement?.id })),
    ).toEqual({ y: 0, focus: 'focus-me' });
    await page.close();
  });

  it('page text speaks in the card: words a page inserts into a quote are shown as its own, quoted', async () => {
    const page = await ctx.openArticle(`/${ISSUE_19_PAGES.insertedWords.file}`);
    await waitForHighlights(page, 1);
    const card = await ctx.hoverCard(page, 'really bad club', 'issue-19-inserted-words');
    expect(card.text).toMatch(
      new RegExp(`Words this page adds to the quote:\\s*“${INSERTED_WORDS}[,.]?”`),
    );
    expect(card.text.split(INSERTED_WORDS)).toHaveLength(2);
    await page.close();
  });

  it('claims the reader cannot see are listed: hidden quotes are neither highlighted nor counted', async () => {
    const page = await ctx.openArticle('/hostile-hidden-quotes.html');
    await waitForHighlights(page, 1);
    await new Promise((settle) => setTimeout(settle, 300));
    expect((await highlighted(page)).map((h) => h.text)).toEqual([QUOTE]);
    const popup = await ctx
      .session()
      .openExtensionPage(`src/popup/index.html?tab=${await ctx.tabIdOf(page)}`);
    await popup.$$eval('details', (all) =>
      all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    // One printing of the claim is seen, not eight.
    expect(await popup.$eval('body', (body) => body.innerText)).toContain('printed here: 1×');
    await popup.close();
    // The reader opens the <details>: the quote it holds is shown now.
    await page.click('summary');
    await expect.poll(async () => (await highlighted(page)).length, { timeout: 5_000 }).toBe(2);
    await page.close();
  });

  it('the overlay stops the card: a transparent layer over the page does not keep the card closed', async () => {
    const page = await ctx.openArticle('/hostile-overlay.html');
    await waitForHighlights(page, 1);
    const quote = await highlightPoint(page, 'really bad club');
    await page.mouse.move(quote.x, quote.y);
    await expect.poll(() => readCard(page, name), { timeout: 5_000 }).not.toBeNull();
    await page.close();
  });

  it('background trusts what it is told: a stored report naming what the dataset lacks is not shown', async () => {
    const page = await ctx.openArticle('/names-only.html');
    const tabId = await ctx.tabIdOf(page);
    const popupText = async () => {
      const popup = await ctx.session().openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const text = await popup.$eval('body', (body) => body.innerText);
      await popup.close();
      return text;
    };
    // The page has reported: what is stored next is not overwritten by it.
    await expect.poll(popupText, { timeout: 10_000 }).toContain('This page names Steve Witkoff');
    await ctx.control().evaluate(
      (id) =>
        chrome.storage.session.set({
          [`tab:${id}`]: {
            claims: [{ claimId: 'verified-true-by-sourcelight', occurrences: 1 }],
            people: ['mallory'],
          },
        }),
      tabId,
    );
    const text = await popupText();
    expect(text).not.toContain('mallory');
    expect(text).not.toContain('verified-true');
    await page.close();
  });

  it('lifecycle: a page rewritten with document.open() and write() is read again', async () => {
    const page = await ctx.openArticle(`/${ISSUE_19_PAGES.documentWrite.file}`);
    await waitForHighlights(page, 1);
    expect((await highlighted(page)).map((h) => h.text)).toEqual([QUOTE]);
    await expect.poll(() => ctx.badgeOf(page), { timeout: 5_000 }).toBe('1');
    await page.close();
  });

  it('lifecycle: a page that puts a new <html> in place of its own is read again', async () => {
    const page = await ctx.openArticle(`/${ISSUE_19_PAGES.replacedRoot.file}`);
    await waitForHighlights(page, 1);
    expect((await highlighted(page)).map((h) => h.text)).toEqual([QUOTE]);
    await page.close();
  });

  it('lifecycle: back from the back/forward cache, the badge and popup count the claims again', async () => {
    const page = await ctx.openArticle(`/${ISSUE_19_PAGES.bfcacheArticle.file}`);
    await waitForHighlights(page, 1);
    await expect.poll(() => ctx.badgeOf(page), { timeout: 5_000 }).toBe('1');
    await Promise.all([page.waitForNavigation(), page.click('#away')]);
    await expect.poll(() => ctx.badgeOf(page), { timeout: 5_000 }).toBe('');
    // Not page.goBack(): Firefox's BiDi waits for a load that a page restored from the cache never fires.
    await page.evaluate(() => history.back());
    // The browser restored the page from its cache: no load, no new content script.
    await page.waitForFunction(() => (window as { restored?: number }).restored === 1);
    expect((await highlighted(page)).map((h) => h.text)).toEqual([QUOTE]);
    await expect.poll(() => ctx.badgeOf(page), { timeout: 5_000 }).toBe('1');
    const popup = await ctx
      .session()
      .openExtensionPage(`src/popup/index.html?tab=${await ctx.tabIdOf(page)}`);
    expect(
      await popup.$$eval('[data-claim-id]', (items) =>
        items.map((item) => item.getAttribute('data-claim-id')),
      ),
    ).toEqual(['witkoff-bad-club']);
    await popup.close();
    await page.close();
  });

  it('lifecycle: a page prerendered before it is shown is counted once it is', async () => {
    const page = await ctx.openArticle(`/${ISSUE_19_PAGES.prerenderStart.file}`);
    // Time for the browser to prerender the next page (Chromium; Firefox loads it on the click).
    await new Promise((settle) => setTimeout(settle, 2_000));
    // Not waitForNavigation: activating a prerendered page swaps the frame it would watch.
    await page.click('#next');
    await expect
      .poll(() => page.evaluate(() => location.pathname).catch(() => ''), { timeout: 10_000 })
      .toBe(`/${ISSUE_19_PAGES.prerenderedArticle.file}`);
    await waitForHighlights(page, 1);
    if (name === 'chromium')
      expect(
        await page.evaluate(() => (window as { wasPrerendered?: boolean }).wasPrerendered),
      ).toBe(true);
    await expect.poll(() => ctx.badgeOf(page), { timeout: 5_000 }).toBe('1');
    await page.close();
  });

  it('lifecycle: disabled, the extension takes its highlights and card away and reads no more; enabled again, it shows and counts the page once', async () => {
    // A browser of its own: taking the extension away would close the suite's extension pages.
    const own = await launchWithExtension(name);
    try {
      const page = await own.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(ctx.server().url(`/${ISSUE_19_PAGES.bfcacheArticle.file}`));
      await waitForHighlights(page, 1);
      const quote = await highlightPoint(page, 'really bad club');
      await page.mouse.move(quote.x, quote.y);
      await expect.poll(() => readCard(page, name), { timeout: 5_000 }).not.toBeNull();

      await own.uninstall();
      // It reads no more: a quote the page adds now stays unmarked.
      await page.evaluate((quote) => {
        const p = document.createElement('p');
        p.textContent = `“${quote},” Witkoff said again.`;
        document.body.append(p);
      }, QUOTE);
      if (name === 'chromium') {
        // The orphaned script sees its runtime gone, and takes everything away.
        await expect.poll(async () => (await highlighted(page)).length, { timeout: 5_000 }).toBe(0);
        await expect.poll(() => ownHosts(page), { timeout: 5_000 }).toBe(0);
        await new Promise((settle) => setTimeout(settle, 2_000));
        expect(await highlighted(page)).toEqual([]);
      } else {
        // Firefox stops the script without notice, and leaves what it drew (docs/): the open
        // card, no longer held open, hides itself; the highlights stay until the page reloads.
        await expect
          .poll(async () => (await readCard(page, name))?.visible, { timeout: 5_000 })
          .toBe(false);
        await new Promise((settle) => setTimeout(settle, 2_000));
        expect(await highlighted(page)).toHaveLength(1);
      }

      await own.reinstall();
      // Firefox runs the content script in the open tab again, which takes away what the last
      // run left; Chromium runs it from the next load on.
      if (name === 'chromium') await page.reload();
      const expected = name === 'chromium' ? [QUOTE] : [QUOTE, QUOTE];
      await waitForHighlights(page, expected.length);
      await new Promise((settle) => setTimeout(settle, 1_000));
      expect((await highlighted(page)).map((h) => h.text)).toEqual(expected);
      expect(await ownHosts(page)).toBeLessThanOrEqual(1);
      const control = await own.openExtensionPage('src/popup/index.html');
      await page.bringToFront();
      const tabId = await control.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      await expect
        .poll(() => control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), {
          timeout: 5_000,
        })
        .toBe('1');
      await page.close();
    } finally {
      await own.close();
    }
  });

  it('cost on long live blogs: 600 quotes are painted near the screen, as it scrolls, and an entry added is painted', async () => {
    const page = await ctx.openArticle('/long-live-blog.html');
    await waitForHighlights(page, 1);
    await expect.poll(() => ctx.badgeOf(page), { timeout: 10_000 }).toBe('4');
    const height = await page.evaluate(() => innerHeight);
    /** The painted quotes' first lines, from the top of the viewport. */
    const tops = async () => (await highlighted(page)).map((h) => h.lines[0]!.top);
    const near = (top: number) => top > -2 * height - 200 && top < 3 * height + 200;
    const atTop = await tops();
    // Two screens' worth either side at most: not the 600 the page holds.
    expect(atTop.length).toBeGreaterThan(4);
    expect(atTop.length).toBeLessThan(150);
    expect(atTop.every(near)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // The quotes at the end are painted as they come near, those at the top taken off.
    await expect
      .poll(async () => (await tops()).some((top) => top > 0 && top < height), { timeout: 5_000 })
      .toBe(true);
    expect((await tops()).every(near)).toBe(true);
    const before = (await highlighted(page)).length;
    await page.evaluate(() => (window as unknown as { addEntry(): void }).addEntry());
    await waitForHighlights(page, before + 1);
    const last = (await highlighted(page)).at(-1)!;
    expect(last.text).toContain('members of a really bad club');
    expect(await page.$eval('#entry-600', (e) => e.getBoundingClientRect().top)).toBeLessThan(
      last.lines[0]!.top + 1,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-issue-19-long-live-blog.png` });
    await page.close();
  });
}

/** Elements the extension added to <html> beside <head> and <body>: its card's host. */
const ownHosts = (page: Page) =>
  page.evaluate(
    () =>
      [...document.documentElement.children].filter(
        (e) => e !== document.head && e !== document.body,
      ).length,
  );
