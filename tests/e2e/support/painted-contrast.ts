/**
 * Reads the colours a highlight is painted in from a screenshot, as a reader sees them
 * (issue 23): in each line box of a quote, the background is the commonest colour, and the
 * text's is the one that stands out from it most (a glyph's stems are drawn solid; its edges
 * blend). The lower part of each line is left out, where the underline runs.
 */
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import type { Box } from '../../../scripts/lib/page-probes';
import { contrast, type Rgba } from '../../../src/core/contrast';

export interface Painted {
  readonly background: Rgba;
  readonly text: Rgba;
  /** Their contrast ratio: the worst of the quote's lines. */
  readonly ratio: number;
}

/** How much of a line box, from its top, is read: above the underline. */
const ABOVE_UNDERLINE = 0.7;
/** Pixels a colour needs to count as the text's: a glyph's stem, not a stray edge. */
const STEM_PIXELS = 4;

export async function paintedIn(page: Page, lines: readonly Box[]): Promise<Painted> {
  const shot = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' })));
  const scale = shot.width / (page.viewport()?.width ?? shot.width);
  const measured = lines
    .filter((line) => line.right - line.left >= 8)
    .map((line) => colours(shot, scaled(line, scale)));
  if (measured.length === 0) throw new Error('no line of the quote is wide enough to read');
  return measured.reduce((worst, line) => (line.ratio < worst.ratio ? line : worst));
}

function scaled(line: Box, scale: number): Box {
  return {
    left: Math.ceil(line.left * scale) + 1,
    right: Math.floor(line.right * scale) - 1,
    top: Math.ceil(line.top * scale) + 1,
    bottom: Math.floor((line.top + (line.bottom - line.top) * ABOVE_UNDERLINE) * scale),
  };
}

function colours(shot: PNG, box: Box): Painted {
  const counts = new Map<number, number>();
  for (let y = Math.max(box.top, 0); y < Math.min(box.bottom, shot.height); y++)
    for (let x = Math.max(box.left, 0); x < Math.min(box.right, shot.width); x++) {
      const i = (y * shot.width + x) * 4;
      const key = (shot.data[i]! << 16) | (shot.data[i + 1]! << 8) | shot.data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const entries = [...counts];
  const [commonest] = entries.reduce((most, entry) => (entry[1] > most[1] ? entry : most));
  const background = rgb(commonest);
  let text = background;
  for (const [key, count] of entries)
    if (count >= STEM_PIXELS && contrast(rgb(key), background) > contrast(text, background))
      text = rgb(key);
  return { background, text, ratio: contrast(text, background) };
}

const rgb = (key: number): Rgba => ({ r: key >> 16, g: (key >> 8) & 255, b: key & 255, a: 1 });
