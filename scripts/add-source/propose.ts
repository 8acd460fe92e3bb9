/**
 * What a saved page adds to the dataset, for a person to review: the source entry, one
 * appearance per claim the page carries, and what it quotes known people saying that no claim
 * holds. The claims are found by the content script's own pipeline (src/core/analyze.ts) over
 * the dataset as the build gives it to the extension (first looks made).
 */
import { withIndex } from '../../src/core/analyzer-index.ts';
import { compileAnalyzer, type FoundClaim } from '../../src/core/analyze.ts';
import type { ClaimId, Dataset } from '../../src/core/dataset.ts';
import { compilePeopleMatcher } from '../../src/core/people.ts';
import { withFirstLooks } from '../dataset/vite-plugin.ts';
import { proposeAppearance, type AppearanceEntry } from './appearance.ts';
import { candidates, type Candidate } from './candidates.ts';
import type { DetailEntry } from './details.ts';
import type { SavedPage } from './saved-page.ts';
import { proposeSourceEntry, type Overrides, type SourceEntry } from './source-entry.ts';

export interface ProposedClaimAppearance {
  readonly claim: ClaimId;
  /** How sure the match is, 0 to 1, and the source whose wording the page reproduces. */
  readonly score: number;
  readonly via: string;
  /** Set where the claim was found by its stems, in the page's own translation. */
  readonly translationLanguage?: string;
  readonly appearance: AppearanceEntry;
  /** Details printed too far from the quote to be written with it: for the reviewer. */
  readonly detailsLeft: readonly DetailEntry[];
}

export interface Proposal {
  readonly source: SourceEntry;
  /** What neither the page nor a flag says, and --write needs. */
  readonly missing: readonly string[];
  /** The id of the source already in sources.json with this URL, if any. */
  readonly existingSource: string | null;
  readonly appearances: readonly ProposedClaimAppearance[];
  readonly candidates: readonly Candidate[];
}

/** Of a claim found several times on a page, the longest span (the earliest of equals). */
function longestOfEach(found: readonly FoundClaim[]): FoundClaim[] {
  const best = new Map<ClaimId, FoundClaim>();
  for (const f of found) {
    const known = best.get(f.id);
    if (known === undefined || f.end - f.start > known.end - known.start) best.set(f.id, f);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

export type Proposer = (page: SavedPage, overrides?: Overrides) => Proposal;

export function compileProposer(dataset: Dataset): Proposer {
  const prepared = withFirstLooks(withIndex(dataset));
  const analyzer = compileAnalyzer(prepared);
  const people = compilePeopleMatcher(prepared.people);
  const claims = new Map(dataset.claims.map((c) => [c.id, c]));
  const takenIds = new Set(dataset.sources.map((s) => s.id));
  return (page, overrides = {}) => {
    const { entry, missing } = proposeSourceEntry(page, overrides, takenIds);
    const { text } = page;
    const found = analyzer.analyze(text).claims;
    const appearances = longestOfEach(found).map((f): ProposedClaimAppearance => {
      const { appearance, left } = proposeAppearance(claims.get(f.id)!, text, f, entry.id);
      return {
        claim: f.id,
        score: f.score,
        via: f.via,
        ...(f.language === undefined ? {} : { translationLanguage: f.language }),
        appearance,
        detailsLeft: left.map((d) => d.detail),
      };
    });
    return {
      source: entry,
      missing,
      existingSource: dataset.sources.find((s) => s.url === entry.url)?.id ?? null,
      appearances,
      candidates: candidates(text, people.mentions(text), found),
    };
  };
}
