/**
 * Follows a page that changes after load (live blogs, infinite scroll, single-page apps): a
 * MutationObserver collects the text that was added or changed, and hands it over debounced,
 * at most every `maxWaitMs` even while the page never stops changing.
 */
import { OWN_UI_ATTRIBUTE } from './page-text';

export interface FollowOptions {
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
}

/** Text that a mutation record adds or changes, outside the extension's own UI. */
function addedText(record: MutationRecord): string {
  const own = (node: Node | null) =>
    node !== null &&
    (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(
      `[${OWN_UI_ATTRIBUTE}]`,
    ) != null;
  if (own(record.target)) return '';
  if (record.type === 'characterData') return record.target.textContent ?? '';
  let text = '';
  record.addedNodes.forEach((node) => {
    if (!own(node)) text += ` ${node.textContent ?? ''}`;
  });
  // Removed text changes what the page prints too (a route change), though it adds nothing to read.
  return text === '' && record.removedNodes.length > 0 ? ' ' : text;
}

export function followChanges(
  root: Node,
  onChange: (added: string) => void,
  signal: AbortSignal,
  { delayMs = 400, maxWaitMs = 2000 }: FollowOptions = {},
): void {
  let pending = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const flush = () => {
    timer = undefined;
    const added = pending;
    pending = '';
    onChange(added);
  };
  const observer = new MutationObserver((records) => {
    const added = records.map(addedText).join('');
    if (added === '') return;
    if (pending === '') firstPending = Date.now();
    pending += added;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - Date.now()));
    timer = setTimeout(flush, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
