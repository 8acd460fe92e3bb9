/**
 * Work done a step at a time: a generator that pauses (yields) between steps, so the content
 * script can give each step a task of its own (src/content/slices.ts's `inTasks`), while Node
 * (`npm run eval`, the tests) runs it through at once.
 *
 * A step may also ask its runner for what it cannot make itself: the slice of the dataset a
 * text's keys reach (analyze.ts's sliced analyzer, on a named page). The runner resumes it with
 * the answer.
 */
import type { DatasetSlice } from './analyzer-index';
import type { SliceKeys } from './slice-keys';

/** What a step asks of its runner: the slice of the dataset that `keys` reach. */
export interface SliceAsk {
  readonly keys: SliceKeys;
}

export type Steps<T> = Generator<SliceAsk | undefined, T, DatasetSlice | undefined>;

/**
 * Runs `steps` to their end, without pausing, answering what they ask with `answer`: where there
 * is none (an analyzer over the whole dataset never asks), a step that asks is an error.
 */
export function runSteps<T>(steps: Steps<T>, answer?: (ask: SliceAsk) => DatasetSlice): T {
  for (let step = steps.next(); ;) {
    if (step.done === true) return step.value;
    if (step.value === undefined) step = steps.next();
    else if (answer === undefined) throw new Error('a step asked for a slice of the dataset');
    else step = steps.next(answer(step.value));
  }
}
