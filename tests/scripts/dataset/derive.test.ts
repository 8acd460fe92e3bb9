/** The differences the build derives for the bundled dataset: the cases the dataset exists to show. */
import { describe, expect, it } from 'vitest';
import type { DetailDifference } from '../../../src/core/compare';
import { realDataset } from '../../support/dataset';

const dataset = realDataset();
const claim = (id: string) => {
  const found = dataset.claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no claim ${id}`);
  return found;
};
const detail = (id: string, type: DetailDifference['type']) =>
  claim(id).differences.details.find((d) => d.type === type)!;
const statedBy = (d: DetailDifference, source: string) =>
  d.statements.filter((s) => s.source === source).map((s) => s.detail.text);

describe('derived differences', () => {
  it('who said "two human beings … vulnerability": Kushner in most sources, Witkoff in seed 000', () => {
    const { attribution } = claim('two-human-beings-vulnerability').differences;
    expect(claim('two-human-beings-vulnerability').speaker).toBe('kushner');
    expect(attribution.disagree).toBe(true);
    const credited = Object.fromEntries(attribution.bySource.map((b) => [b.source, b.person]));
    expect(credited['globalnewsc-behind-the-ceasefire']).toBe('witkoff');
    expect(Object.values(credited).filter((p) => p === 'kushner').length).toBeGreaterThanOrEqual(4);
  });

  it('when al-Hayya\'s son was killed: "9 September" against "last month", resolved before comparing', () => {
    const date = detail('hayya-son-killed-in-doha-strike', 'date');
    expect(statedBy(date, 'newsbeep-witkoff-hayya-sons')).toEqual(['9 September']);
    const lastMonth = date.statements.find((s) => s.source === 'globalnewsc-behind-the-ceasefire')!;
    expect(lastMonth.detail.text).toBe('last month');
    // The page has no date; it reports the interview of 19 October 2025, so it is no older.
    expect(lastMonth.resolvedAgainst).toEqual({ date: '2025-10-19', basis: 'event' });
    expect(lastMonth.span).toEqual({ from: '2025-09-01', to: '2025-09-30' });
    expect(date.verdict).toBe('precision');
  });

  it('the name of al-Hayya\'s son: "Himam", and "Huma" as one page transliterates it, agree', () => {
    const name = detail('hayya-son-killed-in-doha-strike', 'person');
    expect(statedBy(name, 'sadanews-fr')).toEqual(['Huma']);
    expect(statedBy(name, 'newsbeep-witkoff-hayya-sons')).toEqual(['Himam']);
    expect(name.verdict).toBe('agree');
  });

  it("Witkoff's son: died in 2011 in some sources, at the age of 22 in others", () => {
    const year = detail('witkoff-son-died-of-overdose', 'date');
    const age = detail('witkoff-son-died-of-overdose', 'age');
    expect(year.statements.map((s) => s.detail.text)).toEqual(['2011', '2011']);
    expect(year.silent).toContain('newsbeep-witkoff-hayya-sons');
    expect(statedBy(age, 'newsbeep-witkoff-hayya-sons')).toEqual(['22']);
    expect(age.silent).toContain('globalnewsc-behind-the-ceasefire');
  });

  it('where the meeting was: Egypt, Sharm el-Sheikh, Cairo', () => {
    const place = detail('envoys-met-hayya-in-egypt', 'place');
    const places = new Set(
      place.statements.map((s) => (s.detail.type === 'place' ? s.detail.place : '')),
    );
    expect(places).toEqual(new Set(['egypt', 'sharm-el-sheikh', 'cairo']));
    expect(place.verdict).toBe('conflict');
  });

  it('the reconstruction figure: $50bn, $50 billion, and £37.2bn as a conversion', () => {
    const amount = detail('gaza-rebuild-50bn', 'amount');
    expect(amount.statements.map((s) => s.detail.text).sort()).toEqual([
      '$50 billion',
      '$50bn',
      '$50bn',
      '£37.2bn',
    ]);
    expect(amount.verdict).toBe('conversion');
  });

  it('wording: where a source rewords a quote, word by word', () => {
    const ynet = claim('witkoff-bad-club').differences.wording.find(
      (w) => w.source === 'ynetnews-bk00bbm70ex',
    );
    expect(ynet?.parts.filter((p) => p[0] === '+').map((p) => p[1])).toEqual(
      expect.arrayContaining(['too', 'the same', 'had']),
    );
  });

  it('the Kremlin meeting of 2 December: "five hours", "about", "almost" and "more than" five hours', () => {
    const length = detail('meeting-about-five-hours', 'duration');
    expect(statedBy(length, 'kremlin-ushakov-commentary-78638')).toEqual(['five hours']);
    expect(statedBy(length, 'insidertexts-287392')).toEqual(['about five hours']);
    // "Almost five hours" and "Oltre cinque ore" (more than five) cannot both be true.
    expect(length.verdict).toBe('conflict');
  });

  it('a call of "just over 5 minutes" and of "5 minuti": compatible', () => {
    expect(detail('witkoff-ushakov-call-oct-14', 'duration').verdict).toBe('precision');
  });

  it('the New Gaza plan: "at least $25 billion" against "25,000 millones de dólares"', () => {
    const cost = detail('plan-cost-at-least-25-billion', 'amount');
    expect(cost.statements.map((s) => s.detail.text)).toContain('at least $25 billion');
    expect(cost.verdict).toBe('precision');
  });

  it('the original US plan: 28 points against 27', () => {
    const points = claim('ushakov-four-additional-documents').differences.details.find(
      (d) => d.about === 'number of points of the original US peace plan',
    );
    expect(points?.verdict).toBe('conflict');
  });
});
