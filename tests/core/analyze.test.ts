import { describe, expect, it } from 'vitest';
import { compileAnalyzer, compileAnalyzerInSteps } from '../../src/core/analyze';
import { MATCHING_CASES } from '../fixtures/matching-cases';
import { realDataset } from '../support/dataset';

const analyzer = compileAnalyzer(realDataset());

describe('analyze: claims as outlets really print them', () => {
  for (const testCase of MATCHING_CASES) {
    it(testCase.name, () => {
      const found = analyzer.analyze(testCase.text).claims;
      const spans = found.map((c) => ({
        claim: c.id,
        span: testCase.text.slice(c.start, c.end),
        attributedTo: c.attributedTo,
      }));
      expect(spans).toEqual(testCase.expected);
      // 0.8 at least, 0.7 for long runs (another outlet's translation).
      for (const c of found) expect(c.score).toBeGreaterThanOrEqual(0.7);
    });
  }

  it('finds nothing on a page that names nobody, however close the text', () => {
    expect(
      analyzer.analyze(
        '“We expressed our condolences to him for the loss of his son,” the coach said.',
      ).claims,
    ).toEqual([]);
  });
});

describe('analyzeInSteps', () => {
  it('pauses between who is named, the claims and their speakers, and ends as analyze does', () => {
    for (const { text } of MATCHING_CASES) {
      const steps = analyzer.analyzeInSteps(text);
      let pauses = 0;
      let step = steps.next();
      for (; step.done !== true; step = steps.next()) pauses++;
      expect(step.value).toEqual(analyzer.analyze(text));
      expect(pauses).toBe(step.value.people.length > 0 ? 2 : 0);
    }
  });
});

describe('compileAnalyzerInSteps', () => {
  it('pauses while it folds the dataset, and makes an analyzer that finds what the other finds', () => {
    const steps = compileAnalyzerInSteps(realDataset());
    let pauses = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) pauses++;
    // The people, then every ten claims' wordings.
    expect(pauses).toBeGreaterThanOrEqual(1 + Math.floor(realDataset().claims.length / 10));
    for (const { text } of MATCHING_CASES)
      expect(step.value.analyze(text)).toEqual(analyzer.analyze(text));
  });
});
