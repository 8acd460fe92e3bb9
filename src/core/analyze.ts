/**
 * The whole pipeline on one page's text, as the content script and `npm run eval` both run it:
 * who the page names, and which claims it prints where.
 */
import type { ClaimId, Dataset, PersonId } from './dataset';
import { compileClaimMatcher, type ClaimMatcher } from './match';
import { compilePeopleMatcher, type PeopleMatcher } from './people';

export interface FoundClaim {
  readonly id: ClaimId;
  /** Span in the page text: `[start, end)`, JavaScript string offsets. */
  readonly start: number;
  readonly end: number;
  /** Whom this page credits; null until attribution (issue 4) is built. */
  readonly attributedTo: PersonId | null;
  /** How sure the match is, 0 to 1 (exact matches are 1). */
  readonly score: number;
}

export interface PageAnalysis {
  readonly people: readonly PersonId[];
  readonly claims: readonly FoundClaim[];
}

export interface Analyzer {
  analyze(text: string): PageAnalysis;
}

export function compileAnalyzer(dataset: Dataset): Analyzer {
  const people: PeopleMatcher = compilePeopleMatcher(dataset.people);
  const claims: ClaimMatcher = compileClaimMatcher(dataset);
  return {
    analyze(text) {
      const named = people.named(text);
      if (named.length === 0) return { people: [], claims: [] };
      const found = claims
        .find(text)
        .map((m) => ({ id: m.claimId, start: m.start, end: m.end, attributedTo: null, score: 1 }));
      return { people: named, claims: found };
    },
  };
}
