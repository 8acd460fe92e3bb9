/**
 * The dataset as schema.org `Claim` JSON-LD, the vocabulary fact-checkers share: each claim
 * with its `author`, every `appearance` (the page, its outlet, date and language, and the
 * short span it prints), and its `firstAppearance` (the earliest dated one).
 */
import type { Appearance, Claim, Dataset, Source } from '../../src/core/dataset';

type JsonLd = Record<string, unknown>;

function creativeWork(appearance: Appearance, source: Source): JsonLd {
  return {
    '@type': 'CreativeWork',
    url: source.url,
    // A title read off the URL's slug is not the page's headline.
    ...(source.title === null || source.titleFromUrl ? {} : { headline: source.title }),
    ...(source.published === null ? {} : { datePublished: source.published }),
    inLanguage: source.language,
    publisher: { '@type': 'Organization', name: source.outlet },
    ...(appearance.text === null ? {} : { text: appearance.text }),
  };
}

/** The earliest dated appearance; undated pages cannot be placed first. */
function firstAppearance(
  claim: Claim,
  sources: ReadonlyMap<string, Source>,
): Appearance | undefined {
  return claim.appearances
    .filter((a) => sources.get(a.source)?.published != null)
    .sort((a, b) =>
      sources.get(a.source)!.published!.localeCompare(sources.get(b.source)!.published!),
    )[0];
}

export function toClaimReviewGraph(dataset: Dataset, base = 'urn:sourcelight:claim:'): JsonLd {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const graph = dataset.claims.map((claim): JsonLd => {
    const speaker = claim.speaker === null ? undefined : people.get(claim.speaker);
    const first = firstAppearance(claim, sources);
    const event = events.get(claim.event);
    return {
      '@type': 'Claim',
      '@id': `${base}${claim.id}`,
      identifier: claim.id,
      text: claim.statement,
      ...(speaker === undefined
        ? {}
        : { author: { '@type': 'Person', name: speaker.name, jobTitle: speaker.role } }),
      ...(event === undefined ? {} : { dateCreated: event.date }),
      appearance: claim.appearances.map((a) => creativeWork(a, sources.get(a.source)!)),
      ...(first === undefined
        ? {}
        : { firstAppearance: creativeWork(first, sources.get(first.source)!) }),
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}
