import { describe, expect, it } from 'vitest';
import {
  compareAttribution,
  compareDetails,
  daySpan,
  type DetailContext,
} from '../../src/core/compare';
import type { Appearance, Bound, Detail } from '../../src/core/dataset';

const places = new Map([
  ['egypt', { id: 'egypt', name: 'Egypt', within: null }],
  ['cairo', { id: 'cairo', name: 'Cairo', within: 'egypt' }],
  ['sharm-el-sheikh', { id: 'sharm-el-sheikh', name: 'Sharm el-Sheikh', within: 'egypt' }],
]);
const context: DetailContext = {
  referenceDate: (source) =>
    source === 'undated' ? null : { date: '2025-10-20', basis: 'published' },
  places,
};
const appearance = (source: string, ...details: Detail[]): Appearance => ({
  source,
  text: null,
  attributedTo: null,
  details,
});
const place = (id: string): Detail => ({ type: 'place', about: 'meeting', text: id, place: id });
const usd = (value: number): Detail => ({
  type: 'amount',
  about: 'cost',
  text: `$${value}`,
  value,
  currency: 'USD',
});

describe('daySpan', () => {
  it('reads absolute dates at their precision', () => {
    expect(daySpan({ kind: 'absolute', iso: '2025-09-09' }, null)).toEqual({
      from: '2025-09-09',
      to: '2025-09-09',
    });
    expect(daySpan({ kind: 'absolute', iso: '2024-02' }, null)).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(daySpan({ kind: 'absolute', iso: '2011' }, null)).toEqual({
      from: '2011-01-01',
      to: '2011-12-31',
    });
  });

  it('resolves relative dates against the reference, across year ends', () => {
    expect(daySpan({ kind: 'relative', unit: 'month', offset: -1 }, '2025-10-20')).toEqual({
      from: '2025-09-01',
      to: '2025-09-30',
    });
    expect(daySpan({ kind: 'relative', unit: 'month', offset: -1 }, '2026-01-05')).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(daySpan({ kind: 'relative', unit: 'day', offset: -1 }, '2025-03-01')).toEqual({
      from: '2025-02-28',
      to: '2025-02-28',
    });
    expect(daySpan({ kind: 'relative', unit: 'month', offset: -1 }, null)).toBeNull();
  });
});

describe('compareDetails', () => {
  it('calls a place within another more precise, and two places side by side a conflict', () => {
    expect(
      compareDetails([appearance('a', place('egypt')), appearance('b', place('cairo'))], context)[0]
        ?.verdict,
    ).toBe('precision');
    const three = compareDetails(
      [
        appearance('a', place('egypt')),
        appearance('b', place('cairo')),
        appearance('c', place('sharm-el-sheikh')),
      ],
      context,
    );
    expect(three[0]?.verdict).toBe('conflict');
  });

  it('treats another currency as a conversion, a different amount as a conflict', () => {
    const gbp: Detail = {
      type: 'amount',
      about: 'cost',
      text: '£37.2bn',
      value: 37.2e9,
      currency: 'GBP',
    };
    expect(
      compareDetails([appearance('a', usd(50e9), gbp), appearance('b', usd(50e9))], context)[0]
        ?.verdict,
    ).toBe('conversion');
    expect(
      compareDetails([appearance('a', usd(50e9)), appearance('b', usd(5e9))], context)[0]?.verdict,
    ).toBe('conflict');
  });

  it('judges a relative date by the days it allows', () => {
    const lastMonth: Detail = {
      type: 'date',
      about: 'death',
      text: 'last month',
      date: { kind: 'relative', unit: 'month', offset: -1 },
    };
    const day = (iso: string): Detail => ({
      type: 'date',
      about: 'death',
      text: iso,
      date: { kind: 'absolute', iso },
    });
    expect(
      compareDetails([appearance('a', lastMonth), appearance('b', day('2025-09-09'))], context)[0]
        ?.verdict,
    ).toBe('precision');
    expect(
      compareDetails([appearance('a', lastMonth), appearance('b', day('2025-08-30'))], context)[0]
        ?.verdict,
    ).toBe('conflict');
  });

  it('says which sources are silent on a detail, and when only one states it', () => {
    const [age] = compareDetails(
      [appearance('a', { type: 'age', about: 'age', text: '22', years: 22 }), appearance('b')],
      context,
    );
    expect(age?.verdict).toBe('single');
    expect(age?.silent).toEqual(['b']);
  });

  it('compares names without case or accents, and counts', () => {
    const name = (n: string): Detail => ({ type: 'person', about: 'son', text: n, name: n });
    expect(
      compareDetails([appearance('a', name('Himam')), appearance('b', name('HIMAM'))], context)[0]
        ?.verdict,
    ).toBe('agree');
    expect(
      compareDetails([appearance('a', name('Himam')), appearance('b', name('Huma'))], context)[0]
        ?.verdict,
    ).toBe('conflict');
  });

  it('takes a name given as another printing of the other for one name, either way round', () => {
    const huma: Detail = {
      type: 'person',
      about: 'son',
      text: 'Huma',
      name: 'Huma',
      sameAs: ['Himam'],
    };
    const himam: Detail = { type: 'person', about: 'son', text: 'همام', name: 'Himam' };
    for (const pair of [
      [huma, himam],
      [himam, huma],
    ])
      expect(
        compareDetails(
          pair.map((d, i) => appearance(`s${i}`, d)),
          context,
        )[0]?.verdict,
      ).toBe('agree');
    const hamza: Detail = { type: 'person', about: 'son', text: 'Hamza', name: 'Hamza' };
    expect(
      compareDetails([appearance('a', huma), appearance('b', hamza)], context)[0]?.verdict,
    ).toBe('conflict');
  });
});

describe('compareDetails, figures hedged or not', () => {
  const length = (text: string, seconds: number, bound?: Bound): Detail => ({
    type: 'duration',
    about: 'length of the meeting',
    text,
    seconds,
    ...(bound === undefined ? {} : { bound }),
  });
  const verdict = (...details: Detail[]) =>
    compareDetails(
      details.map((d, i) => appearance(`s${i}`, d)),
      context,
    )[0]?.verdict;

  it('judges durations by the time they allow', () => {
    expect(verdict(length('five hours', 18_000), length('5 hours', 18_000))).toBe('agree');
    expect(verdict(length('five hours', 18_000), length('about five hours', 18_000, 'about'))).toBe(
      'precision',
    );
    expect(verdict(length('five hours', 18_000), length('3 h 39 min', 13_140))).toBe('conflict');
    expect(
      verdict(
        length('five hours', 18_000),
        length('almost five hours', 18_000, 'less-than'),
        length('more than five hours', 18_000, 'more-than'),
      ),
    ).toBe('conflict');
    expect(verdict(length('five hours', 18_000))).toBe('single');
  });

  it('reads a bound on amounts and counts', () => {
    const atLeast: Detail = {
      type: 'amount',
      about: 'cost',
      text: 'at least $25 billion',
      value: 25e9,
      currency: 'USD',
      bound: 'at-least',
    };
    expect(verdict(atLeast, usd(25e9))).toBe('precision');
    const points = (value: number, bound?: Bound): Detail => ({
      type: 'count',
      about: 'points of the plan',
      text: `${value}`,
      value,
      ...(bound === undefined ? {} : { bound }),
    });
    expect(verdict(points(20), points(28))).toBe('conflict');
    expect(verdict(points(1_700, 'about'), points(1_700))).toBe('precision');
    expect(verdict(points(1_700), points(1_700))).toBe('agree');
  });
});

describe('compareAttribution', () => {
  const credit = (source: string, person: string | null): Appearance => ({
    source,
    text: 'x',
    attributedTo: person,
    details: [],
  });

  it('flags a source that credits someone other than the speaker', () => {
    expect(
      compareAttribution('kushner', [credit('a', 'kushner'), credit('b', 'witkoff')]).disagree,
    ).toBe(true);
    expect(
      compareAttribution('kushner', [credit('a', 'kushner'), credit('b', null)]).disagree,
    ).toBe(false);
  });
});
