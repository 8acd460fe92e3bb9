/**
 * Long pages are worked through in slices, each its own task, so the page's own scripts and
 * the reader's input are never held up for long (DESIGN.md §5: no task over 50 ms).
 */
import type { Analyzer, PageAnalysis } from '../core/analyze';
import type { PersonId } from '../core/dataset';
import { completeReread, type RereadPlan } from '../core/reread';
import type { FirstLook } from '../core/first-look';
import type { PeopleMatcher } from '../core/people';
import type { Steps } from '../core/steps';
import type { TextSource } from '../core/text-source';
import { mergeWindows, windowsOf } from '../core/windows';
import { lookAtTextNodes, textWalker } from './first-look';
import { NameSpotter, PageTextReader, type PageText } from './page-text';

/** Above this many characters, a text is analysed in slices. */
export const LARGE_PAGE = 200_000;

/**
 * A long text is looked through for names this many characters at a time: each piece stays
 * under the engine's large-object size (128 kB), so it dies young instead of growing the heap
 * whose collection would pause the page.
 */
const NAME_WINDOW = 50_000;

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

/** Runs `steps` (core/steps.ts) to their end, each step a task of its own. */
export async function inTasks<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await nextTask();
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

/** Whether a long text names anyone, a slice per task (slices overlap by more than any alias). */
export async function namesAnyoneInSlices(gate: PeopleMatcher, text: TextSource): Promise<boolean> {
  if (text.length <= LARGE_PAGE) return gate.namesAnyone(text.slice(), text.firstLookAt);
  for (const window of windowsOf(text, NAME_WINDOW, 1_000)) {
    await nextTask();
    if (gate.namesAnyone(text.slice(window.start, window.end))) return true;
  }
  return false;
}

/** Who a long text names, a slice per task, in dataset order. */
export async function namedInSlices(analyzer: Analyzer, text: TextSource): Promise<PersonId[]> {
  if (text.length <= LARGE_PAGE) return analyzer.named(text.slice(), text.firstLookAt);
  const named = new Set<PersonId>();
  for (const window of windowsOf(text, NAME_WINDOW, 1_000)) {
    await nextTask();
    for (const person of analyzer.named(text.slice(window.start, window.end))) named.add(person);
  }
  return analyzer.personOrder.filter((person) => named.has(person));
}

/**
 * The claims of a text, a window per task on long texts: equal to analysing it whole, as
 * claims are read only within reach of a name and windows overlap by more than that reach
 * (core/windows.ts). Windows that name nobody are not read for claims: a 20 MB page that
 * names someone once is not read through. Its people are those the text names, in dataset order.
 */
export async function analyzeInSlices(analyzer: Analyzer, text: TextSource): Promise<PageAnalysis> {
  if (text.length <= LARGE_PAGE) return analyzer.analyze(text.slice());
  const windows = windowsOf(text);
  const named: PersonId[][] = [];
  for (const window of windows) {
    await nextTask();
    named.push(analyzer.named(text.slice(window.start, window.end)));
  }
  const parts = [];
  for (const [i, window] of windows.entries()) {
    if (named[i]!.length === 0) continue;
    await nextTask();
    parts.push({ window, analysis: analyzer.analyze(text.slice(window.start, window.end)) });
  }
  const people = new Set(named.flat());
  return {
    people: analyzer.personOrder.filter((person) => people.has(person)),
    claims: mergeWindows(parts).claims,
  };
}

/**
 * A page's analysis after it changed: either the whole page analysed again or, where `plan`
 * says so, only the stretch that changed (core/reread.ts), with who the whole page names.
 */
export async function analyzePage(
  analyzer: Analyzer,
  page: TextSource,
  plan: RereadPlan | null,
): Promise<PageAnalysis> {
  // A short page in one analysis, a task per step: it finds the people itself, and no claim
  // without them.
  if (plan === null && page.length <= LARGE_PAGE)
    return inTasks(analyzer.analyzeInSteps(page.slice(), { firstLookAt: page.firstLookAt }));
  if (plan === null) return analyzeInSlices(analyzer, page);
  // The plan's window holds every claim within reach of a name the change brought or took.
  const stretch = page.slice(plan.window.start, plan.window.end);
  const people = await namedInSlices(analyzer, page);
  if (people.length === 0) return { people, claims: [] };
  return completeReread(plan, await analyzeInSlices(analyzer, stretch), people);
}
