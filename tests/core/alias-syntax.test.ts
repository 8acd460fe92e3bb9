import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAliases, foldPoint } from '../../src/core/alias-syntax';
import { aliasesPattern } from '../../src/core/people';

describe('foldPoint', () => {
  it('makes two code points one exactly where the engine’s `iu` takes them for one', () => {
    // Every code point of the first plane the engine might fold with another: those with a
    // case, and the one mark that folds to a letter. Each is matched against all the others.
    const all: number[] = [];
    for (let point = 0; point < 0x10000; point++)
      if (point < 0xd800 || point > 0xdfff) all.push(point);
    const text = String.fromCharCode(...all);
    const cased = all.filter((point) => {
      const char = String.fromCharCode(point);
      return char.toLowerCase() !== char || char.toUpperCase() !== char || point === 0x345;
    });
    // And beyond the first plane, the letters with a case of Deseret and Osage.
    const astral = [0x10400, 0x10428, 0x104b0, 0x104d8, 0x1f600];
    const folds = new Map<number, number[]>();
    for (const point of [...all, ...astral]) {
      const fold = foldPoint(point);
      folds.set(fold, [...(folds.get(fold) ?? []), point]);
    }
    const subject = text + String.fromCodePoint(...astral);
    for (const point of [...cased, ...astral]) {
      const char = String.fromCodePoint(point);
      const escaped = char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      const byEngine = [...subject.matchAll(new RegExp(escaped, 'giu'))].map((m) =>
        m[0].codePointAt(0)!,
      );
      expect(folds.get(foldPoint(point)), char).toEqual(byEngine);
    }
  });
});

describe('compileAliases', () => {
  /**
   * Letters the syntax reads apart: cased and not, with forms only `iu` equates (the Kelvin
   * sign, ſ, ς, a titlecase digraph, ẞ), the dotless ı and İ that fold to themselves, Arabic and
   * Hebrew (with their proclitics), Han and kana (no boundary), letters beyond the first plane,
   * an apostrophe and a digit.
   */
  const letters = [
    ...'aKkſsıiİǅéß',
    ...'вИ',
    ...'σςΣΧ',
    ...'وكب',
    ...'וקל',
    ...'库纳',
    ...'ウ',
    '\u{10400}',
    '\u{104D8}',
    "'",
    '7',
  ];
  const alias = fc
    .tuple(
      fc.boolean(),
      fc.array(
        fc.tuple(
          fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }),
          fc.boolean(),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(
      ([prefixed, words]) =>
        (prefixed ? '*' : '') + words.map(([w, stem]) => w.join('') + (stem ? '*' : '')).join(' '),
    );
  /** Anything that may stand in or around a name: letters, marks, separators, apostrophes, halves. */
  const around = fc.constantFrom(
    ...letters,
    ...'AKSΧσвو ל-\u00A0\u2011\u2013\u2019\u02BC\u2018\u0301\u0345١.,',
    'ẞ',
    '\u{10428}',
    '\u{104B0}',
    '\uD801',
    '\uDC00',
    '😀',
  );
  const printed = (aliases: readonly string[]) =>
    fc
      .tuple(
        fc.constantFrom(...aliases),
        fc.constantFrom(' ', '-', '\u00A0', '\u2011', '  ', '\n'),
        fc.constantFrom('upper', 'lower', 'as'),
      )
      .map(([name, separator, cases]) => {
        const words = name.replace(/\*/g, '').split(' ').join(separator);
        return cases === 'upper'
          ? words.toUpperCase()
          : cases === 'lower'
            ? words.toLowerCase()
            : words;
      });

  it('finds what the expression of the same aliases finds, sticky at each place and scanning', () => {
    fc.assert(
      fc.property(
        fc.array(alias, { minLength: 1, maxLength: 4 }).chain((aliases) =>
          fc.tuple(
            fc.constant(aliases),
            fc.array(fc.oneof(printed(aliases), around), { maxLength: 12 }).map((p) => p.join('')),
          ),
        ),
        ([aliases, page]) => {
          const entries = aliases.map((a) => ({ alias: a }));
          const reader = compileAliases(entries);
          const { source, order } = aliasesPattern(entries);
          const sticky = new RegExp(source, 'yiu');
          const entryOf = (m: RegExpExecArray) =>
            order[m.findIndex((v, i) => i > 0 && v !== undefined) - 1];
          for (let at = 0; at < page.length; at++) {
            // The engine reads a place inside a pair as its start: the matcher is not asked there.
            if (at > 0 && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(page.slice(at - 1, at + 1)))
              continue;
            sticky.lastIndex = at;
            const m = sticky.exec(page);
            const expected =
              m === null ? null : { entry: entryOf(m), start: at, end: at + m[0].length };
            expect(reader(page, at, at + 1), `${JSON.stringify(page)} at ${at}`).toEqual(expected);
          }
          const scanned = [];
          for (let m = reader(page, 0); m !== null; m = reader(page, m.end)) scanned.push(m);
          const byEngine = [...page.matchAll(new RegExp(source, 'giu'))].map((m) => ({
            entry: entryOf(m),
            start: m.index,
            end: m.index + m[0].length,
          }));
          expect(scanned, JSON.stringify(page)).toEqual(byEngine);
        },
      ),
      { numRuns: 300 },
    );
  });
});
