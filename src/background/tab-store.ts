/**
 * Per-tab results, kept in storage.session so they survive the service worker being
 * stopped, and are gone when the browser closes.
 */
import browser from 'webextension-polyfill';
import { parseTabClaimsResult, type PageReport } from '../core/protocol';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabReport(tabId: number, report: PageReport): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: report });
}

/** What a tab's page holds, or null where it has not reported (not read, or not yet). */
export async function loadTabReport(tabId: number): Promise<PageReport | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  if (stored === undefined) return null;
  // Storage is ours, but it outlives versions of the extension: read it as untrusted.
  const parsed = parseTabClaimsResult({ ok: true, ...(stored as object) });
  return parsed.ok ? { claims: parsed.claims, people: parsed.people } : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
