import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { indexDataset } from '../../src/core/dataset';
import { comparePage, comparisonKey } from '../../src/core/page-compare';
import { realDataset } from '../support/dataset';

const dataset = realDataset();
const index = indexDataset(dataset);
const analyzer = compileAnalyzer(dataset);
const language = (source: string) => index.source(source)?.language ?? 'en';

/** The page difference for the one claim `claimId` found in `text`. */
function differenceOf(text: string, claimId: string) {
  const found = analyzer.analyze(text).claims.find((c) => c.id === claimId);
  if (found === undefined) throw new Error(`${claimId} not found`);
  return comparePage(
    text,
    {
      id: claimId,
      start: found.start,
      end: found.end,
      attributedTo: found.attributedTo,
      language: language(found.via),
    },
    index,
  );
}

describe('comparePage', () => {
  it('says when this page credits someone other than the record', () => {
    const text =
      'Witkoff and Kushner spoke to CBS. “It turned from a negotiation with a terrorist group to seeing two human beings, kind of showing a vulnerability with each other,” Witkoff remarked.';
    const credit = differenceOf(text, 'two-human-beings-vulnerability')?.credit;
    expect(credit).toMatchObject({
      page: 'witkoff',
      record: 'kushner',
      differs: true,
      sourcesAgreeing: 1,
    });
    expect(credit?.sources).toBeGreaterThan(4);
  });

  it("judges a detail the page prints near the quote against the sources' ones", () => {
    const text =
      'Witkoff lost his son to an overdose; al-Hayya’s to an Israeli strike last month, Witkoff said.';
    expect(differenceOf(text, 'hayya-son-killed-in-doha-strike')?.details).toEqual([
      { about: "death of al-Hayya's son", printed: 'last month', verdict: 'precision' },
    ]);
  });

  it("shows this page's wording against the full quote", () => {
    const text =
      '“I told him that I too had lost a son, and we were both members of the same really bad club,” Witkoff said.';
    const wording = differenceOf(text, 'witkoff-bad-club')?.wording;
    expect(wording?.excerpt).toBe(true);
    expect(wording?.parts.filter((p) => p[0] === '+').map((p) => p[1])).toEqual([
      'too',
      'the same',
    ]);
  });
});

describe('comparisonKey', () => {
  const quote =
    '“I told him that I too had lost a son, and we were both members of the same really bad club,” Witkoff said.';
  const found = (text: string) => {
    const claim = analyzer.analyze(text).claims.find((c) => c.id === 'witkoff-bad-club')!;
    return {
      id: claim.id,
      start: claim.start,
      end: claim.end,
      attributedTo: claim.attributedTo,
      language: 'en',
    };
  };

  it('is the same where the text around the quote is, wherever the quote stands', () => {
    const near = 'The talks went on into the night. '.repeat(12);
    const a = `${near}${quote}`;
    const b = `${'Earlier entries of the live blog. '.repeat(40)}\n${near}${quote}`;
    expect(comparisonKey(b, found(b))).toBe(comparisonKey(a, found(a)));
    expect(comparePage(b, found(b), index)).toEqual(comparePage(a, found(a), index));
  });

  it('differs where a detail near the quote changed', () => {
    const a = `${quote} They met last month.`;
    const b = `${quote} They met last year.`;
    expect(comparisonKey(b, found(b))).not.toBe(comparisonKey(a, found(a)));
  });
});
