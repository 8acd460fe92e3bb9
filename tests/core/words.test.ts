import { describe, expect, it } from 'vitest';
import { isWordAt, wordSpans } from '../../src/core/words';

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
