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

/** Whether each UTF-16 unit above ASCII is a letter or digit (`[\p{L}\p{N}]`), learnt as met. */
const wordUnits = new Uint8Array(0x10000); // 0 not yet known, 1 word, 2 not
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const APOSTROPHE = 0x27;

export function isWordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    // Half of a pair: the code point decides (a letter outside the BMP is rare, so not cached).
    // A lone half (a text sliced inside a pair: its first unit a low half) is no letter.
    const start = code <= 0xdbff ? at : at - 1;
    const point = start < 0 ? undefined : text.codePointAt(start);
    if (point === undefined || point <= 0xffff) return false;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
  }
  let known = wordUnits[code]!;
  if (known === 0)
    wordUnits[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
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
