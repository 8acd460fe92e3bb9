import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_HIGHLIGHT_SUFFIXES,
  DRAWN_NAME,
  drawPrefix,
  highlightSuffix,
} from '../../src/content/highlight-names';
import { PLAIN_ABOVE_CHARACTERS, highlightCss, paintingFor } from '../../src/content/highlights';

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

  it('has a style in highlight.css for every kind and painting, the plain ones without decoration', () => {
    const css = highlightCss('s1abc');
    const rule = (suffix: string) =>
      new RegExp(`::highlight\\(s1abc-${suffix}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1];
    expect(CLAIM_HIGHLIGHT_SUFFIXES).toHaveLength(9);
    for (const suffix of [...CLAIM_HIGHLIGHT_SUFFIXES, 'active'])
      expect(rule(suffix), suffix).toBeDefined();
    for (const kind of ['corroborated', 'disputed', 'differs'] as const)
      expect(rule(highlightSuffix(kind, 'plain'))).not.toMatch(/text-decoration|text-shadow/);
    expect(css).not.toMatch(/::highlight\(sourcelight/);
  });
});

// highlightCss reads highlight.css through Vite's ?inline; the file itself is plain CSS.
it('highlight.css is written with the placeholder prefix only', () => {
  const css = readFileSync(new URL('../../src/content/highlight.css', import.meta.url), 'utf8');
  for (const name of css.matchAll(/::highlight\(([^)]*)\)/g))
    expect(name[1]).toMatch(/^sourcelight-/);
});
