/**
 * Finds the dataset's claims in a page's text. This first matcher looks for every known
 * wording of every claim in the folded page text (normalized exact match); each hit maps
 * back to an exact span of the original text.
 */
import type { Claim, ClaimId, Dataset, SourceId } from './dataset';
import { fold, foldText, toOriginalSpan } from './normalize';

export interface ClaimMatch {
  readonly claimId: ClaimId;
  /** The appearance whose wording matched: whose text this page reproduces. */
  readonly via: SourceId;
  /** Span in the original page text: `[start, end)`, JavaScript string offsets. */
  readonly start: number;
  readonly end: number;
}

interface Wording {
  readonly claimId: ClaimId;
  readonly source: SourceId;
  readonly folded: string;
}

/** Shorter wordings are too likely to occur by chance. */
export const MIN_WORDING_LENGTH = 16;

// Quote marks and trailing punctuation differ between outlets; match the words inside.
const EDGE_PUNCTUATION = /^[\s"'.,;:!?-]+|[\s"'.,;:!?-]+$/g;

function wordingsOf(claim: Claim): Wording[] {
  return claim.appearances
    .flatMap((a) =>
      a.text === null
        ? []
        : [
            {
              claimId: claim.id,
              source: a.source,
              folded: foldText(a.text).replace(EDGE_PUNCTUATION, ''),
            },
          ],
    )
    .filter((w) => w.folded.length >= MIN_WORDING_LENGTH);
}

export interface ClaimMatcher {
  find(text: string): ClaimMatch[];
}

export function compileClaimMatcher(dataset: Dataset): ClaimMatcher {
  // Longest first: the fullest wording of a quote claims its span before a shorter excerpt.
  const wordings = dataset.claims
    .flatMap(wordingsOf)
    .sort((a, b) => b.folded.length - a.folded.length);
  return {
    find(text) {
      const folded = fold(text);
      const taken: ClaimMatch[] = [];
      for (const wording of wordings) {
        let at = folded.text.indexOf(wording.folded);
        while (at !== -1) {
          const span = toOriginalSpan(folded, at, at + wording.folded.length, text);
          if (!taken.some((m) => m.start < span.end && span.start < m.end)) {
            taken.push({ claimId: wording.claimId, via: wording.source, ...span });
          }
          at = folded.text.indexOf(wording.folded, at + 1);
        }
      }
      return taken.sort((a, b) => a.start - b.start);
    },
  };
}
