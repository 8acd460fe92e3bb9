/**
 * The address of a claim's record page: the extension's page with the claim's id in its hash
 * (`src/record/index.html#witkoff-bad-club`), so a record can be bookmarked, linked to from
 * another record and opened again. `?claim=` is read too. What the address asks for is only a
 * request: the page shows a claim only where the dataset holds one of that id.
 */
export const RECORD_PAGE = 'src/record/index.html';

/** No claim id is longer (protocol.ts bounds ids so too). */
const MAX_ID = 200;

/** The path, within the extension, of `claimId`'s record; the page alone, to browse, for null. */
export function recordPath(claimId: string | null): string {
  return claimId === null ? RECORD_PAGE : `${RECORD_PAGE}#${encodeURIComponent(claimId)}`;
}

/**
 * The claim id an address asks for, from its hash (`#id`) or its query (`?claim=id`); null
 * where it asks for none (the page then lists the claims to browse). Not checked against the
 * dataset: that is the page's to say.
 */
export function requestedClaim(hash: string, search: string): string | null {
  let requested = hash.replace(/^#/, '');
  try {
    requested = decodeURIComponent(requested);
  } catch {
    // A malformed escape is shown as it was written: no claim has that id.
  }
  if (requested === '') requested = new URLSearchParams(search).get('claim') ?? '';
  requested = requested.trim();
  return requested === '' ? null : requested.slice(0, MAX_ID + 1);
}
