/**
 * The background: receives each page's claims, keeps them per tab, sets the badge,
 * and answers the popup. Every message is validated and its sender checked.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import dataset from 'virtual:sourcelight/dataset';
import {
  parseRequest,
  type Ack,
  type DatasetResult,
  type Request,
  type ShowClaim,
  type TabClaimsResult,
} from '../core/protocol';
import { KNOWN_IDS } from './known-ids';
import { forgetTab, loadTabReport, saveTabReport } from './tab-store';

const BADGE_COLOR = '#8a5a00';

async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

/** Messages come from our own content scripts (with a tab) or our own pages (extension URLs). */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('')) === true;
}

async function handle(
  request: Request,
  sender: Runtime.MessageSender,
): Promise<Ack | TabClaimsResult | DatasetResult> {
  switch (request.type) {
    case 'claims-found': {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab.
      if (tabId === undefined || sender.frameId !== 0) return { ok: false };
      await saveTabReport(tabId, { claims: request.claims, people: request.people });
      await setBadge(tabId, request.claims.length);
      return { ok: true };
    }
    case 'get-dataset':
      return { ok: true, dataset };
    case 'get-tab-claims': {
      if (!isOwnPage(sender)) return { ok: false, error: 'not allowed from this sender' };
      const report = await loadTabReport(request.tabId);
      return report === null ? { ok: false, error: 'not-scanned' } : { ok: true, ...report };
    }
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseRequest(message, KNOWN_IDS);
  if (request === null) return undefined;
  return handle(request, sender).catch((error: unknown) => ({ ok: false, error: String(error) }));
});

// A new page in the tab: its old claims no longer apply.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId).then(() => setBadge(tabId, 0));
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

// The keyboard command: the active tab's content script moves to its next claim.
browser.commands.onCommand.addListener((command) => {
  if (command !== 'next-claim') return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    const message: ShowClaim = { type: 'show-claim' };
    return browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
