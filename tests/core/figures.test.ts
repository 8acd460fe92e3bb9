import { describe, expect, it } from 'vitest';
import { compareFigures, durationParts } from '../../src/core/figures';

const HOUR = 3_600;

describe('compareFigures', () => {
  it('agrees on the same figure hedged alike, and bare figures must be equal', () => {
    expect(compareFigures({ value: 5 * HOUR }, { value: 5 * HOUR })).toBe('agree');
    expect(
      compareFigures({ value: 5 * HOUR, bound: 'about' }, { value: 5 * HOUR, bound: 'about' }),
    ).toBe('agree');
    // "a 20-point plan" and "the 28-point plan"; 250 and 251 prisoners.
    expect(compareFigures({ value: 20 }, { value: 28 })).toBe('conflict');
    expect(compareFigures({ value: 250 }, { value: 251 })).toBe('conflict');
  });

  it('reads "five hours" and "about five hours" as compatible, and "3 h 39 min" against either as a conflict', () => {
    const five = { value: 5 * HOUR };
    const aboutFive = { value: 5 * HOUR, bound: 'about' } as const;
    const timed = { value: 3 * HOUR + 39 * 60 };
    expect(compareFigures(five, aboutFive)).toBe('precision');
    expect(compareFigures(five, timed)).toBe('conflict');
    expect(compareFigures(aboutFive, timed)).toBe('conflict');
    // "about four hours" allows the Kremlin's 3 h 39 min.
    expect(compareFigures({ value: 4 * HOUR, bound: 'about' }, timed)).toBe('precision');
  });

  it('takes "at least $25 billion" and "$25 billion" for compatible, "up to" one below for a conflict', () => {
    expect(compareFigures({ value: 25e9, bound: 'at-least' }, { value: 25e9 })).toBe('precision');
    expect(compareFigures({ value: 25e9, bound: 'at-least' }, { value: 30e9 })).toBe('precision');
    expect(compareFigures({ value: 20e9, bound: 'up-to' }, { value: 25e9 })).toBe('conflict');
  });

  it('reads a bare round figure beside a hedged one as round, but "almost" and "more than" as a conflict', () => {
    const almost = { value: 5 * HOUR, bound: 'less-than' } as const;
    const over = { value: 5 * HOUR, bound: 'more-than' } as const;
    expect(compareFigures({ value: 5 * HOUR }, almost)).toBe('precision');
    expect(compareFigures({ value: 5 * HOUR }, over)).toBe('precision');
    expect(compareFigures(almost, over)).toBe('conflict');
    // "more than 5 minutes" allows five hours; "less than 5 minutes" does not.
    expect(compareFigures({ value: 300, bound: 'more-than' }, { value: 5 * HOUR })).toBe(
      'precision',
    );
    expect(compareFigures({ value: 300, bound: 'less-than' }, { value: 5 * HOUR })).toBe(
      'conflict',
    );
    expect(compareFigures({ value: 1_700, bound: 'more-than' }, { value: 1_700 })).toBe(
      'precision',
    );
  });
});

describe('durationParts', () => {
  it('says a length in the two largest units that are not zero', () => {
    expect(durationParts(5 * HOUR)).toEqual([{ unit: 'hour', count: 5 }]);
    expect(durationParts(3 * HOUR + 39 * 60)).toEqual([
      { unit: 'hour', count: 3 },
      { unit: 'minute', count: 39 },
    ]);
    expect(durationParts(300)).toEqual([{ unit: 'minute', count: 5 }]);
    expect(durationParts(50)).toEqual([{ unit: 'second', count: 50 }]);
    expect(durationParts(30 * 86_400)).toEqual([{ unit: 'day', count: 30 }]);
    expect(durationParts(3 * 365 * 86_400)).toEqual([{ unit: 'year', count: 3 }]);
    expect(durationParts(0)).toEqual([{ unit: 'second', count: 0 }]);
  });
});
