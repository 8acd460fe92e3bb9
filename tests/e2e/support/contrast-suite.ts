/**
 * Issue 23, "readable on every page": on a light and a dark news page, each kind of quote reads
 * at 4.5:1 or more, hovered or not, measured on the pixels the browser paints; and the card
 * is drawn in the page's scheme, its own text at 4.5:1 or more.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserName, ExtensionSession } from '../../../scripts/lib/browsers';
import { readCard, type CardSnapshot } from '../../../scripts/lib/card-probe';
import { highlighted, highlightPoint, waitForHighlights } from '../../../scripts/lib/page-probes';
import { MIN_CONTRAST, contrast, parseColor } from '../../../src/core/contrast';
import { paintedIn, type Painted } from './painted-contrast';

const SCREENSHOTS = resolve('test-results/e2e');

export const CONTRAST_PAGES = [
  { file: 'contrast-light-news.html', scheme: 'light' },
  { file: 'contrast-dark-news.html', scheme: 'dark' },
] as const;

/** Each page's quotes, one of each kind (as on dark-article.html). */
export const CONTRAST_QUOTES = [
  { text: 'two human beings', kind: 'disputed' },
  { text: 'really bad club', kind: 'corroborated' },
  { text: 'nuclear bomb', kind: 'differs' },
] as const;

export interface QuoteFigures {
  readonly kind: string;
  readonly scheme: string;
  readonly still: Painted;
  readonly hovered: Painted;
  readonly card: CardSnapshot;
}

/** Scrolls the quote holding `text` near the top and returns its line boxes. */
async function bringUp(page: Page, text: string) {
  await page.evaluate((y) => window.scrollBy(0, y - 150), (await highlightPoint(page, text)).y);
  return highlightPoint(page, text);
}

/**
 * Each quote of `CONTRAST_QUOTES` measured still and hovered, with its card; screenshots
 * `${shots}-still.png` and `${shots}-<kind>-hovered.png`.
 */
export async function measureQuotes(
  page: Page,
  browser: BrowserName,
  shots: string,
): Promise<QuoteFigures[]> {
  const figures: QuoteFigures[] = [];
  const schemes = new Map((await highlighted(page)).map((h) => [h.text, h.scheme]));
  await page.screenshot({ path: `${SCREENSHOTS}/${shots}-still.png` });
  for (const { text, kind } of CONTRAST_QUOTES) {
    await page.mouse.move(1, 1);
    await expect.poll(() => readCard(page, browser), { timeout: 5_000 }).toBeNull();
    const quote = await bringUp(page, text);
    const still = await paintedIn(page, quote.lines);
    await page.mouse.move(quote.x, quote.y);
    await expect.poll(() => readCard(page, browser), { timeout: 5_000 }).not.toBeNull();
    const hovered = await paintedIn(page, quote.lines);
    await page.screenshot({ path: `${SCREENSHOTS}/${shots}-${kind}-hovered.png` });
    const card = (await readCard(page, browser))!;
    const scheme = [...schemes].find(([quoted]) => quoted.includes(text))?.[1] ?? 'light';
    figures.push({ kind, scheme, still, hovered, card });
  }
  await page.mouse.move(1, 1);
  return figures;
}

/** The card's text colours' contrast with what each is read on. */
const cardContrasts = (card: CardSnapshot) =>
  card.inks.map(({ color, background }) => ({
    ink: `${color} on ${background}`,
    ratio: contrast(parseColor(color)!, parseColor(background)!),
  }));

export interface ContrastContext {
  session(): ExtensionSession;
  openArticle(path: string): Promise<Page>;
}

export function contrastSuite(name: BrowserName, ctx: ContrastContext): void {
  async function chooseStyle(style: 'marker' | 'underline'): Promise<void> {
    const options = await ctx.session().openExtensionPage('src/options/index.html');
    await options.click(`input[name="style"][value="${style}"]`);
    await options.click('button[type="submit"]');
    await options.waitForSelector('.saved');
    await options.close();
  }

  describe('issue 23: readable on every page', () => {
    for (const style of ['marker', 'underline'] as const)
      it(`keeps every kind at 4.5:1, hovered or not, on a light and a dark page (${style}), the card as the page`, async () => {
        if (style !== 'marker') await chooseStyle(style);
        try {
          const report: Record<string, unknown> = {};
          for (const { file, scheme } of CONTRAST_PAGES) {
            const page = await ctx.openArticle(`/${file}`);
            await waitForHighlights(page, 3);
            const figures = await measureQuotes(page, name, `${name}-contrast-${style}-${scheme}`);
            await page.close();
            report[file] = figures.map(({ card, ...quote }) => ({
              ...quote,
              card: { scheme: card.scheme, inks: cardContrasts(card) },
            }));
            for (const quote of figures) {
              const where = `${quote.kind} on ${file}`;
              expect(quote.scheme, where).toBe(scheme);
              expect(quote.still.ratio, where).toBeGreaterThanOrEqual(MIN_CONTRAST);
              expect(quote.hovered.ratio, `${where}, hovered`).toBeGreaterThanOrEqual(MIN_CONTRAST);
              expect(quote.card.scheme, `the card of ${where}`).toBe(scheme);
              for (const { ink, ratio } of cardContrasts(quote.card))
                expect(ratio, `the card of ${where}: ${ink}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
            }
          }
          writeFileSync(
            `${SCREENSHOTS}/${name}-contrast-${style}.json`,
            JSON.stringify(report, null, 2),
          );
        } finally {
          if (style !== 'marker') await chooseStyle('marker');
        }
      });
  });
}
