/**
 * Where sources disagree about a claim: whom they credit, and each typed detail they state
 * (dates, ages, amounts, places, names, counts, durations; figures hedged or not: figures.ts). Pure and deterministic: the build derives
 * these once for the whole dataset.
 */
import type { Appearance, DateValue, Detail, PersonId, Place, PlaceId, SourceId } from './dataset';
// With its extension: the build's dataset scripts load this module too (scripts/dataset/derive.ts).
import { compareFigures } from './figures.ts';

export type Verdict =
  /** Every source that states it says the same. */
  | 'agree'
  /** Compatible, but some say it more precisely ("Egypt" and "Sharm el-Sheikh"; "last month" and "9 September"). */
  | 'precision'
  /** The same amount given in other currencies too. */
  | 'conversion'
  /** Sources state things that cannot both be true. */
  | 'conflict'
  /** Only one source states it. */
  | 'single';

/** An inclusive span of days, `YYYY-MM-DD` each: what a date statement allows. */
export interface DaySpan {
  readonly from: string;
  readonly to: string;
}

export interface DetailStatement {
  readonly source: SourceId;
  readonly detail: Detail;
  /** For dates: the days the statement allows, relative dates resolved. */
  readonly span?: DaySpan;
  /** For relative dates: the date they were resolved against, and what that date is. */
  readonly resolvedAgainst?: ReferenceDate;
}

export interface DetailDifference {
  readonly about: string;
  readonly type: Detail['type'];
  readonly statements: readonly DetailStatement[];
  /** Sources that carry the claim but do not state this detail. */
  readonly silent: readonly SourceId[];
  readonly verdict: Verdict;
}

export interface AttributionDifference {
  readonly bySource: readonly { readonly source: SourceId; readonly person: PersonId | null }[];
  /** True where a source credits someone other than the speaker, or sources credit different people. */
  readonly disagree: boolean;
}

export type WordingPart = readonly ['=' | '+' | '-', string];

export interface WordingDifference {
  readonly source: SourceId;
  /** Word-level diff from the claim's statement to this source's wording. */
  readonly parts: readonly WordingPart[];
  /** True where the source quotes only part of the statement (the rest is not counted as a difference). */
  readonly excerpt: boolean;
}

export interface ClaimDifferences {
  readonly attribution: AttributionDifference;
  readonly details: readonly DetailDifference[];
  readonly wording: readonly WordingDifference[];
}

export function compareAttribution(
  speaker: PersonId | null,
  appearances: readonly Appearance[],
): AttributionDifference {
  const bySource = appearances.map((a) => ({ source: a.source, person: a.attributedTo }));
  const credited = new Set(bySource.flatMap((b) => (b.person === null ? [] : [b.person])));
  const disagree =
    credited.size > 1 || (speaker !== null && [...credited].some((p) => p !== speaker));
  return { bySource, disagree };
}

// ---- dates ----

function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const date = parseDay(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDay(date);
}

function monthSpan(year: number, month: number): DaySpan {
  const first = new Date(Date.UTC(year, month, 1));
  const last = new Date(Date.UTC(year, month + 1, 0));
  return { from: formatDay(first), to: formatDay(last) };
}

/** The days a date statement allows; relative dates need the date they are relative to. */
export function daySpan(date: DateValue, reference: string | null): DaySpan | null {
  if (date.kind === 'absolute') {
    const [year, month, day] = date.iso.split('-').map(Number) as [
      number,
      number | undefined,
      number | undefined,
    ];
    if (day !== undefined && month !== undefined) return { from: date.iso, to: date.iso };
    if (month !== undefined) return monthSpan(year, month - 1);
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  if (reference === null) return null;
  const ref = parseDay(reference);
  switch (date.unit) {
    case 'day': {
      const day = addDays(reference, date.offset);
      return { from: day, to: day };
    }
    case 'week': {
      // "last week": the seven days a week back, give or take the weekday it was said on.
      const centre = addDays(reference, 7 * date.offset);
      return { from: addDays(centre, -3), to: addDays(centre, 3) };
    }
    case 'month':
      return monthSpan(ref.getUTCFullYear(), ref.getUTCMonth() + date.offset);
    case 'year': {
      const year = ref.getUTCFullYear() + date.offset;
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    }
  }
}

function compareSpans(a: DaySpan, b: DaySpan): Verdict {
  if (a.from === b.from && a.to === b.to) return 'agree';
  if (a.to < b.from || b.to < a.from) return 'conflict';
  return 'precision';
}

// ---- places ----

function ancestry(place: PlaceId, places: ReadonlyMap<PlaceId, Place>): PlaceId[] {
  const chain: PlaceId[] = [];
  for (
    let id: PlaceId | null = place;
    id !== null && !chain.includes(id);
    id = places.get(id)?.within ?? null
  )
    chain.push(id);
  return chain;
}

function comparePlaces(a: PlaceId, b: PlaceId, places: ReadonlyMap<PlaceId, Place>): Verdict {
  if (a === b) return 'agree';
  if (ancestry(a, places).includes(b) || ancestry(b, places).includes(a)) return 'precision';
  return 'conflict';
}

// ---- any detail ----

/** Combines pairwise verdicts: one conflict makes a conflict; any imprecision makes precision. */
function worst(verdicts: readonly Verdict[]): Verdict {
  for (const verdict of ['conflict', 'precision', 'conversion'] as const)
    if (verdicts.includes(verdict)) return verdict;
  return 'agree';
}

function pairwise<T>(items: readonly T[], compare: (a: T, b: T) => Verdict): Verdict {
  const verdicts: Verdict[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) verdicts.push(compare(items[i]!, items[j]!));
  return worst(verdicts);
}

const foldName = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

type PersonDetail = Extract<Detail, { type: 'person' }>;

/** Whether two names are one: alike but for case and accents, or one given as a printing of the other. */
function sameName(a: PersonDetail, b: PersonDetail): boolean {
  const names = (d: PersonDetail) => new Set([d.name, ...(d.sameAs ?? [])].map(foldName));
  const [x, y] = [names(a), names(b)];
  return x.has(foldName(b.name)) || y.has(foldName(a.name));
}

/** One value a detail states, for the types compared by equality. */
function scalar(detail: Detail): string | number {
  switch (detail.type) {
    case 'age':
      return detail.years;
    default:
      return detail.text;
  }
}

/** How two statements of the same fact compare. */
export function compareStatements(
  a: DetailStatement,
  b: DetailStatement,
  places: ReadonlyMap<PlaceId, Place>,
): Verdict {
  const [x, y] = [a.detail, b.detail];
  if (x.type === 'date') {
    return a.span === undefined || b.span === undefined ? 'agree' : compareSpans(a.span, b.span);
  }
  if (x.type === 'place' && y.type === 'place') return comparePlaces(x.place, y.place, places);
  if (x.type === 'amount' && y.type === 'amount') {
    if (x.currency !== y.currency) return 'conversion';
    return compareFigures(x, y);
  }
  if (x.type === 'count' && y.type === 'count') return compareFigures(x, y);
  if (x.type === 'person' && y.type === 'person') return sameName(x, y) ? 'agree' : 'conflict';
  if (x.type === 'duration' && y.type === 'duration')
    return compareFigures(
      { value: x.seconds, bound: x.bound },
      { value: y.seconds, bound: y.bound },
    );
  return scalar(x) === scalar(y) ? 'agree' : 'conflict';
}

/** How the values stated agree, whatever number of sources state them. */
function valuesVerdict(
  statements: readonly DetailStatement[],
  places: ReadonlyMap<PlaceId, Place>,
): Verdict {
  return pairwise(statements, (a, b) => compareStatements(a, b, places));
}

function verdictOf(
  statements: readonly DetailStatement[],
  places: ReadonlyMap<PlaceId, Place>,
): Verdict {
  const verdict = valuesVerdict(statements, places);
  if (new Set(statements.map((s) => s.source)).size > 1) return verdict;
  // One source: nothing to disagree with, except an amount it also gives in another currency.
  return statements[0]!.detail.type === 'amount' && verdict !== 'agree' ? verdict : 'single';
}

/**
 * The date a source's relative dates ("last month") count from: its publication date, or,
 * for an undated page, the date of the event it reports (it cannot be older than that).
 */
export interface ReferenceDate {
  readonly date: string;
  readonly basis: 'published' | 'event';
}

export interface DetailContext {
  readonly referenceDate: (source: SourceId) => ReferenceDate | null;
  readonly places: ReadonlyMap<PlaceId, Place>;
}

function statementOf(source: SourceId, detail: Detail, context: DetailContext): DetailStatement {
  if (detail.type !== 'date') return { source, detail };
  if (detail.date.kind === 'absolute') return { source, detail, span: daySpan(detail.date, null)! };
  const resolvedAgainst = context.referenceDate(source);
  const span = daySpan(detail.date, resolvedAgainst?.date ?? null);
  return {
    source,
    detail,
    ...(span === null ? {} : { span }),
    ...(resolvedAgainst === null ? {} : { resolvedAgainst }),
  };
}

/** Groups the details of all appearances by what they are about and judges each group. */
export function compareDetails(
  appearances: readonly Appearance[],
  context: DetailContext,
): DetailDifference[] {
  const groups = new Map<string, DetailStatement[]>();
  for (const appearance of appearances) {
    for (const detail of appearance.details) {
      const key = `${detail.type}\u0000${detail.about}`;
      const group = groups.get(key) ?? [];
      group.push(statementOf(appearance.source, detail, context));
      groups.set(key, group);
    }
  }
  return [...groups.values()].map((statements) => {
    const stating = new Set(statements.map((s) => s.source));
    return {
      about: statements[0]!.detail.about,
      type: statements[0]!.detail.type,
      statements,
      silent: appearances.map((a) => a.source).filter((source) => !stating.has(source)),
      verdict: verdictOf(statements, context.places),
    };
  });
}
