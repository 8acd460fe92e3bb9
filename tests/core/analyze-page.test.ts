import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { analyzePageInSteps, LARGE_PAGE, namesAnyoneInSteps } from '../../src/core/analyze-page';
import { compilePeopleMatcher } from '../../src/core/people';
import { planReread } from '../../src/core/reread';
import { runSteps } from '../../src/core/steps';
import { MATCHING_CASES } from '../fixtures/matching-cases';
import { realDataset } from '../support/dataset';

const dataset = realDataset();
const analyzer = compileAnalyzer(dataset);

/** A live blog: the fixtures' real-looking paragraphs (quotes, names, look-alikes) among news. */
const paragraph = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...MATCHING_CASES.map((c) => c.text)) },
  {
    weight: 5,
    arbitrary: fc
      .nat(1_000)
      .map(
        (n) =>
          `Update ${n}: the harbour council met again to discuss the ferry terminal, and adjourned without a vote.`,
      ),
  },
);
const blog = fc.array(paragraph, { minLength: 100, maxLength: 250 }).map((p) => p.join('\n'));
const filler = 'The harbour council met again and adjourned without a vote. ';

describe('analyzePageInSteps', () => {
  it('after a change, equals analysing the changed page whole, whatever was inserted, removed or replaced', () => {
    fc.assert(
      fc.property(
        blog,
        paragraph,
        fc.nat(),
        fc.nat(3_000),
        fc.constantFrom('insert', 'remove', 'replace'),
        (before, added, at, removed, how) => {
          const from = at % before.length;
          const cut = how === 'insert' ? 0 : removed;
          const inserted = how === 'remove' ? '' : `\n${added}\n`;
          const after = before.slice(0, from) + inserted + before.slice(from + cut);
          const plan = planReread(before, analyzer.analyze(before), after);
          expect(runSteps(analyzePageInSteps(analyzer, after, plan))).toEqual(
            analyzer.analyze(after),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a long page a window a step, and finds what reading it whole finds', () => {
    const entries = MATCHING_CASES.map((c) => c.text);
    const long = [
      ...entries,
      filler.repeat(2_500),
      ...entries,
      filler.repeat(2_500),
      ...entries,
    ].join('\n');
    expect(long.length).toBeGreaterThan(LARGE_PAGE);
    const steps = analyzePageInSteps(analyzer, long, null);
    let pauses = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) pauses++;
    // A step per window looked at for names, and per window read for claims.
    expect(pauses).toBeGreaterThan(4);
    const whole = analyzer.analyze(long);
    expect(whole.claims.length).toBeGreaterThan(10);
    expect(step.value).toEqual(whole);
  });

  it('after a change on a long page, equals analysing it whole', () => {
    const entries = MATCHING_CASES.map((c) => c.text);
    const before = [...entries, filler.repeat(4_000), ...entries].join('\n');
    const at = before.length - 20_000;
    const after = `${before.slice(0, at)}\n${entries[0]}\n${before.slice(at)}`;
    const plan = planReread(before, analyzer.analyze(before), after);
    expect(plan).not.toBeNull();
    expect(runSteps(analyzePageInSteps(analyzer, after, plan))).toEqual(analyzer.analyze(after));
  });
});

describe('namesAnyoneInSteps', () => {
  const gate = compilePeopleMatcher(dataset.people);

  it('sees a name in the last window of a long page, and none in a page naming nobody', () => {
    const nobody = filler.repeat(5_000);
    expect(runSteps(namesAnyoneInSteps(gate, nobody))).toBe(false);
    expect(runSteps(namesAnyoneInSteps(gate, `${nobody} Steve Witkoff arrived.`))).toBe(true);
    expect(runSteps(namesAnyoneInSteps(gate, 'Jared Kushner spoke.'))).toBe(true);
  });
});
