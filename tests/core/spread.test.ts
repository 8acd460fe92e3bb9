import { describe, expect, it } from 'vitest';
import { viewClaim } from '../../src/core/claim-view';
import { compareAttribution, compareDetails } from '../../src/core/compare';
import {
  indexDataset,
  type Appearance,
  type Claim,
  type Dataset,
  type Detail,
  type Source,
  type SourceKind,
} from '../../src/core/dataset';
import { byDate } from '../../src/core/spread';
import { realDataset } from '../support/dataset';

const source = (
  id: string,
  published: string | null,
  kind: SourceKind = 'report',
  copyOf: string | null = null,
): Source => ({
  id,
  outlet: `${id}.example`,
  url: `https://${id}.example/`,
  title: null,
  published,
  language: 'en',
  kind,
  copyOf,
  titleFromUrl: false,
});

const day = (iso: string): Detail => ({
  type: 'date',
  about: 'date of the call',
  text: iso,
  date: { kind: 'absolute', iso },
});
const place = (id: string): Detail => ({ type: 'place', about: 'meeting', text: id, place: id });
const amount = (value: number, currency: string): Detail => ({
  type: 'amount',
  about: 'cost',
  text: `${value} ${currency}`,
  value,
  currency,
});

const appearance = (
  id: string,
  attributedTo: string | null = 'witkoff',
  ...details: Detail[]
): Appearance => ({ source: id, text: null, attributedTo, details });

/** A dataset of one claim by Witkoff, carried by `sources` as `appearances` say. */
function oneClaim(sources: readonly Source[], appearances: readonly Appearance[]) {
  const places = [
    { id: 'egypt', name: 'Egypt', within: null },
    { id: 'cairo', name: 'Cairo', within: 'egypt' },
    { id: 'doha', name: 'Doha', within: null },
  ];
  const published = new Map(sources.map((s) => [s.id, s.published]));
  const claim: Claim = {
    id: 'the-claim',
    kind: 'quote',
    speaker: 'witkoff',
    statement: 'Something was said.',
    event: 'the-event',
    appearances,
    differences: {
      attribution: compareAttribution('witkoff', appearances),
      details: compareDetails(appearances, {
        referenceDate: (id) => {
          const date = published.get(id) ?? null;
          return date === null ? null : { date, basis: 'published' };
        },
        places: new Map(places.map((p) => [p.id, p])),
      }),
      wording: [],
    },
  };
  const person = (id: string, name: string) => ({
    id,
    name,
    role: '',
    aliases: [name],
    guardedAliases: [],
    context: [],
    namesakes: [],
    watch: true,
  });
  const dataset: Dataset = {
    events: [
      {
        id: 'the-event',
        title: 'A call',
        date: '2025-10-01',
        dates: [],
        place: null,
        kind: 'call',
      },
    ],
    people: [person('witkoff', 'Steve Witkoff'), person('kushner', 'Jared Kushner')],
    places,
    sources,
    claims: [claim],
  };
  return viewClaim(indexDataset(dataset), 'the-claim')!.spread;
}

describe('byDate', () => {
  it('puts earlier days first, the undated last, and on one day originals before what copies them', () => {
    const ordered = byDate([
      source('late', '2025-10-03'),
      source('undated', null),
      source('copy', '2025-10-02', 'copy'),
      source('translation', '2025-10-02', 'translation'),
      source('report', '2025-10-02'),
      source('transcript', '2025-10-02', 'transcript'),
      source('undated-copy', null, 'copy'),
      source('undated-report', null),
    ]);
    expect(ordered.map((s) => s.id)).toEqual([
      'report',
      'transcript',
      'copy',
      'translation',
      'late',
      'undated',
      'undated-report',
      'undated-copy',
    ]);
  });
});

describe('viewSpread', () => {
  it("marks the first appearance: the earliest day's originals, each of them", () => {
    const spread = oneClaim(
      [source('a', '2025-10-02'), source('b', '2025-10-02'), source('c', '2025-10-02', 'copy')],
      [appearance('c'), appearance('b'), appearance('a')],
    );
    expect(spread.map((e) => [e.source.sourceId, e.first])).toEqual([
      ['b', true],
      ['a', true],
      ['c', false],
    ]);
  });

  it('marks the copies of the earliest day where no original of it is known, and nothing where no source is dated', () => {
    const copies = oneClaim(
      [source('c', '2025-10-02', 'copy'), source('r', '2025-10-03')],
      [appearance('r'), appearance('c')],
    );
    expect(copies.map((e) => [e.source.sourceId, e.first])).toEqual([
      ['c', true],
      ['r', false],
    ]);
    const undated = oneClaim(
      [source('a', null), source('b', null)],
      [appearance('a'), appearance('b')],
    );
    expect(undated.map((e) => e.first)).toEqual([false, false]);
  });

  it('tells copies, rewrites and translations apart, naming the source copied where the record knows it', () => {
    const spread = oneClaim(
      [
        source('orig', '2025-10-02'),
        source('copy', '2025-10-02', 'copy', 'orig'),
        source('rewrite', '2025-10-03', 'rewrite'),
        source('translation', '2025-10-03', 'translation', 'gone'),
      ],
      [appearance('translation'), appearance('rewrite'), appearance('copy'), appearance('orig')],
    );
    expect(spread.map((e) => [e.source.kind, e.source.copyOf])).toEqual([
      ['report', null],
      ['copy', 'orig.example'],
      // Two of one day, neither an original: as the record lists them. A source the dataset
      // does not hold is not named.
      ['translation', null],
      ['rewrite', null],
    ]);
  });

  it('marks a changed credit where it first appears, and only there', () => {
    const spread = oneClaim(
      [
        source('a', '2025-10-01'),
        source('b', '2025-10-02'),
        source('c', '2025-10-03'),
        source('d', '2025-10-04'),
        source('e', null),
      ],
      [
        appearance('e', 'kushner'),
        appearance('d', null),
        appearance('c', 'kushner'),
        appearance('b', 'witkoff'),
        appearance('a', 'witkoff'),
      ],
    );
    expect(
      spread.map((e) => [e.source.sourceId, e.source.attributionDiffers, e.creditChanged]),
    ).toEqual([
      ['a', false, false],
      ['b', false, false],
      ['c', true, true],
      ['d', false, false],
      ['e', true, false],
    ]);
  });

  it('marks a value that cannot be true with any given before it where it first appears; not a more precise one, nor a conversion', () => {
    const spread = oneClaim(
      [
        source('a', '2025-10-01'),
        source('b', '2025-10-02'),
        source('c', '2025-10-03'),
        source('d', '2025-10-04'),
        source('e', '2025-10-05'),
      ],
      [
        appearance('a', 'witkoff', day('2025-09-09'), place('egypt'), amount(50, 'USD')),
        appearance('b', 'witkoff', day('2021-09-09'), place('cairo'), amount(37, 'GBP')),
        appearance('c', 'witkoff', day('2021-09-09'), place('doha')),
        appearance('d', 'witkoff', day('2025-09-09')),
        appearance('e', 'witkoff', day('2025-09'), amount(50, 'USD')),
      ],
    );
    const changes = spread.map((e) => [e.source.sourceId, e.changes.map((c) => [c.type, c.value])]);
    expect(changes).toEqual([
      ['a', []],
      [
        'b',
        [
          [
            'date',
            { type: 'date', span: { from: '2021-09-09', to: '2021-09-09' }, resolvedAgainst: null },
          ],
        ],
      ],
      ['c', [['place', { type: 'place', name: 'Doha' }]]],
      ['d', []],
      ['e', []],
    ]);
  });
});

describe('viewSpread, on the dataset', () => {
  const index = indexDataset(realDataset());

  it("tells the Kushner line's copies, rewrite and translations apart, and marks Witkoff's credit where it first appears", () => {
    const spread = viewClaim(index, 'two-human-beings-vulnerability')!.spread;
    expect(spread.map((e) => [e.source.outlet, e.source.kind, e.first, e.creditChanged])).toEqual([
      ['Israel National News', 'report', true, false],
      ['Ynetnews', 'report', true, false],
      ['newsbeep.com', 'copy', false, false],
      ['Fanpage.it', 'translation', false, false],
      ['Israel Noticias', 'translation', false, false],
      ['globalnewsc.com', 'rewrite', false, true],
    ]);
    expect(spread.at(-1)!.source).toMatchObject({
      attributedTo: 'Steve Witkoff',
      copyOf: 'asohij.com',
      published: null,
    });
  });

  it('marks the outlet that moved the Witkoff-Ushakov call to 2021, and no other', () => {
    const spread = viewClaim(index, 'witkoff-ushakov-call-oct-14')!.spread;
    const changed = spread.filter((e) => e.changes.length > 0);
    expect(changed.map((e) => [e.source.outlet, e.changes.map((c) => c.about)])).toEqual([
      ['aiboop.com', ['date of the Witkoff-Ushakov call']],
    ]);
  });

  it('orders every claim’s sources by day, the undated last', () => {
    for (const claim of index.dataset.claims) {
      const days = viewClaim(index, claim.id)!.spread.map((e) => e.source.published ?? '~');
      expect(days, claim.id).toEqual([...days].sort());
    }
  });
});
