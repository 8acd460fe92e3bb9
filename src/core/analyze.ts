/**
 * The whole pipeline on one page's text, as the content script and `npm run eval` both run it:
 * who the page names, and which claims it prints where.
 */
import { compileAttribution, type Attribute } from './attribution';
import { isUnderBidiControl } from './bidi';
import { withBase, type AnalyzerBase, type IndexedDataset } from './analyzer-index';
import { isAboutSomeoneNamed, mayHaveSaid } from './claim-people';
import type { Claim, Person, PersonId } from './dataset';
import { compileClaimMatcher, type ClaimMatcher } from './match';
import { coverageOf, sliceKeys, type Coverage } from './slice-keys';
import { runSteps, type Steps } from './steps';
import {
  compilePeopleMatcher,
  type FirstLookAt,
  type PeopleMatcher,
  type PersonMention,
} from './people';
import { withShortNames } from './short-names';
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
   * cold, the analysis in one go is one long task; docs/engine-notes.md). A sliced analyzer's
   * steps ask for the slice of the dataset the text needs (`compileSlicedAnalyzer`); `analyze`
   * over one is for a text its last slice covers.
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
 * dataset holds. It reads any text over the whole dataset, and never asks for a slice.
 */
export function compileAnalyzer(dataset: IndexedDataset): Analyzer {
  const attribute = compileAttribution(dataset.index.cues);
  return analyzerOf(dataset.people, attribute, claimReader(dataset, attribute));
}

/**
 * The analyzer of a named page (src/content/annotate.ts), which holds the base but not the
 * claims: before reading a text for claims, its steps ask their runner for the slice of the
 * dataset the text's keys reach (slice-keys.ts, `SliceAsk`), unless the last slice holds them
 * all. A text is read over its slice as over the whole dataset: the same claims, found where
 * the same analysis finds them (a test reads the corpus both ways).
 */
export function compileSlicedAnalyzer(base: AnalyzerBase): Analyzer {
  const attribute = compileAttribution(base.cues);
  let last: { readonly coverage: Coverage; readonly claims: ClaimReader } | null = null;
  return analyzerOf(base.people, attribute, function* (text, mentions) {
    const keys = sliceKeys(text, mentions);
    if (last === null || !last.coverage.covers(keys)) {
      const slice = yield { keys };
      if (slice === undefined) throw new Error('no slice of the dataset was given');
      last = { coverage: coverageOf(keys), claims: claimReader(withBase(base, slice), attribute) };
      // Its matcher made, the reading in a step of its own: both run cold on a page's first.
      yield;
    }
    return last.claims;
  });
}

/** The claim matcher over a dataset (whole, or a slice with the base), and its claims by id. */
interface ClaimReader {
  readonly matcher: ClaimMatcher;
  claimOf(id: string): Claim | undefined;
}

function claimReader(dataset: IndexedDataset, attribute: Attribute): ClaimReader {
  // Made at a first finding: a page naming someone who said nothing known needs none.
  let byId: ReadonlyMap<string, Claim> | undefined;
  return {
    // A quote the page reports in its own words counts where the page credits it to its people.
    matcher: compileClaimMatcher(dataset, { speakerOf: attribute }),
    claimOf: (id) => (byId ??= new Map(dataset.claims.map((c) => [c.id, c]))).get(id),
  };
}

function analyzerOf(
  persons: readonly Person[],
  attribute: Attribute,
  /**
   * What the claims are read over: the whole dataset's reader, or, for a text and its mentions,
   * steps that may ask for a slice and end with its reader.
   */
  claimsFor:
    ClaimReader | ((text: string, mentions: readonly PersonMention[]) => Steps<ClaimReader>),
): Analyzer {
  const people: PeopleMatcher = compilePeopleMatcher(persons);
  const order = persons.map((p) => p.id);
  function* analyzeInSteps(
    text: string,
    options?: { readonly firstLookAt?: FirstLookAt },
  ): Steps<PageAnalysis> {
    const named = people.mentions(text, options?.firstLookAt);
    if (named.length === 0) return { people: [], claims: [] };
    // A transcript's "SW:" is Steve Witkoff's turn, however far back the page named him.
    // A name given in full counts again where the page prints its last words alone (`Jalil Al
    // Haya … Al Haya ha explicado`): a claim near those is near the person.
    const mentions = withShortNames(text, withTranscriptLabels(text, named), 0, text.length);
    const who = new Set(named.map((m) => m.personId));
    yield;
    const claims = typeof claimsFor === 'function' ? yield* claimsFor(text, mentions) : claimsFor;
    // A span printed under a bidi control shows the reader other words (bidi.ts).
    // And a claim said of someone, only with them named near (claim-people.ts).
    const matches = (yield* claims.matcher.findInSteps(text, mentions)).filter((m) => {
      const claim = claims.claimOf(m.id);
      return (
        !isUnderBidiControl(text, m.start, m.end) &&
        (claim === undefined || isAboutSomeoneNamed(claim, mentions, m.start, m.end))
      );
    });
    yield;
    const found: FoundClaim[] = matches.map((m) => {
      const claim = claims.claimOf(m.id);
      // Facts are stated by the page itself; only quotes have a speaker, never whom they are of.
      const quoted = claim?.kind === 'quote';
      return {
        ...m,
        attributedTo: quoted ? attribute(text, m.start, m.end, mayHaveSaid(claim, mentions)) : null,
      };
    });
    return { people: order.filter((id) => who.has(id)), claims: found };
  }

  return {
    named: (text, firstLookAt) => people.named(text, firstLookAt),
    personOrder: order,
    analyzeInSteps,
    analyze: (text, options) => runSteps(analyzeInSteps(text, options)),
  };
}
