/**
 * Long pages are worked through in slices, each its own task, so the page's own scripts and
 * the reader's input are never held up for long (DESIGN.md §5: no task over 50 ms).
 */
import type { Analyzer, PageAnalysis } from '../core/analyze';
import { mergeWindows, windowsOf } from '../core/windows';
import type { PeopleMatcher } from '../core/people';

/** Above this many characters, a page is read in slices. */
export const LARGE_PAGE = 200_000;

/** Lets the page run before the next slice. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether a long text names anyone, a slice per task (slices overlap by more than any alias). */
export async function namesAnyoneInSlices(gate: PeopleMatcher, text: string): Promise<boolean> {
  if (text.length <= LARGE_PAGE) return gate.namesAnyone(text);
  for (const window of windowsOf(text, 1_000_000, 1_000)) {
    await nextTask();
    if (gate.namesAnyone(text.slice(window.start, window.end))) return true;
  }
  return false;
}

/** The analysis of a long text, a window per task; equal to analysing it whole. */
export async function analyzeInSlices(analyzer: Analyzer, text: string): Promise<PageAnalysis> {
  if (text.length <= LARGE_PAGE) return analyzer.analyze(text);
  const parts = [];
  for (const window of windowsOf(text)) {
    await nextTask();
    parts.push({ window, analysis: analyzer.analyze(text.slice(window.start, window.end)) });
  }
  return mergeWindows(parts);
}
