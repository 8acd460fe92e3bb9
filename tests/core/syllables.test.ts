import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../scripts/dataset/stem-profiles';
import { fold, foldText } from '../../src/core/normalize';
import { possibleBeginnings, stemWordsOf } from '../../src/core/stem-match';

/** A page's words as the stem matcher reads them. */
const pageWords = (text: string) => stemWordsOf(text, fold(text)).texts;

describe('Vietnamese, two syllables a word', () => {
  it('reads a stretch of Vietnamese in overlapping pairs of syllables', () => {
    expect(pageWords('một câu lạc bộ tồi tệ')).toEqual([
      'mot cau',
      'cau lac',
      'lac bo',
      'bo toi',
      'toi te',
    ]);
  });

  it('starts a stretch again after a sign or a number, and leaves a syllable alone a word', () => {
    // The sentence after the full stop has no letter only Vietnamese writes: read as it is.
    expect(pageWords('cha mẹ, đã chôn. Con mình')).toEqual(['cha me', 'đa chon', 'con', 'minh']);
    expect(pageWords('kéo dài 5 giờ đồng hồ')).toEqual(['keo dai', '5', 'gio đong', 'đong ho']);
  });

  it('reads the words of another language as words, beside Vietnamese or in its sentence', () => {
    // A Vietnamese name in an English sentence: its syllables pair, the English words do not,
    // for few have a syllable's shape (syllables.ts SYLLABLE).
    expect(pageWords('Foreign Minister Bùi Thanh Sơn said he welcomed the plan')).toEqual([
      'foreign',
      'minister',
      'bui thanh',
      'thanh son',
      'said',
      'he',
      'welcomed',
      'the',
      'plan',
    ]);
    // An English quote on a Vietnamese page: a sentence of its own. A name is no syllable.
    expect(pageWords('Ông Witkoff nhấn mạnh: "We have no plan B"')).toEqual([
      'ong',
      'witkoff',
      'nhan manh',
      'we',
      'have',
      'no',
      'plan',
      'b',
    ]);
    // Nor is a word of another language's shape among Vietnamese words: "deal" is read alone.
    expect(pageWords('một thỏa thuận deal tốt')).toEqual(['mot thoa', 'thoa thuan', 'deal', 'tot']);
  });

  it('reads the tone marks written apart as those written on', () => {
    const decomposed = 'câu lạc bộ'.normalize('NFD');
    expect(pageWords(decomposed)).toEqual(['cau lac', 'lac bo']);
  });

  it('looks a pair up whole: "lạc bộ" is not "lạc bột"', () => {
    // The beginnings a pair may stand for: the pair itself, from its first unit.
    expect(possibleBeginnings('lac bo')).toEqual([0, 6]);
    expect(possibleBeginnings('club')).toEqual([0, 3]);
  });

  it('splits a rendering at build time as a page is split', () => {
    const syllable = fc.constantFrom(
      'câu',
      'lạc',
      'bộ',
      'Tôi',
      'nói',
      'với',
      'ông',
      'ấy',
      'Witkoff',
      'đã',
      'chôn',
      'con',
      'mình',
      'the',
      'plan',
      'mẹ'.normalize('NFD'),
      'được',
      '2025',
      "l'envoyé",
    );
    const gap = fc.constantFrom(' ', '  ', '\u00a0', ', ', '. ', ' "', '" ', '\n', ' \u00ad ', '-');
    const text = fc
      .array(fc.tuple(syllable, gap), { minLength: 1, maxLength: 30 })
      .map((parts) => parts.map(([s, g]) => s + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(wordsOf(t).map((w) => foldText(w))).toEqual(pageWords(t));
      }),
      { numRuns: 500 },
    );
  });
});
