import { describe, expect, it } from 'vitest';
import { RECORD_PAGE, recordPath, requestedClaim } from '../../src/core/record-link';

describe('recordPath', () => {
  it("puts the claim's id in the record page's hash, escaped", () => {
    expect(recordPath('witkoff-bad-club')).toBe('src/record/index.html#witkoff-bad-club');
    expect(recordPath('a b#c')).toBe('src/record/index.html#a%20b%23c');
    expect(recordPath(null)).toBe(RECORD_PAGE);
  });
});

describe('requestedClaim', () => {
  it('reads the id from the hash, or from ?claim=', () => {
    expect(requestedClaim('#witkoff-bad-club', '')).toBe('witkoff-bad-club');
    expect(requestedClaim('#a%20b%23c', '')).toBe('a b#c');
    expect(requestedClaim('', '?claim=gaza-rebuild-50bn')).toBe('gaza-rebuild-50bn');
    expect(requestedClaim('#from-hash', '?claim=from-query')).toBe('from-hash');
  });

  it('asks for none where the address names none', () => {
    expect(requestedClaim('', '')).toBeNull();
    expect(requestedClaim('#', '')).toBeNull();
    expect(requestedClaim('#%20%20', '?claim=')).toBeNull();
  });

  it('keeps what it cannot decode as written, and no more of an overlong one than makes it unknown', () => {
    expect(requestedClaim('#%E0%A4', '')).toBe('%E0%A4');
    expect(requestedClaim(`#${'x'.repeat(5_000)}`, '')).toHaveLength(201);
  });
});
