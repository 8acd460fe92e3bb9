import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alternation,
  NOT_LETTER_AFTER,
  Words,
  wordsAfter,
  wordsBefore,
} from '../../src/core/cue-words';

describe('Words', () => {
  it('finds whole words, in any case, not after a hyphen', () => {
    const words = new Words([['a spus|said|dit-il']]);
    expect(words.first('„Pace”, a spus el.')).toEqual({ start: 8, end: 14 });
    expect(words.first('Witkoff i-a spus lui Uşakov')).toBeNull();
    expect(words.first('SAID the envoy')).toEqual({ start: 0, end: 4 });
    expect(words.first('unsaid words')).toBeNull();
    expect(words.last('said X, said Y')).toEqual({ start: 8, end: 12 });
    expect(words.test('« Oui », dit-il.')).toBe(true);
  });

  it('prefers the longer of two entries that start alike, and keeps offsets where lowering grows a character', () => {
    const words = new Words([['potrivit|potrivit lui']]);
    expect(words.first('Potrivit lui Uşakov')).toEqual({ start: 0, end: 12 });
    // `İ` lowers to two characters: the text keeps it, and the offsets after it.
    expect(new Words([['dedi']]).first('İstanbul’da dedi')).toEqual({ start: 12, end: 16 });
  });

  it('reads the entries’ own syntax: classes, optional letters, groups', () => {
    const words = new Words([['emphasi[sz]ed|label+ed|[وف]?(?:قال|أضاف)']]);
    expect(words.test('she emphasized')).toBe(true);
    expect(words.test('she emphasised')).toBe(true);
    expect(words.test('he labelled it')).toBe(true);
    expect(words.test('وقال ويتكوف')).toBe(true);
    expect(words.test('فأضاف')).toBe(true);
    expect(words.test('قالب')).toBe(false);
  });

  it('finds what a search for the longest whole entry at each place finds', () => {
    const entry = fc.stringMatching(/^[ab]{1,3}( [ab]{1,2})?$/);
    // Single spaces: an entry's space stands for any run of white space.
    const text = fc.stringMatching(/^([ab.-]( ?[ab.-]){0,20})?$/);
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 6 }), text, (entries, page) => {
        const found: { start: number; end: number }[] = [];
        for (let at = 0; at < page.length;) {
          const boundary = at === 0 || !/[ab-]/.test(page[at - 1]!);
          const whole = boundary
            ? entries
                .filter((e) => page.startsWith(e, at) && !/[ab]/.test(page[at + e.length] ?? ''))
                .sort((x, y) => y.length - x.length)[0]
            : undefined;
          if (whole === undefined) at++;
          else {
            found.push({ start: at, end: at + whole.length });
            at += whole.length;
          }
        }
        const words = new Words([entries]);
        expect(words.first(page)).toEqual(found[0] ?? null);
        expect(words.last(page)).toEqual(found.at(-1) ?? null);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Words, read as the engine reads their expression', () => {
  /** Pieces of entries: letters, a space, a hyphen, an apostrophe, and the syntax they may hold. */
  const piece = fc.constantFrom(
    'a',
    'b',
    'é',
    'ق',
    ' ',
    '-',
    '’',
    '[ab]',
    'a?',
    '(?:a|ba)',
    'b+',
    '(?=[ab’])',
    '[وف]?',
  );
  const start = fc.constantFrom('a', 'b', 'é', 'ق', '[ab]', '(?:a|ba)', '[وف]?');
  const entry = fc
    .tuple(start, fc.array(piece, { maxLength: 4 }))
    .map(([first, rest]) => first + rest.join(''))
    .filter((e) => !e.endsWith(' ') && !e.includes('  '))
    // One that tells its first letters (an optional class alone does not, nor one a lookahead
    // follows): the lists are read at the first word they are asked about.
    .filter((e) => !e.includes('?(?='))
    .filter((e) => {
      try {
        new Words([[e]]).test('a');
        return true;
      } catch {
        return false;
      }
    });
  const text = fc
    .array(
      fc.constantFrom(...'abABéÉقوف -’.\u00A0\n\u0301\u2011', '\u{10400}', '😀', '\uD801', '“'),
      { maxLength: 24 },
    )
    .map((units) => units.join(''));

  it('finds at each word’s start what the sticky expression of their alternation finds', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), text, (entries, page) => {
        const words = new Words([[entries.join('|')]]);
        const lowered = page.toLowerCase();
        const expression = new RegExp(alternation([[entries.join('|')]]) + NOT_LETTER_AFTER, 'uy');
        const isLetter = (char: string | undefined) =>
          char !== undefined && /[\p{L}\p{M}]|[\uD800-\uDFFF]/u.test(char);
        const found: { start: number; end: number }[] = [];
        for (let at = 0; at < lowered.length; at++) {
          const before = lowered[at - 1];
          if (!isLetter(lowered[at]) || isLetter(before) || before === '-' || before === '\u2011')
            continue;
          expression.lastIndex = at;
          const match = expression.exec(lowered);
          if (match === null) continue;
          found.push({ start: at, end: at + match[0].length });
          at += match[0].length - 1;
        }
        expect(words.first(page), JSON.stringify([entries, page])).toEqual(found[0] ?? null);
        expect(words.last(page), JSON.stringify([entries, page])).toEqual(found.at(-1) ?? null);
      }),
      { numRuns: 2_000 },
    );
  });
  it('finds the words of scripts without spaces anywhere, as a scan of their alternation does', () => {
    const entry = fc
      .array(fc.constantFrom(...'据说表示称によると'), { minLength: 1, maxLength: 3 })
      .map((chars) => chars.join(''));
    const text = fc
      .array(fc.constantFrom(...'据说表示称によると a。'), { maxLength: 16 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), text, (entries, page) => {
        const words = new Words([], [[entries.join('|')]]);
        const found = [...page.matchAll(new RegExp(alternation([[entries.join('|')]]), 'gu'))].map(
          (m) => ({ start: m.index, end: m.index + m[0].length }),
        );
        expect(words.first(page)).toEqual(found[0] ?? null);
        expect(words.last(page)).toEqual(found.at(-1) ?? null);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the words around a name', () => {
  it('are, before and after a place, the runs of letters, marks and .’- an expression finds', () => {
    // The definition: a run back (or on) to anything but those and white space, its words the
    // runs of those.
    const BREAK = /[^\p{L}\p{M}.'’\s-]/u;
    const WORD = /[\p{L}\p{M}.'’-]+/gu;
    const text = fc
      .array(fc.constantFrom(..."aBé. \n\u00A0’'-,«»:", '\u0301', '\u{10400}', '\uD801', 'Ж'), {
        maxLength: 20,
      })
      .map((units) => units.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (page, a, b) => {
        const [x, y] = [a % (page.length + 1), b % (page.length + 1)];
        const [from, at] = [Math.min(x, y), Math.max(x, y)];
        let start = at;
        while (start > from && !BREAK.test(page[start - 1]!)) start--;
        const written = page.slice(start, at).match(WORD)?.reverse() ?? [];
        expect(wordsBefore(page, from, at)).toEqual({
          lower: written.map((w) => w.toLowerCase()),
          written,
        });
        let end = from;
        while (end < at && !BREAK.test(page[end]!)) end++;
        const after = (page.slice(from, end).match(WORD) ?? []).map((w) => w.toLowerCase());
        expect(wordsAfter(page, from, at)).toEqual(after);
      }),
      { numRuns: 1_000 },
    );
  });
});
