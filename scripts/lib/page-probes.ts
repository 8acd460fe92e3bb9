/** Questions the e2e tests and `npm start` ask a page: highlights, the DOM, the point to hover. */
import type { Page } from 'puppeteer-core';
import {
  CLAIM_HIGHLIGHT_SUFFIXES,
  DARK_SUFFIX,
  DRAWN_NAME,
} from '../../src/content/highlight-names';

/** A highlighted claim as the page holds it: its text (white space collapsed), kind and line boxes. */
export interface Highlighted {
  readonly text: string;
  /** `corroborated`, `disputed` or `differs`, and `-underline` in the underline style or `-plain` on a huge page. */
  readonly kind: string;
  /** The palette it is painted in. */
  readonly scheme: 'light' | 'dark';
  readonly lines: readonly Box[];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every claim highlight on the page, in page order (runs in the page). The extension's names
 * are drawn at random per page (src/content/highlight-names.ts: `sl-` and 16 hex digits); a page
 * finds them as this does, by listing the registry once something is painted, and tells the
 * kind and palette by the name's end.
 */
export async function highlighted(page: Page): Promise<Highlighted[]> {
  return page.evaluate(
    (suffixes, drawnName, dark) => {
      const drawn = new RegExp(drawnName);
      const all: { range: Range; kind: string; scheme: 'light' | 'dark' }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        const scheme = name.endsWith(dark) ? 'dark' : 'light';
        const bare = scheme === 'dark' ? name.slice(0, -dark.length) : name;
        const kind = suffixes.find((suffix) => bare.endsWith(`-${suffix}`));
        if (kind === undefined || !drawn.test(name)) continue;
        for (const range of highlight) all.push({ range: range as Range, kind, scheme });
      }
      return all
        .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
        .map(({ range, kind, scheme }) => ({
          text: range.toString().replace(/\s+/g, ' ').trim(),
          kind,
          scheme,
          lines: [...range.getClientRects()].map(({ left, top, right, bottom }) => ({
            left,
            top,
            right,
            bottom,
          })),
        }));
    },
    CLAIM_HIGHLIGHT_SUFFIXES,
    DRAWN_NAME.source,
    DARK_SUFFIX,
  );
}

/** The text of every highlighted claim, white space collapsed, in page order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return (await highlighted(page)).map((h) => h.text);
}

/**
 * How many claim highlights the page holds: counted only, no text or box read, so asking costs
 * the page next to nothing however many there are (`highlighted` lays out every one).
 */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(
    (suffixes, drawnName, dark) => {
      const drawn = new RegExp(drawnName);
      let count = 0;
      for (const [name, highlight] of CSS.highlights) {
        const bare = name.endsWith(dark) ? name.slice(0, -dark.length) : name;
        if (drawn.test(name) && suffixes.some((suffix) => bare.endsWith(`-${suffix}`)))
          count += highlight.size;
      }
      return count;
    },
    CLAIM_HIGHLIGHT_SUFFIXES,
    DRAWN_NAME.source,
    DARK_SUFFIX,
  );
}

export async function waitForHighlights(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await highlightCount(page)) < count) {
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
 * changed nothing of the page. The host carries no mark (src/content/card-host.tsx): it is
 * the element the extension adds to <html> beside <head> and <body>, where test pages put none.
 */
export async function domAgainstSource(
  page: Page,
): Promise<{ live: string; pristine: string; ownHosts: number }> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const pristine = new DOMParser().parseFromString(source, 'text/html').documentElement;
    const live = document.documentElement.cloneNode(true) as HTMLElement;
    const ownHosts = [...live.children].filter(
      (e) => e.localName !== 'head' && e.localName !== 'body',
    );
    ownHosts.forEach((host) => host.remove());
    const serializer = new XMLSerializer();
    return {
      live: serializer.serializeToString(live),
      pristine: serializer.serializeToString(pristine),
      ownHosts: ownHosts.length,
    };
  });
}
