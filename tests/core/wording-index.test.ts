import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/dataset';
import { lookUp } from '../../src/core/int-table';
import { gramKey, wordHash } from '../../src/core/word-sieve';
import { buildWordingIndex, wordTables } from '../../src/core/wording-index';

const claim = (id: string, texts: (string | null)[]): Claim => ({
  id,
  kind: 'quote',
  speaker: 'witkoff',
  statement: id,
  event: 'kremlin-meeting-dec-2025',
  appearances: texts.map((text, k) => ({
    source: `source-${k}`,
    text,
    attributedTo: 'witkoff',
    details: [],
  })),
  differences: { attribution: { bySource: [], disagree: false }, details: [], wording: [] },
});

describe('buildWordingIndex', () => {
  const index = buildWordingIndex([
    claim('bad-club', [
      'We were members of a really bad club.',
      // Another outlet's copy, printed alike once folded: one wording.
      'We were MEMBERS of a réally bad club.',
      null,
      'Bad club.',
      'Nous étions membres d’un très mauvais club',
    ]),
    claim('useful', ['a really useful and constructive conversation']),
  ]);
  const wordings = (w: number) => [index.wordings[2 * w], index.wordings[2 * w + 1]];
  const number = (word: string) => lookUp(index.vocabulary, wordHash(word));
  const postingsOf = (a: string, b: string, c: string) => {
    const g = lookUp(index.grams, gramKey(number(a), number(b), number(c)));
    if (g < 0) return null;
    const pairs: number[][] = [];
    for (let k = index.postingStarts[g]!; k < index.postingStarts[g + 1]!; k++)
      pairs.push([index.postings[2 * k]!, index.postings[2 * k + 1]!]);
    return pairs;
  };

  it('holds each claim’s wordings of three words or more once, by claim and appearance', () => {
    expect([0, 1, 2].map(wordings)).toEqual([
      [0, 0],
      [0, 4],
      [1, 0],
    ]);
    expect(index.wordings).toHaveLength(6);
  });

  it('says where each 3-gram stands: which wording, which word', () => {
    expect(postingsOf('really', 'bad', 'club')).toEqual([[0, 5]]);
    expect(postingsOf('a', 'really', 'bad')).toEqual([[0, 4]]);
    expect(postingsOf('a', 'really', 'useful')).toEqual([[2, 0]]);
    expect(postingsOf('tres', 'mauvais', 'club')).toEqual([[1, 4]]);
    // Words of the dataset, but never three in a row of one wording.
    expect(postingsOf('bad', 'club', 'nous')).toBeNull();
    expect(number('kremlin')).toBe(-1);
  });

  it('knows the longest wording, folded', () => {
    expect(index.longest).toBe('a really useful and constructive conversation'.length);
  });

  it('points nowhere from a 3-gram more than 64 wordings hold, which the sieve still sees', () => {
    const many = Array.from({ length: 70 }, (_, n) => claim(`c${n}`, [`one of the things ${n}`]));
    const common = buildWordingIndex(many);
    const ids = ['one', 'of', 'the'].map((w) => lookUp(common.vocabulary, wordHash(w)));
    const g = lookUp(common.grams, gramKey(ids[0]!, ids[1]!, ids[2]!));
    expect(g).toBeGreaterThanOrEqual(0);
    expect(common.postingStarts[g + 1]! - common.postingStarts[g]!).toBe(0);
  });
});

describe('wordTables', () => {
  it('numbers each word once, and each of its wordings’ 3-grams', () => {
    const { vocabulary, grams, numbers, gramKeys } = wordTables([
      ['members', 'of', 'a', 'club'],
      ['a', 'club', 'of', 'members'],
    ]);
    expect(numbers).toEqual([
      [0, 1, 2, 3],
      [2, 3, 1, 0],
    ]);
    expect(gramKeys).toHaveLength(4);
    expect(lookUp(vocabulary, wordHash('club'))).toBe(3);
    expect(lookUp(grams, gramKey(0, 1, 2))).toBe(0);
  });
});
