/**
 * The names of the extension's highlights, apart from their styles (highlights.ts) so that
 * Node-run tools (the e2e probes, the bench) can read them: a prefix drawn at random for each
 * page, then the highlight's kind and painting.
 */
import type { HighlightKind } from '../core/page-compare';
import type { HighlightStyle } from '../core/settings';

const KINDS: readonly HighlightKind[] = ['corroborated', 'disputed', 'differs'];

/** How claims are painted: in the reader's style, or `plain` on a huge page. */
export type Painting = HighlightStyle | 'plain';

/** The prefix highlight.css is written with. */
export const PLACEHOLDER = 'sourcelight';

/** A highlight's name after its prefix: its kind and painting, or `active`. */
export const highlightSuffix = (kind: HighlightKind, painting: Painting) =>
  `${kind}${painting === 'marker' ? '' : `-${painting}`}`;

const PAINTINGS: readonly Painting[] = ['marker', 'underline', 'plain'];

/** Every claim highlight's suffix, every kind in every painting. */
export const CLAIM_HIGHLIGHT_SUFFIXES: readonly string[] = KINDS.flatMap((kind) =>
  PAINTINGS.map((painting) => highlightSuffix(kind, painting)),
);

/** A prefix no page can guess: `sl-` (names are CSS identifiers) and 64 random bits in hex. */
export function drawPrefix(): string {
  const bits = crypto.getRandomValues(new Uint32Array(2));
  return `sl-${[...bits].map((n) => n.toString(16).padStart(8, '0')).join('')}`;
}

/** What names under a prefix drawn by `drawPrefix` look like. */
export const DRAWN_NAME = /^sl-[0-9a-f]{16}-/;
