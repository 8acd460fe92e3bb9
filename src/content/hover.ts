/**
 * Finds which highlighted range the pointer is over by hit-testing, since highlights
 * painted with the Custom Highlight API have no elements to receive events.
 */
export interface HoverTarget<T> {
  readonly range: Range;
  readonly value: T;
}

export interface HoverHandlers<T> {
  enter(target: HoverTarget<T>): void;
  leave(): void;
  /** Events over the extension's own UI keep the current target. */
  isOwnUi(target: EventTarget | null): boolean;
}

/** How long the card stays after the pointer leaves, so the pointer can travel onto it. */
const LEAVE_DELAY_MS = 300;

function nodeAtPoint(doc: Document, x: number, y: number): Node | null {
  if (typeof doc.caretPositionFromPoint === 'function')
    return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

export function hitTest<T>(
  doc: Document,
  targets: readonly HoverTarget<T>[],
  x: number,
  y: number,
): HoverTarget<T> | null {
  const node = nodeAtPoint(doc, x, y);
  for (const target of targets) {
    // The caret's node rules out most targets without measuring any rectangles.
    if (node !== null && !target.range.intersectsNode(node)) continue;
    for (const rect of target.range.getClientRects()) {
      if (contains(rect, x, y)) return target;
    }
  }
  return null;
}

export function watchHover<T>(
  doc: Document,
  /** The current targets: they change as the page does. */
  targets: () => readonly HoverTarget<T>[],
  handlers: HoverHandlers<T>,
  signal: AbortSignal,
): void {
  const view = doc.defaultView;
  if (view === null) return;
  let current: HoverTarget<T> | null = null;
  let pending: PointerEvent | null = null;
  let frame = 0;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelLeave = () => {
    clearTimeout(leaveTimer);
    leaveTimer = undefined;
  };
  const leave = () => {
    cancelLeave();
    if (current === null) return;
    current = null;
    handlers.leave();
  };
  const update = () => {
    frame = 0;
    const event = pending;
    if (event === null) return;
    if (handlers.isOwnUi(event.target)) return cancelLeave();
    const hit = hitTest(doc, targets(), event.clientX, event.clientY);
    if (hit !== null) {
      cancelLeave();
      if (hit !== current) {
        current = hit;
        handlers.enter(hit);
      }
    } else if (current !== null && leaveTimer === undefined) {
      leaveTimer = setTimeout(leave, LEAVE_DELAY_MS);
    }
  };

  const options = { passive: true, capture: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      pending = event;
      if (frame === 0) frame = view.requestAnimationFrame(update);
    },
    options,
  );
  // The card is placed for the quote's position on screen; scrolling moves the quote away.
  view.addEventListener('scroll', leave, options);
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') leave();
    },
    options,
  );
  signal.addEventListener('abort', () => {
    view.cancelAnimationFrame(frame);
    cancelLeave();
  });
}
