import { describe, expect, it } from 'vitest';
import { viewClaim } from '../../src/core/claim-view';
import { indexDataset } from '../../src/core/dataset';
import { sideBySide } from '../../src/core/side-by-side';
import { realDataset } from '../support/dataset';

const index = indexDataset(realDataset());
const table = (id: string) => {
  const view = viewClaim(index, id)!;
  return sideBySide(index.claim(id)!, index, view.spread);
};

describe('sideBySide', () => {
  it('has a row per source in the order it spread, and a column per detail', () => {
    const call = table('witkoff-ushakov-call-oct-14');
    expect(call.rows.map((row) => row.source.sourceId)).toEqual(
      viewClaim(index, 'witkoff-ushakov-call-oct-14')!.spread.map((e) => e.source.sourceId),
    );
    expect(call.columns.map((c) => [c.about, c.type, c.verdict])).toEqual([
      ['date of the Witkoff-Ushakov call', 'date', 'conflict'],
      ['length of the Witkoff-Ushakov call', 'duration', 'precision'],
    ]);
  });

  it('marks a value that cannot be true with the first given, not one less precise, and leaves a detail not stated empty', () => {
    const call = table('witkoff-ushakov-call-oct-14');
    const dates = new Map(call.rows.map((row) => [row.source.outlet, row.cells[0]]));
    expect(dates.get('aiboop.com')).toMatchObject({ differs: true });
    expect(dates.get('Antena 3 Noticias')).toMatchObject({ differs: false });
    expect(dates.get('Mediaite')).toMatchObject({ differs: false });
    expect(dates.get('i24NEWS (Hebrew)')).toBeNull();
  });

  it('gives an amount stated in two currencies as two values of one cell', () => {
    const cost = table('gaza-rebuild-50bn');
    const newsbeep = cost.rows.find((row) => row.source.outlet === 'newsbeep.com')!;
    expect(newsbeep.cells[0]).toEqual({
      values: [
        { value: { type: 'amount', value: 50e9, currency: 'USD', bound: null }, printed: '$50bn' },
        {
          value: { type: 'amount', value: 37.2e9, currency: 'GBP', bound: null },
          printed: '£37.2bn',
        },
      ],
      differs: false,
    });
  });
});
