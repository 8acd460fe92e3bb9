/**
 * How this page differs from the record of a claim: whom it credits, how its wording differs
 * from the full quote, and the details it prints near the quote (a date, a place, an amount)
 * judged against what the sources state.
 */
import type { FoundClaim } from './found-claim';
import {
  compareStatements,
  type DetailDifference,
  type DetailStatement,
  type Verdict,
  type WordingDifference,
} from './compare';
import type { Claim, DatasetIndex, PersonId } from './dataset';
import { foldText } from './normalize';
import type { TextSource } from './text-source';
import { wordingDifference } from './wording';

export interface PageCredit {
  /** Whom this page credits, or null where it names no speaker. */
  readonly page: PersonId | null;
  /** Whom the record credits (the claim's speaker). */
  readonly record: PersonId | null;
  /** How many of the claim's sources credit the same person as this page. */
  readonly sourcesAgreeing: number;
  readonly sources: number;
  readonly differs: boolean;
}

export interface PageDetail {
  readonly about: string;
  /** What this page prints, as a source of the dataset prints it. */
  readonly printed: string;
  readonly verdict: Exclude<Verdict, 'single'>;
}

export interface PageDifference {
  readonly credit: PageCredit | null;
  /** This page's wording against the claim's statement, where both are in its language. */
  readonly wording: WordingDifference | null;
  readonly details: readonly PageDetail[];
}

/** How far from the quote a page's detail may stand to be taken as part of it. */
const DETAIL_REACH = 300;

/** The stretch of the page a quote's details are read in: `[from, to)` around `[start, end)`. */
export const detailStretch = (start: number, end: number) => ({
  from: Math.max(0, start - DETAIL_REACH),
  to: end + DETAIL_REACH,
});

/** A found claim with the language of the wording the page matched: the page's own, for the wording diff. */
export type FoundOnPage = Pick<FoundClaim, 'id' | 'start' | 'end' | 'attributedTo'> & {
  readonly language: string;
};

function credit(claim: Claim, page: PersonId | null): PageCredit | null {
  if (claim.kind !== 'quote') return null;
  const credited = claim.appearances.filter((a) => a.attributedTo !== null);
  const agreeing = credited.filter((a) => a.attributedTo === page).length;
  return {
    page,
    record: claim.speaker,
    sourcesAgreeing: agreeing,
    sources: credited.length,
    differs: page !== null && page !== claim.speaker,
  };
}

/**
 * For each detail the record holds of a claim, the sources' statements of it whose printed form
 * (three characters at least) the page shows within reach of the quote at `[start, end)`,
 * longest first ("9 September" before "September"). The add-source tool proposes these as the
 * details of a new appearance (scripts/add-source/).
 */
export function detailsPrintedNear(
  claim: Claim,
  text: TextSource,
  start: number,
  end: number,
): { readonly difference: DetailDifference; readonly printed: readonly DetailStatement[] }[] {
  const { from, to } = detailStretch(start, end);
  const near = foldText(text.slice(from, to));
  return claim.differences.details.flatMap((difference) => {
    const printed = [...difference.statements]
      .sort((a, b) => b.detail.text.length - a.detail.text.length)
      .filter((s) => s.detail.text.length >= 3 && near.includes(foldText(s.detail.text)));
    return printed.length === 0 ? [] : [{ difference, printed }];
  });
}

/** The details the page prints near the quote, recognised by how sources print them. */
function details(
  claim: Claim,
  text: TextSource,
  found: FoundOnPage,
  index: DatasetIndex,
): PageDetail[] {
  const places = new Map(index.dataset.places.map((p) => [p.id, p]));
  return detailsPrintedNear(claim, text, found.start, found.end).flatMap(
    ({ difference, printed: [printed] }) => {
      // The longest printed form the page shows.
      if (printed === undefined) return [];
      const others = difference.statements.filter((s) => s.source !== printed.source);
      if (others.length === 0) return [];
      const verdicts = others.map((other) => compareStatements(printed, other, places));
      const verdict =
        (['conflict', 'precision', 'conversion'] as const).find((v) => verdicts.includes(v)) ??
        'agree';
      return [{ about: difference.about, printed: printed.detail.text, verdict }];
    },
  );
}

/**
 * All that `comparePage` reads of the page for one found claim, as one string: two found claims
 * with the same key compare alike, so a page read again keeps the comparisons of the claims
 * whose surroundings did not change (content/annotate.ts).
 */
export function comparisonKey(text: TextSource, found: FoundOnPage): string {
  const { from, to } = detailStretch(found.start, found.end);
  const around = text.slice(from, to);
  const quoteAt = found.start - from;
  return [
    found.id,
    found.attributedTo ?? '',
    found.language,
    quoteAt,
    found.end - found.start,
    around,
  ].join('\u0000');
}

export function comparePage(
  text: TextSource,
  found: FoundOnPage,
  index: DatasetIndex,
): PageDifference | null {
  const claim = index.claim(found.id);
  if (claim === undefined) return null;
  const quoted = text.slice(found.start, found.end);
  const wording =
    claim.kind === 'quote' && found.language.split('-')[0] === 'en'
      ? wordingDifference('this page', claim.statement, quoted)
      : null;
  return {
    credit: credit(claim, found.attributedTo),
    wording,
    details: details(claim, text, found, index),
  };
}

/** How a highlight is painted: the reader sees at a glance what the card will say. */
export type HighlightKind = 'corroborated' | 'disputed' | 'differs';

export function highlightKind(claim: Claim, page: PageDifference | null): HighlightKind {
  if (
    page !== null &&
    (page.credit?.differs === true || page.details.some((d) => d.verdict === 'conflict'))
  ) {
    return 'differs';
  }
  const { attribution, details } = claim.differences;
  return attribution.disagree || details.some((d) => d.verdict === 'conflict')
    ? 'disputed'
    : 'corroborated';
}
