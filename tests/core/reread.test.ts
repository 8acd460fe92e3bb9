import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { changeBetween, completeReread, planReread } from '../../src/core/reread';
import { MATCHING_CASES } from '../fixtures/matching-cases';
import { realDataset } from '../support/dataset';

const analyzer = compileAnalyzer(realDataset());

describe('changeBetween', () => {
  it('finds the one stretch that changed', () => {
    expect(changeBetween('abcdef', 'abXYef')).toEqual({ start: 2, beforeEnd: 4, afterEnd: 4 });
    expect(changeBetween('abcdef', 'abcNEWdef')).toEqual({ start: 3, beforeEnd: 3, afterEnd: 6 });
    expect(changeBetween('abcdef', 'abcdef')).toBeNull();
    expect(changeBetween('aaaa', 'aaaaaa')).toEqual({ start: 4, beforeEnd: 4, afterEnd: 6 });
  });
});

/** A live blog of the matching cases, twice with a long gap between, and an update at its end. */
function liveBlog(): { before: string; after: string } {
  const entries = MATCHING_CASES.map((c) => c.text);
  const filler = 'The harbour council met again and adjourned without a vote. '.repeat(400);
  const before = [...entries, filler, ...entries].join('\n');
  return { before, after: `${before}\nUpdate: the ferry terminal reopened on Friday.` };
}

describe('planReread', () => {
  it('reads again only near the change, keeping the claims far from it', () => {
    const { before, after } = liveBlog();
    const previous = analyzer.analyze(before);
    const plan = planReread(before, previous, after)!;
    expect(plan.window.start).toBeGreaterThan(after.length / 2);
    // The claims of the first half are kept as they were; none of the second is.
    const firstHalf = previous.claims.filter((c) => c.end < before.length / 2);
    expect(firstHalf.length).toBeGreaterThan(3);
    expect(plan.kept).toEqual(firstHalf);
  });
});

describe('completeReread', () => {
  it('takes nothing the window found near its cut edge, where the kept claims stand', () => {
    // A live blog changed near its end: the window read again begins mid-page, cut off from
    // what came before (a speaker named earlier, a context). What it finds near that edge was
    // read with less of the page than the kept claims were, and is not taken.
    const { before, after } = liveBlog();
    const plan = planReread(before, analyzer.analyze(before), after)!;
    const read = analyzer.analyze(after.slice(plan.window.start, plan.window.end));
    // A finding the window alone made at its first character, which the whole page has not.
    const atEdge = { ...read.claims[0]!, start: 0, end: 20 };
    const completed = completeReread(
      plan,
      { ...read, claims: [atEdge, ...read.claims] },
      read.people,
    );
    expect(completed.claims.some((c) => c.start === plan.window.start)).toBe(false);
    // Far from the edge, what the window found is taken.
    expect(completed).toEqual(completeReread(plan, read, read.people));
  });
});
