/**
 * The compiled claim dataset, as the extension loads it. `scripts/dataset/` builds it
 * from the human-edited files in `data/` (DESIGN.md §2) and validates every field.
 */
export type PersonId = string;
export type SourceId = string;
export type ClaimId = string;

export interface Person {
  readonly id: PersonId;
  readonly name: string;
  readonly role: string;
  /** Every spelling outlets use; matched case-insensitively, with flexible spaces and hyphens. */
  readonly aliases: readonly string[];
}

export type SourceKind = 'transcript' | 'report' | 'copy' | 'translation' | 'opinion';

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
}

/** One source's rendering of a claim: the exact short span it prints, and whom it credits. */
export interface Appearance {
  readonly source: SourceId;
  readonly text: string;
  readonly attributedTo: PersonId | null;
}

export interface ClaimEvent {
  readonly name: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
}

export interface Claim {
  readonly id: ClaimId;
  readonly kind: 'quote' | 'fact';
  /** Who said it, for quotes: the speaker the record supports. */
  readonly speaker: PersonId | null;
  /** The claim in one canonical wording. */
  readonly statement: string;
  /** Where and when it was said, where known. */
  readonly event: ClaimEvent | null;
  readonly appearances: readonly Appearance[];
}

export interface Dataset {
  readonly people: readonly Person[];
  readonly sources: readonly Source[];
  readonly claims: readonly Claim[];
}

/** Lookups over a dataset, built once. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  person(id: PersonId | null): Person | undefined;
  source(id: SourceId): Source | undefined;
  claim(id: ClaimId): Claim | undefined;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const claims = new Map(dataset.claims.map((c) => [c.id, c]));
  return {
    dataset,
    person: (id) => (id === null ? undefined : people.get(id)),
    source: (id) => sources.get(id),
    claim: (id) => claims.get(id),
  };
}
