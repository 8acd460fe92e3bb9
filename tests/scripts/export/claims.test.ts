import { describe, expect, it } from 'vitest';
import { toClaimsGraph } from '../../../scripts/export/claims';
import type { Dataset } from '../../../src/core/dataset';
import { realDataset } from '../../support/dataset';

type Node = Record<string, unknown>;

describe('toClaimsGraph', () => {
  const dataset = realDataset();
  const nodes = toClaimsGraph(dataset)['@graph'] as Node[];
  const graph = nodes.filter((n) => n['@type'] === 'Claim');
  const claim = (id: string) => graph.find((c) => c.identifier === id)!;
  const byId = new Map(nodes.map((n) => [n['@id'], n]));
  /** The page an appearance or a first appearance refers to. */
  const page = (ref: unknown) => byId.get((ref as Node)['@id'])!;
  const appearances = (id: string) => claim(id).appearance as Node[];

  it('writes every claim as a schema.org Claim', () => {
    expect(toClaimsGraph(dataset)['@context']).toBe('https://schema.org');
    expect(graph).toHaveLength(dataset.claims.length);
  });

  it('gives each source one @id, which every appearance of it refers to', () => {
    const pages = nodes.filter((n) => n['@type'] !== 'Claim');
    expect(new Set(pages.map((p) => p['@id'])).size).toBe(pages.length);
    const ynet = pages.filter((p) => p.url === 'https://www.ynetnews.com/article/bk00bbm70ex');
    expect(ynet).toEqual([
      expect.objectContaining({
        '@id': 'urn:sourcelight:source:ynetnews-bk00bbm70ex',
        inLanguage: 'en',
        datePublished: '2025-10-20',
      }),
    ]);
    const refs = graph.flatMap((c) => (c.appearance as Node[]).map((a) => a.isPartOf));
    expect(refs.filter((r) => (r as Node)['@id'] === ynet[0]!['@id']).length).toBeGreaterThan(3);
    for (const ref of refs) expect(page(ref)).toBeDefined();
  });

  it('names the speaker, and every appearance with its span and the speaker that page credits', () => {
    const badClub = claim('witkoff-bad-club');
    expect(badClub.author).toMatchObject({ '@type': 'Person', name: 'Steve Witkoff' });
    expect(appearances('witkoff-bad-club')).toHaveLength(
      dataset.claims.find((c) => c.id === 'witkoff-bad-club')!.appearances.length,
    );
    // One page credits Witkoff with the line the others give Kushner: kept as that page says.
    const vulnerability = appearances('two-human-beings-vulnerability');
    const credited = (source: string) =>
      vulnerability.find((a) => (a.isPartOf as Node)['@id'] === `urn:sourcelight:source:${source}`)
        ?.author;
    expect(credited('globalnewsc-behind-the-ceasefire')).toMatchObject({ name: 'Steve Witkoff' });
    expect(credited('ynetnews-bk00bbm70ex')).toMatchObject({ name: 'Jared Kushner' });
    expect(vulnerability[0]).toMatchObject({ '@type': 'Quotation' });
  });

  it('takes the earliest dated page as the first appearance', () => {
    // The Jerusalem Post's preview (17 Oct) printed the "betrayed" quote before the interview aired.
    expect(page(claim('felt-betrayed').firstAppearance)).toMatchObject({
      datePublished: '2025-10-17',
      publisher: { name: 'The Jerusalem Post' },
    });
  });

  it("dates a claim by its event, never by its first page's date", () => {
    expect(claim('witkoff-bad-club').dateCreated).toBe('2025-10-19');
    expect(page(claim('witkoff-bad-club').firstAppearance)).not.toMatchObject({
      datePublished: '2025-10-19',
    });
    // Printed on 17 October, before the interview aired on the 19th: made before, on no date
    // the event gives.
    expect(claim('felt-betrayed')).not.toHaveProperty('dateCreated');
  });

  it("takes the latest of the event's dates before a page printed it", () => {
    const [event] = dataset.events;
    const early: Dataset = {
      ...dataset,
      events: [{ ...event!, date: '2025-10-19', dates: ['2025-10-12', '2025-10-19'] }],
      claims: dataset.claims.filter((c) => c.id === 'felt-betrayed'),
    };
    const claims = toClaimsGraph(early)['@graph'] as Node[];
    expect(claims.find((n) => n['@type'] === 'Claim')?.dateCreated).toBe('2025-10-12');
  });

  it('exports no title read off a URL as a headline', () => {
    const dawn = nodes.find(
      (n) =>
        n.url === 'https://www.dawn.com/news/1950119/gaza-reconstruction-to-cost-50bn-us-envoy',
    );
    expect(dawn).toBeDefined();
    expect(dawn).not.toHaveProperty('headline');
  });

  it('gives facts no author', () => {
    expect(claim('envoys-met-hayya-in-egypt').author).toBeUndefined();
  });
});
