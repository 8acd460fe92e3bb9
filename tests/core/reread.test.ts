import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { changeBetween, planReread, reread } from '../../src/core/reread';
import { MATCHING_CASES } from '../fixtures/matching-cases';
import { realDataset } from '../support/dataset';

const analyzer = compileAnalyzer(realDataset());

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

describe('changeBetween', () => {
  it('finds the one stretch that changed', () => {
    expect(changeBetween('abcdef', 'abXYef')).toEqual({ start: 2, beforeEnd: 4, afterEnd: 4 });
    expect(changeBetween('abcdef', 'abcNEWdef')).toEqual({ start: 3, beforeEnd: 3, afterEnd: 6 });
    expect(changeBetween('abcdef', 'abcdef')).toBeNull();
    expect(changeBetween('aaaa', 'aaaaaa')).toEqual({ start: 4, beforeEnd: 4, afterEnd: 6 });
  });
});

describe('reread', () => {
  it('equals analysing the changed page whole, whatever was inserted, removed or replaced', () => {
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
          const previous = analyzer.analyze(before);
          expect(reread(analyzer, before, previous, after)).toEqual(analyzer.analyze(after));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads again only near the change, keeping the claims far from it', () => {
    const entries = MATCHING_CASES.map((c) => c.text);
    const filler = 'The harbour council met again and adjourned without a vote. '.repeat(400);
    const before = [...entries, filler, ...entries].join('\n');
    const after = `${before}\nUpdate: the ferry terminal reopened on Friday.`;
    const previous = analyzer.analyze(before);
    const plan = planReread(before, previous, after)!;
    expect(plan.window.start).toBeGreaterThan(after.length / 2);
    // The claims of the first half are kept as they were; none of the second is.
    const firstHalf = previous.claims.filter((c) => c.end < before.length / 2);
    expect(firstHalf.length).toBeGreaterThan(3);
    expect(plan.kept).toEqual(firstHalf);
  });
});
