/**
 * Long pages are worked through in slices, each its own task, so the page's own scripts and
 * the reader's input are never held up for long (DESIGN.md §5: no task over 50 ms).
 */
import type { Analyzer, PageAnalysis } from '../core/analyze';
import type { FirstLook } from '../core/first-look';
import type { PeopleMatcher } from '../core/people';
import type { TextSource } from '../core/text-source';
import { mergeWindows, windowsOf } from '../core/windows';
import { lookAtTextNodes, textWalker } from './first-look';
import { PageTextReader, type PageText } from './page-text';

/** Above this many characters, a text is analysed in slices. */
export const LARGE_PAGE = 200_000;

/** How long one slice of walking may take before the page gets its turn. */
const SLICE_MS = 8;

/** Lets the page run before the next slice. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** True once `SLICE_MS` have passed since it was made. */
function sliceTimer(): () => boolean {
  const end = performance.now() + SLICE_MS;
  return () => performance.now() > end;
}

/** The first look at a page (see first-look.ts), a slice per task on long pages. */
export async function mayNameInSlices(root: Node, firstLook: FirstLook): Promise<boolean> {
  const walker = textWalker(root);
  for (;;) {
    const answer = lookAtTextNodes(walker, firstLook, sliceTimer());
    if (answer !== null) return answer;
    await nextTask();
  }
}

/** The page's text (see page-text.ts), read a slice per task on long pages. */
export async function readPageTextInSlices(root: Node): Promise<PageText> {
  const reader = new PageTextReader(root);
  for (;;) {
    const page = reader.read(sliceTimer());
    if (page !== null) return page;
    await nextTask();
  }
}

/** Whether a long text names anyone, a slice per task (slices overlap by more than any alias). */
export async function namesAnyoneInSlices(gate: PeopleMatcher, text: TextSource): Promise<boolean> {
  if (text.length <= LARGE_PAGE) return gate.namesAnyone(text.slice());
  for (const window of windowsOf(text, LARGE_PAGE, 1_000)) {
    await nextTask();
    if (gate.namesAnyone(text.slice(window.start, window.end))) return true;
  }
  return false;
}

/** The analysis of a long text, a window per task; equal to analysing it whole. */
export async function analyzeInSlices(analyzer: Analyzer, text: TextSource): Promise<PageAnalysis> {
  if (text.length <= LARGE_PAGE) return analyzer.analyze(text.slice());
  const parts = [];
  for (const window of windowsOf(text)) {
    await nextTask();
    parts.push({ window, analysis: analyzer.analyze(text.slice(window.start, window.end)) });
  }
  return mergeWindows(parts);
}
