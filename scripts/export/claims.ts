/**
 * The dataset as schema.org `Claim` JSON-LD, the vocabulary fact-checkers share. The graph holds
 * one node per source (the page: its URL, outlet, date and language), with an `@id` of its own
 * that every appearance refers to, and each claim: its `author` (the speaker), `dateCreated`
 * (when it was made: its event's date), every `appearance` (the short span the page prints and
 * whom that page credits, as its `author`) and its `firstAppearance` (the earliest dated page).
 */
import type {
  Appearance,
  Claim,
  ClaimEvent,
  Dataset,
  Person,
  Source,
} from '../../src/core/dataset';

type JsonLd = Record<string, unknown>;

export interface ExportIds {
  readonly claim: string;
  readonly source: string;
}

const IDS: ExportIds = { claim: 'urn:sourcelight:claim:', source: 'urn:sourcelight:source:' };

function sourceNode(source: Source, ids: ExportIds): JsonLd {
  return {
    '@type': 'CreativeWork',
    '@id': `${ids.source}${source.id}`,
    url: source.url,
    // A title read off the URL's slug is not the page's headline.
    ...(source.title === null || source.titleFromUrl ? {} : { headline: source.title }),
    ...(source.published === null ? {} : { datePublished: source.published }),
    inLanguage: source.language,
    publisher: { '@type': 'Organization', name: source.outlet },
  };
}

const personNode = (person: Person): JsonLd => ({
  '@type': 'Person',
  name: person.name,
  jobTitle: person.role,
});

/**
 * One page's rendering of a claim: the words it prints (a `Quotation` for a quote), whom it
 * credits with them (its `author`, as the page says), and the page it is part of.
 */
function appearanceNode(
  claim: Claim,
  appearance: Appearance,
  people: ReadonlyMap<string, Person>,
  ids: ExportIds,
): JsonLd {
  const credited =
    appearance.attributedTo === null ? undefined : people.get(appearance.attributedTo);
  return {
    '@type': claim.kind === 'quote' && appearance.text !== null ? 'Quotation' : 'CreativeWork',
    ...(appearance.text === null ? {} : { text: appearance.text }),
    ...(credited === undefined ? {} : { author: personNode(credited) }),
    isPartOf: { '@id': `${ids.source}${appearance.source}` },
  };
}

/** The earliest dated appearance's page; undated pages cannot be placed first. */
function firstSource(claim: Claim, sources: ReadonlyMap<string, Source>): Source | undefined {
  return claim.appearances
    .flatMap((a) => {
      const source = sources.get(a.source);
      return source?.published == null ? [] : [source];
    })
    .sort((a, b) => a.published!.localeCompare(b.published!))[0];
}

/**
 * When the claim was made: its event's main date, or, where a page printed it before that day
 * (a preview of an interview recorded earlier), the latest of the event's other dates before
 * it; none where every date of the event is later. Never the first page's own date.
 */
function dateCreated(event: ClaimEvent | undefined, first: Source | undefined): string | undefined {
  if (event === undefined) return undefined;
  const printed = first?.published ?? null;
  if (printed === null || event.date <= printed) return event.date;
  return [...event.dates]
    .filter((d) => d <= printed)
    .sort()
    .at(-1);
}

export function toClaimsGraph(dataset: Dataset, ids: ExportIds = IDS): JsonLd {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const cited = new Set(dataset.claims.flatMap((c) => c.appearances.map((a) => a.source)));
  const claims = dataset.claims.map((claim): JsonLd => {
    const speaker = claim.speaker === null ? undefined : people.get(claim.speaker);
    const first = firstSource(claim, sources);
    const created = dateCreated(events.get(claim.event), first);
    return {
      '@type': 'Claim',
      '@id': `${ids.claim}${claim.id}`,
      identifier: claim.id,
      text: claim.statement,
      ...(speaker === undefined ? {} : { author: personNode(speaker) }),
      ...(created === undefined ? {} : { dateCreated: created }),
      appearance: claim.appearances.map((a) => appearanceNode(claim, a, people, ids)),
      ...(first === undefined ? {} : { firstAppearance: { '@id': `${ids.source}${first.id}` } }),
    };
  });
  const pages = dataset.sources.filter((s) => cited.has(s.id)).map((s) => sourceNode(s, ids));
  return { '@context': 'https://schema.org', '@graph': [...pages, ...claims] };
}
