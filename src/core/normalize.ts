/**
 * Text folding for matching, with a map from every folded character back to the
 * original text, so a match in folded text becomes an exact span of the page.
 *
 * Folding: compatibility decomposition (NFKD) with combining marks dropped (so
 * "Doha" matches "Dōha" and Arabic/Hebrew vowel marks vanish), lower case,
 * typographic quotes, apostrophes, dashes and ellipses made plain, and every
 * run of white space collapsed to one space.
 */
export interface Folded {
  /** The folded text. */
  readonly text: string;
  /** `map[i]` is the index in the original text of the character that produced `text[i]`. */
  readonly map: Uint32Array;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C\u300D]/;
const DASHES = /[\u2010-\u2015\u2212\u05BE]/;
const WHITESPACE = /[\s\u00A0\u200B\uFEFF]/;
// Combining marks, Hebrew points and Arabic harakat/tatweel: never meaningful for matching.
const MARKS = /[\p{Mn}\u0640]/u;

/** Folds one code point; the result may be empty or longer than the input. */
export function foldChar(char: string): string {
  if (WHITESPACE.test(char)) return ' ';
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  if (char === '\u2026') return '...';
  // ASCII fast path: the common case on every page.
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  let out = '';
  for (const part of char.normalize('NFKD').toLowerCase()) {
    if (!MARKS.test(part)) out += part;
  }
  return out;
}

/** Folds `input` and keeps the offset map back to it. */
export function fold(input: string): Folded {
  let text = '';
  const map: number[] = [];
  let lastWasSpace = true; // drops leading white space
  let index = 0;
  for (const char of input) {
    const folded = foldChar(char);
    for (const out of folded) {
      if (out === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      text += out;
      for (let k = 0; k < out.length; k++) map.push(index);
    }
    index += char.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  return { text, map: Uint32Array.from(map) };
}

/** Folds text with no need for the map (dataset wordings, aliases). */
export function foldText(input: string): string {
  return fold(input).text;
}

/**
 * Maps a span of folded text back to the original: `[start, end)` in `folded.text`
 * becomes the smallest span of the original that produced it.
 */
export function toOriginalSpan(
  folded: Folded,
  start: number,
  end: number,
  original: string,
): { start: number; end: number } {
  const first = folded.map[start];
  const last = folded.map[end - 1];
  if (first === undefined || last === undefined)
    throw new RangeError(`span ${start}-${end} is outside the folded text`);
  const lastCode = original.codePointAt(last) ?? 0;
  return { start: first, end: last + (lastCode > 0xffff ? 2 : 1) };
}
