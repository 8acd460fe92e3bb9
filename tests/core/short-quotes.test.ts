import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { realDataset } from '../support/dataset';

const analyzer = compileAnalyzer(realDataset());
const found = (text: string) => analyzer.analyze(text).claims.map((c) => c.id);
const CLAIM = 'kushner-catastrophic-success';

describe('a two-word quotation', () => {
  it('is the claim where its person and the claim’s context stand near', () => {
    const text =
      'DAVOS — Jared Kushner unveiled a master plan for a “New Gaza” of coastal towers on ' +
      'Thursday. The plan, he told the forum, aims for “catastrophic success.”';
    expect(found(text)).toContain(CLAIM);
    const claim = analyzer.analyze(text).claims.find((c) => c.id === CLAIM)!;
    expect(text.slice(claim.start, claim.end)).toBe('catastrophic success');
  });

  it('is found in German, with its event’s word inside a compound', () => {
    const text =
      'Der „Masterplan“ für den Wiederaufbau des Gazastreifens, wie Kushner ihn beschrieb, ' +
      'ziele auf einen „katastrophalen Erfolg“ ab.';
    expect(found(text)).toContain(CLAIM);
  });

  it('is not the claim when the same words are about another matter', () => {
    const text =
      'Jared Kushner told investors in Riyadh that his fund’s latest wager on a chain of ' +
      'sports franchises had been a “catastrophic success” for its backers.';
    expect(found(text)).not.toContain(CLAIM);
  });

  it('is not the claim when none of its people is named near', () => {
    const text =
      'The developer unveiled a master plan for the Gaza waterfront on Thursday. The plan, ' +
      'he told the forum, aims for “catastrophic success.”';
    expect(found(text)).not.toContain(CLAIM);
  });

  it('counts only as a whole quotation, not as two words of a longer one or of the prose', () => {
    const inProse =
      'Kushner’s master plan for Gaza was, critics said, a catastrophic success waiting to happen.';
    const inLonger =
      'Kushner presented the master plan for Gaza: “we want a catastrophic success for everyone.”';
    expect(found(inProse)).not.toContain(CLAIM);
    expect(found(inLonger)).not.toContain(CLAIM);
  });

  it('pairs the marks of a paragraph in turn: the words between two quotations are not one', () => {
    const text =
      'Kushner’s master plan in three phrases, two of them his: “New Gaza”; catastrophic ' +
      'success; “no plan B”.';
    expect(found(text)).not.toContain(CLAIM);
  });
});
