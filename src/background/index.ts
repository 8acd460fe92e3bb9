/**
 * The background: receives each page's claims, keeps them per tab, sets the badge,
 * and answers the popup. Every message is validated and its sender checked.
 */
import browser, { type Runtime, type Scripting } from 'webextension-polyfill';
import dataset from 'virtual:sourcelight/dataset';
import lookForEveryone from 'virtual:sourcelight/look-for-everyone';
import { compileSlicer, type Slicer } from '../core/analyzer-slice';
import {
  parseRequest,
  type Ack,
  type BaseResult,
  type ReadingLookResult,
  type SliceResult,
  type ReportAgain,
  type Request,
  type ShowClaim,
  type TabClaimsResult,
} from '../core/protocol';
import { recordPath } from '../core/record-link';
import { ANNOTATION_FILE } from '../shared/annotation-file';
import { KNOWN_IDS } from './known-ids';
import { forgetTab, loadTabReport, saveTabReport } from './tab-store';

const BADGE_COLOR = '#8a5a00';

/** Made at the first slice asked for (core/analyzer-slice.ts): no page but a named one needs it. */
let slicer: Slicer | undefined;

/**
 * Each tab's updates, one after another in the order their events came: a page's report and the
 * tab's "loading" (which forgets it) may arrive close together, and their storage and badge
 * calls must not interleave (a page back from the back/forward cache lost its count so).
 */
const tabQueues = new Map<number, Promise<unknown>>();

function inTabOrder<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const done = (tabQueues.get(tabId) ?? Promise.resolve()).then(work, work);
  const settled = done.catch(() => undefined);
  tabQueues.set(tabId, settled);
  void settled.then(() => {
    if (tabQueues.get(tabId) === settled) tabQueues.delete(tabId);
  });
  return done;
}

async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

/** A sender as Chromium describes it: with its document's lifecycle, which Firefox leaves out. */
type ChromiumSender = Runtime.MessageSender & { documentLifecycle?: string };

/**
 * Whether a page's message speaks for the page its tab shows now: Chromium says when it comes
 * from a page kept in the back/forward cache or prerendered (Firefox says nothing: its content
 * script holds its report there, lifecycle.ts).
 */
function isTabsPage(sender: Runtime.MessageSender): boolean {
  const lifecycle = (sender as ChromiumSender).documentLifecycle;
  return lifecycle === undefined || lifecycle === 'active';
}

/** Messages come from our own content scripts (with a tab) or our own pages (extension URLs). */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('')) === true;
}

/**
 * Where to run a script for the content script that asked. Chromium names the sender's document
 * (with its lifecycle): a prerendered page is not its tab's frame 0 yet, so the document is
 * targeted. Firefox names a document too but takes no `documentIds` in a target, and prerenders
 * no page; there the frame is targeted.
 */
function targetOf(tabId: number, sender: Runtime.MessageSender): Scripting.InjectionTarget {
  const { documentId, documentLifecycle } = sender as ChromiumSender;
  return documentId === undefined || documentLifecycle === undefined
    ? { tabId, frameIds: [sender.frameId ?? 0] }
    : ({ tabId, documentIds: [documentId] } as Scripting.InjectionTarget);
}

async function handle(
  request: Request,
  sender: Runtime.MessageSender,
): Promise<Ack | TabClaimsResult | ReadingLookResult | BaseResult | SliceResult> {
  switch (request.type) {
    case 'claims-found': {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab.
      if (tabId === undefined || sender.frameId !== 0 || !isTabsPage(sender)) return { ok: false };
      await inTabOrder(tabId, async () => {
        await saveTabReport(tabId, { claims: request.claims, people: request.people });
        await setBadge(tabId, request.claims.length);
      });
      return { ok: true };
    }
    case 'load-annotation': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      await browser.scripting.executeScript({
        target: targetOf(tabId, sender),
        files: [ANNOTATION_FILE],
      });
      return { ok: true };
    }
    // A page that may name someone is read with the look for everyone (content/index.ts).
    case 'get-reading-look':
      return { ok: true, look: lookForEveryone };
    // A named page gets the base, then the slices of the dataset its texts need: what it
    // receives grows with what it prints, not with the dataset (core/slice-keys.ts).
    case 'get-analyzer-base': {
      const { people, places, index } = dataset;
      return { ok: true, base: { people, places, cues: index.cues } };
    }
    case 'get-slice':
      slicer ??= compileSlicer(dataset);
      return { ok: true, slice: slicer(request.keys) };
    case 'open-record': {
      // A tab's content script (the reader clicked in its card), in the tab's own window, next
      // to it; or one of our pages.
      const tab = sender.tab;
      if (tab === undefined && !isOwnPage(sender)) return { ok: false };
      await browser.tabs.create({
        url: browser.runtime.getURL(recordPath(request.claimId)),
        ...(tab?.id === undefined
          ? {}
          : { openerTabId: tab.id, windowId: tab.windowId, index: tab.index + 1 }),
      });
      return { ok: true };
    }
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

// A new page in the tab: its old claims no longer apply. Once it has loaded, its content script
// (if it found anything) says again what it holds: a page restored from the back/forward cache
// reports before the background hears that it is "loading" (issue 19).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading')
    void inTabOrder(tabId, async () => {
      await forgetTab(tabId);
      await setBadge(tabId, 0);
    });
  if (change.status === 'complete') {
    const message: ReportAgain = { type: 'report-again' };
    void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  }
});
browser.tabs.onRemoved.addListener((tabId) => void inTabOrder(tabId, () => forgetTab(tabId)));

// The keyboard command: the active tab's content script moves to its next claim.
browser.commands.onCommand.addListener((command) => {
  if (command !== 'next-claim') return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    const message: ShowClaim = { type: 'show-claim' };
    return browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
