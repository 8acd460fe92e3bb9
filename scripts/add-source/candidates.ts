/**
 * Candidates for new claims: what a page quotes a person of the dataset as saying, in the
 * paragraph that names them, six words at least, overlapping no claim it carries. Printed for a person to
 * judge; never written.
 */
import { compileAttribution } from '../../src/core/attribution.ts';
import type { PersonId } from '../../src/core/dataset.ts';
import type { PersonMention } from '../../src/core/people.ts';
import { SPEECH_CUES } from '../../src/core/speech-cues.ts';
import { quotations, wordCount } from './quotations.ts';

/** Whom a page credits, as the analyzer reads it (Node: the cues as the build gives them). */
const attribute = compileAttribution(SPEECH_CUES);

export interface Candidate {
  /** The quoted words as the page prints them, without the quotation marks. */
  readonly text: string;
  /** Whom the page credits. */
  readonly attributedTo: PersonId;
}

/** Fewer words are a phrase, not a statement. */
const MIN_WORDS = 6;

/**
 * Whether the paragraph of `[start, end)` names `person`. A speaker found only paragraphs back
 * is a guess a candidate does without: a quote from someone the dataset does not know, after
 * a paragraph quoting Witkoff, is not Witkoff's.
 */
function namedInParagraph(
  text: string,
  start: number,
  end: number,
  person: PersonId,
  mentions: readonly PersonMention[],
): boolean {
  const from = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const to = lineEnd === -1 ? text.length : lineEnd;
  return mentions.some((m) => m.personId === person && m.start >= from && m.end <= to);
}

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
    if (attributedTo === null || !namedInParagraph(text, start, end, attributedTo, mentions))
      return [];
    return [{ text: quoted.replace(/[\s,;:]+$/u, ''), attributedTo }];
  });
}
