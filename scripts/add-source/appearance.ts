/**
 * The appearance a page proposes for a claim it carries: the span as the page prints it, whom
 * it credits, the details it states near it, and where one stands outside the span, the
 * sentences around both, in the quote's paragraph, as `context` (the validator checks every
 * detail is printed in the span or the context).
 */
import type * as v from 'valibot';
import type { FoundClaim } from '../../src/core/analyze.ts';
import type { Claim } from '../../src/core/dataset.ts';
import type { AppearanceSchema } from '../dataset/schema.ts';
import { detailsNear, type PageDetailFound } from './details.ts';
import { sentencesAround } from './sentence.ts';

export type AppearanceEntry = v.InferInput<typeof AppearanceSchema>;

/** The validator's longest context (scripts/dataset/schema.ts). */
const MAX_CONTEXT = 400;

export interface ProposedAppearance {
  readonly appearance: AppearanceEntry;
  /** Details the page prints too far from the quote for one context to hold: for the reviewer. */
  readonly left: readonly PageDetailFound[];
}

export function proposeAppearance(
  claim: Claim,
  text: string,
  found: FoundClaim,
  sourceId: string,
): ProposedAppearance {
  const inside = (d: PageDetailFound) => d.start >= found.start && d.end <= found.end;
  const details = detailsNear(claim, text, found.start, found.end);
  // Nearest first, each taken while the sentences holding it and the quote stay short.
  const outside = details
    .filter((d) => !inside(d))
    .sort((a, b) => Math.abs(a.start - found.start) - Math.abs(b.start - found.start));
  let context: { start: number; end: number } | null = null;
  const taken = new Set(details.filter(inside));
  const left: PageDetailFound[] = [];
  for (const detail of outside) {
    const wider = sentencesAround(
      text,
      Math.min(found.start, detail.start, context?.start ?? Infinity),
      Math.max(found.end, detail.end, context?.end ?? -Infinity),
    );
    // The sentences around the quote: one paragraph's, short.
    if (
      wider.end - wider.start > MAX_CONTEXT ||
      text.slice(wider.start, wider.end).includes('\n')
    ) {
      left.push(detail);
      continue;
    }
    context = wider;
    taken.add(detail);
  }
  const appearance: AppearanceEntry = {
    source: sourceId,
    text: text.slice(found.start, found.end),
    ...(context === null ? {} : { context: text.slice(context.start, context.end) }),
    attributedTo: found.attributedTo,
    details: details.filter((d) => taken.has(d)).map((d) => d.detail),
  };
  return { appearance, left };
}
