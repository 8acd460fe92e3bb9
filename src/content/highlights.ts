/**
 * Paints matches with the CSS Custom Highlight API: the page's DOM is never touched.
 * The styles are in highlight.css, which the manifest injects with the content script:
 * one highlight per kind (corroborated, sources disagree, this page differs) and style
 * (marker or underline), and one for the quote whose card is open.
 */
import type { HighlightKind } from '../core/page-compare';
import type { HighlightStyle } from '../core/settings';

const KINDS: readonly HighlightKind[] = ['corroborated', 'disputed', 'differs'];
const ACTIVE = 'sourcelight-active';

export const highlightName = (kind: HighlightKind, style: HighlightStyle) =>
  `sourcelight-${kind}${style === 'underline' ? '-underline' : ''}`;

/** Every name this module paints with: Firefox's content scripts cannot iterate the registry. */
const NAMES = [
  ACTIVE,
  ...KINDS.flatMap((kind) => [highlightName(kind, 'marker'), highlightName(kind, 'underline')]),
];

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintClaims(
  targets: readonly { range: Range; kind: HighlightKind }[],
  style: HighlightStyle,
): void {
  if (!highlightsSupported()) return;
  clearHighlights();
  for (const kind of KINDS) {
    const ranges = targets.filter((t) => t.kind === kind).map((t) => t.range);
    if (ranges.length > 0) CSS.highlights.set(highlightName(kind, style), new Highlight(...ranges));
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
