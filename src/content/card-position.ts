/**
 * Where the card goes, worked out apart from the DOM: below the quote, or above it where there
 * is no room, never over it, and always on screen. It lines up with the edge the quote starts
 * from: the left in a left-to-right card, the right in a right-to-left one (Arabic, Hebrew,
 * Persian), so the reader's eye finds it where it was reading from.
 */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface CardPlacement {
  readonly left: number;
  readonly top: number;
  /** The height the card is held to, where it is taller than the room on its side. */
  readonly maxHeight: number | null;
}

export const MARGIN = 8;

export function cardPosition(
  anchor: Box,
  card: { readonly width: number; readonly height: number },
  view: { readonly width: number; readonly height: number },
  direction: 'ltr' | 'rtl',
): CardPlacement {
  const roomBelow = view.height - anchor.bottom - 2 * MARGIN;
  const roomAbove = anchor.top - 2 * MARGIN;
  // Below the quote where it fits, else above; where neither fits, the roomier side, with the
  // card made shorter (it scrolls) rather than laid over the quote.
  const below = card.height <= roomBelow || roomBelow >= roomAbove;
  const room = Math.max(below ? roomBelow : roomAbove, 0);
  const height = Math.min(card.height, room);
  const top = below ? anchor.bottom + MARGIN : anchor.top - MARGIN - height;
  const start = direction === 'rtl' ? anchor.right - card.width : anchor.left;
  const left = Math.min(
    Math.max(start, MARGIN),
    Math.max(view.width - card.width - MARGIN, MARGIN),
  );
  return { left, top, maxHeight: card.height > room ? room : null };
}
