import { describe, expect, it } from 'vitest';
import { isWordAt, lettersOf, scriptOf, tokenize, wordSpans } from '../../src/core/words';

describe('isWordAt', () => {
  it('reads a letter outside the BMP by its pair, and a lone half as no letter', () => {
    const text = '𐀀x'; // LINEAR B SYLLABLE B008 A: a letter of two units
    expect(isWordAt(text, 0)).toBe(true);
    expect(isWordAt(text, 1)).toBe(true);
    // A text sliced inside the pair starts with its low half: no letter, and no error.
    const sliced = text.slice(1);
    expect(isWordAt(sliced, 0)).toBe(false);
    expect(wordSpans(sliced)).toEqual({ starts: [1], ends: [2] });
  });
});

describe('words of Chinese and Japanese', () => {
  it('reads Han and hiragana two by two, overlapping, katakana whole, the rest whole', () => {
    expect(tokenize('规模达250亿美元').texts).toEqual(['规模', '模达', '250', '亿美', '美元']);
    expect(tokenize('クラブの一員').texts).toEqual(['クラブ', 'の一', '一員']);
    expect(tokenize('クレムリンでの会談').texts).toEqual(['クレムリン', 'での', 'の会', '会談']);
    // A character alone is a word of one; other scripts keep their runs, apostrophes and all.
    expect(tokenize('亿 b计划').texts).toEqual(['亿', 'b', '计划']);
    expect(tokenize("l'envoyé witkoff's").texts).toEqual(["l'envoyé", "witkoff's"]);
    // Each word where it stands in the text; a character beyond the first plane is one.
    const text = '美国，𠀀重建';
    const { starts, ends } = wordSpans(text);
    expect(starts.map((s, k) => text.slice(s, ends[k]))).toEqual(['美国', '𠀀重', '重建']);
  });

  it('counts a Han character or a katakana as two letters, where length tells grammar', () => {
    expect(lettersOf('重建')).toBe(4);
    expect(lettersOf('的')).toBe(2);
    expect(lettersOf('ガザ')).toBe(4);
    expect(lettersOf('での')).toBe(2);
    expect(lettersOf('club')).toBe(4);
    expect(lettersOf('xx重建', 2)).toBe(4);
  });
});

describe('words of Thai, Lao, Khmer and Myanmar', () => {
  it('reads their letters four by four, overlapping, once folding has dropped the marks', () => {
    // "เราไม่มีแผน" (we have no plan), folded: its vowel and tone marks gone.
    expect(tokenize('เราไมมแผน').texts).toEqual(['เราไ', 'ราไม', 'าไมม', 'ไมมแ', 'มมแผ', 'มแผน']);
    // A stretch of four letters or fewer is one word; a Latin name or a figure beside it is its own.
    expect(tokenize('ทเมอง witkoff 30 วน').texts).toEqual(['ทเมอ', 'เมอง', 'witkoff', '30', 'วน']);
    expect(tokenize('นายwitkoff').texts).toEqual(['นาย', 'witkoff']);
  });
});

describe('scriptOf', () => {
  const scripts = (words: string[]) => new Set(words.map((w) => scriptOf(w.charCodeAt(0))));

  it('tells every word of a language one script, where its letters lie across blocks', () => {
    // Armenian "minute", "change", "Armenia"; Georgian; Amharic "peace", "house", "Amharic".
    expect(scripts(['րոպե', 'փոխ', 'Հայաստան']).size).toBe(1);
    expect(scripts(['ქართული', 'მშვიდობა']).size).toBe(1);
    expect(scripts(['ሰላም', 'ቤት', 'አማርኛ']).size).toBe(1);
  });

  it('tells one script from another', () => {
    expect(scripts(['peace', 'мир', 'ሰላም', 'խաղաղություն', 'მშვიდობა', 'שלום']).size).toBe(6);
  });
});
