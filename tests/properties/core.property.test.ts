/**
 * Properties that must hold for any text, not just the texts we thought of (fast-check):
 * folding maps back exactly, matching never throws and keeps its spans inside the text,
 * attribution never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { fold, foldChar, toOriginalSpan } from '../../src/core/normalize';
import { realDataset } from '../support/dataset';

/** Text like pages hold: any Unicode, plus the quotes, dashes, marks and names that matter here. */
const pageText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(
        '“',
        '”',
        '’',
        '—',
        '…',
        '\u00A0',
        '\n',
        'ـ',
        'ً',
        'Witkoff',
        'Kushner',
        'al-Hayya',
        'ويتكوف',
      ),
      fc.constantFrom(
        'members of a really bad club',
        'parents who have buried children',
        'two human beings',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

describe('fold', () => {
  it('maps every folded character to a position in the original, in order', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const folded = fold(text);
        expect(folded.map.length).toBe(folded.text.length);
        for (let i = 0; i < folded.map.length; i++) {
          expect(folded.map[i]).toBeLessThan(text.length);
          if (i > 0) expect(folded.map[i]!).toBeGreaterThanOrEqual(folded.map[i - 1]!);
        }
      }),
    );
  });

  it('turns any folded span back into a span of the original that folds to it', () => {
    fc.assert(
      fc.property(pageText, fc.nat(), fc.nat(), (text, a, b) => {
        const folded = fold(text);
        if (folded.text.length === 0) return;
        const start = a % folded.text.length;
        const end = start + 1 + (b % (folded.text.length - start));
        const span = toOriginalSpan(folded, start, end, text);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        // The original span, folded, holds the folded span (white space aside).
        const refolded = fold(text.slice(span.start, span.end)).text.replace(/ /g, '');
        expect(refolded).toContain(folded.text.slice(start, end).replace(/ /g, ''));
      }),
    );
  });

  it('folds every single code point without throwing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (char) => void foldChar(char),
      ),
    );
  });
});

describe('analyze', () => {
  const analyzer = compileAnalyzer(realDataset());

  it('never throws, and keeps every span inside the text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const { claims } = analyzer.analyze(text);
        for (const claim of claims) {
          expect(claim.start).toBeGreaterThanOrEqual(0);
          expect(claim.end).toBeLessThanOrEqual(text.length);
          expect(claim.start).toBeLessThan(claim.end);
          expect(claim.score).toBeGreaterThanOrEqual(0.7);
        }
      }),
      { numRuns: 300 },
    );
  });
});
