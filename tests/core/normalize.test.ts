import { describe, expect, it } from 'vitest';
import { fold, foldText, toOriginalSpan } from '../../src/core/normalize';

describe('fold', () => {
  it('folds case, typographic quotes, dashes, ellipses and white space', () => {
    expect(foldText('  “It’s   VERY\u00A0sad” — he said…\n')).toBe(`"it's very sad" - he said...`);
  });

  it('reads Uzbek’s oʻ and gʻ as one word however a page writes their mark', () => {
    // The turned comma of the official spelling, the quote marks and apostrophes outlets print.
    for (const mark of ['\u02BB', '\u2018', '\u2019', '\u02BC', "'"])
      expect(foldText(`Oʻzbekiston koʻra`.replaceAll('\u02BB', mark))).toBe("o'zbekiston ko'ra");
  });

  it('strips diacritics and Arabic/Hebrew marks', () => {
    expect(foldText('Dōha, Café')).toBe('doha, cafe');
    expect(foldText('الحَيَّة')).toBe('الحية');
    expect(foldText('שָׁלוֹם')).toBe('שלום');
  });

  it('keeps a kana’s voicing mark, which is no accent: ガザ is not カサ', () => {
    expect(foldText('ガザ、クラブ、子ども')).toBe('ガザ、クラブ、子ども');
    expect(fold('プーチン').map).toEqual([0, 1, 2, 3]);
  });

  it('makes every script’s decimal digits ASCII digits, one for one', () => {
    // Persian (U+06F0…), Arabic-Indic (U+0660…) and Devanagari digits, and full-width ones.
    expect(foldText('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ ०१२३४५६७८९ ２０２５')).toBe(
      '0123456789 0123456789 0123456789 2025',
    );
    const persian = 'مذاکرات ۵ ساعت طول کشید';
    expect(fold(persian).text).toBe('مذاکرات 5 ساعت طول کشید');
    expect(fold(persian).text.length).toBe(persian.length);
  });

  it('drops invisible format characters inside words, and keeps bidi controls', () => {
    expect(foldText('mem\u00ADbers real\u200Dly par\u2060ents bu\uFEFFried \u200Fok')).toBe(
      'members really parents buried ok',
    );
    expect(foldText('a\u202Eb')).toBe('a\u202Eb');
  });

  it('maps every folded character back to the character that produced it', () => {
    const original = 'A  “Bad”\tClub…';
    const folded = fold(original);
    expect(folded.text).toBe('a "bad" club...');
    expect(folded.map.length).toBe(folded.text.length);
    for (let i = 0; i < folded.text.length; i++) {
      const source = original[folded.map[i]!]!;
      expect(foldText(source).includes(folded.text[i]!) || folded.text[i] === ' ').toBe(true);
    }
  });

  it('turns a folded span back into the exact original span', () => {
    const original = 'He said: “members of a\n   really   bad club,” and left.';
    const folded = fold(original);
    const at = folded.text.indexOf('really bad club');
    const span = toOriginalSpan(folded, at, at + 'really bad club'.length, original);
    expect(original.slice(span.start, span.end)).toBe('really   bad club');
  });

  it('keeps the marks folding drops after the last character of a span', () => {
    // Hindi "है": the vowel sign is a mark, folded away; a span ending at "ह" must keep it.
    const original = 'बच्चों को दफनाया है।';
    const folded = fold(original);
    const end = folded.text.lastIndexOf('ह') + 1;
    const span = toOriginalSpan(folded, 0, end, original);
    expect(original.slice(span.start, span.end)).toBe('बच्चों को दफनाया है');
  });

  it('keeps astral characters whole at the end of a span', () => {
    const original = 'ok 😀';
    const folded = fold(original);
    const span = toOriginalSpan(folded, 3, folded.text.length, original);
    expect(original.slice(span.start, span.end)).toBe('😀');
  });
});

describe('fold: mojibake', () => {
  it('reads UTF-8 printed as Windows-1252 or Latin-1 as the characters meant, spans as printed', () => {
    const page = 'den tiefsten Respekt fÃ¼r PrÃ¤sident Putin â€“ sagte er';
    const folded = fold(page);
    expect(folded.text).toBe('den tiefsten respekt fur prasident putin - sagte er');
    // A span of the folded text is the page's own units, the two of "Ã¼" both.
    const at = folded.text.indexOf('fur');
    const span = toOriginalSpan(folded, at, at + 3, page);
    expect(page.slice(span.start, span.end)).toBe('fÃ¼r');
    const end = folded.text.indexOf('prasident') + 'prasident'.length;
    expect(page.slice(toOriginalSpan(folded, end - 1, end, page).start)).toMatch(/^t Putin/);
    // Cyrillic's two bytes, and a sequence cut short or an accent alone, as printed.
    expect(fold('Ð¿Ñ€Ð¸').text).toBe('при');
    expect(fold('Ã').text).toBe('a');
    expect(fold('café').text).toBe('cafe');
  });
});
