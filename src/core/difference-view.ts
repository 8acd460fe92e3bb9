/**
 * The differences of a claim as a reader sees them: each fact grouped by the value sources
 * give, with the outlets that give it; whom each source credits; wording changes per outlet.
 */
import type { DaySpan, DetailStatement, ReferenceDate, Verdict, WordingPart } from './compare';
import type { Bound, Claim, DatasetIndex, Detail } from './dataset';

/** A detail's value, structured so the UI can format it for the reader's locale. */
export type DetailValue =
  | {
      readonly type: 'date';
      readonly span: DaySpan | null;
      readonly resolvedAgainst: ReferenceDate | null;
    }
  | { readonly type: 'age'; readonly years: number }
  | {
      readonly type: 'amount';
      readonly value: number;
      readonly currency: string;
      readonly bound: Bound | null;
    }
  | { readonly type: 'place'; readonly name: string }
  | { readonly type: 'person'; readonly name: string }
  | { readonly type: 'count'; readonly value: number; readonly bound: Bound | null }
  | { readonly type: 'duration'; readonly seconds: number; readonly bound: Bound | null };

export interface ValueGroup {
  readonly value: DetailValue;
  /** How the sources print it ("last month", "9 de septiembre"). */
  readonly printed: readonly string[];
  readonly outlets: readonly string[];
}

export interface DetailView {
  readonly about: string;
  readonly type: Detail['type'];
  readonly verdict: Verdict;
  readonly groups: readonly ValueGroup[];
  /** The outlets that carry the claim but do not state this detail. */
  readonly silent: readonly string[];
}

export interface CreditView {
  readonly person: string | null;
  readonly outlets: readonly string[];
}

export interface WordingView {
  readonly outlet: string;
  readonly parts: readonly WordingPart[];
  readonly excerpt: boolean;
}

export interface DifferencesView {
  /** Whom the sources credit, where they disagree; null where they agree. */
  readonly credits: readonly CreditView[] | null;
  readonly details: readonly DetailView[];
  readonly wording: readonly WordingView[];
}

/** A statement's value, for the UI to format. */
export function valueOf(statement: DetailStatement, index: DatasetIndex): DetailValue {
  const detail: Detail = statement.detail;
  switch (detail.type) {
    case 'date':
      return {
        type: 'date',
        span: statement.span ?? null,
        resolvedAgainst: statement.resolvedAgainst ?? null,
      };
    case 'age':
      return { type: 'age', years: detail.years };
    case 'amount':
      return {
        type: 'amount',
        value: detail.value,
        currency: detail.currency,
        bound: detail.bound ?? null,
      };
    case 'place':
      return { type: 'place', name: index.place(detail.place)?.name ?? detail.place };
    case 'person':
      return { type: 'person', name: detail.name };
    case 'count':
      return { type: 'count', value: detail.value, bound: detail.bound ?? null };
    case 'duration':
      return { type: 'duration', seconds: detail.seconds, bound: detail.bound ?? null };
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

export function viewDifferences(claim: Claim, index: DatasetIndex): DifferencesView {
  const outlet = (source: string) => index.source(source)?.outlet ?? source;
  const { attribution, details, wording } = claim.differences;
  const credits = attribution.disagree
    ? groupBy(attribution.bySource, (b) => b.person ?? '').map((group) => ({
        person: index.person(group[0]!.person)?.name ?? null,
        outlets: unique(group.map((b) => outlet(b.source))),
      }))
    : null;
  return {
    credits,
    details: details.map((d) => ({
      about: d.about,
      type: d.type,
      verdict: d.verdict,
      silent: unique(d.silent.map(outlet)),
      groups: groupBy(
        d.statements.map((s) => ({ s, value: valueOf(s, index) })),
        ({ value }) => JSON.stringify(value),
      ).map((group) => ({
        value: group[0]!.value,
        printed: unique(group.map(({ s }) => s.detail.text)),
        outlets: unique(group.map(({ s }) => outlet(s.source))),
      })),
    })),
    wording: wording.map((w) => ({ outlet: outlet(w.source), parts: w.parts, excerpt: w.excerpt })),
  };
}
