/**
 * Per-tab results, kept in storage.session so they survive the service worker being
 * stopped, and are gone when the browser closes.
 */
import browser from 'webextension-polyfill';
import { namesOnlyKnown, parseTabClaimsResult, type PageReport } from '../core/protocol';
import { KNOWN_IDS } from './known-ids';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabReport(tabId: number, report: PageReport): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: report });
}

/** What a tab's page holds, or null where it has not reported (not read, or not yet). */
export async function loadTabReport(tabId: number): Promise<PageReport | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  if (stored === undefined) return null;
  // Storage is ours, but it outlives versions of the extension (and their datasets): read it
  // as untrusted.
  const parsed = parseTabClaimsResult({ ok: true, ...(stored as object) });
  if (!parsed.ok) return null;
  const report = { claims: parsed.claims, people: parsed.people };
  return namesOnlyKnown(report, KNOWN_IDS) ? report : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
