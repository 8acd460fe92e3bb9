/**
 * A whole page's analysis, however long or however it changed, a step at a time (steps.ts):
 * the content script gives each step a task (src/content/slices.ts), the tests run the same
 * steps through at once. A long text is read a window at a time (windows.ts); a page that
 * changed, only around the change (reread.ts).
 */
import type { Analyzer, PageAnalysis } from './analyze';
import type { PersonId } from './dataset';
import type { PeopleMatcher } from './people';
import { completeReread, type RereadPlan } from './reread';
import type { Steps } from './steps';
import type { TextSource } from './text-source';
import { mergeWindows, windowsOf } from './windows';

/** Above this many characters, a text is analysed in windows. */
export const LARGE_PAGE = 200_000;

/**
 * A long text is looked through for names this many characters at a time: each piece stays
 * under the engine's large-object size (128 kB), so it dies young instead of growing the heap
 * whose collection would pause the page.
 */
const NAME_WINDOW = 50_000;
/** Name windows overlap by more than any alias. */
const NAME_OVERLAP = 1_000;

/** Whether a text names anyone, a window a step on long texts. */
export function* namesAnyoneInSteps(gate: PeopleMatcher, text: TextSource): Steps<boolean> {
  if (text.length <= LARGE_PAGE) return gate.namesAnyone(text.slice(), text.firstLookAt);
  for (const window of windowsOf(text, NAME_WINDOW, NAME_OVERLAP)) {
    yield;
    if (gate.namesAnyone(text.slice(window.start, window.end))) return true;
  }
  return false;
}

/** Who a text names, in dataset order, a window a step on long texts. */
function* namedInSteps(analyzer: Analyzer, text: TextSource): Steps<PersonId[]> {
  if (text.length <= LARGE_PAGE) return analyzer.named(text.slice(), text.firstLookAt);
  const named = new Set<PersonId>();
  for (const window of windowsOf(text, NAME_WINDOW, NAME_OVERLAP)) {
    yield;
    for (const person of analyzer.named(text.slice(window.start, window.end))) named.add(person);
  }
  return analyzer.personOrder.filter((person) => named.has(person));
}

/**
 * The claims of a text, a window a step on long texts: equal to analysing it whole, as claims
 * are read only within reach of a name and windows overlap by more than that reach
 * (windows.ts). Windows that name nobody are not read for claims: a 20 MB page that names
 * someone once is not read through. Its people are those the text names, in dataset order.
 * Each window's analysis is its own steps: a sliced analyzer asks for each window's slice.
 */
function* analyzeInWindows(analyzer: Analyzer, text: TextSource): Steps<PageAnalysis> {
  if (text.length <= LARGE_PAGE) return yield* analyzer.analyzeInSteps(text.slice());
  const windows = windowsOf(text);
  const named: PersonId[][] = [];
  for (const window of windows) {
    yield;
    named.push(analyzer.named(text.slice(window.start, window.end)));
  }
  const parts = [];
  for (const [i, window] of windows.entries()) {
    if (named[i]!.length === 0) continue;
    yield;
    const analysis = yield* analyzer.analyzeInSteps(text.slice(window.start, window.end));
    parts.push({ window, analysis });
  }
  const people = new Set(named.flat());
  return {
    people: analyzer.personOrder.filter((person) => people.has(person)),
    claims: mergeWindows(parts).claims,
  };
}

/**
 * A page's analysis: read afresh where `plan` is null, else (after a change) only the stretch
 * that changed (reread.ts's `planReread`), with who the whole page names.
 */
export function* analyzePageInSteps(
  analyzer: Analyzer,
  page: TextSource,
  plan: RereadPlan | null,
): Steps<PageAnalysis> {
  // A short page in one analysis, a step per stage: it finds the people itself, and no claim
  // without them.
  if (plan === null && page.length <= LARGE_PAGE)
    return yield* analyzer.analyzeInSteps(page.slice(), { firstLookAt: page.firstLookAt });
  if (plan === null) return yield* analyzeInWindows(analyzer, page);
  // The plan's window holds every claim within reach of a name the change brought or took.
  const stretch = page.slice(plan.window.start, plan.window.end);
  const people = yield* namedInSteps(analyzer, page);
  if (people.length === 0) return { people, claims: [] };
  return completeReread(plan, yield* analyzeInWindows(analyzer, stretch), people);
}
