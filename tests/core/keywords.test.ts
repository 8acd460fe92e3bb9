import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import type { Claim } from '../../src/core/dataset';
import { compileKeywordMatcher, wordsOf } from '../../src/core/keywords';
import { tokenize } from '../../src/core/words';
import { foldText } from '../../src/core/normalize';
import { realDataset } from '../support/dataset';

const claim = (keywords: Record<string, string[]>): Claim => ({
  id: 'witkoff-bad-club',
  kind: 'quote',
  speaker: 'witkoff',
  statement: 'members of a really bad club, parents who have buried children',
  event: 'interview-60-minutes',
  keywords,
  appearances: [],
  differences: { attribution: { bySource: [], disagree: false }, details: [], wording: [] },
});

const matcher = compileKeywordMatcher([
  claim({ pt: ['clube', 'enterr|sepult', 'filho'], ar: ['ناد', 'اباء', 'دفن', 'ابناء'] }),
]);
const find = (text: string) => {
  const tokens = tokenize(foldText(text));
  return matcher
    .find(wordsOf(tokens.texts), 0, tokens.texts.length - 1)
    .map((hit) => tokens.texts.slice(hit.first, hit.last + 1).join(' '));
};

describe('compileKeywordMatcher', () => {
  it('finds a claim where every concept stands in a word of its own, near the others', () => {
    expect(find('somos membros de um clube terrível: pais que enterraram os filhos')).toEqual([
      'clube terrivel pais que enterraram os filhos',
    ]);
  });

  it('needs every concept', () => {
    expect(find('somos membros de um clube terrível: pais que perderam os filhos')).toEqual([]);
  });

  it('needs them within a few dozen words', () => {
    const far = `o clube ${'e mais uma palavra '.repeat(10)} que enterraram os filhos`;
    expect(find(far)).toEqual([]);
  });

  it('reads past the article and proclitics Arabic writes onto a word', () => {
    expect(find('نحن أعضاء في النادي القاسي: والآباء الذين دفنوا أبناءهم')).toHaveLength(1);
  });
});

describe('claims found by keywords, in the pipeline', () => {
  const analyzer = compileAnalyzer(realDataset());
  // Portuguese: no wording of the dataset is in Portuguese.
  const quote =
    '«Eu disse-lhe que também tinha perdido um filho e que éramos ambos sócios de um clube terrível: pais que enterraram os seus filhos»';

  it('are found in a quotation near their speaker’s name, with the speaker credited', () => {
    const found = analyzer.analyze(`Witkoff contou à CBS: ${quote}.`).claims;
    expect(found.map((c) => [c.id, c.attributedTo, c.score])).toEqual([
      ['witkoff-bad-club', 'witkoff', 0.7],
    ]);
  });

  it('are not found far from any of their people', () => {
    const page = `Witkoff falou à CBS. ${'A câmara municipal voltou a reunir-se sem votar. '.repeat(20)}${quote}`;
    expect(analyzer.analyze(page).claims).toEqual([]);
  });

  it('are not found between two quotations, in words no quotation holds', () => {
    const page = [
      `Witkoff contou à CBS: ${quote}.`,
      'Witkoff visitou um clube em Miami: os pais que ali enterraram uma cápsula do tempo com os filhos.',
      '“We had to make it clear that the ferry terminal would not be delayed,” the mayor said.',
    ].join('\n');
    expect(analyzer.analyze(page).claims.map((c) => page.slice(c.start, c.end))).toEqual([
      quote.slice(1, -1),
    ]);
  });

  it('read a quote typed inside a word (Hebrew ארה"ב, "USA") as part of the word', () => {
    const page =
      'נשיא ארה"ב אישר את הפגישה. וויטקוף סיפר: "אמרתי לו שאנחנו חברים במועדון איום, מועדון של הורים אשר קברו את ילדיהם".';
    expect(analyzer.analyze(page).claims.map((c) => [c.id, c.score])).toEqual([
      ['witkoff-bad-club', 0.7],
    ]);
  });
});
