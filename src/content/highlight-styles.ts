/**
 * The highlights' styles, written from the palettes (core/palette.ts) under a page's prefix.
 * The kinds differ by more than colour: a solid underline where the sources agree, dotted where
 * they disagree, wavy where this page differs from the record. On a huge page every kind is
 * painted plain, backgrounds only (highlights.ts says why). Each rule sets the text's colour:
 * the palettes' inks are what keeps it readable (issue 23).
 */
import { cssColor, type Scheme } from '../core/contrast';
import type { HighlightKind } from '../core/page-compare';
import { PALETTES } from '../core/palette';
import { KINDS, PAINTINGS, activeSuffix, highlightSuffix, type Painting } from './highlight-names';

const LINES: Readonly<Record<HighlightKind, string>> = {
  corroborated: 'solid',
  disputed: 'dotted',
  differs: 'wavy',
};

/** An underline's declarations: thicker where it is all there is, a wave always thin. */
function underline(kind: HighlightKind, painting: Painting, scheme: Scheme): string {
  const width = painting === 'underline' && kind !== 'differs' ? 3 : 2;
  const colour = cssColor(PALETTES[scheme].marks[kind].line);
  return `text-decoration: underline ${LINES[kind]} ${width}px ${colour}; text-underline-offset: 3px;`;
}

function claimRule(prefix: string, kind: HighlightKind, painting: Painting, scheme: Scheme) {
  const palette = PALETTES[scheme];
  const mark =
    painting === 'underline' ? '' : ` background-color: ${cssColor(palette.marks[kind].mark)};`;
  const line = painting === 'plain' ? '' : ` ${underline(kind, painting, scheme)}`;
  const name = `${prefix}-${highlightSuffix(kind, painting, scheme)}`;
  return `::highlight(${name}) { color: ${cssColor(palette.ink)};${mark}${line} }`;
}

/** Every highlight's rule, both palettes, names under `prefix`. */
export function highlightCss(prefix: string): string {
  return (['light', 'dark'] as const)
    .flatMap((scheme) => {
      const { ink, active } = PALETTES[scheme];
      return [
        ...KINDS.flatMap((kind) =>
          PAINTINGS.map((painting) => claimRule(prefix, kind, painting, scheme)),
        ),
        `::highlight(${prefix}-${activeSuffix(scheme)}) { color: ${cssColor(ink)}; background-color: ${cssColor(active)}; }`,
      ];
    })
    .join('\n');
}
