import { describe, expect, it } from 'vitest';
import { parseContentRequest, parseRequest, parseTabClaimsResult } from '../../src/core/protocol';

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
});

describe('parseContentRequest', () => {
  it('accepts show-claim, with or without a claim', () => {
    expect(parseContentRequest({ type: 'show-claim', claimId: 'witkoff-bad-club' })).toEqual({
      type: 'show-claim',
      claimId: 'witkoff-bad-club',
    });
    expect(parseContentRequest({ type: 'show-claim' })).toEqual({ type: 'show-claim' });
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
