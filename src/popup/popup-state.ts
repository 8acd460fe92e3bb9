/** Works out which tab the popup speaks for and fetches what was found there. */
import browser from 'webextension-polyfill';
import { groupByEvent, viewClaim, type ClaimView, type EventGroup } from '../core/claim-view';
import { indexDataset } from '../core/dataset';
import { parseTabClaimsResult, type GetTabClaims, type ShowClaim } from '../core/protocol';
import { recordPath } from '../core/record-link';

export interface ListedClaim {
  readonly view: ClaimView;
  readonly occurrences: number;
}

export type PopupState =
  | { kind: 'claims'; tabId: number; groups: EventGroup<ListedClaim>[] }
  /** The page names watched people but prints no known claim. */
  | { kind: 'names-only'; people: string[] }
  | { kind: 'not-scanned' }
  | { kind: 'error'; error: string };

/** The tab: `?tab=ID` when the popup is opened as a page (tools, tests), else the active tab. */
async function targetTab(params: URLSearchParams): Promise<number | undefined> {
  const fromParam = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(fromParam)) return fromParam;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export async function loadPopupState(params: URLSearchParams): Promise<PopupState> {
  const tabId = await targetTab(params);
  if (tabId === undefined) return { kind: 'not-scanned' };
  const request: GetTabClaims = { type: 'get-tab-claims', tabId };
  const answer: unknown = await browser.runtime
    .sendMessage(request)
    .catch((e: unknown) => ({ ok: false, error: String(e) }));
  const result = parseTabClaimsResult(answer);
  if (!result.ok)
    return result.error === 'not-scanned'
      ? { kind: 'not-scanned' }
      : { kind: 'error', error: result.error };
  // Loaded only now: a page Sourcelight found nothing on needs none of it (400 kB).
  const { default: dataset } = await import('virtual:sourcelight/dataset');
  const index = indexDataset(dataset);
  const claims = result.claims.flatMap((found) => {
    const view = viewClaim(index, found.claimId);
    return view === null ? [] : [{ view, occurrences: found.occurrences }];
  });
  if (claims.length === 0) {
    return { kind: 'names-only', people: result.people.map((id) => index.person(id)?.name ?? id) };
  }
  return { kind: 'claims', tabId, groups: groupByEvent(claims) };
}

/** Asks the tab to scroll to a claim and open its card. */
export async function showOnPage(tabId: number, claimId: string): Promise<void> {
  const message: ShowClaim = { type: 'show-claim', claimId };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** Opens a claim's full record in a new tab (the record page, src/record/). */
export async function openRecordTab(claimId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(recordPath(claimId)) });
}
