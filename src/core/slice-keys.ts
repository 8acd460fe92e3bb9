/**
 * What a named page asks the background for, instead of the whole dataset: the keys of what the
 * claim matcher will look up in the index as it reads a text near its names (match.ts). The
 * background answers with the slice of the dataset they reach (analyzer-slice.ts), and the text
 * is read over that slice as over the whole dataset (a test reads every page of the corpus both
 * ways). So what a page receives grows with what it prints, not with the dataset (issue 21).
 *
 * The keys are made from exactly the stretches the matchers read, by their own functions: the
 * claim matcher's stretches near names (`claimRegions`), split into words as its sieve splits
 * them (`hashWords`); within them, the stem matcher's stretches (`regionsNear`), each word as the
 * beginnings it may stand for (`possibleBeginnings`); and the two-word quotations
 * (`shortQuotations`). A word cut where a stretch starts or ends is keyed as it is read there.
 * No text leaves the page: words go as their 32-bit hashes, the ones the index is keyed by.
 */
import type { PersonId } from './dataset';
import { claimRegions } from './match';
import { fold } from './normalize';
import type { PersonMention } from './people';
import { shortQuotations } from './short-quotes';
import { possibleBeginnings, regionsNear, stemWordsOf } from './stem-match';
import { beginningHashes, hashWords, wordHash } from './word-sieve';

export interface SliceKeys {
  /** The hashes of the words read (word-sieve.ts's `wordHash` of each folded word), each once. */
  readonly words: readonly number[];
  /** Every three words read in a row, as indices into `words`, flat: the 3-grams looked up. */
  readonly grams: readonly number[];
  /** The hashes of every beginning a word read by the stem matcher may stand for. */
  readonly stems: readonly number[];
  /** The hashes of the two-word quotations read (their words folded, joined by a space). */
  readonly quotes: readonly number[];
  /** Who is named: only their claims are looked for in translations and short quotes. */
  readonly people: readonly PersonId[];
}

/** A set of three numbers in a row, without making a key of them. */
class Triples {
  readonly #sets = new Map<number, Map<number, Set<number>>>();

  add(a: number, b: number, c: number): void {
    let byB = this.#sets.get(a);
    if (byB === undefined) this.#sets.set(a, (byB = new Map()));
    let cs = byB.get(b);
    if (cs === undefined) byB.set(b, (cs = new Set()));
    cs.add(c);
  }

  has(a: number, b: number, c: number): boolean {
    return this.#sets.get(a)?.get(b)?.has(c) === true;
  }
}

/** A 3-gram's words' numbers make one number, exactly, while there are no more words than this. */
const WORD_NUMBERS = 2 ** 17;

/** Whether `set` held `n`, which it holds now. */
function has(set: Set<number>, n: number): boolean {
  return set.size === set.add(n).size;
}

/** The keys of what the claim matcher reads of `text` near `mentions` (`find` in match.ts). */
export function sliceKeys(text: string, mentions: readonly PersonMention[]): SliceKeys {
  const words = new Map<number, number>();
  const grams: number[] = [];
  /** The 3-grams met, by their words' numbers as one (exact below `WORD_NUMBERS` words). */
  const seen = new Set<number>();
  const stemWords = new Set<string>();
  const quotes = new Set<number>();
  const people = new Set<PersonId>();
  for (const region of claimRegions(text, mentions)) {
    for (const mention of region.mentions) people.add(mention.personId);
    const { hashes } = hashWords(region.text);
    let a = -1;
    let b = -1;
    for (let k = 0; k < hashes.length; k++) {
      let c = words.get(hashes[k]!);
      if (c === undefined) words.set(hashes[k]!, (c = words.size));
      // Past that many words, 3-grams go as met, twice or more: the background takes each once.
      if (
        a >= 0 &&
        (words.size > WORD_NUMBERS || !has(seen, (a * WORD_NUMBERS + b) * WORD_NUMBERS + c))
      )
        grams.push(a, b, c);
      a = b;
      b = c;
    }
    for (const [start, end] of regionsNear(region.text, region.mentions)) {
      const piece = region.text.slice(start, end);
      for (const word of stemWordsOf(piece, fold(piece)).texts) stemWords.add(word);
    }
    for (const { key } of shortQuotations(region.text)) quotes.add(wordHash(key));
  }
  const stems = new Set<number>();
  for (const word of stemWords) {
    const possible = possibleBeginnings(word);
    for (let k = 0; k < possible.length; k += 2)
      beginningHashes(word, possible[k]!, possible[k + 1]!, stems);
  }
  return {
    words: [...words.keys()],
    grams,
    stems: [...stems],
    quotes: [...quotes],
    people: [...people],
  };
}

/**
 * What a slice was made for. A text whose keys it all holds is read over that slice as over the
 * whole dataset: the slice holds everything any of them reaches (analyzer-slice.ts).
 */
export interface Coverage {
  covers(keys: SliceKeys): boolean;
}

export function coverageOf(keys: SliceKeys): Coverage {
  const words = new Set(keys.words);
  const grams = new Triples();
  const hashOf = keys.words;
  for (let i = 0; i < keys.grams.length; i += 3)
    grams.add(hashOf[keys.grams[i]!]!, hashOf[keys.grams[i + 1]!]!, hashOf[keys.grams[i + 2]!]!);
  const stems = new Set(keys.stems);
  const quotes = new Set(keys.quotes);
  const people = new Set(keys.people);
  return {
    covers(other) {
      const hash = other.words;
      for (let i = 0; i < other.grams.length; i += 3)
        if (
          !grams.has(hash[other.grams[i]!]!, hash[other.grams[i + 1]!]!, hash[other.grams[i + 2]!]!)
        )
          return false;
      return (
        hash.every((h) => words.has(h)) &&
        other.stems.every((s) => stems.has(s)) &&
        other.quotes.every((q) => quotes.has(q)) &&
        other.people.every((p) => people.has(p))
      );
    },
  };
}
