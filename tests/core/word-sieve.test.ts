import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/normalize';
import { hashWords, wordHash, wordSieve } from '../../src/core/word-sieve';
import { tokenize } from '../../src/core/words';
import { wordTables } from '../../src/core/wording-index';

const sieve = wordSieve(wordTables([['members', 'of', 'a', 'really', 'bad', 'club']]));
const words = (text: string) => {
  const sifted = sieve.sift(text);
  return [...sifted.starts].map((at) => text.slice(at).split(/\s/)[0]);
};

describe('wordSieve', () => {
  it('points at the words that start a 3-gram of a wording, as the page prints it', () => {
    const text = 'We were both MEMBERS OF A Réally bad club, he said.';
    const sifted = sieve.sift(text);
    const at = (k: number) => sifted.starts[sifted.grams[k]!];
    // "members of a", "of a really", "a really bad", "really bad club": folded, they are the wording's.
    expect(sifted.grams).toHaveLength(4);
    expect(text.slice(at(0))).toMatch(/^MEMBERS OF A/);
    expect(text.slice(at(3))).toMatch(/^Réally bad club/);
  });

  it('points nowhere in prose that only shares words with the wording', () => {
    expect(sieve.sift('The club said a member of the board had resigned.').grams).toEqual([]);
  });

  it('splits a script written without spaces as the tokenizer does, from the page’s own marks', () => {
    // Thai: its marks fold to nothing, and its letters are four a word (words.ts); "Kushner
    // said" written as one run, then Chinese, whose characters are two a word.
    const text = 'คุชเนอร์กล่าว 库什纳说';
    const { starts, hashes } = hashWords(text);
    expect(hashes).toEqual(tokenize(foldText(text)).texts.map(wordHash));
    expect(hashes).toHaveLength(7 + 3);
    // Each word starts where the page prints its first letter, its marks after it: "กลาว" of
    // "กล่าว", after the name.
    expect(text.slice(starts[6]!, starts[7]!)).toBe('กล่าว ');
    expect(text.slice(starts[5]!, starts[6]!)).toBe('ร์');
  });

  it('splits words as the tokenizer does: apostrophes join, marks vanish, dashes split', () => {
    expect(words('It’s Witkoff’s call — a cafe\u0301-style club')).toEqual([
      'It’s',
      'Witkoff’s',
      'call',
      'a',
      'cafe\u0301-style',
      'style',
      'club',
    ]);
  });
});
