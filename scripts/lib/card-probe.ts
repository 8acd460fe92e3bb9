/**
 * Reads the hover card from inside the extension's closed shadow root, as a test must
 * without opening it: Chromium through its accessibility tree (which also proves the card
 * is labelled for screen readers), Firefox through WebDriver BiDi, which serializes closed
 * shadow roots when asked (`includeShadowTree: "all"`).
 */
import type { Page } from 'puppeteer-core';
import type { BrowserName } from './browsers';

export interface CardSnapshot {
  readonly role: string | null;
  readonly label: string | null;
  readonly text: string;
  readonly rect: { left: number; top: number; right: number; bottom: number };
  /** Whether it is drawn: not hidden by its style (an expired lease hides it, card-host.tsx). */
  readonly visible: boolean;
  /** Its scheme: `dark` where drawn for a dark page. */
  readonly scheme: 'light' | 'dark';
  /** Each colour its text is drawn in, with the opaque background it is read on (computed). */
  readonly inks: readonly { readonly color: string; readonly background: string }[];
  /** The direction it is laid out in ("rtl" in Arabic), and the language it says it is in. */
  readonly direction: string;
  readonly lang: string | null;
  /** Whether anything in it is wider than it: a line cut at its side. */
  readonly overflowing: boolean;
  /**
   * How far its first heading's text starts from its starting edge (the right in a right-to-left
   * card): its padding where the text starts where the reader's eye does.
   */
  readonly headingInset: number | null;
  /**
   * How it spread (issue 23): the list's element ("ol"), and each entry's text, source kind and
   * whether it is marked the first appearance; null where the card has no timeline.
   */
  readonly timeline: {
    readonly list: string;
    readonly entries: readonly { text: string; kind: string | null; first: boolean }[];
  } | null;
  /** The "Full record" button's box, to click as a reader does; null where there is none. */
  readonly recordButton: { left: number; top: number; right: number; bottom: number } | null;
  /** The element of the card that has keyboard focus: its tag and text; null for none. */
  readonly focused: {
    readonly tag: string;
    readonly text: string;
    readonly inTimeline: boolean;
  } | null;
}

export const CARD_LABEL = 'Sourcelight: about this quote';

/** Runs in the page (Firefox: as its source text, so it calls nothing outside): what a test needs to know of the card element. */
function describeCard(card: Element): CardSnapshot {
  const rect = card.getBoundingClientRect();
  const direction = getComputedStyle(card).direction;
  const heading = card.querySelector('h2');
  let headingInset: number | null = null;
  if (heading !== null) {
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    headingInset = direction === 'rtl' ? rect.right - text.right : text.left - rect.left;
  }
  const backgroundOf = (element: Element | null): string => {
    for (let at = element; at !== null; at = at.parentElement) {
      const background = getComputedStyle(at).backgroundColor;
      if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
    }
    return 'none';
  };
  const inks = new Map<string, { color: string; background: string }>();
  for (const element of [card, ...card.querySelectorAll('*')]) {
    const holdsText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
    if (!holdsText) continue;
    const ink = { color: getComputedStyle(element).color, background: backgroundOf(element) };
    inks.set(`${ink.color} on ${ink.background}`, ink);
  }
  const list = card.querySelector('.spread');
  const timeline =
    list === null
      ? null
      : {
          list: list.localName,
          entries: [...list.children].map((item) => ({
            text: (item as HTMLElement).innerText,
            kind: item.getAttribute('data-kind'),
            first: item.classList.contains('first'),
          })),
        };
  const button = card.querySelector('button.record');
  const box = button?.getBoundingClientRect();
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  const focused =
    active === null || !card.contains(active)
      ? null
      : {
          tag: active.localName,
          text: (active as HTMLElement).innerText,
          inTimeline: list?.contains(active) === true,
        };
  return {
    role: card.getAttribute('role'),
    label: card.getAttribute('aria-label'),
    text: (card as HTMLElement).innerText,
    rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
    visible: card.checkVisibility({ visibilityProperty: true }),
    scheme: card.classList.contains('dark') ? 'dark' : 'light',
    inks: [...inks.values()],
    direction,
    lang: card.getAttribute('lang'),
    overflowing: card.scrollWidth > card.clientWidth,
    headingInset,
    timeline,
    recordButton:
      box === undefined
        ? null
        : { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    focused,
  };
}

/** The open card, or null. `label`: what the card is called in the browser's language. */
export async function readCard(
  page: Page,
  browser: BrowserName,
  label = CARD_LABEL,
): Promise<CardSnapshot | null> {
  return browser === 'chromium'
    ? readChromium(page, `::-p-aria([name="${label}"][role="dialog"])`)
    : readFirefox(page, 'dialog');
}

/** What the extension's live region says to screen readers ('' where it says nothing). */
export async function readLiveStatus(page: Page, browser: BrowserName): Promise<string> {
  const status =
    browser === 'chromium'
      ? await readChromium(page, '::-p-aria([role="status"])')
      : await readFirefox(page, 'status');
  return status?.text.trim() ?? '';
}

async function readChromium(page: Page, selector: string): Promise<CardSnapshot | null> {
  const element = await page.$(selector);
  return element === null ? null : element.evaluate(describeCard);
}

/** The parts of puppeteer's BiDi browsing context this helper needs (not public API: pinned version). */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiContext {
  id: string;
  userContext: { browser: { session: BidiSession } };
}
interface BidiResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

async function readFirefox(page: Page, role: 'dialog' | 'status'): Promise<CardSnapshot | null> {
  const context = (page.mainFrame() as unknown as { browsingContext?: BidiContext })
    .browsingContext;
  if (context?.userContext?.browser?.session === undefined) {
    throw new Error(
      'puppeteer-core internals changed: cannot reach the WebDriver BiDi session (see scripts/lib/card-probe.ts)',
    );
  }
  const session = context.userContext.browser.session;
  const target = { context: context.id };
  // The host carries no mark: it is an element of <html> beside <head> and <body>, with a
  // closed shadow root, which BiDi serializes when asked.
  const count = await session.send('script.evaluate', {
    expression: `document.documentElement.children.length`,
    target,
    awaitPromise: false,
  });
  for (let i = 0; i < Number(count.result.result?.value ?? 0); i++) {
    const host = await session.send('script.evaluate', {
      expression: `document.documentElement.children[${i}]`,
      target,
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const value = host.result.result?.value as
      { shadowRoot?: { sharedId?: string } | null } | undefined;
    const shadowRootId = value?.shadowRoot?.sharedId;
    if (shadowRootId === undefined) continue;
    const found = await readShadowRoot(session, target, shadowRootId, role);
    if (found !== null) return found;
  }
  return null;
}

async function readShadowRoot(
  session: BidiSession,
  target: { context: string },
  shadowRootId: string,
  role: 'dialog' | 'status',
): Promise<CardSnapshot | null> {
  const read = await session.send('script.callFunction', {
    functionDeclaration: `(root) => { const element = root.querySelector('[role="${role}"]'); return element === null ? null : JSON.stringify((${describeCard.toString()})(element)); }`,
    arguments: [{ sharedId: shadowRootId }],
    target,
    awaitPromise: false,
  });
  if (read.result.type === 'exception')
    throw new Error(`reading the card failed: ${read.result.exceptionDetails?.text}`);
  const json = read.result.result?.value;
  return typeof json === 'string' ? (JSON.parse(json) as CardSnapshot) : null;
}
