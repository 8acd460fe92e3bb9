/**
 * Whether a reader sees a found claim: the extension highlights and counts only what is on the
 * page for a reader to read (issue 19). A page can hold text no reader sees (display:none,
 * visibility:hidden, opacity 0, font-size 0, pushed off the page, a closed <details>, clipped
 * to a pixel); a claim there is not one the page shows its readers.
 *
 * Asked only of the ranges of found claims, never of the page's text as it is walked: the
 * style and layout it reads cost nothing on pages naming nobody.
 */

/** Text shorter than this, in CSS pixels, is no text a reader reads. */
const MIN_TEXT_HEIGHT = 4;

/** How far up from the text a box that clips it away is looked for. */
const CLIP_DEPTH = 8;

/** Every name the engines have given checkVisibility's options (Chromium 121+, Firefox 122+). */
const VISIBILITY_OPTIONS = {
  contentVisibilityAuto: true,
  opacityProperty: true,
  visibilityProperty: true,
  checkOpacity: true,
  checkVisibilityCSS: true,
};

const elementOf = (node: Node): Element | null =>
  node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;

/** Whether the element's style leaves its text drawn: rendered, not hidden, not transparent. */
function isStyledVisible(element: Element): boolean {
  return (
    typeof element.checkVisibility !== 'function' || element.checkVisibility(VISIBILITY_OPTIONS)
  );
}

/**
 * Whether a box around the text clips it to nothing: a box a pixel or less in size that does
 * not let its content overflow (the "visually hidden" pattern), or `clip-path` / `clip` to none.
 */
function isClippedAway(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (view === null) return false;
  let depth = 0;
  for (let e: Element | null = element; e !== null && depth < CLIP_DEPTH; e = e.parentElement) {
    depth++;
    const style = view.getComputedStyle(e);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const box = e.getBoundingClientRect();
    if (clips && (box.width <= 1 || box.height <= 1)) return true;
    if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return true;
  }
  return false;
}

/**
 * Whether some line of the range is drawn at a size a reader reads, inside the page: text placed
 * left of or above the page's start is where no scrolling reaches.
 */
function hasReadableLine(range: Range, view: Window): boolean {
  for (const rect of range.getClientRects()) {
    if (rect.width < 1 || rect.height < MIN_TEXT_HEIGHT) continue;
    if (rect.right + view.scrollX <= 0 || rect.bottom + view.scrollY <= 0) continue;
    return true;
  }
  return false;
}

/** Whether a reader sees the text of `range`, where it starts and where it ends. */
export function isShown(range: Range): boolean {
  const start = elementOf(range.startContainer);
  const end = elementOf(range.endContainer);
  const view = start?.ownerDocument.defaultView;
  if (start == null || end == null || view == null) return false;
  return (
    isStyledVisible(start) &&
    (end === start || isStyledVisible(end)) &&
    hasReadableLine(range, view) &&
    !isClippedAway(start)
  );
}
