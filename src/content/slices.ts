/**
 * Long pages are worked through in slices, each its own task, so the page's own scripts and
 * the reader's input are never held up for long (DESIGN.md §5: no task over 50 ms).
 */
import type { Analyzer, PageAnalysis } from '../core/analyze';
import { analyzePageInSteps, namesAnyoneInSteps } from '../core/analyze-page';
import type { RereadPlan } from '../core/reread';
import type { FirstLook } from '../core/first-look';
import type { PeopleMatcher } from '../core/people';
import type { DatasetSlice } from '../core/analyzer-index';
import type { SliceAsk, Steps } from '../core/steps';
import type { TextSource } from '../core/text-source';
import { lookAtTextNodes, textWalker } from './first-look';
import { NameSpotter } from './near-names';
import type { PageText } from './page-text';
import { PageTextReader } from './page-text-reader';

/** How long one slice of walking may take before the page gets its turn. */
const SLICE_MS = 8;

/** The Prioritized Task Scheduling API, where the browser has it (Chromium 94, Firefox 142). */
declare const scheduler:
  { postTask(task: () => void, options: { priority: 'background' }): Promise<void> } | undefined;

/**
 * Lets the page run before the next slice: as a background task where the browser can, which
 * runs after the page's own pending tasks, not merely after input; else as a timer.
 */
export const nextTask = (): Promise<void> =>
  // `typeof` first: where the browser has no scheduler, naming it alone would throw.
  typeof scheduler !== 'undefined' && typeof scheduler.postTask === 'function'
    ? scheduler.postTask(() => {}, { priority: 'background' })
    : new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What answers a step's ask: the slice of the dataset, from the background (./dataset.ts). */
export type AskSlice = (ask: SliceAsk) => Promise<DatasetSlice>;

/**
 * Runs `steps` (core/steps.ts) to their end, each step a task of its own, answering what they
 * ask with `answer` (a step that asks where there is none is an error).
 */
export async function inTasks<T>(steps: Steps<T>, answer?: AskSlice): Promise<T> {
  for (let step = steps.next(); ;) {
    if (step.done === true) return step.value;
    if (step.value === undefined) {
      await nextTask();
      step = steps.next();
    } else {
      if (answer === undefined) throw new Error('a step asked for a slice of the dataset');
      // The answer comes in a task of its own: a message from the background.
      step = steps.next(await answer(step.value));
    }
  }
}

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

/**
 * The page's text near its names (page-text.ts's `readNearNames`), walked and read a slice per
 * task on long pages, noting where `firstLook` finds a word of a name.
 */
export async function readNearNamesInSlices(root: Node, firstLook: FirstLook): Promise<PageText> {
  const spotter = new NameSpotter(root, firstLook);
  while (!spotter.spot(sliceTimer())) await nextTask();
  await nextTask();
  const reader = new PageTextReader(root, firstLook, spotter.spotted());
  for (;;) {
    const page = reader.read(sliceTimer());
    if (page !== null) return page;
    await nextTask();
  }
}

/** Whether a page's text names anyone, a window per task on long pages. */
export const namesAnyoneInSlices = (gate: PeopleMatcher, text: TextSource): Promise<boolean> =>
  inTasks(namesAnyoneInSteps(gate, text));

/** A page's analysis, afresh or after a change (core/analyze-page.ts), a step per task. */
export const analyzePage = (
  analyzer: Analyzer,
  page: TextSource,
  plan: RereadPlan | null,
  answer: AskSlice,
): Promise<PageAnalysis> => inTasks(analyzePageInSteps(analyzer, page, plan), answer);
