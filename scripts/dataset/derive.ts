/** Derives each claim's differences between sources (never hand-written, DESIGN.md §2). */
import {
  compareAttribution,
  compareDetails,
  type ClaimDifferences,
  type ReferenceDate,
} from '../../src/core/compare.ts';
import type { Claim, ClaimEvent, EventId, Place, Source } from '../../src/core/dataset';
import { wordingDifference } from '../../src/core/wording.ts';

/** The language the statements are written in; wordings in other languages are translations, not variants. */
const STATEMENT_LANGUAGE = 'en';

export interface DeriveContext {
  readonly sources: ReadonlyMap<string, Source>;
  readonly places: ReadonlyMap<string, Place>;
  /** For each source, the latest date of the events it reports: an undated page is no older. */
  readonly latestEvent: ReadonlyMap<string, string>;
}

/** The latest event date (each event's main date) among the claims each source carries. */
export function latestEventBySource(
  claims: readonly Omit<Claim, 'differences'>[],
  events: ReadonlyMap<EventId, ClaimEvent>,
): Map<string, string> {
  const latest = new Map<string, string>();
  for (const claim of claims) {
    const date = events.get(claim.event)?.date;
    if (date === undefined) continue;
    for (const { source } of claim.appearances) {
      const known = latest.get(source);
      if (known === undefined || known < date) latest.set(source, date);
    }
  }
  return latest;
}

export function deriveDifferences(
  claim: Omit<Claim, 'differences'>,
  { sources, places, latestEvent }: DeriveContext,
): ClaimDifferences {
  const wording =
    claim.kind !== 'quote'
      ? []
      : claim.appearances.flatMap((a) => {
          if (
            a.text === null ||
            sources.get(a.source)?.language.split('-')[0] !== STATEMENT_LANGUAGE
          )
            return [];
          const difference = wordingDifference(a.source, claim.statement, a.text);
          return difference === null ? [] : [difference];
        });
  return {
    attribution: compareAttribution(claim.speaker, claim.appearances),
    details: compareDetails(claim.appearances, {
      referenceDate: (id): ReferenceDate | null => {
        const published = sources.get(id)?.published ?? null;
        if (published !== null) return { date: published, basis: 'published' };
        const event = latestEvent.get(id);
        return event === undefined ? null : { date: event, basis: 'event' };
      },
      places,
    }),
    wording,
  };
}
