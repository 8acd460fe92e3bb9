/**
 * The names of the extension's highlights, apart from their styles (highlight-styles.ts) so that
 * Node-run tools (the e2e probes, the bench) can read them: a prefix drawn at random for each
 * page, then the highlight's kind and painting, and `-dark` in the dark palette.
 */
import type { Scheme } from '../core/contrast';
import type { HighlightKind } from '../core/page-compare';
import type { HighlightStyle } from '../core/settings';

export const KINDS: readonly HighlightKind[] = ['corroborated', 'disputed', 'differs'];

/** How claims are painted: in the reader's style, or `plain` on a huge page. */
export type Painting = HighlightStyle | 'plain';

/** A highlight's name after its prefix: its kind and painting, and `-dark` in the dark palette. */
export const highlightSuffix = (
  kind: HighlightKind,
  painting: Painting,
  scheme: Scheme = 'light',
) => `${kind}${painting === 'marker' ? '' : `-${painting}`}${schemeSuffix(scheme)}`;

/** The open card's quote's highlight, in its palette. */
export const activeSuffix = (scheme: Scheme) => `active${schemeSuffix(scheme)}`;

const schemeSuffix = (scheme: Scheme) => (scheme === 'dark' ? '-dark' : '');

export const PAINTINGS: readonly Painting[] = ['marker', 'underline', 'plain'];

/** Every claim highlight's suffix, every kind in every painting, in the light palette. */
export const CLAIM_HIGHLIGHT_SUFFIXES: readonly string[] = KINDS.flatMap((kind) =>
  PAINTINGS.map((painting) => highlightSuffix(kind, painting)),
);

/** The dark palette's suffix, as it ends a highlight's name. */
export const DARK_SUFFIX = schemeSuffix('dark');

/** A prefix no page can guess: `sl-` (names are CSS identifiers) and 64 random bits in hex. */
export function drawPrefix(): string {
  const bits = crypto.getRandomValues(new Uint32Array(2));
  return `sl-${[...bits].map((n) => n.toString(16).padStart(8, '0')).join('')}`;
}

/** What names under a prefix drawn by `drawPrefix` look like. */
export const DRAWN_NAME = /^sl-[0-9a-f]{16}-/;
