/**
 * Candidates for new claims: what a page quotes a person of the dataset as saying, whole
 * sentences (six words at least) that match no claim it carries. Printed for a person to
 * judge; never written.
 */
import { attribute } from '../../src/core/attribution.ts';
import type { PersonId } from '../../src/core/dataset.ts';
import type { PersonMention } from '../../src/core/people.ts';
import { quotations, wordCount } from './quotations.ts';

export interface Candidate {
  /** The quoted words as the page prints them, without the quotation marks. */
  readonly text: string;
  /** Whom the page credits. */
  readonly attributedTo: PersonId;
}

/** Fewer words are a phrase, not a statement. */
const MIN_WORDS = 6;

export function candidates(
  text: string,
  mentions: readonly PersonMention[],
  claimSpans: readonly { readonly start: number; readonly end: number }[],
): Candidate[] {
  return quotations(text).flatMap(({ start, end }) => {
    const quoted = text.slice(start, end).trim();
    if (wordCount(quoted) < MIN_WORDS) return [];
    if (claimSpans.some((s) => s.start < end && start < s.end)) return [];
    const attributedTo = attribute(text, start, end, mentions);
    return attributedTo === null ? [] : [{ text: quoted, attributedTo }];
  });
}
