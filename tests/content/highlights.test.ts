import { describe, expect, it } from 'vitest';
import {
  CLAIM_HIGHLIGHT_SUFFIXES,
  DRAWN_NAME,
  drawPrefix,
  highlightSuffix,
} from '../../src/content/highlight-names';
import { PLAIN_ABOVE_CHARACTERS, paintingFor } from '../../src/content/highlights';
import { highlightCss } from '../../src/content/highlight-styles';
import { cssColor } from '../../src/core/contrast';
import { PALETTES } from '../../src/core/palette';

describe('paintingFor', () => {
  it("paints in the reader's style up to a million characters, plain above", () => {
    expect(paintingFor('marker', 50_000)).toBe('marker');
    expect(paintingFor('underline', PLAIN_ABOVE_CHARACTERS)).toBe('underline');
    expect(paintingFor('underline', PLAIN_ABOVE_CHARACTERS + 1)).toBe('plain');
    expect(paintingFor('marker', 19_000_000)).toBe('plain');
  });
});

describe('highlight names', () => {
  it('names one highlight per kind and painting', () => {
    expect(highlightSuffix('corroborated', 'marker')).toBe('corroborated');
    expect(highlightSuffix('disputed', 'underline')).toBe('disputed-underline');
    expect(highlightSuffix('differs', 'plain')).toBe('differs-plain');
  });

  // Issue 19: "its highlight names should not be guessable".
  it('draws a prefix per page that no page can guess, a CSS identifier', () => {
    const prefixes = Array.from({ length: 200 }, drawPrefix);
    expect(new Set(prefixes).size).toBe(200);
    for (const prefix of prefixes) expect(`${prefix}-corroborated`).toMatch(DRAWN_NAME);
  });

  it('has a style for every kind and painting in both palettes, the plain ones without decoration', () => {
    const css = highlightCss('s1abc');
    const rule = (suffix: string) =>
      new RegExp(`::highlight\\(s1abc-${suffix}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1];
    expect(CLAIM_HIGHLIGHT_SUFFIXES).toHaveLength(9);
    for (const scheme of ['light', 'dark'] as const) {
      const end = scheme === 'dark' ? '-dark' : '';
      const { ink, marks, active } = PALETTES[scheme];
      for (const suffix of CLAIM_HIGHLIGHT_SUFFIXES)
        expect(rule(suffix + end), suffix + end).toContain(`color: ${cssColor(ink)};`);
      expect(rule(`active${end}`)).toContain(`background-color: ${cssColor(active)}`);
      for (const kind of ['corroborated', 'disputed', 'differs'] as const) {
        expect(rule(highlightSuffix(kind, 'plain', scheme))).not.toMatch(
          /text-decoration|text-shadow/,
        );
        expect(rule(highlightSuffix(kind, 'underline', scheme))).not.toMatch(/background/);
        expect(rule(highlightSuffix(kind, 'marker', scheme))).toContain(cssColor(marks[kind].mark));
        expect(rule(highlightSuffix(kind, 'marker', scheme))).toContain(cssColor(marks[kind].line));
      }
    }
    expect(css.match(/::highlight\(/g)).toHaveLength(2 * (9 + 1));
  });

  it('tells the kinds apart by more than colour: solid, dotted and wavy underlines', () => {
    const css = highlightCss('s1abc');
    for (const [kind, line] of [
      ['corroborated', 'solid'],
      ['disputed', 'dotted'],
      ['differs', 'wavy'],
    ] as const)
      for (const scheme of ['light', 'dark'] as const)
        expect(css).toMatch(
          new RegExp(
            `s1abc-${highlightSuffix(kind, 'marker', scheme)}\\) \\{[^}]*underline ${line}`,
          ),
        );
  });
});
