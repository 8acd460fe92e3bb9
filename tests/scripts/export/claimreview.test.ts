import { describe, expect, it } from 'vitest';
import { toClaimReviewGraph } from '../../../scripts/export/claimreview';
import { realDataset } from '../../support/dataset';

describe('toClaimReviewGraph', () => {
  const dataset = realDataset();
  const graph = toClaimReviewGraph(dataset)['@graph'] as Record<string, unknown>[];
  const claim = (id: string) => graph.find((c) => c.identifier === id)!;

  it('writes every claim as a schema.org Claim', () => {
    expect(toClaimReviewGraph(dataset)['@context']).toBe('https://schema.org');
    expect(graph).toHaveLength(dataset.claims.length);
    expect(graph.every((c) => c['@type'] === 'Claim')).toBe(true);
  });

  it('names the author and every appearance with its outlet, date and span', () => {
    const badClub = claim('witkoff-bad-club');
    expect(badClub.author).toMatchObject({ '@type': 'Person', name: 'Steve Witkoff' });
    expect(badClub.dateCreated).toBe('2025-10-19');
    const appearances = badClub.appearance as Record<string, unknown>[];
    expect(appearances).toHaveLength(
      dataset.claims.find((c) => c.id === 'witkoff-bad-club')!.appearances.length,
    );
    expect(appearances).toContainEqual(
      expect.objectContaining({
        url: 'https://www.ynetnews.com/article/bk00bbm70ex',
        inLanguage: 'en',
        datePublished: '2025-10-20',
      }),
    );
  });

  it('takes the earliest dated appearance as the first', () => {
    // The Jerusalem Post's preview (17 Oct) printed the "betrayed" quote before the interview aired.
    expect(claim('felt-betrayed').firstAppearance).toMatchObject({
      datePublished: '2025-10-17',
      publisher: { name: 'The Jerusalem Post' },
    });
  });

  it('exports no title read off a URL as a headline', () => {
    const appearances = claim('gaza-rebuild-50bn').appearance as Record<string, unknown>[];
    const dawn = appearances.find(
      (a) =>
        a.url === 'https://www.dawn.com/news/1950119/gaza-reconstruction-to-cost-50bn-us-envoy',
    );
    expect(dawn).toBeDefined();
    expect(dawn).not.toHaveProperty('headline');
  });

  it('gives facts no author', () => {
    expect(claim('envoys-met-hayya-in-egypt').author).toBeUndefined();
  });
});
