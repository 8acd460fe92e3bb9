import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_HIGHLIGHT_NAMES,
  PLAIN_ABOVE_CHARACTERS,
  highlightName,
  paintingFor,
} from '../../src/content/highlights';

describe('paintingFor', () => {
  it("paints in the reader's style up to a million characters, plain above", () => {
    expect(paintingFor('marker', 50_000)).toBe('marker');
    expect(paintingFor('underline', PLAIN_ABOVE_CHARACTERS)).toBe('underline');
    expect(paintingFor('underline', PLAIN_ABOVE_CHARACTERS + 1)).toBe('plain');
    expect(paintingFor('marker', 19_000_000)).toBe('plain');
  });
});

describe('highlightName', () => {
  it('names one highlight per kind and painting, as highlight.css styles them', () => {
    expect(highlightName('corroborated', 'marker')).toBe('sourcelight-corroborated');
    expect(highlightName('disputed', 'underline')).toBe('sourcelight-disputed-underline');
    expect(highlightName('differs', 'plain')).toBe('sourcelight-differs-plain');
  });

  it('has a style in highlight.css for every kind and painting, the plain ones without decoration', () => {
    const css = readFileSync(new URL('../../src/content/highlight.css', import.meta.url), 'utf8');
    const rule = (name: string) =>
      new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1];
    expect(CLAIM_HIGHLIGHT_NAMES).toHaveLength(9);
    for (const name of CLAIM_HIGHLIGHT_NAMES) expect(rule(name), name).toBeDefined();
    for (const kind of ['corroborated', 'disputed', 'differs'] as const)
      expect(rule(highlightName(kind, 'plain'))).not.toMatch(/text-decoration|text-shadow/);
  });
});
