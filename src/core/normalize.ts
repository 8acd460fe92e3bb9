import { kindsAt, MARK } from './words';

/**
 * Text folding for matching, with a map from every folded character back to the
 * original text, so a match in folded text becomes an exact span of the page.
 *
 * Folding: compatibility decomposition (NFKD) with combining marks dropped (so
 * "Doha" matches "Dōha" and Arabic/Hebrew vowel marks vanish), lower case,
 * typographic quotes, apostrophes, dashes and ellipses made plain, invisible format
 * characters dropped (a soft hyphen, a zero-width joiner or a word joiner inside a word leaves
 * it the word a reader sees), every script's decimal digits made ASCII digits (Persian "۵" and
 * Arabic "٥" are the 5 of "5 ساعات"), every run of white space collapsed to one space, and a
 * character's UTF-8 bytes printed as Windows-1252 or Latin-1 ("fÃ¼r") read as that character.
 */
export interface Folded {
  /** The folded text. */
  readonly text: string;
  /** `map[i]` is the index in the original text of the character that produced `text[i]`. */
  readonly map: readonly number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC\u02BB]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C\u300D]/;
const DASHES = /[\u2010-\u2015\u2212\u05BE]/;
const WHITESPACE = /[\s\u00A0\u200B]/;
/**
 * Invisible format characters that join or mark but print nothing: soft hyphen, zero-width
 * non-joiner and joiner, left-to-right and right-to-left marks, word joiner and invisible
 * operators, zero-width no-break space, Arabic letter mark, Mongolian vowel separator. Bidi
 * embeddings, overrides and isolates are kept: a match holding one is no match (bidi.ts).
 */
const FORMAT = /[\u00AD\u200C-\u200F\u2060-\u2064\uFEFF\u061C\u180E]/;
// Combining marks, Hebrew points and Arabic harakat/tatweel: never meaningful for matching.
const MARKS = /[\p{Mn}\u0640]/u;

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The ASCII digit of a decimal digit of any script, or undefined. Unicode gives each script's
 * digits as a run of ten code points from zero to nine, so a digit's value is how many digits
 * stand before it in its run (NFKD has already made the mathematical alphabets' runs, which
 * touch each other, ASCII).
 */
function asciiDigit(char: string): string | undefined {
  if (!DECIMAL_DIGIT.test(char)) return undefined;
  const point = char.codePointAt(0)!;
  let value = 0;
  while (value < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(point - value - 1))) value++;
  return String(value);
}

/** Whether a UTF-16 unit is a hiragana or katakana (with its voicing written on). */
const isKana = (unit: number) => unit >= 0x3041 && unit <= 0x30fa;

/** Folds one code point; the result may be empty or longer than the input. */
export function foldChar(char: string): string {
  // First: `\s` holds U+FEFF too.
  if (FORMAT.test(char)) return '';
  if (WHITESPACE.test(char)) return ' ';
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  if (char === '\u2026') return '...';
  // ASCII fast path: the common case on every page.
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  // A kana's voicing mark is no accent: ガ is not カ, and a dictionary splitting Japanese into
  // words (words.ts) knows ひどい, not ひとい.
  if (isKana(char.charCodeAt(0))) return char;
  let out = '';
  for (const part of char.normalize('NFKD').toLowerCase()) {
    if (!MARKS.test(part)) out += asciiDigit(part) ?? part;
  }
  return out;
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (Latin-1 leaves them to control codes, which
 * stand for themselves): by character, its byte.
 */
const CP1252_BYTES = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].map((char, k) => [
    char.charCodeAt(0),
    0x80 + k,
  ]),
);

/** The byte a UTF-16 unit prints where bytes were read as Windows-1252 or Latin-1, or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_BYTES.get(code) ?? -1;
}

/**
 * Where `text` holds at `at` a character's UTF-8 bytes read as Windows-1252 or Latin-1 (mojibake:
 * "fÃ¼r" for "für", "â€™" for "’"), the code point meant and how many units print it; else
 * null. A page that prints its text so is read as it meant it: its words are the claim's.
 */
export function mojibakeAt(text: string, at: number): { point: number; length: number } | null {
  const lead = text.charCodeAt(at);
  if (lead < 0xc2 || lead > 0xf4) return null;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  if (at + length > text.length) return null;
  let point = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) {
    const byte = byteOf(text.charCodeAt(at + k));
    if (byte < 0x80 || byte > 0xbf) return null;
    point = (point << 6) | (byte & 0x3f);
  }
  // Encodings too long for their code point, surrogates and what lies past Unicode are no one's.
  if (length === 3 && (point < 0x800 || (point >= 0xd800 && point <= 0xdfff))) return null;
  if (length === 4 && (point < 0x10000 || point > 0x10ffff)) return null;
  return { point, length };
}

/** Every non-ASCII code point's folding, as met: pages repeat a small alphabet. */
const folds = new Map<number, string>();

function foldCodePoint(codePoint: number, char: string): string {
  let folded = folds.get(codePoint);
  if (folded === undefined) {
    folded = foldChar(char);
    folds.set(codePoint, folded);
  }
  return folded;
}

const SPACE = 0x20;
const isAsciiSpace = (code: number) => code === SPACE || (code >= 0x09 && code <= 0x0d);

/** What one code point folds to (white space to a space), as `fold` folds it. */
export const foldedCodePoint = (codePoint: number): string =>
  isAsciiSpace(codePoint) ? ' ' : foldCodePoint(codePoint, String.fromCodePoint(codePoint));

/**
 * Runs of printable ASCII, single spaces inside: folding them is only lower-casing, done by
 * the engine for the whole run. (The grave accent, a typographic apostrophe, is left out.)
 */
const PLAIN_RUN = /[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*/g;

/**
 * Folds `input` and keeps the offset map back to it: `foldChar` on every code point, white
 * space collapsed. Written for speed, as it reads every page that names someone: runs of plain
 * ASCII are lower-cased whole by the engine, other code points folded once each and remembered.
 */
export function fold(input: string): Folded {
  const parts: string[] = [];
  // A plain array: a typed array that grows is reassigned, and stored into slower
  // (docs/engine-notes.md).
  const map: number[] = [];
  let lastWasSpace = true; // drops leading white space

  /** Folds `input[from, to)` code point by code point. */
  const foldSlowly = (from: number, to: number) => {
    for (let i = from; i < to;) {
      const printed = input.codePointAt(i)!;
      // Mojibake is folded as the character it stands for, mapped to its first unit.
      const meant = printed >= 0xc2 && printed <= 0xf4 ? mojibakeAt(input, i) : null;
      const codePoint = meant?.point ?? printed;
      const size = meant?.length ?? (codePoint > 0xffff ? 2 : 1);
      const folded = isAsciiSpace(codePoint)
        ? ' '
        : foldCodePoint(codePoint, String.fromCodePoint(codePoint));
      for (let k = 0; k < folded.length; k++) {
        const unit = folded.charCodeAt(k);
        if (unit === SPACE && lastWasSpace) continue;
        lastWasSpace = unit === SPACE;
        parts.push(folded[k]!);
        map.push(i);
      }
      i += size;
    }
  };

  let done = 0;
  for (const run of input.matchAll(PLAIN_RUN)) {
    foldSlowly(done, run.index);
    const end = run.index + run[0].length;
    parts.push(run[0].toLowerCase());
    for (let i = run.index; i < end; i++) map.push(i);
    lastWasSpace = false;
    done = end;
  }
  foldSlowly(done, input.length);
  let text = parts.join('');
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  return { text, map };
}

/** Folds text with no need for the map (dataset wordings, aliases). */
export function foldText(input: string): string {
  return fold(input).text;
}

/**
 * Maps a span of folded text back to the original: `[start, end)` in `folded.text`
 * becomes the smallest span of the original that produced it, with the marks folding dropped after
 * its last character.
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
  let to =
    last +
    (mojibakeAt(original, last)?.length ?? ((original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1));
  // The marks folding dropped after it are its own: "है" folds to "ह", and a span ending there
  // must not cut the vowel sign off.
  while (to < original.length && (kindsAt(original, to) & MARK) !== 0)
    to += original.codePointAt(to)! > 0xffff ? 2 : 1;
  return { start: first, end: to };
}
