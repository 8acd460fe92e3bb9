/** Questions the e2e tests and `npm start` ask a page: highlights, the DOM, the point to hover. */
import type { Page } from 'puppeteer-core';

const HIGHLIGHT = 'sourcelight-claim';

/** The text of every highlighted range, white space collapsed, in page order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (highlight === undefined) return [];
    return [...highlight]
      .map((range) => range as Range)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => range.toString().replace(/\s+/g, ' ').trim());
  }, HIGHLIGHT);
}

export async function waitForHighlights(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (name, n) => (CSS.highlights.get(name)?.size ?? 0) >= n,
    { timeout: 15_000 },
    HIGHLIGHT,
    count,
  );
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The centre of the first line of the highlighted range whose text includes `text`, and the boxes of all its lines. */
export async function highlightPoint(
  page: Page,
  text: string,
): Promise<{ x: number; y: number; lines: Box[] }> {
  const found = await page.evaluate(
    (name, wanted) => {
      for (const range of CSS.highlights.get(name) ?? []) {
        if (!(range as Range).toString().replace(/\s+/g, ' ').includes(wanted)) continue;
        const rects = [...(range as Range).getClientRects()];
        const rect = rects[0];
        if (rect === undefined) return null;
        const lines = rects.map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, lines };
      }
      return null;
    },
    HIGHLIGHT,
    text,
  );
  if (found === null) throw new Error(`no highlighted range contains "${text}"`);
  return found;
}

/**
 * The page's DOM as serialized now, with the extension's own host element taken out,
 * next to the same HTML freshly parsed by the same browser: equal when the extension
 * changed nothing of the page.
 */
export async function domAgainstSource(
  page: Page,
): Promise<{ live: string; pristine: string; ownHosts: number }> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const pristine = new DOMParser().parseFromString(source, 'text/html').documentElement;
    const live = document.documentElement.cloneNode(true) as HTMLElement;
    const ownHosts = live.querySelectorAll('[data-sourcelight]');
    ownHosts.forEach((host) => host.remove());
    const serializer = new XMLSerializer();
    return {
      live: serializer.serializeToString(live),
      pristine: serializer.serializeToString(pristine),
      ownHosts: ownHosts.length,
    };
  });
}
