import { describe, expect, it } from 'vitest';
import { parseRequest, parseTabClaimsResult } from '../../src/core/protocol';

describe('parseRequest', () => {
  it('accepts the messages of the protocol', () => {
    const found = {
      type: 'claims-found',
      claims: [{ claimId: 'witkoff-bad-club', occurrences: 2 }],
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
    expect(
      parseRequest({ type: 'claims-found', claims: [{ claimId: '', occurrences: 1 }] }),
    ).toBeNull();
    expect(
      parseRequest({ type: 'claims-found', claims: [{ claimId: 'x', occurrences: 0 }] }),
    ).toBeNull();
    expect(parseRequest({ type: 'get-tab-claims', tabId: -1 })).toBeNull();
    expect(parseRequest({ type: 'get-tab-claims', tabId: '7' })).toBeNull();
  });
});

describe('parseTabClaimsResult', () => {
  it('turns a malformed answer into an error result', () => {
    expect(parseTabClaimsResult({ ok: true })).toEqual({
      ok: false,
      error: 'malformed answer from the background',
    });
    expect(parseTabClaimsResult(undefined).ok).toBe(false);
    expect(parseTabClaimsResult({ ok: true, claims: [] })).toEqual({ ok: true, claims: [] });
  });
});
