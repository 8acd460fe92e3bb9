/**
 * Issue 23, "readable on every page": whatever the page's background, the palette chosen for a
 * quote keeps its text at 4.5:1 or more on what is painted behind it, for every kind, in every
 * painting, hovered or not.
 */
import { describe, expect, it } from 'vitest';
import { BLACK, MIN_CONTRAST, WHITE, type Rgba } from '../../src/core/contrast';
import type { HighlightKind } from '../../src/core/page-compare';
import { pageScheme, paintedContrast, paletteFor } from '../../src/core/palette';

const KINDS: readonly HighlightKind[] = ['corroborated', 'disputed', 'differs'];
const grey = (v: number): Rgba => ({ r: v, g: v, b: v, a: 1 });
/** Nightline Dispatch's, tests/fixtures/pages/dark-article.html. */
const DARK_PAGE: Rgba = { r: 17, g: 20, b: 23, a: 1 };

/** Every grey, and a grid of colours 15 steps apart in each channel. */
function backgrounds(): Rgba[] {
  const all: Rgba[] = [];
  for (let v = 0; v <= 255; v++) all.push(grey(v));
  for (let r = 0; r <= 255; r += 15)
    for (let g = 0; g <= 255; g += 15)
      for (let b = 0; b <= 255; b += 15) all.push({ r, g, b, a: 1 });
  return all;
}

describe('paletteFor', () => {
  const pages = backgrounds();
  for (const kind of KINDS)
    for (const marked of [true, false])
      for (const hovered of [false, true])
        it(`${kind}, ${marked ? 'marked' : 'underlined'}${hovered ? ', hovered' : ''}: 4.5:1 on any background`, () => {
          let worst = { ratio: Infinity, page: pages[0]! };
          for (const page of pages) {
            const scheme = paletteFor(kind, marked, null, page);
            const ratio = paintedContrast(scheme, kind, marked, page, hovered);
            if (ratio < worst.ratio) worst = { ratio, page };
          }
          expect(worst.ratio, JSON.stringify(worst.page)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        });

  it('paints a white page light and a dark page dark', () => {
    for (const kind of KINDS)
      for (const marked of [true, false]) {
        expect(paletteFor(kind, marked, BLACK, WHITE)).toBe('light');
        expect(paletteFor(kind, marked, grey(0xe4), DARK_PAGE)).toBe('dark');
      }
  });

  it("goes by the page's text where its background is unknown", () => {
    expect(paletteFor('differs', true, grey(0xe4), null)).toBe('dark');
    expect(paletteFor('differs', true, grey(0x1b), null)).toBe('light');
  });

  it('sets the hovered quote apart from its kind on light and dark pages', () => {
    for (const page of [WHITE, DARK_PAGE])
      for (const kind of KINDS) {
        const scheme = pageScheme(null, page);
        const still = paintedContrast(scheme, kind, true, page, false);
        const hovered = paintedContrast(scheme, kind, true, page, true);
        expect(Math.abs(still - hovered), `${kind} on ${scheme}`).toBeGreaterThan(2);
      }
  });
});

describe('pageScheme', () => {
  it('goes by the background where it is known', () => {
    expect(pageScheme(grey(0xe4), DARK_PAGE)).toBe('dark');
    expect(pageScheme(grey(0x1b), WHITE)).toBe('light');
    // Either side of the middle, whatever the text.
    expect(pageScheme(WHITE, grey(0x75))).toBe('dark');
    expect(pageScheme(BLACK, grey(0x77))).toBe('light');
  });

  it('else by the text, which its author made to be read on it; else light', () => {
    expect(pageScheme(grey(0xe4), null)).toBe('dark');
    expect(pageScheme(grey(0x33), null)).toBe('light');
    expect(pageScheme({ ...WHITE, a: 0 }, null)).toBe('light');
    expect(pageScheme(null, null)).toBe('light');
  });
});
