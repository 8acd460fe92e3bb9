/**
 * The people's record to browse: every known claim by person and event, found by a word of it.
 * A claim's words are its statement's, every wording a source prints (in its language), its
 * speaker's name and its event's title, folded as the matcher folds a page (normalize.ts: case,
 * accents, vowel marks, typographic quotes), so "Kushner", "KUSHNER" and "kúshner" are one.
 */
import { eventView, type EventView } from './claim-view';
import type { ClaimId, DatasetIndex } from './dataset';
import { foldText } from './normalize';
import { tokenize } from './words';

export interface BrowseClaim {
  readonly claimId: ClaimId;
  readonly statement: string;
  /** The speaker's name; null for facts. */
  readonly speaker: string | null;
  readonly event: EventView;
  /** Its words, folded, each once. */
  readonly words: readonly string[];
}

/** Every claim, its people in the dataset's order (facts last), then its events by date. */
export function browseClaims(index: DatasetIndex): BrowseClaim[] {
  const { people, claims } = index.dataset;
  const personOrder = new Map(people.map((person, at) => [person.id, at]));
  const rank = (speaker: string | null) =>
    speaker === null ? people.length : (personOrder.get(speaker) ?? people.length - 1);
  const dated = claims.map((claim, at) => {
    const event = eventView(claim.event, index.event(claim.event));
    return { claim, at, event };
  });
  dated.sort(
    (a, b) =>
      rank(a.claim.speaker) - rank(b.claim.speaker) ||
      (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0) ||
      a.at - b.at,
  );
  return dated.map(({ claim, event }) => {
    const speaker = index.person(claim.speaker)?.name ?? null;
    const texts = [
      claim.statement,
      speaker ?? '',
      event.title,
      ...claim.appearances.map((a) => a.text ?? ''),
    ];
    return {
      claimId: claim.id,
      statement: claim.statement,
      speaker,
      event,
      words: [...new Set(tokenize(foldText(texts.join('\n'))).texts)],
    };
  });
}

/** A query's words, folded as the claims' are. */
export const queryWords = (query: string): string[] => tokenize(foldText(query)).texts;

/** How long a query word must be to count where it stands inside a word, not only at its start. */
const INSIDE_FROM = 4;

/**
 * Whether a claim holds every word of a query: each the start of one of its words ("vulner"
 * finds "vulnerability"), or, four letters or more, anywhere in one: Arabic writes "and",
 * "the" and "to" into the word ("سلام" in "والسلام"), German makes one word of several
 * ("abkommen" in "Friedensabkommen").
 */
export function holdsWords(claim: BrowseClaim, words: readonly string[]): boolean {
  return words.every((word) =>
    claim.words.some((own) =>
      word.length >= INSIDE_FROM ? own.includes(word) : own.startsWith(word),
    ),
  );
}

/** The claims a query finds, in their order; all of them for a query of no words. */
export function searchClaims(claims: readonly BrowseClaim[], query: string): BrowseClaim[] {
  const words = queryWords(query);
  return words.length === 0 ? [...claims] : claims.filter((claim) => holdsWords(claim, words));
}

export interface BrowseGroup {
  /** The speaker's name; null for facts. */
  readonly speaker: string | null;
  readonly events: readonly { readonly event: EventView; readonly claims: BrowseClaim[] }[];
}

/** Claims (in `browseClaims`'s order) by speaker, then by event. */
export function groupForBrowse(claims: readonly BrowseClaim[]): BrowseGroup[] {
  const groups: {
    speaker: string | null;
    events: Map<string, { event: EventView; claims: BrowseClaim[] }>;
  }[] = [];
  for (const claim of claims) {
    let group = groups.at(-1);
    if (group === undefined || group.speaker !== claim.speaker) {
      group = { speaker: claim.speaker, events: new Map() };
      groups.push(group);
    }
    const events = group.events;
    const event = events.get(claim.event.id) ?? { event: claim.event, claims: [] };
    event.claims.push(claim);
    events.set(claim.event.id, event);
  }
  return groups.map(({ speaker, events }) => ({ speaker, events: [...events.values()] }));
}
