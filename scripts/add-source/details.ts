/**
 * The typed details a page states near a claim it carries, recognised as page-compare.ts
 * recognises them for the card: the details of the claim's existing appearances whose printed
 * form the page holds within reach of the quote. Each is proposed in the form data/claims/
 * writes it, with the text as this page prints it.
 */
import type * as v from 'valibot';
import type { DetailStatement } from '../../src/core/compare.ts';
import type { Claim, Detail } from '../../src/core/dataset.ts';
import { fold, foldText, toOriginalSpan } from '../../src/core/normalize.ts';
import { detailStretch, detailsPrintedNear } from '../../src/core/page-compare.ts';
import type { DetailSchema } from '../dataset/schema.ts';

export type DetailEntry = v.InferInput<typeof DetailSchema>;

export interface PageDetailFound {
  readonly detail: DetailEntry;
  /** Where the page prints it: `[start, end)` in the page's text. */
  readonly start: number;
  readonly end: number;
}

/** A compiled detail back in the form data/ writes it, with `text` as given. */
export function detailEntry(detail: Detail, text: string): DetailEntry {
  const { about } = detail;
  if (detail.type === 'person')
    return {
      type: 'person',
      about,
      text,
      name: detail.name,
      ...(detail.sameAs === undefined ? {} : { sameAs: [...detail.sameAs] }),
    };
  if (detail.type !== 'date') return { ...detail, about, text };
  const { date } = detail;
  if (date.kind === 'absolute') return { type: 'date', about, text, date: date.iso };
  const sign = date.offset < 0 ? '-' : '+';
  const count = Math.abs(date.offset);
  return {
    type: 'date',
    about,
    text,
    relative: `${sign}${count} ${date.unit}${count === 1 ? '' : 's'}`,
  };
}

/** Where the page prints `printed` nearest to `[start, end)`, within the reach, or null. */
function locate(
  text: string,
  start: number,
  end: number,
  printed: string,
): { start: number; end: number } | null {
  const { from, to } = detailStretch(start, end);
  const window = text.slice(from, to);
  const folded = fold(window);
  const needle = foldText(printed);
  let best: { start: number; end: number } | null = null;
  for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + 1)) {
    const span = toOriginalSpan(folded, at, at + needle.length, window);
    const found = { start: from + span.start, end: from + span.end };
    const distance = (s: { start: number }) => Math.abs(s.start - start);
    if (best === null || distance(found) < distance(best)) best = found;
  }
  return best;
}

/** Each detail of the record the page prints near the claim found at `[start, end)`. */
export function detailsNear(
  claim: Claim,
  text: string,
  start: number,
  end: number,
): PageDetailFound[] {
  const found: PageDetailFound[] = [];
  const overlaps = (s: { start: number; end: number }) =>
    found.some((f) => s.start < f.end && f.start < s.end);
  for (const { printed } of detailsPrintedNear(claim, text, start, end)) {
    // Longest first: "9 September" is taken, and then "September" within it is not.
    printed.forEach((statement: DetailStatement) => {
      const span = locate(text, start, end, statement.detail.text);
      if (span === null || overlaps(span)) return;
      const detail = detailEntry(statement.detail, text.slice(span.start, span.end));
      found.push({ detail, ...span });
    });
  }
  return found;
}
