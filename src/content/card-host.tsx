/**
 * Hosts the card in a closed shadow root on one element of our own, added to the page only
 * when there is something to show or to say (what was found, to screen readers). Positioning
 * is kept apart from rendering: the card sits below the quote, or above it where there is no
 * room, and always on screen.
 *
 * The host is a plain <div>, made here and given its shadow root at once. A custom element
 * name would be the page's to define first: a page that defined it could reach the closed
 * root through `attachInternals()`, or make attaching one throw (`disabledFeatures`). A page
 * cannot define a built-in element, and no one can attach a second shadow root to ours. It
 * carries no attribute to be known by: the extension knows it by identity (`contains`).
 */
import { render } from 'preact';
import { Card, type CardProps } from './Card';
import differencesCss from '../shared/differences.css?inline';
import { CARD_CSS } from './card-styles';

const MARGIN = 8;

export class CardHost {
  readonly #host: HTMLElement;
  readonly #container: HTMLElement;
  /** A polite live region: what the extension found, said to screen readers once. */
  readonly #status: HTMLElement;

  constructor(private readonly doc: Document) {
    this.#host = doc.createElement('div');
    const root = this.#host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS + differencesCss;
    this.#container = doc.createElement('div');
    this.#status = doc.createElement('div');
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    this.#status.className = 'visually-hidden';
    root.append(style, this.#container, this.#status);
    if (typeof this.#host.showPopover === 'function') this.#host.popover = 'manual';
  }

  #attach(): void {
    if (!this.#host.isConnected) this.doc.documentElement.append(this.#host);
    showInTopLayer(this.#host);
  }

  announce(text: string): void {
    this.#attach();
    this.#status.textContent = text;
  }

  /** Moves keyboard focus into the open card, so screen readers read it and Escape reaches it. */
  focus(): void {
    (this.#container.firstElementChild as HTMLElement | null)?.focus();
  }

  /** True for events that happen on the card (their target is retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return target === this.#host;
  }

  show(props: CardProps, anchor: DOMRect): void {
    this.#attach();
    render(<Card {...props} />, this.#container);
    const card = this.#container.firstElementChild as HTMLElement | null;
    if (card !== null) place(card, anchor, this.doc.documentElement);
  }

  hide(): void {
    render(null, this.#container);
  }

  remove(): void {
    this.hide();
    this.#host.remove();
  }
}

/**
 * A card host, or null where the page leaves none to be made: then the claims are still
 * highlighted and reported, without a card.
 */
export function makeCardHost(doc: Document): CardHost | null {
  try {
    return new CardHost(doc);
  } catch (error) {
    console.debug('[Sourcelight] no card on this page:', error);
    return null;
  }
}

/**
 * Lifts the host into the top layer, as an open popover that nothing dismisses. Its boxes then
 * hang off the viewport rather than the page's root element, so adding it does not make
 * Chromium walk every box of the page again (measured on a page of 100,000 paragraphs: a
 * 66–84 ms frame in place, 23–26 ms lifted). Where popovers are missing or refused, the host
 * works in place.
 */
function showInTopLayer(host: HTMLElement): void {
  if (host.popover !== 'manual') return;
  try {
    if (!host.matches(':popover-open')) host.showPopover();
  } catch {
    // A hostile page may have redefined the built-ins: the host still works in place.
  }
}

function place(card: HTMLElement, anchor: DOMRect, viewport: HTMLElement): void {
  card.style.maxHeight = '';
  const viewWidth = viewport.clientWidth;
  const viewHeight = viewport.clientHeight;
  const roomBelow = viewHeight - anchor.bottom - 2 * MARGIN;
  const roomAbove = anchor.top - 2 * MARGIN;
  let { width, height } = card.getBoundingClientRect();
  // Below the quote where it fits, else above; where neither fits, the roomier side, with the
  // card made shorter (it scrolls) rather than laid over the quote.
  const below = height <= roomBelow || roomBelow >= roomAbove;
  const room = below ? roomBelow : roomAbove;
  if (height > room) {
    card.style.maxHeight = `${Math.max(room, 0)}px`;
    ({ width, height } = card.getBoundingClientRect());
  }
  const top = below ? anchor.bottom + MARGIN : anchor.top - MARGIN - height;
  const left = Math.min(
    Math.max(anchor.left, MARGIN),
    Math.max(viewWidth - width - MARGIN, MARGIN),
  );
  card.style.top = `${top}px`;
  card.style.left = `${left}px`;
}
