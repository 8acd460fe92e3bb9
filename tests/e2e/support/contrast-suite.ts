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

export interface ContrastQuote {
  readonly text: string;
  readonly kind: string;
  /** The palette it is painted in, and its card drawn in. */
  readonly scheme: 'light' | 'dark';
}

/** One quote of each kind (as on dark-article.html), on a page of `scheme`. */
const eachKind = (scheme: 'light' | 'dark'): ContrastQuote[] => [
  { text: 'two human beings', kind: 'disputed', scheme },
  { text: 'really bad club', kind: 'corroborated', scheme },
  { text: 'nuclear bomb', kind: 'differs', scheme },
];

export const CONTRAST_PAGES: readonly { file: string; quotes: readonly ContrastQuote[] }[] = [
  { file: 'contrast-light-news.html', quotes: eachKind('light') },
  {
    file: 'contrast-dark-news.html',
    // Its fact box is left light: the quote there is painted light, and its card drawn light.
    quotes: [
      ...eachKind('dark'),
      { text: 'very, very comfortable', kind: 'corroborated', scheme: 'light' },
    ],
  },
];

/** A quote as painted: its highlight's kind and palette, and the contrast measured. */
export interface QuoteFigures {
  readonly text: string;
  readonly kind: string;
  readonly scheme: 'light' | 'dark';
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
 * Each of `quotes` measured still and hovered, with its card; screenshots `${shots}-still.png`
 * and, hovered, `${shots}-<the quote's words>.png`.
 */
export async function measureQuotes(
  page: Page,
  browser: BrowserName,
  shots: string,
  quotes: readonly ContrastQuote[],
): Promise<QuoteFigures[]> {
  const figures: QuoteFigures[] = [];
  const found = await highlighted(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${shots}-still.png` });
  for (const { text } of quotes) {
    await page.mouse.move(1, 1);
    await expect.poll(() => readCard(page, browser), { timeout: 5_000 }).toBeNull();
    const quote = await bringUp(page, text);
    const still = await paintedIn(page, quote.lines);
    await page.mouse.move(quote.x, quote.y);
    await expect.poll(() => readCard(page, browser), { timeout: 5_000 }).not.toBeNull();
    const hovered = await paintedIn(page, quote.lines);
    await page.screenshot({ path: `${SCREENSHOTS}/${shots}-${text.replace(/\W+/g, '-')}.png` });
    const card = (await readCard(page, browser))!;
    const { kind, scheme } = found.find((h) => h.text.includes(text))!;
    figures.push({ text, kind, scheme, still, hovered, card });
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
    it('repaints a page switched to its own dark mode after it was painted, and draws the card dark', async () => {
      const [light] = CONTRAST_PAGES;
      const page = await ctx.openArticle(`/${light!.file}`);
      await waitForHighlights(page, light!.quotes.length);
      const schemes = async () => (await highlighted(page)).map((h) => h.scheme);
      expect(await schemes()).toEqual(['light', 'light', 'light']);
      await page.click('#night');
      await expect.poll(schemes, { timeout: 5_000 }).toEqual(['dark', 'dark', 'dark']);
      const quotes = light!.quotes.map((quote) => ({ ...quote, scheme: 'dark' as const }));
      const shots = `${name}-${light!.file.replace('.html', '')}-switched-dark`;
      for (const quote of await measureQuotes(page, name, shots, quotes)) {
        expect(quote.still.ratio, quote.text).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(quote.hovered.ratio, `${quote.text}, hovered`).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(quote.card.scheme, `the card of ${quote.text}`).toBe('dark');
      }
      await page.close();
    });

    for (const style of ['marker', 'underline'] as const)
      it(`keeps every kind at 4.5:1, hovered or not, on a light and a dark page (${style}), the card as the page`, async () => {
        if (style !== 'marker') await chooseStyle(style);
        try {
          const report: Record<string, unknown> = {};
          for (const { file, quotes } of CONTRAST_PAGES) {
            const page = await ctx.openArticle(`/${file}`);
            await waitForHighlights(page, quotes.length);
            const shots = `${name}-${file.replace('.html', '')}-${style}`;
            const figures = await measureQuotes(page, name, shots, quotes);
            await page.close();
            report[file] = figures.map(({ card, ...quote }) => ({
              ...quote,
              card: { scheme: card.scheme, inks: cardContrasts(card) },
            }));
            for (const [k, quote] of figures.entries()) {
              const { kind, scheme } = quotes[k]!;
              const where = `${quote.text} (${kind}) on ${file}`;
              expect(quote.kind, where).toBe(style === 'marker' ? kind : `${kind}-${style}`);
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
