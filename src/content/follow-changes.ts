/**
 * Follows a page that changes after load (live blogs, infinite scroll, single-page apps): a
 * MutationObserver collects the text that was added or changed, and hands it over debounced,
 * at most every `maxWaitMs` even while the page never stops changing.
 *
 * It follows the document's body, whichever element that is: sites that navigate as Turbo
 * Drive does put a new <body> in place of the old one, and the old one, still observed, would
 * never change again. A new <html> (a page's `document.open()` and `write()`, or its own
 * replacement of the root) is not followed but reported: it takes the page's event listeners
 * with it, and the content script starts again (index.ts).
 *
 * Where a batch of changes only added nodes (a live blog's new entry), it hands those over too:
 * a page already read need then read only around them (annotate.ts).
 */
export interface FollowOptions {
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
}

/**
 * Text that a mutation record adds or changes. The extension's own UI adds none: its host holds
 * nothing but a closed shadow root, whose changes no observer of the page sees.
 */
function addedText(record: MutationRecord): string {
  if (record.type === 'characterData') return record.target.textContent ?? '';
  let text = '';
  record.addedNodes.forEach((node) => {
    text += ` ${node.textContent ?? ''}`;
  });
  // Removed text changes what the page prints too (a route change), though it adds nothing to read.
  return text === '' && record.removedNodes.length > 0 ? ' ' : text;
}

const TEXT_CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Whether a record only adds nodes: nothing taken away, no text changed in place. */
const onlyAdds = (record: MutationRecord) =>
  record.type === 'childList' && record.removedNodes.length === 0;

export interface ChangeHandlers {
  /**
   * Text was added or changed (debounced): what was added, and the nodes added where that is
   * all that happened (null where anything was taken away or changed in place).
   */
  changed(added: string, nodes: readonly Node[] | null): void;
  /** The document's root element was replaced, or taken away. */
  replaced(): void;
}

export function followChanges(
  doc: Document,
  handlers: ChangeHandlers,
  signal: AbortSignal,
  { delayMs = 400, maxWaitMs = 2000 }: FollowOptions = {},
): void {
  const html = doc.documentElement as HTMLElement | null;
  let body = doc.body;
  let pending = '';
  let pendingNodes: Node[] | null = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const flush = () => {
    timer = undefined;
    const [added, nodes] = [pending, pendingNodes];
    [pending, pendingNodes] = ['', []];
    handlers.changed(added, nodes);
  };
  const observer = new MutationObserver((records) => {
    if (doc.documentElement !== html) {
      observer.disconnect();
      clearTimeout(timer);
      return handlers.replaced();
    }
    const sameBody = doc.body === body;
    const added = sameBody ? records.map(addedText).join('') : swapBody();
    if (added === '') return;
    if (!sameBody || !records.every(onlyAdds)) pendingNodes = null;
    else for (const record of records) pendingNodes?.push(...record.addedNodes);
    if (pending === '') firstPending = Date.now();
    pending += added;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - Date.now()));
    timer = setTimeout(flush, wait);
  });
  /**
   * Observes the body for its text, <html> for the body's being replaced, and the document for
   * <html>'s.
   */
  const observe = () => {
    if (body !== null) observer.observe(body, TEXT_CHANGES);
    if (html !== null) observer.observe(html, { childList: true });
    observer.observe(doc, { childList: true });
  };
  /** Follows the new body instead of the old: all its text is new. */
  const swapBody = () => {
    observer.disconnect();
    body = doc.body;
    observe();
    // Even an empty body replaced a page's text, which the reader must forget.
    return ` ${body?.textContent ?? ''}`;
  };
  observe();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
