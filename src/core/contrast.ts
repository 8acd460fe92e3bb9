/**
 * Colours as a browser computes them, and the contrast between them (WCAG 2.x): enough to tell
 * whether the text a quote starts in is read on a light or a dark background, and which of the
 * highlights' two palettes keeps it readable there (palette.ts, issue 23).
 */

/** sRGB channels 0–255, alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** Which palette a quote is painted with (palette.ts), and the card drawn in. */
export type Scheme = 'light' | 'dark';

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

/** WCAG AA for body text. */
export const MIN_CONTRAST = 4.5;

/**
 * A computed colour (`rgb(…)`, `rgba(…)`, with commas or spaces, or `transparent`); null for any
 * other form (a colour function the browser keeps as written), which callers take as unknown.
 */
export function parseColor(css: string): Rgba | null {
  if (css === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const match =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(
      css.trim(),
    );
  if (match === null) return null;
  const [, r, g, b, alpha, percent] = match;
  const a = alpha === undefined ? 1 : Number(alpha) / (percent === '%' ? 100 : 1);
  return { r: Number(r), g: Number(g), b: Number(b), a };
}

/** `rgba(…)` as CSS writes it. */
export const cssColor = ({ r, g, b, a }: Rgba) => `rgba(${r}, ${g}, ${b}, ${a})`;

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG's relative luminance of an opaque colour: 0 for black, 1 for white. */
export const luminance = ({ r, g, b }: Rgba) =>
  0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG's contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `top` painted over `under` (source-over, in sRGB as browsers blend). */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top.a + under.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, u: number) => (t * top.a + u * under.a * (1 - top.a)) / a;
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a };
}

/**
 * The luminance at which black and white text contrast equally with a background (√21:1 each,
 * ≈ 4.58): below it white reads better, above it black.
 */
export const MIDDLE_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

/**
 * The colour behind text, from the background layers of its element outwards (each `null`
 * where it cannot be known: an image or gradient), composited until one is opaque. Null where
 * none is: the page's canvas shows through, or an image.
 */
export function backdropOf(layers: readonly (Rgba | null)[]): Rgba | null {
  let seen: Rgba = { r: 0, g: 0, b: 0, a: 0 };
  for (const layer of layers) {
    if (layer === null) return null;
    seen = over(seen, layer);
    if (seen.a >= 1) return seen;
  }
  return null;
}
