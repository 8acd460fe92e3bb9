/**
 * Properties that must hold for any text, not just the texts we thought of (fast-check):
 * folding maps back exactly, matching never throws and keeps its spans inside the text,
 * attribution never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { sentenceStartBefore } from '../../src/core/quote-reading';
import { compileFirstLook } from '../../src/core/first-look';
import { compileClaimMatcher } from '../../src/core/match';
import { compileWordSieve } from '../../src/core/word-sieve';
import { tokenize } from '../../src/core/words';
import { fold, foldChar, toOriginalSpan } from '../../src/core/normalize';
import { aliasesPattern, compilePeopleMatcher } from '../../src/core/people';
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

/** The definition of folding, code point by code point: what the fast `fold` must equal. */
function foldByDefinition(input: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let lastWasSpace = true;
  let index = 0;
  for (const char of input) {
    for (const out of foldChar(char)) {
      if (out === ' ' && lastWasSpace) continue;
      lastWasSpace = out === ' ';
      text += out;
      for (let k = 0; k < out.length; k++) map.push(index);
    }
    index += char.length;
  }
  if (text.endsWith(' ')) return { text: text.slice(0, -1), map: map.slice(0, -1) };
  return { text, map };
}

describe('fold', () => {
  it('equals folding code point by code point, on any text', () => {
    const anyText = fc.oneof(pageText, fc.string({ unit: 'binary', maxLength: 80 }));
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = fold(text);
        const expected = foldByDefinition(text);
        expect(folded.text).toBe(expected.text);
        expect([...folded.map]).toEqual(expected.map);
      }),
      { numRuns: 1000 },
    );
  });

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

describe('tokenize', () => {
  it('finds the words the definition finds: letters and digits, joined by single apostrophes', () => {
    const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
    const anyText = fc.oneof(
      pageText,
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.stringMatching(/^[a-z' .-]{0,40}$/),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const words = [...text.matchAll(WORD)];
        const tokens = tokenize(text);
        expect(tokens.texts).toEqual(words.map((m) => m[0]));
        expect(tokens.starts).toEqual(words.map((m) => m.index));
      }),
      { numRuns: 2000 },
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

/**
 * Each letter of `text` as it is, in upper or lower case, or in a form only case folding with
 * the `u` flag equates with it (the Kelvin sign for k, the long s for s), by `cases` in turn.
 * A capital stays a capital, as printed names keep theirs (first-look.ts): in lower case, a
 * surname names nobody.
 */
function recase(text: string, cases: readonly ('as' | 'upper' | 'lower' | 'folded')[]): string {
  const folded: Record<string, string> = { k: '\u212A', s: '\u017F', K: '\u212A' };
  return [...text]
    .map((char, i) => {
      const how = cases[i % cases.length];
      const capital = char.toLowerCase() !== char;
      if (how === 'upper') return char.toUpperCase();
      if (how === 'lower') return capital ? char : char.toLowerCase();
      if (how === 'folded') return folded[char] ?? char;
      return char;
    })
    .join('');
}

describe('the first look', () => {
  const { people } = realDataset();
  const firstLook = compileFirstLook(people);
  /**
   * An alias as a page might print it: any mix of cases that keeps its capitals, any
   * separator, a proclitic, a case ending.
   */
  const printedAlias = fc
    .tuple(
      fc.constantFrom(...people.flatMap((p) => [...p.aliases, ...(p.guardedAliases ?? [])])),
      fc.constantFrom(' ', '-', '\u00A0', '\u2011', '  '),
      fc.constantFrom('', 'و', 'ל', 'Al '),
      fc.constantFrom('', 'а', 'ом', 's'),
      fc.array(fc.constantFrom('as', 'upper', 'lower', 'folded'), { minLength: 1, maxLength: 5 }),
    )
    .map(([alias, separator, before, after, cases]) => {
      const words = alias
        .replace(/\*/g, '')
        .split(/[\s-]+/)
        .join(separator);
      return before + recase(words, cases) + after;
    });
  const text = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        printedAlias,
        fc.constantFrom('Hamas', 'حماس'),
      ),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join(' '));

  it('never says no where a scan of the whole text finds an alias, guarded ones included', () => {
    // Not the people matcher: it looks only where the first look points.
    const everyAlias = new RegExp(
      aliasesPattern(
        people.flatMap((p) =>
          [...p.aliases, ...(p.guardedAliases ?? [])].map((alias) => ({ alias })),
        ),
      ).source,
      'iu',
    );
    fc.assert(
      fc.property(text, (page) => {
        if (everyAlias.test(page)) expect(firstLook.mayName(page)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds, looking only where the first look points, the mentions a scan of the whole text finds', () => {
    const plain = people.map(({ id, aliases }) => ({ id, aliases }));
    const matcher = compilePeopleMatcher(plain);
    const entries = plain
      .flatMap((p) => p.aliases.map((alias) => ({ id: p.id, alias })))
      .sort((a, b) => b.alias.length - a.alias.length);
    const { source, order } = aliasesPattern(entries);
    const byFullScan = (page: string) =>
      [...page.matchAll(new RegExp(source, 'giu'))].map((m) => ({
        personId: order[m.findIndex((v, i) => i > 0 && v !== undefined) - 1]!.id,
        start: m.index,
        end: m.index + m[0].length,
      }));
    fc.assert(
      fc.property(text, (page) => {
        expect(matcher.mentions(page)).toEqual(byFullScan(page));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sentence starts', () => {
  it('are, read back one by one, where the expression they were found by finds them in the slice', () => {
    const reference = (slice: string) => [
      0,
      ...[...slice.matchAll(/[.!?؟](?=[\s"'”’»]|$)|[;\n。]/gu)].map((m) => m.index + 1),
    ];
    const text = fc
      .array(fc.constantFrom(...'ab .!?؟;\n。"\'”’»«\u00A0\u2009\uFEFF\u3000', '😀', '\uD83D'), {
        maxLength: 40,
      })
      .map((units) => units.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (page, a, b) => {
        const [x, y] = [a % (page.length + 1), b % (page.length + 1)];
        const [from, to] = [Math.min(x, y), Math.max(x, y)];
        // Every start, read back from the end of the slice one before another.
        const starts = [sentenceStartBefore(page, from, to)];
        while (starts[0]! > from)
          starts.unshift(sentenceStartBefore(page, from, to, starts[0]! - 1));
        expect(starts).toEqual(reference(page.slice(from, to)).map((at) => at + from));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the word sieve', () => {
  const anyText = fc.oneof(
    pageText,
    fc.string({ unit: 'binary', maxLength: 60 }),
    // Letters, apostrophes of every kind, a combining acute accent, and units that fold to
    // several: a ligature, a fraction, a sharp s, a letter beyond the first plane, an emoji.
    fc
      .array(fc.constantFrom(..."abcXYZ’'` .-", '\u0301', 'ﬁ', '½', 'ß', '𝐀', '😀'), {
        maxLength: 40,
      })
      .map((units) => units.join('')),
  );

  it('splits a text into the words tokenize(fold(text)) makes, and hashes them alike', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = fold(text);
        const words = tokenize(folded.text);
        // A sieve for the text's own words points at every three in a row, if it hashes each
        // word read from the page as it hashes the folded word.
        const sieve = compileWordSieve([words.texts]);
        const sifted = sieve.sift(text);
        expect(sifted.starts.length).toBe(words.texts.length);
        expect(sifted.ids).toEqual(words.texts.map(sieve.idOf));
        // Against another vocabulary, a word it has not is numbered -1, as `idOf` numbers it.
        const other = compileWordSieve([['abc', 'xyz', 'fi']]);
        expect(other.sift(text).ids).toEqual(words.texts.map(other.idOf));
        expect([...sifted.starts]).toEqual(words.starts.map((at) => folded.map[at]));
        expect(sifted.grams).toEqual(words.texts.slice(2).map((_, k) => k));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the claim matcher', () => {
  const dataset = realDataset();
  const sieved = compileClaimMatcher(dataset);
  const whole = compileClaimMatcher(dataset, { sieve: false });
  const people = compilePeopleMatcher(dataset.people);
  const wordings = dataset.claims.flatMap((c) => c.appearances.flatMap((a) => a.text ?? []));
  /**
   * Part of a wording, as an outlet might print it: cut at words, in any quote marks, a letter
   * dropped here and there (so the aligner's span reaches past the words that chained).
   */
  const quoted = fc
    .tuple(
      fc.constantFrom(...wordings),
      fc.nat(),
      fc.nat(),
      fc.constantFrom(['“', '”'], ['«', '»'], ['', '']),
      fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
    )
    .map(([wording, a, b, [open, close], typos]) => {
      const words = wording
        .split(' ')
        .map((w, i) => (typos[i % 80]! && w.length > 3 ? w[0]! + w.slice(2) : w));
      const from = a % words.length;
      const to = from + 1 + (b % (words.length - from));
      return `${open}${words.slice(from, to).join(' ')}${close}`;
    });
  const filler = fc
    .integer({ min: 1, max: 40 })
    .map((n) => 'the harbour council met again on Tuesday and adjourned. '.repeat(n));
  const page = fc
    .array(
      fc.oneof(
        quoted,
        filler,
        pageText,
        fc.constantFrom(
          'Witkoff said:',
          'Kushner',
          'Witkoff contou à CBS:',
          '«Eu disse-lhe que também tinha perdido um filho e que éramos ambos sócios de um clube terrível: pais que enterraram os seus filhos».',
          '«Eu disse-lhe que também tinha perdido um filho',
          'e que éramos ambos sócios de um clube terrível: pais que enterraram os seus filhos».',
          '\n',
        ),
      ),
      { maxLength: 14 },
    )
    .map((parts) => parts.join(' '));

  it('finds reading only where the sieve points what it finds reading the whole page', () => {
    fc.assert(
      fc.property(page, (text) => {
        const mentions = people.mentions(text);
        expect(sieved.find(text, mentions)).toEqual(whole.find(text, mentions));
      }),
      { numRuns: 1000 },
    );
  });
});
