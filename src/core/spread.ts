/**
 * How a claim spread: its sources in the order they printed it, the first appearance marked,
 * and a changed credit or detail marked at the source that first prints it. Copies, rewrites
 * and translations are told apart by the source's own `kind` (SourceView). Pure: the card, the
 * popup and the record page draw it (src/shared/Timeline.tsx).
 */
import { compareStatements, type DetailStatement } from './compare';
import type { SourceView } from './claim-view';
import type { Claim, DatasetIndex, Detail, SourceKind } from './dataset';
import { valueOf, type DetailValue } from './difference-view';

/** A value of a detail that no earlier source gives, where the sources disagree about it. */
export interface DetailChange {
  readonly about: string;
  readonly type: Detail['type'];
  readonly value: DetailValue;
}

export interface SpreadEntry {
  readonly source: SourceView;
  /** Among the first to print it: the earliest day's originals. */
  readonly first: boolean;
  /** The first source to credit `source.attributedTo`, someone other than the speaker. */
  readonly creditChanged: boolean;
  readonly changes: readonly DetailChange[];
}

/** Kinds that print what another source printed first. */
const DERIVED: ReadonlySet<SourceKind> = new Set(['copy', 'rewrite', 'translation']);
const isDerived = (kind: SourceKind) => DERIVED.has(kind);

/** Earlier days first, the undated last; on one day an original before what copies, rewrites or translates; else as the record lists them. */
export function byDate<T extends Pick<SourceView, 'published' | 'kind'>>(
  sources: readonly T[],
): T[] {
  // ISO days compare as text; past any of them, the undated.
  const day = (s: T) => s.published ?? '~';
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return sources
    .map((source, at) => ({ source, at }))
    .sort(
      (a, b) =>
        order(day(a.source), day(b.source)) ||
        Number(isDerived(a.source.kind)) - Number(isDerived(b.source.kind)) ||
        a.at - b.at,
    )
    .map(({ source }) => source);
}

/**
 * The first appearance: the sources of the earliest known day that are no copy, rewrite or
 * translation (all of that day's where each is one). None where no source is dated.
 */
function firstOnes<T extends Pick<SourceView, 'published' | 'kind'>>(
  ordered: readonly T[],
): Set<T> {
  const earliest = ordered[0]?.published ?? null;
  const day = ordered.filter((s) => earliest !== null && s.published === earliest);
  const originals = day.filter((s) => !isDerived(s.kind));
  return new Set(originals.length > 0 ? originals : day);
}

/**
 * For each source, the values it is the first to give of details the sources disagree about:
 * a value that cannot be true together with any given before it ("15 October" after "14
 * October"; not "Egypt" after "Cairo", nor pounds beside dollars).
 */
function changesBySource(
  claim: Claim,
  index: DatasetIndex,
  ordered: readonly SourceView[],
): Map<string, DetailChange[]> {
  const places = new Map(index.dataset.places.map((place) => [place.id, place]));
  const changes = new Map<string, DetailChange[]>();
  for (const detail of claim.differences.details) {
    if (detail.verdict !== 'conflict') continue;
    const seen: DetailStatement[] = [];
    for (const { sourceId } of ordered) {
      const own = detail.statements.filter((statement) => statement.source === sourceId);
      for (const statement of own) {
        if (
          seen.length === 0 ||
          seen.some((before) => compareStatements(statement, before, places) !== 'conflict')
        )
          continue;
        const change = { about: detail.about, type: detail.type, value: valueOf(statement, index) };
        changes.set(sourceId, [...(changes.get(sourceId) ?? []), change]);
      }
      seen.push(...own);
    }
  }
  return changes;
}

export function viewSpread(
  claim: Claim,
  index: DatasetIndex,
  sources: readonly SourceView[],
): SpreadEntry[] {
  const ordered = byDate(sources);
  const first = firstOnes(ordered);
  const changes = changesBySource(claim, index, ordered);
  const credited = new Set<string | null>();
  return ordered.map((source) => {
    const creditChanged = source.attributionDiffers && !credited.has(source.attributedTo);
    if (creditChanged) credited.add(source.attributedTo);
    return {
      source,
      first: first.has(source),
      creditChanged,
      changes: changes.get(source.sourceId) ?? [],
    };
  });
}
