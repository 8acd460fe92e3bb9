/**
 * Asks the background to open a claim's record page in a tab (protocol.ts's `open-record`):
 * a content script may not open an extension page itself, and the page it runs in can reach
 * neither this script nor the background. Sent only on the reader's own click (Card.tsx).
 */
import browser from 'webextension-polyfill';
import type { OpenRecord } from '../core/protocol';

export function openRecord(event: Event, claimId: string): void {
  // A page's script can dispatch a click, never a trusted one.
  if (!event.isTrusted) return;
  const message: OpenRecord = { type: 'open-record', claimId };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}
