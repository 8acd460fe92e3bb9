/** The dataset's claim and person ids: all a page's report may name (core/protocol.ts). */
import dataset from 'virtual:sourcelight/dataset';
import type { KnownIds } from '../core/protocol';

export const KNOWN_IDS: KnownIds = {
  claims: new Set(dataset.claims.map((claim) => claim.id)),
  people: new Set(dataset.people.map((person) => person.id)),
};
