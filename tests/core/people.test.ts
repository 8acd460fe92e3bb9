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
