/**
 * What the card and the popup show about one claim, derived from the dataset: who said
 * it, and every source that carries it with whom that source credits.
 */
import type { ClaimId, DatasetIndex } from './dataset';
import { viewDifferences, type DifferencesView } from './difference-view';

export interface SourceView {
  readonly sourceId: string;
  readonly outlet: string;
  readonly title: string | null;
  readonly url: string;
  readonly published: string | null;
  readonly language: string;
  /** The wording this source prints, where it quotes it. */
  readonly wording: string | null;
  /** Whom this source says said it. */
  readonly attributedTo: string | null;
  /** True where the source credits someone other than the claim's speaker. */
  readonly attributionDiffers: boolean;
}

export interface ClaimView {
  readonly claimId: ClaimId;
  readonly statement: string;
  readonly speaker: string | null;
  readonly sources: readonly SourceView[];
  readonly differences: DifferencesView;
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
        title: source.title,
        url: source.url,
        published: source.published,
        language: source.language,
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
    speaker: index.person(claim.speaker)?.name ?? null,
    sources,
    differences: viewDifferences(claim, index),
  };
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
