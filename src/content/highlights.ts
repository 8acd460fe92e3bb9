/**
 * Paints matches with the CSS Custom Highlight API: the page's DOM is never touched.
 * The styles are in highlight.css, which the manifest injects with the content script:
 * one highlight per kind (corroborated, sources disagree, this page differs) and painting
 * (marker, underline, plain), and one for the quote whose card is open.
 */
import type { HighlightKind } from '../core/page-compare';
import type { HighlightStyle } from '../core/settings';

const KINDS: readonly HighlightKind[] = ['corroborated', 'disputed', 'differs'];
const ACTIVE = 'sourcelight-active';

/** How claims are painted: in the reader's style, or `plain` on a huge page. */
export type Painting = HighlightStyle | 'plain';

/**
 * Pages with more text than this are painted `plain`: backgrounds, no underline. While a
 * highlight draws a text decoration, Chromium recomputes the overflow of the boxes along the
 * highlighted text's ancestors at every change to the DOM, the page's own or ours (a card
 * shown). On a page of 100,000 paragraphs (19 million characters) that added 45–85 ms to each
 * such frame; a news article has under 100,000 characters.
 */
export const PLAIN_ABOVE_CHARACTERS = 1_000_000;

export const paintingFor = (style: HighlightStyle, textLength: number): Painting =>
  textLength > PLAIN_ABOVE_CHARACTERS ? 'plain' : style;

export const highlightName = (kind: HighlightKind, painting: Painting) =>
  `sourcelight-${kind}${painting === 'marker' ? '' : `-${painting}`}`;

const PAINTINGS: readonly Painting[] = ['marker', 'underline', 'plain'];

/** The claim highlights' names, every kind in every painting (the tests look them up by name). */
export const CLAIM_HIGHLIGHT_NAMES: readonly string[] = KINDS.flatMap((kind) =>
  PAINTINGS.map((painting) => highlightName(kind, painting)),
);

/** Every name this module paints with: Firefox's content scripts cannot iterate the registry. */
const NAMES = [ACTIVE, ...CLAIM_HIGHLIGHT_NAMES];

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintClaims(
  targets: readonly { range: Range; kind: HighlightKind }[],
  painting: Painting,
): void {
  if (!highlightsSupported()) return;
  clearHighlights();
  for (const kind of KINDS) {
    const ranges = targets.filter((t) => t.kind === kind).map((t) => t.range);
    if (ranges.length > 0)
      CSS.highlights.set(highlightName(kind, painting), new Highlight(...ranges));
  }
}

export function paintActive(range: Range | null): void {
  if (!highlightsSupported()) return;
  if (range === null) CSS.highlights.delete(ACTIVE);
  else CSS.highlights.set(ACTIVE, new Highlight(range));
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of NAMES) CSS.highlights.delete(name);
}
