import { describe, expect, it } from 'vitest';
import {
  MAX_OCCURRENCES,
  parseContentRequest,
  parseRequest as parseWithKnown,
  parseTabClaimsResult,
} from '../../src/core/protocol';

const KNOWN = {
  claims: new Set(['witkoff-bad-club', 'gaza-rebuild-50bn']),
  people: new Set(['witkoff', 'kushner']),
};
const parseRequest = (message: unknown) => parseWithKnown(message, KNOWN);
const report = (claims: { claimId: string; occurrences: number }[], people: string[]) => ({
  type: 'claims-found',
  claims,
  people,
});

describe('parseRequest', () => {
  it('accepts the messages of the protocol', () => {
    const found = {
      type: 'claims-found',
      claims: [{ claimId: 'witkoff-bad-club', occurrences: 2 }],
      people: ['witkoff'],
    };
    expect(parseRequest(found)).toEqual(found);
    expect(parseRequest({ type: 'get-tab-claims', tabId: 7 })).toEqual({
      type: 'get-tab-claims',
      tabId: 7,
    });
  });

  it('rejects anything else', () => {
    expect(parseRequest(null)).toBeNull();
    expect(parseRequest('claims-found')).toBeNull();
    expect(parseRequest({ type: 'set-badge', text: '99' })).toBeNull();
    expect(parseRequest({ type: 'claims-found', claims: [], people: [''] })).toBeNull();
    expect(
      parseRequest({ type: 'claims-found', claims: [{ claimId: '', occurrences: 1 }], people: [] }),
    ).toBeNull();
    expect(
      parseRequest({
        type: 'claims-found',
        claims: [{ claimId: 'x', occurrences: 0 }],
        people: [],
      }),
    ).toBeNull();
    expect(parseRequest({ type: 'claims-found', claims: [] })).toBeNull();
    expect(parseRequest({ type: 'get-tab-claims', tabId: -1 })).toBeNull();
    expect(parseRequest({ type: 'get-tab-claims', tabId: '7' })).toBeNull();
    // A message meant for a content script is not a request to the background.
    expect(parseRequest({ type: 'show-claim' })).toBeNull();
  });

  // Issue 19, "Background trusts what it is told": a page's script must not add to the record.
  it('rejects a report naming a claim or person the dataset does not hold', () => {
    expect(parseRequest(report([{ claimId: 'verified-true', occurrences: 1 }], []))).toBeNull();
    expect(parseRequest(report([], ['witkoff', 'mallory']))).toBeNull();
    expect(parseRequest(report([], ['witkoff']))).not.toBeNull();
  });

  it('rejects counts no page prints, and a claim or person reported twice', () => {
    expect(
      parseRequest(report([{ claimId: 'witkoff-bad-club', occurrences: 1e308 }], [])),
    ).toBeNull();
    expect(
      parseRequest(report([{ claimId: 'witkoff-bad-club', occurrences: MAX_OCCURRENCES + 1 }], [])),
    ).toBeNull();
    expect(
      parseRequest(report([{ claimId: 'witkoff-bad-club', occurrences: MAX_OCCURRENCES }], [])),
    ).not.toBeNull();
    const twice = { claimId: 'witkoff-bad-club', occurrences: 1 };
    expect(parseRequest(report([twice, twice], []))).toBeNull();
    expect(parseRequest(report([], ['witkoff', 'witkoff']))).toBeNull();
  });
});

// Issue 23: the card's "Full record" asks the background to open a claim's record page.
describe('parseRequest: open-record', () => {
  it('accepts a claim of the dataset', () => {
    expect(parseRequest({ type: 'open-record', claimId: 'witkoff-bad-club' })).toEqual({
      type: 'open-record',
      claimId: 'witkoff-bad-club',
    });
  });

  it('rejects a claim the dataset does not hold, and anything that is no claim id', () => {
    expect(parseRequest({ type: 'open-record', claimId: 'no-such-claim' })).toBeNull();
    expect(parseRequest({ type: 'open-record', claimId: '' })).toBeNull();
    expect(parseRequest({ type: 'open-record', claimId: 'x'.repeat(201) })).toBeNull();
    expect(parseRequest({ type: 'open-record' })).toBeNull();
    expect(parseRequest({ type: 'open-record', claimId: 7 })).toBeNull();
    // Nor a URL to open: the background makes it, from the claim's id.
    expect(
      parseRequest({ type: 'open-record', claimId: 'witkoff-bad-club', url: 'https://x.example' }),
    ).toEqual({ type: 'open-record', claimId: 'witkoff-bad-club' });
  });
});

describe('parseContentRequest', () => {
  it('accepts show-claim, with or without a claim', () => {
    expect(parseContentRequest({ type: 'show-claim', claimId: 'witkoff-bad-club' })).toEqual({
      type: 'show-claim',
      claimId: 'witkoff-bad-club',
    });
    expect(parseContentRequest({ type: 'show-claim' })).toEqual({ type: 'show-claim' });
  });

  it('accepts report-again, the background asking a loaded page what it shows', () => {
    expect(parseContentRequest({ type: 'report-again' })).toEqual({ type: 'report-again' });
  });

  it('rejects anything else', () => {
    expect(parseContentRequest({ type: 'show-claim', claimId: '' })).toBeNull();
    expect(parseContentRequest({ type: 'get-tab-claims', tabId: 1 })).toBeNull();
    expect(parseContentRequest(undefined)).toBeNull();
  });
});

describe('parseTabClaimsResult', () => {
  it('turns a malformed answer into an error result', () => {
    expect(parseTabClaimsResult({ ok: true })).toEqual({
      ok: false,
      error: 'malformed answer from the background',
    });
    expect(parseTabClaimsResult(undefined).ok).toBe(false);
    expect(parseTabClaimsResult({ ok: true, claims: [], people: [] })).toEqual({
      ok: true,
      claims: [],
      people: [],
    });
  });
});
