/**
 * The whole pipeline on one page's text, as the content script and `npm run eval` both run it:
 * who the page names, and which claims it prints where.
 */
import { compileAttribution } from './attribution';
import { isUnderBidiControl } from './bidi';
import type { IndexedDataset } from './analyzer-index';
import type { PersonId } from './dataset';
import { compileClaimMatcher, type ClaimMatcher } from './match';
import { runSteps, type Steps } from './steps';
import { compilePeopleMatcher, type FirstLookAt, type PeopleMatcher } from './people';
import { withTranscriptLabels } from './transcript-labels';

import type { FoundClaim } from './found-claim';

export type { FoundClaim };

export interface PageAnalysis {
  readonly people: readonly PersonId[];
  readonly claims: readonly FoundClaim[];
}

export interface Analyzer {
  /**
   * Who `text` names and which claims it prints, reading for claims only within a reach of its
   * names (windows.ts's `CLAIM_REACH`): a text naming nobody prints none. `firstLookAt`: where
   * the first look for every person of the dataset found a word of a name, when the text was
   * read (people.ts).
   */
  analyze(text: string, options?: { readonly firstLookAt?: FirstLookAt }): PageAnalysis;
  /**
   * The same analysis a step at a time: who is named, then the claims found, then whom each is
   * credited to, pausing between steps (the content script runs each as a task of its own: run
   * cold, the analysis in one go is one long task; docs/engine-notes.md).
   */
  analyzeInSteps(
    text: string,
    options?: { readonly firstLookAt?: FirstLookAt },
  ): Steps<PageAnalysis>;
  /** Who `text` names, in dataset order (`firstLookAt` as for `analyze`). */
  named(text: string, firstLookAt?: FirstLookAt): PersonId[];
  /** Every person of the dataset, in its order (the order `people` lists them in). */
  readonly personOrder: readonly PersonId[];
}

/**
 * The analyzer of `dataset`: nothing is made here that grows with the claims (the build made
 * the dataset's index, analyzer-index.ts), so a named page pays the same for it whatever the
 * dataset holds.
 */
export function compileAnalyzer(dataset: IndexedDataset): Analyzer {
  const people: PeopleMatcher = compilePeopleMatcher(dataset.people);
  const attribute = compileAttribution(dataset.index.cues);
  // A quote the page reports in its own words counts where the page credits it to its people.
  const claims: ClaimMatcher = compileClaimMatcher(dataset, { speakerOf: attribute });
  const order = dataset.people.map((p) => p.id);
  // Made at a first finding: a page naming someone who said nothing known needs none.
  let quotes: ReadonlySet<string> | undefined;
  const isQuote = (id: string) =>
    (quotes ??= new Set(dataset.claims.filter((c) => c.kind === 'quote').map((c) => c.id))).has(id);
  function* analyzeInSteps(
    text: string,
    options?: { readonly firstLookAt?: FirstLookAt },
  ): Steps<PageAnalysis> {
    const named = people.mentions(text, options?.firstLookAt);
    if (named.length === 0) return { people: [], claims: [] };
    // A transcript's "SW:" is Steve Witkoff's turn, however far back the page named him.
    const mentions = withTranscriptLabels(text, named);
    const who = new Set(named.map((m) => m.personId));
    yield;
    // A span printed under a bidi control shows the reader other words (bidi.ts).
    const matches = claims
      .find(text, mentions)
      .filter((m) => !isUnderBidiControl(text, m.start, m.end));
    yield;
    const found: FoundClaim[] = matches.map((m) => ({
      ...m,
      // Facts are stated by the page itself; only quotes have a speaker.
      attributedTo: isQuote(m.id) ? attribute(text, m.start, m.end, mentions) : null,
    }));
    return { people: order.filter((id) => who.has(id)), claims: found };
  }

  return {
    named: (text, firstLookAt) => people.named(text, firstLookAt),
    personOrder: order,
    analyzeInSteps,
    analyze: (text, options) => runSteps(analyzeInSteps(text, options)),
  };
}
