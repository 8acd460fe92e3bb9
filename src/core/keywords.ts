/**
 * The second way a claim is found: by its keywords, where a page prints the claim in its own
 * translation. The 3-gram matcher (match.ts) finds an outlet's wording only where the dataset
 * holds a close one in the same language; an Italian outlet translating the interview itself
 * shares few 3-grams with the one Italian source we have. Every translation of "members of a
 * really bad club, parents who have buried children" says club, parents, buried and children,
 * though: a claim's `keywords` list those concepts per language, each as word beginnings.
 *
 * A claim is found where all its concepts of one language stand within a few dozen words, each
 * in a word of its own. match.ts keeps such a finding only inside a quotation (for a quote),
 * near a name of one of its people, and where no wording match covers any of it.
 */
import type { Claim, ClaimId } from './dataset';
import { foldText } from './normalize';

/** All of a claim's concepts must stand within this many words. */
export const KEYWORD_WINDOW = 30;
/** Words are looked up by their first letters: as many as the shortest word beginning has. */
const KEY = 2;
/** Arabic and Hebrew write "and", "the", "to" onto the word: a beginning may start this far in. */
const PROCLITIC_REACH = 3;
/** Whether a word's first unit is in Hebrew or Arabic script (U+0590–U+06FF): asked of every word. */
const isSemitic = (unit: number) => unit >= 0x0590 && unit <= 0x06ff;
const NONE: readonly never[] = [];
/** How many low bits of each of a word's first two units pick its beginnings' slot. */
const PAIR_BITS = 6;
const pairOf = (a: number, b: number) =>
  ((a & ((1 << PAIR_BITS) - 1)) << PAIR_BITS) | (b & ((1 << PAIR_BITS) - 1));

export interface KeywordHit {
  readonly claimId: ClaimId;
  readonly language: string;
  /** The first and last words of the finding (indices into the page's words). */
  readonly first: number;
  readonly last: number;
}

/**
 * A text's words, as the keyword matcher reads them: unit by unit, so a page's words need not
 * each be made a string (match.ts reads them off the page where the word sieve found them).
 */
export interface KeywordWords {
  /**
   * Unit `at` of folded word `k`: -1 past its end, or another negative number where only the
   * folded word itself can tell (`word`).
   */
  unitAt(k: number, at: number): number;
  /**
   * Whether folded word `k` holds `text` from its unit `at` on; null where only `word` can tell.
   * Its units before `at + known` have been read already (by `unitAt`) and are `text`'s.
   */
  holds(k: number, text: string, at: number, known: number): boolean | null;
  /** Folded word `k`. */
  word(k: number): string;
}

/** Words already folded and split. */
export const wordsOf = (texts: readonly string[]): KeywordWords => ({
  unitAt: (k, at) => (at < texts[k]!.length ? texts[k]!.charCodeAt(at) : -1),
  holds: (k, text, at) => texts[k]!.startsWith(text, at),
  word: (k) => texts[k]!,
});

export interface KeywordMatcher {
  /** The findings among words `first` to `last` of `words` (their indices are `words`' own). */
  find(words: KeywordWords, first: number, last: number): KeywordHit[];
}

interface Signature {
  readonly claimId: ClaimId;
  readonly language: string;
  readonly concepts: number;
}

interface Beginning {
  readonly signature: number;
  readonly concept: number;
  readonly text: string;
}

/**
 * The first of the words `seen` (the last word seen for each concept) where every one is after
 * `after` and no two are one word; else -1. Asked of every word that stands for a concept.
 */
function firstWithin(seen: readonly number[], after: number): number {
  let first = Infinity;
  for (let c = 0; c < seen.length; c++) {
    const word = seen[c]!;
    if (word <= after) return -1;
    for (let d = 0; d < c; d++) if (seen[d] === word) return -1;
    first = Math.min(first, word);
  }
  return first;
}

export function compileKeywordMatcher(claims: readonly Claim[]): KeywordMatcher {
  const signatures: Signature[] = [];
  // By their first two units: a slot per pair of their low bits, so a word's is found without
  // a string or a hash (the pairs that share a slot are told apart unit by unit).
  const byPair: (Beginning[] | undefined)[] = new Array(1 << (2 * PAIR_BITS));
  for (const claim of claims) {
    for (const [language, concepts] of Object.entries(claim.keywords ?? {})) {
      const signature = signatures.push({ claimId: claim.id, language, concepts: concepts.length });
      concepts.forEach((concept, c) => {
        for (const beginning of concept.split('|')) {
          const text = foldText(beginning);
          const slot = pairOf(text.charCodeAt(0), text.charCodeAt(1));
          (byPair[slot] ??= []).push({ signature: signature - 1, concept: c, text });
        }
      });
    }
  }

  /**
   * The concepts word `k` stands for: a beginning of one at its start (or, in Hebrew and
   * Arabic, a few units in). Null where `unitAt` cannot tell without the folded word.
   */
  function conceptsAt(words: KeywordWords, k: number): readonly Beginning[] | null {
    let a = words.unitAt(k, 0);
    if (a < -1) return null;
    const reach = isSemitic(a) ? PROCLITIC_REACH : 0;
    let found: Beginning[] | null = null;
    for (let at = 0; at <= reach; at++) {
      // Units `at` and `at + 1`: the pair a beginning starting at `at` is slotted by.
      const b = words.unitAt(k, at + 1);
      if (b < -1) return null;
      if (b === -1) break; // fewer than KEY units left
      const slot = byPair[pairOf(a, b)] ?? NONE;
      // The word's next unit tells most beginnings of a slot apart before they are compared.
      const c = slot.length === 0 ? -1 : words.unitAt(k, at + KEY);
      if (c < -1) return null;
      for (const beginning of slot) {
        const text = beginning.text;
        if (text.charCodeAt(0) !== a || text.charCodeAt(1) !== b) continue;
        if (text.length > KEY && text.charCodeAt(KEY) !== c) continue;
        const holds = words.holds(k, text, at, KEY + 1);
        if (holds === null) return null;
        if (holds) (found ??= []).push(beginning);
      }
      a = b;
    }
    return found ?? NONE;
  }

  /** The concepts word `k` stands for, from its folded word where its units do not tell. */
  const conceptsOf = (words: KeywordWords, k: number) =>
    conceptsAt(words, k) ?? conceptsAt(wordsOf([words.word(k)]), 0)!;

  return {
    find(words, first, last) {
      const hits: KeywordHit[] = [];
      // Per signature met, the last word that stood for each of its concepts. Every word that
      // completes a set makes a finding: match.ts keeps those that pass its checks (one that
      // reaches across the end of a quotation does not) and drops overlapping ones.
      const lastSeen = new Map<number, number[]>();
      for (let i = first; i <= last; i++) {
        for (const { signature, concept } of conceptsOf(words, i)) {
          const { concepts, claimId, language } = signatures[signature]!;
          let seen = lastSeen.get(signature);
          if (seen === undefined)
            lastSeen.set(signature, (seen = new Array<number>(concepts).fill(-KEYWORD_WINDOW)));
          seen[concept] = i;
          const first = firstWithin(seen, i - KEYWORD_WINDOW);
          if (first !== -1) hits.push({ claimId, language, first, last: i });
        }
      }
      return hits;
    },
  };
}
