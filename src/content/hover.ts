/**
 * Which highlighted quote's card is open. Highlights painted with the Custom Highlight API have
 * no elements to receive events, so the pointer is hit-tested against the quotes' ranges. A
 * card can also be opened by command (the popup, the keyboard): it then stays, following its
 * quote when the page scrolls, until Escape, a click elsewhere or another card.
 */
export interface HoverTarget<T> {
  readonly range: Range;
  readonly value: T;
}

export interface HoverHandlers<T> {
  /** Shows the card for `target` (called again to re-place it). */
  enter(target: HoverTarget<T>): void;
  leave(): void;
  /** Events over the extension's own UI keep the current target. */
  isOwnUi(target: EventTarget | null): boolean;
}

export interface HoverController<T> {
  /** Opens `target`'s card until dismissed. */
  open(target: HoverTarget<T>): void;
  /** The target whose card is open, if any. */
  current(): HoverTarget<T> | null;
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
  // Over text, the caret's node rules out most targets without measuring any rectangles. Over
  // no text (a margin, or a layer the page laid over its text, transparent or not: issue 19),
  // it says nothing, and each target's box is asked.
  const overText = node !== null && node.nodeType === Node.TEXT_NODE;
  for (const target of targets) {
    if (
      overText
        ? !target.range.intersectsNode(node)
        : !contains(target.range.getBoundingClientRect(), x, y)
    )
      continue;
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
): HoverController<T> {
  const view = doc.defaultView!;
  let current: HoverTarget<T> | null = null;
  /** Opened by command: stays until dismissed rather than until the pointer leaves. */
  let pinned = false;
  let pending: PointerEvent | null = null;
  let frame = 0;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelLeave = () => {
    clearTimeout(leaveTimer);
    leaveTimer = undefined;
  };
  const leave = () => {
    cancelLeave();
    pinned = false;
    if (current === null) return;
    current = null;
    handlers.leave();
  };
  const enter = (target: HoverTarget<T>) => {
    cancelLeave();
    current = target;
    handlers.enter(target);
  };
  const update = () => {
    frame = 0;
    const event = pending;
    if (event === null) return;
    if (handlers.isOwnUi(event.target)) return cancelLeave();
    const hit = hitTest(doc, targets(), event.clientX, event.clientY);
    if (hit !== null) {
      if (hit !== current) {
        pinned = false;
        enter(hit);
      } else cancelLeave();
    } else if (current !== null && !pinned && leaveTimer === undefined) {
      leaveTimer = setTimeout(leave, LEAVE_DELAY_MS);
    }
  };

  // Only the reader's own input moves the card: a page's script can dispatch events of every
  // kind, but not trusted ones (issue 19).
  const options = { passive: true, capture: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      pending = event;
      if (frame === 0) frame = view.requestAnimationFrame(update);
    },
    options,
  );
  // A hovered card is placed for the quote's position on screen: scrolling closes it. A pinned
  // card follows its quote.
  view.addEventListener(
    'scroll',
    (event) => event.isTrusted && (pinned && current !== null ? handlers.enter(current) : leave()),
    options,
  );
  doc.addEventListener(
    'keydown',
    (event) => event.isTrusted && event.key === 'Escape' && leave(),
    options,
  );
  doc.addEventListener(
    'pointerdown',
    (event) => event.isTrusted && !handlers.isOwnUi(event.target) && pinned && leave(),
    options,
  );
  signal.addEventListener('abort', () => {
    view.cancelAnimationFrame(frame);
    cancelLeave();
  });

  return {
    open(target) {
      enter(target);
      pinned = true;
    },
    current: () => current,
  };
}
