/** Questions the e2e tests and `npm start` ask a page: highlights, the DOM, the point to hover. */
import type { Page } from 'puppeteer-core';
import { CLAIM_HIGHLIGHT_NAMES } from '../../src/content/highlights';

/** A highlighted claim as the page holds it: its text (white space collapsed), kind and line boxes. */
export interface Highlighted {
  readonly text: string;
  /** `corroborated`, `disputed` or `differs`, and `-underline` in the underline style or `-plain` on a huge page. */
  readonly kind: string;
  readonly lines: readonly Box[];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The claim highlights' names after `sourcelight-`. */
const HIGHLIGHT_KINDS = CLAIM_HIGHLIGHT_NAMES.map((name) => name.slice('sourcelight-'.length));

/** Every claim highlight on the page, in page order (runs in the page). */
export async function highlighted(page: Page): Promise<Highlighted[]> {
  return page.evaluate((kinds) => {
    const all: { range: Range; kind: string }[] = [];
    // By name: Firefox does not let the page iterate highlights a content script registered.
    for (const kind of kinds) {
      for (const range of CSS.highlights.get(`sourcelight-${kind}`) ?? [])
        all.push({ range: range as Range, kind });
    }
    return all
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
      .map(({ range, kind }) => ({
        text: range.toString().replace(/\s+/g, ' ').trim(),
        kind,
        lines: [...range.getClientRects()].map(({ left, top, right, bottom }) => ({
          left,
          top,
          right,
          bottom,
        })),
      }));
  }, HIGHLIGHT_KINDS);
}

/** The text of every highlighted claim, white space collapsed, in page order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return (await highlighted(page)).map((h) => h.text);
}

export async function waitForHighlights(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await highlighted(page)).length < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} highlights after 15 s`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/** The centre of the first line of the highlighted claim whose text includes `text`, and all its lines. */
export async function highlightPoint(
  page: Page,
  text: string,
): Promise<{ x: number; y: number; lines: readonly Box[] }> {
  const found = (await highlighted(page)).find((h) => h.text.includes(text));
  const first = found?.lines[0];
  if (found === undefined || first === undefined)
    throw new Error(`no highlighted range contains "${text}"`);
  return {
    x: (first.left + first.right) / 2,
    y: (first.top + first.bottom) / 2,
    lines: found.lines,
  };
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
