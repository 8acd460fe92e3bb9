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
import type { Tokens } from './words';

/** All of a claim's concepts must stand within this many words. */
export const KEYWORD_WINDOW = 30;
/** Words are looked up by their first letters: as many as the shortest word beginning has. */
const KEY = 2;
/** Arabic and Hebrew write "and", "the", "to" onto the word: a beginning may start this far in. */
const PROCLITIC_REACH = 3;
/** Whether a word starts in Hebrew or Arabic script (U+0590–U+06FF): asked of every word. */
const isSemitic = (word: string) => {
  const code = word.charCodeAt(0);
  return code >= 0x0590 && code <= 0x06ff;
};
const NONE: readonly never[] = [];

export interface KeywordHit {
  readonly claimId: ClaimId;
  readonly language: string;
  /** The first and last words of the finding (indices into the page's words). */
  readonly first: number;
  readonly last: number;
}

export interface KeywordMatcher {
  find(tokens: Tokens): KeywordHit[];
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

export function compileKeywordMatcher(claims: readonly Claim[]): KeywordMatcher {
  const signatures: Signature[] = [];
  // Keyed by the first two UTF-16 units as one number: no string is made per word looked up.
  const byKey = new Map<number, Beginning[]>();
  const keyAt = (text: string, at: number) =>
    text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
  for (const claim of claims) {
    for (const [language, concepts] of Object.entries(claim.keywords ?? {})) {
      const signature = signatures.push({ claimId: claim.id, language, concepts: concepts.length });
      concepts.forEach((concept, c) => {
        for (const beginning of concept.split('|')) {
          const text = foldText(beginning);
          const list = byKey.get(keyAt(text, 0)) ?? [];
          list.push({ signature: signature - 1, concept: c, text });
          byKey.set(keyAt(text, 0), list);
        }
      });
    }
  }

  /** The concepts `word` stands for. */
  function conceptsOf(word: string): readonly Beginning[] {
    const reach = isSemitic(word) ? PROCLITIC_REACH : 0;
    let found: Beginning[] | null = null;
    for (let at = 0; at <= reach && at + KEY <= word.length; at++) {
      for (const beginning of byKey.get(keyAt(word, at)) ?? []) {
        if (word.startsWith(beginning.text, at)) (found ??= []).push(beginning);
      }
    }
    return found ?? NONE;
  }

  return {
    find(tokens) {
      const hits: KeywordHit[] = [];
      // Per signature met, the last word that stood for each of its concepts. Every word that
      // completes a set makes a finding: match.ts keeps those that pass its checks (one that
      // reaches across the end of a quotation does not) and drops overlapping ones.
      const lastSeen = new Map<number, number[]>();
      tokens.texts.forEach((word, i) => {
        for (const { signature, concept } of conceptsOf(word)) {
          const { concepts, claimId, language } = signatures[signature]!;
          let seen = lastSeen.get(signature);
          if (seen === undefined)
            lastSeen.set(signature, (seen = new Array<number>(concepts).fill(-KEYWORD_WINDOW)));
          seen[concept] = i;
          const first = Math.min(...seen);
          if (first > i - KEYWORD_WINDOW && new Set(seen).size === concepts)
            hits.push({ claimId, language, first, last: i });
        }
      });
      return hits;
    },
  };
}
