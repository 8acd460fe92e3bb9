/**
 * Reading a page again after it changed (a live blog's new entry, a comment loaded) without
 * analysing it all again: the stretch that changed is found by comparing the two texts from
 * both ends, only it and a margin around it are analysed, and the claims found before that lie
 * far enough from it are kept, moved by the change's length.
 */
import type { Analyzer, FoundClaim, PageAnalysis } from './analyze';
import type { TextSource } from './text-source';
import { mergeWindows, WINDOW_OVERLAP, type TextWindow } from './windows';

/**
 * Claims at least this far from the change are kept as they were: beyond anything the matcher
 * and attribution read around a quote (a wording, the look back for a speaker, the cue after),
 * and beyond a claim's reach from a name (windows.ts), so a name the change removed or added
 * decided none of them.
 */
const KEEP_DISTANCE = WINDOW_OVERLAP;
/**
 * The stretch analysed again reaches this far past the change: kept claims are read twice, and
 * a claim near the change is read with every name within its reach.
 */
const MARGIN = 2 * KEEP_DISTANCE;
/** Past this share of the page changed, the whole page is simply analysed again. */
const MOSTLY_CHANGED = 0.5;
/** Texts are compared a block at a time: equal blocks compare natively. */
const BLOCK = 4_096;

/** Where `after` differs from `before`: `[start, afterEnd)` of `after` replaced `[start, beforeEnd)`. */
export interface Change {
  readonly start: number;
  readonly beforeEnd: number;
  readonly afterEnd: number;
}

function commonPrefix(a: TextSource, b: TextSource, limit: number): number {
  let at = 0;
  while (at < limit) {
    const size = Math.min(BLOCK, limit - at);
    const x = a.slice(at, at + size);
    const y = b.slice(at, at + size);
    if (x === y) {
      at += size;
      continue;
    }
    let k = 0;
    while (x.charCodeAt(k) === y.charCodeAt(k)) k++;
    return at + k;
  }
  return limit;
}

function commonSuffix(a: TextSource, b: TextSource, limit: number): number {
  let at = 0;
  while (at < limit) {
    const size = Math.min(BLOCK, limit - at);
    const x = a.slice(a.length - at - size, a.length - at);
    const y = b.slice(b.length - at - size, b.length - at);
    if (x === y) {
      at += size;
      continue;
    }
    let k = 0;
    while (x.charCodeAt(size - 1 - k) === y.charCodeAt(size - 1 - k)) k++;
    return at + k;
  }
  return limit;
}

/** The one stretch that changed (null when nothing did). */
export function changeBetween(before: TextSource, after: TextSource): Change | null {
  const start = commonPrefix(before, after, Math.min(before.length, after.length));
  if (start === before.length && start === after.length) return null;
  const end = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  return { start, beforeEnd: before.length - end, afterEnd: after.length - end };
}

/** What to analyse again, and the claims kept (in `after`'s offsets); null to analyse it all. */
export interface RereadPlan {
  readonly window: TextWindow;
  readonly kept: readonly FoundClaim[];
  /**
   * Where the window's reading replaces the kept claims. Near a cut edge of the window a quote
   * was read with less before or after it than the page gives it (a speaker's sentence the
   * window cut off): what the window finds there is not taken, and the kept claims, read with
   * the whole page around them, stand for it.
   */
  readonly trusted: TextWindow;
}

export function planReread(
  before: TextSource,
  analysis: PageAnalysis,
  after: TextSource,
): RereadPlan | null {
  const change = changeBetween(before, after);
  if (change === null) {
    const none = { start: 0, end: 0 };
    return { window: none, kept: analysis.claims, trusted: none };
  }
  const changed = Math.max(change.afterEnd, change.beforeEnd) - change.start;
  if (changed > after.length * MOSTLY_CHANGED) return null;
  const shift = change.afterEnd - change.beforeEnd;
  const kept = analysis.claims.flatMap((claim) => {
    if (claim.end <= change.start - KEEP_DISTANCE) return [claim];
    if (claim.start >= change.beforeEnd + KEEP_DISTANCE)
      return [{ ...claim, start: claim.start + shift, end: claim.end + shift }];
    return [];
  });
  const window = {
    start: Math.max(0, change.start - MARGIN),
    end: Math.min(after.length, change.afterEnd + MARGIN),
  };
  // From where the kept claims before the change end to where those after it start: a window
  // edge that is the page's own edge cuts nothing.
  const trusted = {
    start: window.start === 0 ? 0 : change.start - KEEP_DISTANCE,
    end: window.end === after.length ? after.length : change.afterEnd + KEEP_DISTANCE,
  };
  return { window, kept, trusted };
}

/**
 * The analysis of `after` from the plan's window analysed again and the claims kept. People
 * come from `people`, the names read in the whole of `after`: one leaving the page must go.
 */
export function completeReread(
  plan: RereadPlan,
  windowAnalysis: PageAnalysis,
  people: PageAnalysis['people'],
): PageAnalysis {
  const { window, trusted } = plan;
  const read = windowAnalysis.claims.filter(
    (c) => c.end + window.start > trusted.start && c.start + window.start < trusted.end,
  );
  const merged = mergeWindows([
    { window: { start: 0, end: 0 }, analysis: { people: [], claims: plan.kept } },
    { window, analysis: { ...windowAnalysis, claims: read } },
  ]);
  return { people, claims: merged.claims };
}

/** The whole of it at once, for pages small enough to read in one go (and for tests). */
export function reread(
  analyzer: Analyzer,
  before: TextSource,
  analysis: PageAnalysis,
  after: string,
): PageAnalysis {
  const plan = planReread(before, analysis, after);
  if (plan === null) return analyzer.analyze(after);
  const windowText = after.slice(plan.window.start, plan.window.end);
  const people = analyzer.named(after);
  if (people.length === 0) return { people, claims: [] };
  return completeReread(plan, analyzer.analyze(windowText), people);
}
