/**
 * The highlights' two palettes, and which one a quote is painted with (issue 23): the one whose
 * text reads best on the quote's background, hovered or not. Light pages get translucent marks
 * and black text; dark pages deep marks, white text and bright underlines.
 *
 * Each palette sets the text's colour: the page's own may read too faintly on a mark (grey
 * text, or light text under a light mark), and black or white is the only ink that reads at
 * 4.5:1 on every background of its side (a background at `MIDDLE_LUMINANCE` gives each √21:1).
 */
import {
  BLACK,
  WHITE,
  contrast,
  luminance,
  MIDDLE_LUMINANCE,
  over,
  type Rgba,
  type Scheme,
} from './contrast';
import type { HighlightKind } from './page-compare';

export interface Palette {
  /** The text's colour in every highlight. */
  readonly ink: Rgba;
  /** Each kind's background (marker and plain paintings) and underline colour. */
  readonly marks: Readonly<Record<HighlightKind, { readonly mark: Rgba; readonly line: Rgba }>>;
  /** The background of the quote whose card is open, over its kind's. */
  readonly active: Rgba;
}

const rgba = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });

export const PALETTES: Readonly<Record<Scheme, Palette>> = {
  light: {
    ink: BLACK,
    marks: {
      corroborated: { mark: rgba(250, 196, 45, 0.42), line: rgba(196, 140, 0) },
      disputed: { mark: rgba(255, 140, 40, 0.38), line: rgba(214, 90, 0) },
      differs: { mark: rgba(236, 72, 153, 0.3), line: rgba(200, 30, 120) },
    },
    active: rgba(250, 180, 10, 0.85),
  },
  dark: {
    ink: WHITE,
    marks: {
      corroborated: { mark: rgba(150, 105, 0, 0.55), line: rgba(250, 196, 45) },
      disputed: { mark: rgba(170, 70, 0, 0.5), line: rgba(255, 150, 60) },
      differs: { mark: rgba(160, 30, 100, 0.5), line: rgba(244, 114, 182) },
    },
    active: rgba(150, 95, 0, 0.9),
  },
};

/**
 * The contrast of a quote's text with what is painted behind it: its kind's mark (where
 * `marked`: not in the underline painting) over the page's `backdrop`, and the active mark over
 * that when `hovered`.
 */
export function paintedContrast(
  scheme: Scheme,
  kind: HighlightKind,
  marked: boolean,
  backdrop: Rgba,
  hovered: boolean,
): number {
  const palette = PALETTES[scheme];
  const behind = marked ? over(palette.marks[kind].mark, backdrop) : backdrop;
  return contrast(palette.ink, hovered ? over(palette.active, behind) : behind);
}

/**
 * Whether text is read as on a light or a dark page: by the colour behind it where it is known;
 * else by the text's own colour, which its author chose to be read against that background (a
 * page that only declares `color-scheme: dark` has light text on a canvas no style reports).
 * Nothing known: light, the web's default. The card follows it.
 */
export function pageScheme(text: Rgba | null, backdrop: Rgba | null): Scheme {
  if (backdrop !== null) return luminance(backdrop) < MIDDLE_LUMINANCE ? 'dark' : 'light';
  if (text !== null && text.a > 0) return luminance(text) > MIDDLE_LUMINANCE ? 'dark' : 'light';
  return 'light';
}

/**
 * The palette a quote of `kind` is painted with: where its background is known, the one whose
 * worst contrast, hovered or not, is the higher (on a mid-toned background a tinted mark can
 * darken what `pageScheme` calls light); else the page's.
 */
export function paletteFor(
  kind: HighlightKind,
  marked: boolean,
  text: Rgba | null,
  backdrop: Rgba | null,
): Scheme {
  if (backdrop === null) return pageScheme(text, null);
  const worst = (scheme: Scheme) =>
    Math.min(
      paintedContrast(scheme, kind, marked, backdrop, false),
      paintedContrast(scheme, kind, marked, backdrop, true),
    );
  return worst('dark') > worst('light') ? 'dark' : 'light';
}
