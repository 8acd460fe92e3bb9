/**
 * A claim's differences side by side, for its record page: a row per source (in the order it
 * spread, spread.ts), a column for whom each credits and one for each detail the sources state.
 * A cell that cannot be true together with the first value given in its column is marked, as
 * the timeline marks where it first appears.
 */
import { compareStatements, type DetailStatement, type Verdict } from './compare';
import type { SourceView } from './claim-view';
import type { Claim, DatasetIndex, Detail } from './dataset';
import { valueOf, type DetailValue } from './difference-view';
import type { SpreadEntry } from './spread';

export interface Column {
  readonly about: string;
  readonly type: Detail['type'];
  readonly verdict: Verdict;
}

export interface Cell {
  /** What the source states (more than one where it gives an amount in two currencies). */
  readonly values: readonly { readonly value: DetailValue; readonly printed: string }[];
  /** Cannot be true together with the column's first value. */
  readonly differs: boolean;
}

export interface Row {
  readonly source: SourceView;
  /** A cell per column; null where the source does not state it. */
  readonly cells: readonly (Cell | null)[];
}

export interface SideBySide {
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

export function sideBySide(
  claim: Claim,
  index: DatasetIndex,
  spread: readonly SpreadEntry[],
): SideBySide {
  const places = new Map(index.dataset.places.map((place) => [place.id, place]));
  const details = claim.differences.details;
  const cellsBySource = new Map<string, (Cell | null)[]>(
    spread.map(({ source }) => [source.sourceId, details.map(() => null)]),
  );
  details.forEach((detail, column) => {
    let reference: DetailStatement | null = null;
    for (const { source } of spread) {
      const own = detail.statements.filter((statement) => statement.source === source.sourceId);
      if (own.length === 0) continue;
      reference ??= own[0]!;
      const first = reference;
      cellsBySource.get(source.sourceId)![column] = {
        values: own.map((s) => ({ value: valueOf(s, index), printed: s.detail.text })),
        differs: own.every((s) => compareStatements(s, first, places) === 'conflict'),
      };
    }
  });
  return {
    columns: details.map(({ about, type, verdict }) => ({ about, type, verdict })),
    rows: spread.map(({ source }) => ({ source, cells: cellsBySource.get(source.sourceId)! })),
  };
}
