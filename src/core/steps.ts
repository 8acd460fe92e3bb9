/**
 * Work done a step at a time: a generator that pauses (yields) between steps, so the content
 * script can give each step a task of its own (src/content/slices.ts's `inTasks`), while Node
 * (`npm run eval`, the tests) runs it through at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to their end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
