import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Words } from '../../src/core/cue-words';

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
