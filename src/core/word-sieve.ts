/**
 * The claim matcher's sieve: one pass over a page's text that splits it into the words that
 * `tokenize(fold(text))` would make, without making the folded copy or a string per word. Each
 * word is hashed as it is read; where three words in a row hash like a 3-gram the dataset
 * indexes, the sieve says so. Only around those places does the matcher fold and read the text
 * (match.ts), so a page pays one cheap pass for the parts that quote nothing.
 *
 * Hashes may collide: the sieve may point where no 3-gram stands (the matcher then finds none
 * there); it never misses one that does, as it folds and splits exactly as the matcher does
 * (a property test compares the two).
 */
import { lookUp, type IntTable } from './int-table';
import { fold, foldedCodePoint, mojibakeAt } from './normalize';
import { isUnspacedScript, isWordAt, pushWords, type WordSpans } from './words';

export interface SiftedText {
  /** Where each word of the text starts, in order. */
  readonly starts: readonly number[];
  /** Each word's number in the dataset's vocabulary (`idOf`), -1 for a word it has not. */
  readonly ids: readonly number[];
  /** The words that start three in a row that may be a dataset 3-gram, in order. */
  readonly grams: readonly number[];
}

export interface WordSieve {
  sift(text: string): SiftedText;
  /**
   * A folded word's number in the dataset's vocabulary, -1 for a word none of the wordings has:
   * by its hash, so words whose hashes collide share one (rare: 32 bits for a few thousand words).
   */
  idOf(word: string): number;
}

/** What the sieve reads: the wordings' words and 3-grams (wording-index.ts makes them). */
export interface SieveTables {
  /** Each word, by `wordHash`: its number. */
  readonly vocabulary: IntTable;
  /** Each 3-gram, by `gramKey` of its words' numbers. */
  readonly grams: IntTable;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 0x27;

/** The hash the sieve gives a folded word (FNV-1a over its UTF-16 units). */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * Adds to `hashes` the `wordHash` of each beginning of `word`'s units from `from` on that is
 * `shortest` units long or longer: one pass, no string made.
 */
export function beginningHashes(
  word: string,
  from: number,
  shortest: number,
  hashes: Set<number>,
): void {
  let hash = FNV_OFFSET;
  for (let i = from; i < word.length; i++) {
    hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    if (i - from + 1 >= shortest) hashes.add(hash);
  }
}

/** A 3-gram's key, by its words' numbers. */
export const gramKey = (a: number, b: number, c: number) =>
  Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);

/*
 * What each UTF-16 unit of a page folds to, learnt as met and shared by every sift: below WORD,
 * how it acts on words; from WORD on, the folded unit of a letter or digit itself.
 */
const UNKNOWN = 0;
/** Ends a word: white space, punctuation. */
const BREAK = 1;
/** An apostrophe: joins two runs of letters into one word ("it's"). */
const JOIN = 2;
/** Folds to nothing (a combining mark): a word goes on across it. */
const NOTHING = 3;
/** Folds to several units with a letter or an apostrophe among them, or is half of a pair. */
const SEVERAL = 4;
const WORD = 5;

const units = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  const char = String.fromCharCode(code).toLowerCase();
  units[code] = isWordAt(char, 0) ? char.charCodeAt(0) : code === APOSTROPHE ? JOIN : BREAK;
}
units[0x60] = JOIN; // the grave accent folds to an apostrophe

/** How unit `k` of a folded text acts on words, as `units` says of a page's unit. */
function foldedUnit(folded: string, k: number): number {
  if (isWordAt(folded, k)) return folded.charCodeAt(k);
  return folded.charCodeAt(k) === APOSTROPHE ? JOIN : BREAK;
}

function learn(code: number): number {
  let unit: number;
  if (code >= 0xd800 && code <= 0xdfff) unit = SEVERAL;
  else {
    const folded = foldedCodePoint(code);
    if (folded.length === 0) unit = NOTHING;
    else if (folded.length === 1)
      unit = isWordAt(folded, 0) ? folded.charCodeAt(0) : folded === "'" ? JOIN : BREAK;
    else {
      const acts = [...folded].some((char) => char === "'" || isWordAt(char, 0));
      unit = acts ? SEVERAL : BREAK;
    }
  }
  units[code] = unit;
  return unit;
}

/** A sieve over `tables`: it points at every place where three words in a row are three in a row of one wording. */
export function wordSieve({ vocabulary, grams }: SieveTables): WordSieve {
  return {
    idOf: (word) => lookUp(vocabulary, wordHash(word)),
    sift(text) {
      const { starts, hashes } = hashWords(text);
      // Plain arrays: a typed array that grows is reassigned, and stored into slower
      // (docs/engine-notes.md).
      const found: number[] = [];
      const ids: number[] = [];
      let a = -1; // the numbers of the two words before, -1 for words no wording has
      let b = -1;
      for (let k = 0; k < hashes.length; k++) {
        const c = lookUp(vocabulary, hashes[k]!);
        ids.push(c);
        if (c >= 0 && a >= 0 && b >= 0 && lookUp(grams, gramKey(a, b, c)) >= 0) found.push(k - 2);
        a = b;
        b = c;
      }
      return { starts, ids, grams: found };
    },
  };
}

/**
 * The words of `text` as `tokenize(fold(text))` makes them, read in one pass without the folded
 * copy: where each starts, and its folded form's `wordHash`. What the sieve looks up, and what a
 * named page asks the background about (slice-keys.ts).
 */
export function hashWords(text: string): { starts: number[]; hashes: number[] } {
  const length = text.length;
  const starts: number[] = [];
  const hashes: number[] = [];
  // The steps of `tokenize` on the folded text, taken on the page's own units; a unit that
  // folds to several (rare: ligatures, fractions, letters beyond the BMP) is read as those,
  // by the same steps, each word that starts among them starting at its code point.
  let inWord = false;
  let joining = false; // an apostrophe after a word: it joins if a letter follows
  // The word holds a script written without spaces: split after (words.ts `pushWords`).
  let split = false;
  let hash = FNV_OFFSET;
  let start = 0;
  // Where a word of a script written without spaces is folded again (`pushSplit`): the units of
  // its first code point before it (one that folds to several), how many units it has, and past
  // its last code point.
  let skip = 0;
  let size = 0;
  let end = 0;
  const push = () => {
    if (split) pushSplit(text, [start, end], skip, size, starts, hashes);
    else {
      starts.push(start);
      hashes.push(hash);
    }
  };
  let spelled = ''; // what the code point at `spelledAt` folds to, read from its unit `k`
  let spelledAt = 0;
  let k = 0;
  for (let i = 0; ;) {
    let unit: number;
    let at: number;
    if (k < spelled.length) {
      unit = foldedUnit(spelled, k++);
      at = spelledAt;
    } else {
      if (i >= length) break;
      const code = text.charCodeAt(i);
      // Mojibake, read as fold reads it (normalize.ts `mojibakeAt`): the character it stands for.
      const meant = code >= 0xc2 && code <= 0xf4 ? mojibakeAt(text, i) : null;
      if (meant !== null) {
        [spelled, spelledAt, k] = [foldedCodePoint(meant.point), i, 0];
        i += meant.length;
        continue;
      }
      unit = units[code]!;
      if (unit === UNKNOWN) unit = learn(code);
      if (unit === SEVERAL) {
        const point = text.codePointAt(i)!;
        [spelled, spelledAt, k] = [foldedCodePoint(point), i, 0];
        i += point > 0xffff ? 2 : 1;
        continue;
      }
      at = i++;
    }
    if (unit >= WORD) {
      if (!inWord) {
        inWord = true;
        split = false;
        hash = FNV_OFFSET;
        start = at;
        skip = k < spelled.length || at === spelledAt ? Math.max(0, k - 1) : 0;
        size = 0;
      } else if (joining) {
        hash = Math.imul(hash ^ APOSTROPHE, FNV_PRIME);
        joining = false;
        size++;
      }
      hash = Math.imul(hash ^ unit, FNV_PRIME);
      if (!split && isUnspacedScript(unit)) split = true;
      size++;
      end = i;
    } else if (unit === BREAK || (unit === JOIN && joining)) {
      if (inWord) push();
      inWord = joining = false;
    } else if (unit === JOIN) {
      joining = inWord;
    }
  }
  if (inWord) push();
  return { starts, hashes };
}

/**
 * The words of a word of `text` that holds a script written without spaces (Chinese, Japanese,
 * Thai…), as `tokenize(fold(text))` splits it (words.ts `pushWords`): each one's start in `text`
 * and its hash. The code points `[start, end)` are folded again (rare enough), and the word is
 * the `size` units past the first `skip` (a code point that folds to several may begin the word
 * part-way, or end it).
 */
function pushSplit(
  text: string,
  [start, end]: readonly [number, number],
  skip: number,
  size: number,
  starts: number[],
  hashes: number[],
): void {
  const { text: folded, map } = fold(text.slice(start, end));
  const words: WordSpans = { starts: [], ends: [] };
  pushWords(folded, skip, skip + size, true, words);
  for (let k = 0; k < words.starts.length; k++) {
    starts.push(start + map[words.starts[k]!]!);
    hashes.push(wordHash(folded.slice(words.starts[k], words.ends[k])));
  }
}
