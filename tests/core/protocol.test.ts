import { describe, expect, it } from 'vitest';
import { compileSlicer } from '../../src/core/analyzer-slice';
import {
  isAck,
  isBaseResult,
  isReadingLookResult,
  isSliceResult,
  MAX_KEYS,
  MAX_OCCURRENCES,
  parseContentRequest,
  parseRequest as parseWithKnown,
  parseTabClaimsResult,
} from '../../src/core/protocol';
import { sliceKeys } from '../../src/core/slice-keys';
import { lookForPeople } from '../../src/core/first-look';
import { compilePeopleMatcher } from '../../src/core/people';
import { realDataset } from '../support/dataset';

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

  it('takes a request to load the annotation that names no file: the background chooses it', () => {
    expect(parseRequest({ type: 'load-annotation' })).toEqual({ type: 'load-annotation' });
    // Whatever else a message carries is dropped: a page's script cannot name what is run.
    expect(parseRequest({ type: 'load-annotation', files: ['evil.js'] })).toEqual({
      type: 'load-annotation',
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

// Issue 21: the content script every page parses carries no unwatched person's spellings; a page
// that may name someone asks for the look for everyone (content/reading-look.ts).
describe('get-reading-look', () => {
  it('is a request of its type alone, whatever else a message holds', () => {
    expect(parseRequest({ type: 'get-reading-look' })).toEqual({ type: 'get-reading-look' });
    expect(parseRequest({ type: 'get-reading-look', people: ['mallory'] })).toEqual({
      type: 'get-reading-look',
    });
  });

  it('takes the look the build makes for everyone as an answer, and nothing of another shape', () => {
    const look = lookForPeople(realDataset().people);
    expect(look.anchors.length).toBeGreaterThan(100);
    expect(isReadingLookResult({ ok: true, look })).toBe(true);
    const anchor = look.anchors[0]!;
    const answer = (anchors: unknown[], shortest: unknown = look.shortest) => ({
      ok: true,
      look: { anchors, shortest },
    });
    expect(isReadingLookResult({ ok: false, error: 'x' })).toBe(false);
    expect(isReadingLookResult(answer([{ ...anchor, pattern: 42 }]))).toBe(false);
    expect(isReadingLookResult(answer([{ ...anchor, units: 'W' }]))).toBe(false);
    expect(isReadingLookResult(answer([anchor], 0))).toBe(false);
    expect(isReadingLookResult(answer([{ ...anchor, pattern: 'x'.repeat(2_001) }]))).toBe(false);
  });
});

// Issue 21: a named page asks for the base, then for the slice of the dataset its text's keys reach.
describe('parseRequest: get-analyzer-base and get-slice', () => {
  const keys = { words: [1, -2, 3], grams: [0, 1, 2], stems: [7], quotes: [], people: ['witkoff'] };
  const slice = (k: object) => parseRequest({ type: 'get-slice', keys: k });

  it('accepts them, keys as a text makes them', () => {
    expect(parseRequest({ type: 'get-analyzer-base' })).toEqual({ type: 'get-analyzer-base' });
    expect(slice(keys)).toEqual({ type: 'get-slice', keys });
    const dataset = realDataset();
    const text = 'Witkoff said they were “members of a really bad club,” he told Jared Kushner.';
    const made = sliceKeys(text, compilePeopleMatcher(dataset.people).mentions(text));
    expect(made.people).toEqual(['witkoff', 'kushner']);
    const known = {
      claims: new Set(dataset.claims.map((c) => c.id)),
      people: new Set(dataset.people.map((p) => p.id)),
    };
    expect(parseWithKnown({ type: 'get-slice', keys: made }, known)).toEqual({
      type: 'get-slice',
      keys: made,
    });
  });

  it('rejects keys naming a person the dataset does not hold, or a 3-gram of no word sent', () => {
    expect(slice({ ...keys, people: ['mallory'] })).toBeNull();
    expect(slice({ ...keys, people: [''] })).toBeNull();
    expect(slice({ ...keys, grams: [0, 1, 3] })).toBeNull();
    expect(slice({ ...keys, grams: [0, 1] })).toBeNull();
    expect(slice({ ...keys, grams: [0, 1, -1] })).toBeNull();
    expect(slice({ ...keys, grams: [0, 1, 1.5] })).toBeNull();
  });

  it('rejects what no hash is, and more keys than any text read at once makes', () => {
    expect(slice({ ...keys, words: [2 ** 31] })).toBeNull();
    expect(slice({ ...keys, stems: [-(2 ** 31) - 1] })).toBeNull();
    expect(slice({ ...keys, quotes: ['x'] })).toBeNull();
    expect(slice({ ...keys, stems: [0.5] })).toBeNull();
    expect(slice({ ...keys, stems: new Array<number>(MAX_KEYS + 1).fill(0) })).toBeNull();
    expect(slice({ words: [], grams: [], stems: [], quotes: [] })).toBeNull();
    expect(parseRequest({ type: 'get-slice' })).toBeNull();
  });
});

describe('isAck', () => {
  it("takes the background's answer, success or failure, and nothing else", () => {
    expect(isAck({ ok: true })).toBe(true);
    expect(isAck({ ok: false, error: 'Cannot access contents of the page.' })).toBe(true);
    expect(isAck({ ok: 'yes' })).toBe(false);
    expect(isAck(undefined)).toBe(false);
  });
});

describe('isBaseResult, isSliceResult', () => {
  it('accept what the background answers, and nothing of another shape', () => {
    const dataset = realDataset();
    const base = { people: dataset.people, places: dataset.places, cues: dataset.index.cues };
    expect(isBaseResult(JSON.parse(JSON.stringify({ ok: true, base })))).toBe(true);
    const made = compileSlicer(dataset)({
      words: [],
      grams: [],
      stems: [],
      quotes: [],
      people: [],
    });
    expect(isSliceResult(JSON.parse(JSON.stringify({ ok: true, slice: made })))).toBe(true);
    expect(isSliceResult({ ok: true, base })).toBe(false);
    expect(isBaseResult({ ok: true, slice: made })).toBe(false);
    expect(isSliceResult({ ok: false, error: 'x' })).toBe(false);
    expect(isSliceResult({ ok: true, slice: { ...made, index: null } })).toBe(false);
    expect(isBaseResult(undefined)).toBe(false);
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
