import { describe, expect, it } from 'vitest';
import { compilePeopleMatcher } from '../../src/core/people';

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
