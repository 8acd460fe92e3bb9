/**
 * Figures as outlets print them, hedged or not: "five hours", "about five hours", "at least
 * $25 billion", "just over 5 minutes". Each is read as the range of values it allows, and two
 * are judged by whether their ranges meet.
 */
import type { Bound } from './dataset';

/** The values a figure allows; an open end excludes its value ("more than 5": not 5). */
export interface FigureRange {
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

export interface Figure {
  readonly value: number;
  readonly bound?: Bound | undefined;
}

/** "About five hours" allows four and a half to five and a half. */
const ABOUT = 0.1;
/**
 * A bare figure set beside a hedged one is read as the round figure it is: "five hours" does
 * not contradict "almost five hours" nor "just over five hours". Two bare figures must be equal.
 */
const ROUND = 0.02;

export function figureRange({ value, bound }: Figure): FigureRange {
  const closed = (low: number, high: number): FigureRange => ({
    low,
    high,
    lowOpen: false,
    highOpen: false,
  });
  switch (bound) {
    case undefined:
      return closed(value * (1 - ROUND), value * (1 + ROUND));
    case 'about':
      return closed(value * (1 - ABOUT), value * (1 + ABOUT));
    case 'at-least':
      return closed(value, Infinity);
    case 'more-than':
      return { ...closed(value, Infinity), lowOpen: true };
    case 'up-to':
      return closed(0, value);
    case 'less-than':
      return { ...closed(0, value), highOpen: true };
  }
}

/** Whether two ranges share a value. */
function meet(a: FigureRange, b: FigureRange): boolean {
  const [first, second] = a.low <= b.low ? [a, b] : [b, a];
  if (first.high > second.low) return true;
  return first.high === second.low && !first.highOpen && !second.lowOpen;
}

/**
 * How two figures of the same fact compare: the same figure hedged alike agree; two bare
 * figures that differ conflict (20 and 28 points); otherwise they are compatible (`precision`:
 * one says it more precisely) where their ranges meet, and conflict where they cannot both be
 * true ("five hours" and "3 h 39 min"; "almost five hours" and "more than five hours").
 */
export function compareFigures(a: Figure, b: Figure): 'agree' | 'precision' | 'conflict' {
  if (a.value === b.value && a.bound === b.bound) return 'agree';
  if (a.bound === undefined && b.bound === undefined) return 'conflict';
  return meet(figureRange(a), figureRange(b)) ? 'precision' : 'conflict';
}

export type DurationUnit = 'year' | 'day' | 'hour' | 'minute' | 'second';

const UNIT_SECONDS: readonly [DurationUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];
const YEAR = 365 * 86_400;

/**
 * A length of time in the units a reader would say it in, the two largest that are not zero:
 * 13,140 s is 3 h 39 min, 300 s is 5 min, three years of days are 3 years.
 */
export function durationParts(seconds: number): { unit: DurationUnit; count: number }[] {
  const whole = Math.round(seconds);
  if (whole >= YEAR && whole % YEAR === 0) return [{ unit: 'year', count: whole / YEAR }];
  let rest = whole;
  const parts = UNIT_SECONDS.flatMap(([unit, size]) => {
    const count = Math.floor(rest / size);
    rest -= count * size;
    return count === 0 ? [] : [{ unit, count }];
  });
  return parts.length === 0 ? [{ unit: 'second', count: 0 }] : parts.slice(0, 2);
}
