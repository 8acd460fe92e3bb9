/**
 * The claim matcher's index of its wordings (match.ts), made once by the build and read by a
 * page as loaded: every wording's words by number, every 3-gram of them, and where each 3-gram
 * stands in which wording. Plain numbers in plain arrays, so a named page builds nothing from
 * it and its cost does not grow with the dataset (issue 21). A wording's folded text and words
 * are made from its appearance when a page's 3-gram first points at it.
 */
import type { Claim } from './dataset';
import { lookUp, makeIntTable, type IntTable } from './int-table';
import { foldText } from './normalize';
import { gramKey, wordHash } from './word-sieve';
import { tokenize } from './words';

/** A wording is read by its 3-grams: one of fewer words is a short quote's (short-quotes.ts). */
export const N = 3;
/** 3-grams shared by more wordings than this ("one of the") point nowhere in particular. */
const MAX_POSTINGS = 64;

export interface WordingIndex {
  /**
   * Each distinct wording of `N` words or more, in dataset order, as `[claim, appearance]`
   * pairs of indices, flat: wording `w` is appearance `wordings[2w + 1]` of claim
   * `wordings[2w]`. Sources that print a claim alike are one wording: the first of them.
   */
  readonly wordings: readonly number[];
  /** Each folded word of the wordings, by its hash (word-sieve.ts's `wordHash`): its number. */
  readonly vocabulary: IntTable;
  /** Each 3-gram of the wordings, by `gramKey` of its words' numbers: its number `g`. */
  readonly grams: IntTable;
  /**
   * Where 3-gram `g` stands: `[wording, word]` pairs, flat, from pair `postingStarts[g]` to
   * `postingStarts[g + 1]` of `postings`; none for one in more than `MAX_POSTINGS` wordings.
   */
  readonly postingStarts: readonly number[];
  readonly postings: readonly number[];
  /** The longest wording's folded length, in characters. */
  readonly longest: number;
}

/** The words of a folded text, by number, where the vocabulary has them (`-1` where not). */
export const wordNumber = (index: Pick<WordingIndex, 'vocabulary'>, word: string): number =>
  lookUp(index.vocabulary, wordHash(word));

/**
 * The vocabulary and 3-grams of `wordings` (each a list of folded words, as `tokenize` makes
 * them), each 3-gram numbered in the order first met. Words whose hashes collide share a
 * number: the sieve then points more often, never less.
 */
export function wordTables(wordings: readonly (readonly string[])[]): {
  vocabulary: IntTable;
  grams: IntTable;
  /** Each wording's words' numbers. */
  numbers: number[][];
  /** Each 3-gram's key, by its number. */
  gramKeys: number[];
} {
  const byHash = new Map<number, number>();
  for (const word of wordings.flat()) {
    const hash = wordHash(word);
    if (!byHash.has(hash)) byHash.set(hash, byHash.size);
  }
  const vocabulary = makeIntTable(byHash);
  const numbers = wordings.map((words) => words.map((word) => lookUp(vocabulary, wordHash(word))));
  const byKey = new Map<number, number>();
  for (const ids of numbers)
    for (let j = 0; j + N <= ids.length; j++) {
      const key = gramKey(ids[j]!, ids[j + 1]!, ids[j + 2]!);
      if (!byKey.has(key)) byKey.set(key, byKey.size);
    }
  return { vocabulary, grams: makeIntTable(byKey), numbers, gramKeys: [...byKey.keys()] };
}

/** The index of `claims`' wordings (build time: `loadDataset`, the eval's leave-one-out). */
export function buildWordingIndex(claims: readonly Claim[]): WordingIndex {
  const pairs: number[] = [];
  const texts: string[][] = [];
  let longest = 0;
  claims.forEach((claim, c) => {
    const seen = new Set<string>();
    claim.appearances.forEach((appearance, a) => {
      if (appearance.text === null) return;
      const folded = foldText(appearance.text);
      const words = tokenize(folded).texts;
      if (words.length < N || seen.has(folded)) return;
      seen.add(folded);
      pairs.push(c, a);
      texts.push(words);
      longest = Math.max(longest, folded.length);
    });
  });
  const { vocabulary, grams, numbers, gramKeys } = wordTables(texts);
  const byGram: number[][] = gramKeys.map(() => []);
  numbers.forEach((ids, w) => {
    for (let j = 0; j + N <= ids.length; j++)
      byGram[lookUp(grams, gramKey(ids[j]!, ids[j + 1]!, ids[j + 2]!))]!.push(w, j);
  });
  const postingStarts = [0];
  const postings: number[] = [];
  for (const list of byGram) {
    if (list.length / 2 <= MAX_POSTINGS) postings.push(...list);
    postingStarts.push(postings.length / 2);
  }
  return { wordings: pairs, vocabulary, grams, postingStarts, postings, longest };
}
