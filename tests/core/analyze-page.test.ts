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

  it('reads again the live blog the property found as it reads it whole', () => {
    // The live blog the property above found (fast-check, 2026-12-06), entry by entry: a number
    // is an update, `cN` the Nth matching case. 516 characters are removed at 13,013. The window
    // read again began between Witkoff's quote and the kitchen sentence, so attribution could
    // not look back to Witkoff and credited Kushner, which made the kitchen "bomb" a weak finding
    // the whole page has not. Two fixes since: the window takes nothing near its cut edge
    // (reread.test.ts), and the kitchen's own sentence names its speaker, unnamed, so nobody
    // named before is credited (attribution.ts); the window alone no longer finds it.
    const entries = (
      '171 495 934 648 192 373 602 c0 c8 368 440 c11 c2 16 54 128 428 c4 706 c6 887 848 618 ' +
      '383 c10 c1 372 422 362 379 c4 521 182 890 c1 643 951 95 754 889 636 c11 714 c6 c6 ' +
      '509 334 414 696 740 186 c11 241 554 c8 748 c10 21 758 c3 627 131 c2 989 709 101 264 ' +
      '667 325 517 334 685 988 842 996 572 29 963 284 892 740 629 112 761 173 592 686 c6 22 ' +
      '311 c4 c4 691 186 491 904 950 c9 859 c2 478 43 50 78 248 819 876 747 287 c5 c0 129 ' +
      '247 496 482 305 137 c4 c1 933 888 23 c5 c6 969 752 c6 c4 25 816 150 199 c10 46 165 ' +
      '855 488 262 224 c4 181 c5 983 145 49 328 c3 402 600 212 c6 627 c6 116 417 c2 58 807 ' +
      '380 809 c9 790 575 87 985 83 191 296 771 c3 c11 537 c6 c7 634 588 702 968 c8'
    ).split(' ');
    const before = entries
      .map((e) =>
        e.startsWith('c')
          ? MATCHING_CASES[Number(e.slice(1))]!.text
          : `Update ${e}: the harbour council met again to discuss the ferry terminal, and adjourned without a vote.`,
      )
      .join('\n');
    const after = before.slice(0, 13_013) + before.slice(13_013 + 516);
    const plan = planReread(before, analyzer.analyze(before), after)!;
    const kitchen = after.indexOf('looked almost like a bomb');
    expect(plan.window.start).toBeLessThan(kitchen);
    const alone = analyzer.analyze(after.slice(plan.window.start, plan.window.end));
    const at = kitchen - plan.window.start;
    expect(alone.claims.some((c) => c.start <= at && at < c.end)).toBe(false);
    expect(runSteps(analyzePageInSteps(analyzer, after, plan))).toEqual(analyzer.analyze(after));
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
