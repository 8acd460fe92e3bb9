/**
 * The compiled claim dataset, as the extension loads it. `scripts/dataset/` builds it
 * from the human-edited files in `data/` (DESIGN.md §2), validates every field, and
 * derives the differences between sources (`differences` on each claim).
 */
import type { ClaimDifferences } from './compare';
import type { AnalyzerIndex } from './analyzer-index';

export type PersonId = string;
export type SourceId = string;
export type ClaimId = string;
export type PlaceId = string;
export type EventId = string;

export interface Person {
  readonly id: PersonId;
  readonly name: string;
  readonly role: string;
  /** Every spelling outlets use; matched case-insensitively, with flexible spaces and hyphens. */
  readonly aliases: readonly string[];
  /**
   * Spellings that are ordinary words too (a bare "Hayya"; Arabic الحية, "the snake"):
   * they count only where one of `context` appears nearby.
   */
  readonly guardedAliases: readonly string[];
  readonly context: readonly string[];
  /**
   * Other people's names that hold this one's ("Charles Kushner", "Himam al-Hayya") and phrases
   * that hold an alias as an ordinary word (Arabic الذخيرة الحية, "live ammunition"): a mention
   * they cover is not of this person. Alias syntax.
   */
  readonly namesakes: readonly string[];
  /** Whether naming this person makes the content script look at a page. */
  readonly watch: boolean;
}

export interface Place {
  readonly id: PlaceId;
  readonly name: string;
  /** The place this one lies in (Cairo within Egypt), or null. */
  readonly within: PlaceId | null;
}

export type SourceKind = 'transcript' | 'report' | 'copy' | 'rewrite' | 'translation' | 'opinion';

export interface Source {
  readonly id: SourceId;
  readonly outlet: string;
  readonly url: string;
  readonly title: string | null;
  /** ISO date (YYYY-MM-DD), or null where the page does not say. */
  readonly published: string | null;
  /** BCP 47 language tag of the page. */
  readonly language: string;
  readonly kind: SourceKind;
  readonly copyOf: SourceId | null;
  /** The title was read off the URL's slug: never shown or exported as the page's headline. */
  readonly titleFromUrl: boolean;
}

/** A date as a source states it: absolute (at day, month or year precision) or relative to the source's date. */
export type DateValue =
  | { readonly kind: 'absolute'; readonly iso: string }
  | {
      readonly kind: 'relative';
      readonly unit: 'day' | 'week' | 'month' | 'year';
      readonly offset: number;
    };

/** How a figure is hedged as printed: "about five hours", "at least $25 billion", "over 5 min". */
export type Bound = 'about' | 'at-least' | 'more-than' | 'less-than' | 'up-to';

/** A typed detail that a source states; `about` says which fact it is (e.g. "date of death"). */
export type Detail = { readonly about: string; readonly text: string } & (
  | { readonly type: 'date'; readonly date: DateValue }
  | { readonly type: 'age'; readonly years: number }
  | {
      readonly type: 'amount';
      readonly value: number;
      readonly currency: string;
      readonly bound?: Bound;
    }
  | { readonly type: 'place'; readonly place: PlaceId }
  | {
      readonly type: 'person';
      readonly name: string;
      /** Other printings of the same name (transliterations: "Huma" for "Himam"). */
      readonly sameAs?: readonly string[];
    }
  | { readonly type: 'count'; readonly value: number; readonly bound?: Bound }
  | { readonly type: 'duration'; readonly seconds: number; readonly bound?: Bound }
);

/** One source's rendering of a claim: the exact short span it prints, whom it credits, what it states. */
export interface Appearance {
  readonly source: SourceId;
  /** The exact span the source prints (its wording, in its language); null where it only states details. */
  readonly text: string | null;
  readonly attributedTo: PersonId | null;
  readonly details: readonly Detail[];
}

export type EventKind =
  'interview' | 'speech' | 'call' | 'meeting' | 'conference' | 'statement' | 'press-conference';

/** An occasion claims were made at: an interview, an address, a call, a meeting. */
export interface ClaimEvent {
  readonly id: EventId;
  readonly title: string;
  /** ISO date (YYYY-MM-DD): the main one. */
  readonly date: string;
  /** Other days it spans or was reported on (a call and its publication), where known. */
  readonly dates: readonly string[];
  readonly place: PlaceId | null;
  readonly kind: EventKind;
}

/**
 * One text of a claim in one language, as the cross-language matcher reads it (stem-match.ts):
 * each distinct word as its beginnings, any of which a page's word may start with (its stem,
 * as a stemming library gives it, or its first letters where none covers the language).
 */
export interface StemProfile {
  readonly language: string;
  /** The source whose wording it was read from; null for the statement or a rendering. */
  readonly source: SourceId | null;
  readonly words: readonly (readonly string[])[];
  /**
   * A rendering of how a report carries the claim (its core words, reported speech): what a
   * page prints of it inside quotation marks or credited, never a transcript's whole line.
   */
  readonly report?: true;
}

export interface Claim {
  readonly id: ClaimId;
  readonly kind: 'quote' | 'fact';
  /** Who said it, for quotes: the speaker the record supports. */
  readonly speaker: PersonId | null;
  /**
   * Whom it is said of or to, besides its speaker, where its words alone do not tell it from the
   * same words about someone else: Witkoff's "deepest respect" is for Putin, not for an emir.
   */
  readonly about?: readonly PersonId[];
  /** The claim in one canonical wording (English). */
  readonly statement: string;
  /** Where the English statement is a translation: the language it was said in ("ru"). */
  readonly statementTranslatedFrom?: string;
  /** The occasion it was made at: claims of different events never stand in for each other. */
  readonly event: EventId;
  readonly appearances: readonly Appearance[];
  /**
   * Derived at build time: its words by language, as word beginnings, from its statement, the
   * maintainers' renderings of it and its sources' wordings (stem-match.ts). Absent where a
   * dataset is made by hand (tests): then only its wordings find it.
   */
  readonly stems?: readonly StemProfile[];
  /** Derived at build time: where the sources disagree. */
  readonly differences: ClaimDifferences;
}

export interface Dataset {
  readonly events: readonly ClaimEvent[];
  readonly people: readonly Person[];
  readonly places: readonly Place[];
  readonly sources: readonly Source[];
  readonly claims: readonly Claim[];
  /**
   * What the analyzer reads, made from the claims where the dataset is loaded
   * (scripts/dataset/load.ts, analyzer-index.ts); absent from a dataset made by hand, for
   * which the analyzer makes it.
   */
  readonly index?: AnalyzerIndex;
}

/** Lookups over a dataset, built once. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  person(id: PersonId | null): Person | undefined;
  place(id: PlaceId): Place | undefined;
  source(id: SourceId): Source | undefined;
  claim(id: ClaimId): Claim | undefined;
  event(id: EventId): ClaimEvent | undefined;
}

/**
 * Lookups over a dataset received in parts, as a named page receives it (src/content/annotate.ts):
 * the people and places first, then each slice's claims, sources and events (analyzer-slice.ts),
 * added to `dataset` and its lookups as they come.
 */
export function growingIndex(
  base: Pick<Dataset, 'people' | 'places'>,
): DatasetIndex & { add(part: Pick<Dataset, 'claims' | 'sources' | 'events'>): void } {
  const dataset = {
    ...base,
    claims: [] as Claim[],
    sources: [] as Source[],
    events: [] as ClaimEvent[],
  };
  const index = indexDataset(dataset);
  const claims = new Map<ClaimId, Claim>();
  const sources = new Map<SourceId, Source>();
  const events = new Map<EventId, ClaimEvent>();
  const addTo = <T extends { readonly id: string }>(
    map: Map<string, T>,
    list: T[],
    items: readonly T[],
  ) => {
    for (const item of items)
      if (!map.has(item.id)) {
        map.set(item.id, item);
        list.push(item);
      }
  };
  return {
    ...index,
    dataset,
    claim: (id) => claims.get(id),
    source: (id) => sources.get(id),
    event: (id) => events.get(id),
    add(part) {
      addTo(claims, dataset.claims, part.claims);
      addTo(sources, dataset.sources, part.sources);
      addTo(events, dataset.events, part.events);
    },
  };
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const claims = new Map(dataset.claims.map((c) => [c.id, c]));
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  return {
    dataset,
    person: (id) => (id === null ? undefined : people.get(id)),
    place: (id) => places.get(id),
    source: (id) => sources.get(id),
    claim: (id) => claims.get(id),
    event: (id) => events.get(id),
  };
}
