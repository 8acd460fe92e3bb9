/**
 * Per-tab results, kept in storage.session so they survive the service worker being
 * stopped, and are gone when the browser closes.
 */
import browser from 'webextension-polyfill';
import type { PageClaim } from '../core/protocol';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabClaims(tabId: number, claims: readonly PageClaim[]): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: claims });
}

/** The claims found in a tab, or null where its page has not reported (not read, or not yet). */
export async function loadTabClaims(tabId: number): Promise<PageClaim[] | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const claims = stored[key(tabId)];
  return Array.isArray(claims) ? (claims as PageClaim[]) : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
