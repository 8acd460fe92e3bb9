import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFirstLook } from '../../src/core/first-look';
import { compilePeopleMatcher } from '../../src/core/people';
import { realDataset } from '../support/dataset';

const people = compilePeopleMatcher([
  { id: 'witkoff', aliases: ['Steve Witkoff', 'Witkoff'] },
  { id: 'kushner', aliases: ['Jared Kushner', 'Kushner'] },
  { id: 'al-hayya', aliases: ['Khalil al-Hayya', 'al-Hayya'] },
]);

describe('compilePeopleMatcher', () => {
  it('names the people a text mentions, in dataset order', () => {
    expect(people.named('Kushner and WITKOFF met Khalil al Hayya in Egypt.')).toEqual([
      'witkoff',
      'kushner',
      'al-hayya',
    ]);
  });

  it('accepts hyphens, spaces and non-breaking spaces between the words of an alias', () => {
    expect(people.named('Al\u00A0Hayya said')).toEqual(['al-hayya']);
    expect(people.named('al–Hayya said')).toEqual(['al-hayya']);
  });

  it('prefers the longest alias at a position', () => {
    expect(people.mentions('Envoy Steve Witkoff spoke.')).toEqual([
      { personId: 'witkoff', start: 6, end: 19 },
    ]);
  });

  it('does not fire inside other words', () => {
    expect(people.namesAnyone('The Witkoffs family and Kushners')).toBe(false);
    expect(people.namesAnyone('The council met on Tuesday.')).toBe(false);
  });

  it('names nobody when the dataset has nobody', () => {
    expect(compilePeopleMatcher([]).namesAnyone('Witkoff')).toBe(false);
  });

  it('tells whether a text names anyone, by a plain word or by the whole expression, as its mentions do', () => {
    // namesAnyone settles on a plain alias standing alone without the expression; the rest
    // (two words, stems, guarded words and their context, words inside words) goes to it.
    const { people: everyone } = realDataset();
    const matcher = compilePeopleMatcher(everyone);
    const look = compileFirstLook(everyone);
    const word = fc.oneof(
      fc.constantFrom(...everyone.flatMap((p) => [...p.aliases, ...(p.guardedAliases ?? [])])),
      fc.constantFrom(
        'Witkoffs',
        'xKushner',
        'KUSHNER',
        'Hamas',
        'the',
        'said',
        '“',
        '-',
        'Hayya,',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 8 }),
        fc.constantFrom(' ', '', '\n'),
        (words, gap) => {
          const text = words.map((w) => w.replace(/\*/g, '')).join(gap);
          const positions = [...look.positions(text)];
          expect(matcher.namesAnyone(text, positions)).toBe(matcher.mentions(text).length > 0);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('alias syntax', () => {
  const hayya = compilePeopleMatcher([
    {
      id: 'witkoff',
      aliases: ['Witkoff', 'Виткофф*', '*ويتكوف', '*וויטקוף'],
    },
    {
      id: 'al-hayya',
      aliases: ['Khalil al-Hayya', 'خليل الحية'],
      guardedAliases: ['Hayya', '*الحية'],
      context: ['Hamas', '*حماس'],
    },
  ]);

  it('lets a stem marked * take a case ending', () => {
    expect(hayya.named('Беседа со Стивом Виткоффом')).toEqual(['witkoff']);
    expect(hayya.named('Виткоффский')).toEqual([]); // more than three letters of ending
  });

  it('lets every word marked * take its own ending', () => {
    const russian = compilePeopleMatcher([{ id: 'al-hayya', aliases: ['Халил* аль-Хай*'] }]);
    expect(russian.named('встретил Халила аль-Хайю в Каире')).toEqual(['al-hayya']);
    expect(russian.named('Халиловыми аль-Хайю')).toEqual([]); // four letters of ending
  });

  it('lets a leading * take a one-letter Arabic or Hebrew proclitic', () => {
    expect(hayya.named('لقاء نادر بين ترامب وويتكوف')).toEqual(['witkoff']);
    expect(hayya.named('התראיינו לוויטקוף')).toEqual(['witkoff']);
  });

  it('counts a guarded alias only near a context word', () => {
    expect(hayya.named('Witkov a rencontré Hayya, le dirigeant du Hamas, en Égypte.')).toEqual([
      'al-hayya',
    ]);
    expect(hayya.named('The Hayya festival opened in the old town on Sunday.')).toEqual([]);
    // الحية is also "the snake": only near حماس (Hamas) is it al-Hayya.
    expect(hayya.named('شاهد الحية في الحديقة')).toEqual([]);
    expect(hayya.named('التقى القيادي في حماس والحية في القاهرة')).toEqual(['al-hayya']);
    expect(hayya.namesAnyone('The Hayya festival opened.')).toBe(false);
  });
});
