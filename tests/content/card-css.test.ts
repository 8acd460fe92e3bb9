/** Issue 23: the card reads at 4.5:1 or more, light on a light page and dark on a dark one. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_CONTRAST, contrast } from '../../src/core/contrast';
import { cssColour, rulesOf } from '../support/css-colours';

const read = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');
const CARD_CSS = read('content/card.css');
const DIFFERENCES_CSS = read('shared/differences.css');
const cardRules = rulesOf(CARD_CSS);
/** The card's colours, by custom property: the light ones, the dark ones over them. */
function cardColours(scheme: 'light' | 'dark'): Map<string, string> {
  const light = new Map(cardRules.get('.card'));
  // differences.css's light colours are its `var()` fallbacks.
  for (const [, name, value] of DIFFERENCES_CSS.matchAll(/var\((--[\w-]+), (#[0-9a-f]+)\)/g))
    light.set(name!, value!);
  return scheme === 'light' ? light : new Map([...light, ...cardRules.get('.card.dark')!]);
}

/** Text colour and the background it is read on. */
const PAIRS = [
  ['--fg', '--bg'],
  ['--muted', '--bg'],
  ['--link', '--bg'],
  ['--warn', '--bg'],
  ['--verdict-fg', '--verdict-bg'],
  ['--conflict-fg', '--conflict-bg'],
  ['--precision-fg', '--precision-bg'],
  ['--ins-fg', '--ins-bg'],
  ['--del-fg', '--del-bg'],
] as const;

describe('the card', () => {
  for (const scheme of ['light', 'dark'] as const)
    it(`reads at 4.5:1 or more, ${scheme}`, () => {
      const colours = cardColours(scheme);
      for (const [text, background] of PAIRS) {
        const ratio = contrast(cssColour(colours.get(text)!), cssColour(colours.get(background)!));
        expect(ratio, `${text} on ${background}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    });

  it('follows the page, not the system', () => {
    expect(CARD_CSS).not.toContain('prefers-color-scheme');
    expect(cardRules.has('.card.dark')).toBe(true);
  });
});
