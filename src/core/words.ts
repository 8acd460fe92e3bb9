/**
 * A folded text's words, as the claim matcher and the stem matcher both count them: runs of
 * letters and digits, joined by single apostrophes ("it's", "l'envoyé").
 */
/** Where a folded text's words are: word `k` spans `[starts[k], ends[k])`. */
export interface WordSpans {
  readonly starts: number[];
  readonly ends: number[];
}

/** A text's words: `texts[k]` spans `[starts[k], ends[k])` of the folded text. */
export interface Tokens extends WordSpans {
  readonly texts: string[];
}

/**
 * What a code point is, as the letter tests of the core read it: a letter (`\p{L}`), a digit or
 * other number (`\p{N}`), a mark (`\p{M}`), or none of them (0). The one table of them: the
 * words here (letters and digits), the boundaries of a name (people.ts: letters, digits, marks)
 * and of a cue word (cue-words.ts: letters and marks) all read it.
 */
export const LETTER = 2;
export const DIGIT = 4;
export const MARK = 8;
/** Each UTF-16 unit's kinds, learnt as met: 0 not yet known, else `KNOWN` and its kinds. */
const unitKinds = new Uint8Array(0x10000);
const KNOWN = 1;
const KINDS = /^(?:(\p{L})|(\p{N})|\p{M})$/u;

/** The kinds of a code point, asked of the engine. */
function kindsOf(point: number): number {
  const match = KINDS.exec(String.fromCodePoint(point));
  if (match === null) return 0;
  return match[1] !== undefined ? LETTER : match[2] !== undefined ? DIGIT : MARK;
}

/**
 * The kinds of the code point at `at` (`at` not the second half of a pair; past the end, none);
 * a half alone is none. A code point outside the BMP is asked each time: rare, so not kept.
 */
export function kindsAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if ((code & 0xfc00) === 0xd800) {
    const point = text.codePointAt(at)!;
    return point > 0xffff ? kindsOf(point) : 0;
  }
  return kindsOfUnit(code);
}

/** The kinds of a UTF-16 unit, read alone: a half of a pair has none. */
export function kindsOfUnit(code: number): number {
  if (code < 0x80) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? LETTER : code >= 0x30 && code <= 0x39 ? DIGIT : 0;
  }
  let known = unitKinds[code]!;
  if (known === 0)
    unitKinds[code] = known = KNOWN | ((code & 0xf800) === 0xd800 ? 0 : kindsOf(code));
  return known;
}

/**
 * The kinds of the code point that ends just before `at`, as a lookbehind reads it: a pair's
 * code point where a low half follows its high half.
 */
export function kindsBefore(text: string, at: number): number {
  if (at === 0) return 0;
  const code = text.charCodeAt(at - 1);
  const pair = (code & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return kindsAt(text, pair ? at - 2 : at - 1);
}

const APOSTROPHE = 0x27;

/** Whether a UTF-16 unit is white space (`\s`). */
export const isSpaceUnit = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code > 0x7f && SPACE.test(String.fromCharCode(code)));
const SPACE = /^\s$/;

/** Whether the unit at `at` is of a letter or digit (`[\p{L}\p{N}]`): both halves of a pair are. */
export function isWordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  // The second half of a pair: the pair's code point decides. A half alone (a text sliced
  // inside a pair: its first unit a low half) is no letter.
  const pair = (code & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
  return (kindsAt(text, pair ? at - 1 : at) & (LETTER | DIGIT)) !== 0;
}

/**
 * Where the words of folded text (lower-case already) are: runs of letters and digits, joined
 * by single apostrophes ("it's", "l'envoyé"). A scan by hand: a regular expression's match
 * objects cost more than the words themselves on a long page.
 */
export function wordSpans(folded: string): WordSpans {
  const spans: WordSpans = { starts: [], ends: [] };
  const length = folded.length;
  let at = 0;
  while (at < length) {
    if (!isWordAt(folded, at)) {
      at++;
      continue;
    }
    const start = at;
    for (;;) {
      while (at < length && isWordAt(folded, at)) at++;
      if (at + 1 < length && folded.charCodeAt(at) === APOSTROPHE && isWordAt(folded, at + 1)) at++;
      else break;
    }
    spans.starts.push(start);
    spans.ends.push(at);
  }
  return spans;
}

/** The words at `spans` of `folded`, as strings. */
export const wordTexts = (folded: string, spans: WordSpans): string[] =>
  spans.starts.map((start, k) => folded.slice(start, spans.ends[k]));

/** The words of folded text, as `wordSpans` finds them, and where each is. */
export function tokenize(folded: string): Tokens {
  const spans = wordSpans(folded);
  return { ...spans, texts: wordTexts(folded, spans) };
}

/** How far into a Hebrew or Arabic word its stem may start: ו, ה, ב, ל, ال written onto it. */
export const PROCLITIC_REACH = 3;
/** Whether a UTF-16 unit is of Hebrew or Arabic script (where proclitics are written on). */
export const isSemitic = (unit: number) => unit >= 0x0590 && unit <= 0x06ff;
