/**
 * Paints matches with the CSS Custom Highlight API: the page's DOM is never touched.
 * The styles are in highlight.css, which the manifest injects with the content script.
 */
const CLAIM = 'sourcelight-claim';
const ACTIVE = 'sourcelight-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintClaims(ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  CSS.highlights.set(CLAIM, new Highlight(...ranges));
}

export function paintActive(range: Range | null): void {
  if (!highlightsSupported()) return;
  if (range === null) CSS.highlights.delete(ACTIVE);
  else CSS.highlights.set(ACTIVE, new Highlight(range));
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(CLAIM);
  CSS.highlights.delete(ACTIVE);
}
