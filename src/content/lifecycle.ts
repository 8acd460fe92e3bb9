/**
 * The content script's life beside the page's and the extension's (issue 19, "Lifecycle"):
 *
 * - Disabled, removed or updated, the extension leaves the script orphaned: Chromium keeps it
 *   running with its runtime gone, Firefox stops it where it stands. An orphan must take its
 *   highlights and card away and stop reading.
 * - A page kept in the back/forward cache, or prerendered before it was shown, is shown without
 *   loading: the background has forgotten (or never counted) its claims, which must be told
 *   again.
 */
interface Runtime {
  readonly id?: string;
}
interface ExtensionGlobals {
  readonly browser?: { readonly runtime?: Runtime };
  readonly chrome?: { readonly runtime?: Runtime };
}

/** Whether the extension that injected this script is still there to talk to. */
export function extensionAlive(): boolean {
  try {
    const globals = globalThis as ExtensionGlobals;
    return (globals.browser?.runtime?.id ?? globals.chrome?.runtime?.id) !== undefined;
  } catch {
    // Chromium throws "Extension context invalidated" from some of an orphan's calls.
    return false;
  }
}

/** How often a page with highlights asks whether the extension is still there. */
const ALIVE_CHECK_MS = 1_000;

/**
 * Calls `onGone` once the extension is gone, asked every second while `signal` holds: a
 * property read, on pages where something is painted only (a page naming nobody asks at its
 * next change instead: index.ts).
 */
export function whenExtensionGone(onGone: () => void, signal: AbortSignal): void {
  const timer = setInterval(() => {
    if (extensionAlive()) return;
    clearInterval(timer);
    onGone();
  }, ALIVE_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}

/**
 * Calls `onShown` each time the page is shown again without loading: back from the
 * back/forward cache, or activated after it was prerendered.
 */
export function whenShownAgain(doc: Document, onShown: () => void, signal: AbortSignal): void {
  const view = doc.defaultView;
  view?.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) onShown();
    },
    { signal },
  );
  doc.addEventListener('prerenderingchange', onShown, { signal });
}

/**
 * Whether the page is the tab's page now: not put away in the back/forward cache (its script
 * may still be at work there, and a report then would speak for the page the tab shows now).
 */
export function trackCurrent(doc: Document, signal: AbortSignal): () => boolean {
  let current = true;
  const view = doc.defaultView;
  view?.addEventListener('pagehide', () => (current = false), { signal });
  view?.addEventListener('pageshow', () => (current = true), { signal });
  return () => current;
}

/** Whether the page is being prerendered, not yet shown to the reader. */
export const isPrerendering = (doc: Document): boolean =>
  (doc as Document & { prerendering?: boolean }).prerendering === true;
