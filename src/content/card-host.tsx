/**
 * Hosts the card in a closed shadow root on one element of our own, added to the page only
 * when there is something to show or to say (what was found, to screen readers). Positioning
 * is kept apart from rendering (card-position.ts).
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
import cardCss from './card.css?inline';
import { cardPosition } from './card-position';

/**
 * The shadow root's styles. Made once and used by reference: the bundler copied the card's CSS
 * text into each place that named it (1.5 kB in content.js).
 */
const CARD_STYLE = [cardCss, differencesCss].join('');

/**
 * An open card hides itself this long after its script last renewed it. Firefox stops the
 * content script of an extension being disabled without notice, and leaves what it drew on the
 * page (lifecycle.ts): a card no script holds open must not stay on screen.
 */
const CARD_LEASE_MS = 2_000;

export class CardHost {
  readonly #host: HTMLElement;
  readonly #container: HTMLElement;
  /** A polite live region: what the extension found, said to screen readers once. */
  readonly #status: HTMLElement;

  /** The open card's lease (`CARD_LEASE_MS`), and the timer renewing it. */
  #lease: Animation | null = null;
  #renewal: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly doc: Document) {
    removeLeftHosts(doc);
    this.#host = doc.createElement('div');
    const root = this.#host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_STYLE;
    this.#container = doc.createElement('div');
    this.#status = doc.createElement('div');
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    this.#status.className = 'visually-hidden';
    root.append(style, this.#container, this.#status);
    if (typeof this.#host.showPopover === 'function') this.#host.popover = 'manual';
  }

  #attach(): void {
    // A page between document.open() and its first write has no root to hang the host on.
    const root = this.doc.documentElement as HTMLElement | null;
    if (root === null) return;
    if (!this.#host.isConnected) root.append(this.#host);
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
    this.#holdOpen();
  }

  hide(): void {
    clearInterval(this.#renewal);
    this.#renewal = undefined;
    this.#lease?.cancel();
    this.#lease = null;
    render(null, this.#container);
  }

  /** Keeps the open card shown, renewing its lease while this script runs. */
  #holdOpen(): void {
    if (typeof this.#container.animate !== 'function') return;
    this.#lease?.cancel();
    this.#lease = this.#container.animate([{ visibility: 'visible' }, { visibility: 'hidden' }], {
      delay: CARD_LEASE_MS,
      duration: 1,
      fill: 'forwards',
    });
    this.#renewal ??= setInterval(() => {
      if (this.#lease !== null) this.#lease.currentTime = 0;
    }, CARD_LEASE_MS / 4);
  }

  remove(): void {
    this.hide();
    this.#host.remove();
  }
}

/** Reaches a closed shadow root, as only extensions may (Firefox, and Chromium's `chrome.dom`). */
function closedRootOf(element: Element): ShadowRoot | null {
  const globals = globalThis as {
    chrome?: { dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null } };
  };
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  return globals.chrome?.dom?.openOrClosedShadowRoot?.(element) ?? null;
}

/**
 * Takes away hosts an earlier run of this script left on the page: Firefox runs the script in
 * the open tabs again when the extension is enabled, after stopping the last run where it stood
 * (lifecycle.ts). One is known by its closed shadow root holding the card's own styles, which
 * no page can reach to imitate.
 */
function removeLeftHosts(doc: Document): void {
  for (const element of [...(doc.documentElement?.children ?? [])]) {
    if (element.localName !== 'div') continue;
    const style = closedRootOf(element)?.firstElementChild;
    if (style?.localName === 'style' && style.textContent === CARD_STYLE) element.remove();
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
  const view = { width: viewport.clientWidth, height: viewport.clientHeight };
  const { width, height } = card.getBoundingClientRect();
  const direction = getComputedStyle(card).direction === 'rtl' ? 'rtl' : 'ltr';
  const placement = cardPosition(anchor, { width, height }, view, direction);
  if (placement.maxHeight !== null) card.style.maxHeight = `${placement.maxHeight}px`;
  card.style.top = `${placement.top}px`;
  card.style.left = `${placement.left}px`;
}
