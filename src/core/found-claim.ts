/**
 * A claim found on a page: one shape from the matchers (match.ts, stem-match.ts,
 * short-quotes.ts) through the analysis (analyze.ts) to the comparison with the record
 * (page-compare.ts) and the card.
 */
import type { ClaimId, PersonId, SourceId } from './dataset';

/** Where a matcher found a claim, and how. */
export interface Finding {
  readonly id: ClaimId;
  /** Span in the page text: `[start, end)`, JavaScript string offsets. */
  readonly start: number;
  readonly end: number;
  /** How sure the match is, 0 to 1: 1 − errors / length of the wording matched, 1 for an exact match. */
  readonly score: number;
  /** The appearance whose wording matched best: whose text this page reproduces. */
  readonly via: SourceId;
  /** Found by the stems of its texts, in a translation of the page's own: their language (`via` may be in another). */
  readonly language?: string;
}

/** A finding, and whom the page credits with it. */
export interface FoundClaim extends Finding {
  /** Whom this page credits with it, or null where the page does not say (and for a fact). */
  readonly attributedTo: PersonId | null;
}
