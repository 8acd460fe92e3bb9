/** Reads the colours our stylesheets declare, for tests that measure their contrast. */
import { parseColor, type Rgba } from '../../src/core/contrast';

/** A colour as written in our CSS: `#rgb`, `#rrggbb`, `rgb(…)` or `rgba(…)`. */
export function cssColour(text: string): Rgba {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim())?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    return { r, g, b, a: 1 };
  }
  const parsed = parseColor(text);
  if (parsed === null) throw new Error(`not a colour: ${text}`);
  return parsed;
}

/** Each rule's declarations, by its selector (comments left out; nested rules are not read). */
export function rulesOf(css: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, head, body] of bare.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const part of body!.split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
    }
    rules.set(head!.trim(), declarations);
  }
  return rules;
}
