/**
 * What the card and the popup show about one claim, derived from the dataset: who said
 * it, and every source that carries it with whom that source credits.
 */
import type { ClaimEvent, ClaimId, DatasetIndex, EventId, SourceKind } from './dataset';
import { viewDifferences, type DifferencesView } from './difference-view';
import { viewSpread, type SpreadEntry } from './spread';

export interface SourceView {
  readonly sourceId: string;
  readonly outlet: string;
  /** The page's headline; null where unknown or only read off the URL. */
  readonly title: string | null;
  readonly url: string;
  readonly published: string | null;
  readonly language: string;
  /** An original report or transcript, or a copy, rewrite or translation of another's. */
  readonly kind: SourceKind;
  /** The outlet of the source it copies, rewrites or translates, where the record names it. */
  readonly copyOf: string | null;
  /** The wording this source prints, where it quotes it. */
  readonly wording: string | null;
  /** Whom this source says said it. */
  readonly attributedTo: string | null;
  /** True where the source credits someone other than the claim's speaker. */
  readonly attributionDiffers: boolean;
}

/** The occasion a claim was made at, as the card and popup name it. */
export interface EventView {
  readonly id: EventId;
  readonly title: string;
  /** ISO date (YYYY-MM-DD): the main one, by which events are ordered. */
  readonly date: string;
  /** The first and last of its days (a call, its publication, the reactions): one day twice. */
  readonly days: readonly [string, string];
}

/** An event as the card, the popup and the record name it; an id alone should one be missing. */
export function eventView(id: EventId, event: ClaimEvent | undefined): EventView {
  if (event === undefined) return { id, title: id, date: '', days: ['', ''] };
  const days = [event.date, ...event.dates].sort();
  return { id, title: event.title, date: event.date, days: [days[0]!, days.at(-1)!] };
}

export interface ClaimView {
  readonly claimId: ClaimId;
  readonly statement: string;
  /** Where the statement is a translation: the language it was said in ("ru"). */
  readonly translatedFrom: string | null;
  readonly event: EventView;
  readonly speaker: string | null;
  readonly sources: readonly SourceView[];
  readonly differences: DifferencesView;
  /** The sources in the order they printed it, with what each changed (spread.ts). */
  readonly spread: readonly SpreadEntry[];
}

export function viewClaim(index: DatasetIndex, claimId: ClaimId): ClaimView | null {
  const claim = index.claim(claimId);
  if (claim === undefined) return null;
  const sources = claim.appearances.flatMap((appearance): SourceView[] => {
    const source = index.source(appearance.source);
    if (source === undefined) return [];
    return [
      {
        sourceId: source.id,
        outlet: source.outlet,
        title: source.titleFromUrl ? null : source.title,
        url: source.url,
        published: source.published,
        language: source.language,
        kind: source.kind,
        copyOf: source.copyOf === null ? null : (index.source(source.copyOf)?.outlet ?? null),
        wording: appearance.text,
        attributedTo: index.person(appearance.attributedTo)?.name ?? null,
        attributionDiffers:
          claim.speaker !== null &&
          appearance.attributedTo !== null &&
          appearance.attributedTo !== claim.speaker,
      },
    ];
  });
  return {
    claimId: claim.id,
    statement: claim.statement,
    translatedFrom: claim.statementTranslatedFrom ?? null,
    // The build checks every claim's event.
    event: eventView(claim.event, index.event(claim.event)),
    speaker: index.person(claim.speaker)?.name ?? null,
    sources,
    differences: viewDifferences(claim, index),
    spread: viewSpread(claim, index, sources),
  };
}

export interface EventGroup<T> {
  readonly event: EventView;
  readonly speakers: readonly SpeakerGroup<T>[];
}

/** Groups claims by the event they were made at, events in the order they first appear, then by speaker. */
export function groupByEvent<T extends { view: ClaimView }>(items: readonly T[]): EventGroup<T>[] {
  const groups = new Map<EventId, T[]>();
  for (const item of items)
    groups.set(item.view.event.id, [...(groups.get(item.view.event.id) ?? []), item]);
  return [...groups.values()].map((grouped) => ({
    event: grouped[0]!.view.event,
    speakers: groupBySpeaker(grouped),
  }));
}

export interface SpeakerGroup<T> {
  /** The speaker's name; null for facts the page states. */
  readonly speaker: string | null;
  readonly items: readonly T[];
}

/** Groups claims by who said them, speakers in the order they first appear, facts last. */
export function groupBySpeaker<T extends { view: ClaimView }>(
  items: readonly T[],
): SpeakerGroup<T>[] {
  const groups = new Map<string | null, T[]>();
  for (const item of items)
    groups.set(item.view.speaker, [...(groups.get(item.view.speaker) ?? []), item]);
  const ordered = [...groups].sort(([a], [b]) => Number(a === null) - Number(b === null));
  return ordered.map(([speaker, grouped]) => ({ speaker, items: grouped }));
}
