/** Works out which tab the popup speaks for and fetches what was found there. */
import browser from 'webextension-polyfill';
import dataset from 'virtual:sourcelight/dataset';
import { viewClaim, type ClaimView } from '../core/claim-view';
import { indexDataset } from '../core/dataset';
import { parseTabClaimsResult, type GetTabClaims } from '../core/protocol';

export type PopupState =
  | { kind: 'claims'; claims: { view: ClaimView; occurrences: number }[] }
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
  const result = parseTabClaimsResult(
    await browser.runtime
      .sendMessage(request)
      .catch((e: unknown) => ({ ok: false, error: String(e) })),
  );
  if (!result.ok)
    return result.error === 'not-scanned'
      ? { kind: 'not-scanned' }
      : { kind: 'error', error: result.error };
  const index = indexDataset(dataset);
  const claims = result.claims.flatMap((found) => {
    const view = viewClaim(index, found.claimId);
    return view === null ? [] : [{ view, occurrences: found.occurrences }];
  });
  return { kind: 'claims', claims };
}
