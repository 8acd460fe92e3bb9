/**
 * Properties that must hold for any text, not just the texts we thought of (fast-check):
 * folding maps back exactly, matching never throws and keeps its spans inside the text,
 * attribution never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { sentenceStartBefore } from '../../src/core/quote-reading';
import { compileFirstLook, type FirstLook } from '../../src/core/first-look';
import { compileClaimMatcher } from '../../src/core/match';
import { wordSieve } from '../../src/core/word-sieve';
import { wordTables } from '../../src/core/wording-index';
import { tokenize } from '../../src/core/words';
import { fold, foldChar, toOriginalSpan } from '../../src/core/normalize';
import { aliasesPattern, compilePeopleMatcher, type PersonAliases } from '../../src/core/people';
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
  it('finds the words the definition finds: letters, digits and marks, joined by single apostrophes', () => {
    const WORD = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;
    // Chinese and Japanese: Han characters and hiragana two by two, overlapping, one alone a
    // word; a stretch of katakana whole; Thai, Lao, Khmer and Myanmar four letters by four,
    // overlapping, a stretch of four or fewer whole; the rest of their run whole, without an
    // apostrophe at its edge.
    const HAN = /[\u3040-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;
    const THAI = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;
    const UNSPACED =
      /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u{20000}-\u{2ffff}]/u;
    const SCRIPTS =
      /[\u3040-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]+|[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]+|[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+|[^\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u{20000}-\u{2ffff}]+/gu;
    /** The words of `size` characters of a stretch, overlapping; a shorter stretch whole. */
    const overlapping = (part: string, at: number, size: number) => {
      const chars = [...part];
      const offsets = chars.map((_, k) => chars.slice(0, k).join('').length);
      if (chars.length <= size) return [{ word: part, at }];
      return chars
        .slice(0, chars.length - size + 1)
        .map((_, k) => ({ word: chars.slice(k, k + size).join(''), at: at + offsets[k]! }));
    };
    const wordsOf = (text: string) =>
      [...text.matchAll(WORD)].flatMap((m) => {
        const parts = [...m[0].matchAll(SCRIPTS)];
        if (parts.length === 1 && !UNSPACED.test(m[0])) return [{ word: m[0], at: m.index }];
        const words: { word: string; at: number }[] = [];
        for (const part of parts) {
          const at = m.index + part.index;
          if (HAN.test(part[0])) words.push(...overlapping(part[0], at, 2));
          else if (THAI.test(part[0])) words.push(...overlapping(part[0], at, 4));
          else {
            const lead = part[0].length - part[0].replace(/^'+/u, '').length;
            const word = part[0].replace(/^'+|'+$/gu, '');
            if (word.length > 0) words.push({ word, at: at + lead });
          }
        }
        return words;
      });
    const anyText = fc.oneof(
      pageText,
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.stringMatching(/^[a-z' .-]{0,40}$/),
      fc.stringMatching(/^[a-z' .2这是一个规模亿美元のウィットコフはไทย𠀀]{0,30}$/u),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const words = wordsOf(text);
        const tokens = tokenize(text);
        expect(tokens.texts).toEqual(words.map((w) => w.word));
        expect(tokens.starts).toEqual(words.map((w) => w.at));
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

/**
 * That the first look never misses an alias the people matcher's own expression finds in a scan
 * of the whole text (`giu`, guarded aliases included): each one found holds a place the look
 * gives, so a look that says no leaves nothing to find. And it says yes where it gives a place.
 */
function expectLookHolds(look: FirstLook, everyAlias: RegExp, page: string): void {
  const places = [...look.positions(page)];
  expect(look.mayName(page), page).toBe(places.length > 0);
  for (const match of page.matchAll(everyAlias)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const held = places.some((at) => at >= start && at < end);
    expect(held, `${JSON.stringify(match[0])} in ${JSON.stringify(page)}`).toBe(true);
  }
}

/** The expression of a scan of the whole text for every alias of `people`, guarded ones included. */
const everyAliasOf = (people: readonly PersonAliases[]) =>
  new RegExp(
    aliasesPattern(
      people.flatMap((p) =>
        [...p.aliases, ...(p.guardedAliases ?? [])].map((alias) => ({ alias })),
      ),
    ).source,
    'giu',
  );

/**
 * An alias of `aliases` as a page might print it: any mix of cases that keeps its capitals, any
 * separator, a proclitic, a case ending.
 */
const printedAliasOf = (aliases: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...aliases),
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

/** The characters of a text of one byte a character, which the first look reads apart. */
const latin1 = fc.string({
  unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)),
  maxLength: 12,
});

describe('the first look', () => {
  const { people } = realDataset();
  const firstLook = compileFirstLook(people);
  const everyAlias = everyAliasOf(people);
  const aliases = people.flatMap((p) => [...p.aliases, ...(p.guardedAliases ?? [])]);
  const printedAlias = printedAliasOf(aliases);
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
    fc.assert(
      fc.property(text, (page) => expectLookHolds(firstLook, everyAlias, page)),
      { numRuns: 2000 },
    );
  });

  it('never says no in a text of one byte a character, which it reads apart', () => {
    const narrowAliases = aliases.filter((alias) => /^[\0-\xFF]*$/.test(alias));
    const narrowText = fc
      .array(fc.oneof(latin1, printedAliasOf(narrowAliases)), { maxLength: 12 })
      .map((parts) => parts.join(' '))
      .filter((page) => /^[\0-\xFF]*$/.test(page));
    fc.assert(
      fc.property(narrowText, (page) => expectLookHolds(firstLook, everyAlias, page)),
      { numRuns: 1000 },
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

describe('the first look, for any people', () => {
  /**
   * Letters of every kind the look treats apart: Latin with a form only `iu` equates (K and the
   * Kelvin sign), a titlecase digraph, Cyrillic, Greek with its final sigma, Arabic, Hebrew, Han
   * and kana (no word boundary), cased scripts beyond the first plane (a Deseret capital, an
   * Osage small letter), an apostrophe and a digit. A letter with case in one case only: the
   * other, where a word starts with a capital, is the surname in lower case the look leaves out
   * by design (first-look.ts), which a scan with `i` would find.
   */
  const letters = [
    ...'aKıǅé',
    ...'вИтХ',
    ...'αΓσςΧ',
    ...'وكحة',
    ...'וקףח',
    ...'库纳',
    ...'ウト',
    '\u{10400}',
    '\u{104D8}',
    "'",
    '7',
  ];
  const inAlphabet = new RegExp(`[${letters.join('')}]`, 'iu');
  /** Words of one letter or more; `*` after one is a stem, before the alias a proclitic. */
  const alias = fc
    .tuple(
      fc.boolean(),
      fc.array(
        fc.tuple(
          fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 6 }),
          fc.boolean(),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(
      ([prefixed, words]) =>
        (prefixed ? '*' : '') + words.map(([w, stem]) => w.join('') + (stem ? '*' : '')).join(' '),
    );
  const people = fc.array(
    fc.record({
      id: fc.constant('someone'),
      aliases: fc.array(alias, { minLength: 1, maxLength: 4 }),
      guardedAliases: fc.array(alias, { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 3 },
  );
  /** Anything else: any text, or text of one byte a character, with none of the letters. */
  const filler = fc
    .oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), latin1)
    .filter((part) => !inAlphabet.test(part));
  const pageOf = (someone: readonly PersonAliases[]) =>
    fc
      .tuple(
        fc.array(
          fc.oneof(
            filler,
            printedAliasOf(someone.flatMap((p) => [...p.aliases, ...(p.guardedAliases ?? [])])),
          ),
          { maxLength: 8 },
        ),
        fc.constantFrom(' ', ''),
      )
      .map(([parts, gap]) => parts.join(gap));

  it('never says no where a scan of the whole text finds one of their aliases', () => {
    // Several pages for one look: it reads each by what it read the last by (anchor-scan.ts).
    fc.assert(
      fc.property(
        people.chain((someone) =>
          fc.tuple(fc.constant(someone), fc.array(pageOf(someone), { minLength: 1, maxLength: 4 })),
        ),
        ([someone, pages]) => {
          const look = compileFirstLook(someone);
          const everyAlias = everyAliasOf(someone);
          for (const page of pages) expectLookHolds(look, everyAlias, page);
        },
      ),
      // Each run compiles a scan of the whole text for new people: a few milliseconds.
      { numRuns: 300 },
    );
  }, 60_000);
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
      { numRuns: 300 },
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
    // Chinese and Japanese, read in pairs of characters (words.ts), beside
    // digits, Latin letters, full-width forms and a Han character beyond the first plane.
    fc
      .array(
        fc.constantFrom(
          '这是',
          '一个',
          '规模',
          '250',
          '亿',
          '美元',
          'の',
          'ウィットコフ',
          'は',
          'ａ',
          '２',
          'ไทย',
          '𠀀',
          'x',
          ' ',
          '’',
          '，',
        ),
        { maxLength: 30 },
      )
      .map((units) => units.join('')),
    // Mojibake (UTF-8 printed as Windows-1252 or Latin-1: "fÃ¼r", "â€™"), whole, cut short, or
    // beside letters, digits and an accented letter that may begin one (é is 0xE9).
    fc
      .array(
        fc.constantFrom(
          'fÃ¼r',
          'Ã',
          'Â\u00a0',
          'â€™',
          'â€',
          'Ð¿Ñ€',
          'Ã©t',
          'é',
          '€',
          '¼',
          'x',
          ' ',
          '2',
        ),
        { maxLength: 30 },
      )
      .map((units) => units.join('')),
  );

  it('splits a text into the words tokenize(fold(text)) makes, and hashes them alike', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = fold(text);
        const words = tokenize(folded.text);
        // A sieve for the text's own words points at every three in a row, if it hashes each
        // word read from the page as it hashes the folded word.
        const sieve = wordSieve(wordTables([words.texts]));
        const sifted = sieve.sift(text);
        expect(sifted.starts.length).toBe(words.texts.length);
        expect(sifted.ids).toEqual(words.texts.map(sieve.idOf));
        // Against another vocabulary, a word it has not is numbered -1, as `idOf` numbers it.
        const other = wordSieve(wordTables([['abc', 'xyz', 'fi']]));
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
