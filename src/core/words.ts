/**
 * A folded text's words, as the claim matcher and the stem matcher both count them: runs of
 * letters, digits and marks, joined by single apostrophes ("it's", "l'envoyé"). Chinese and
 * Japanese put no space between words: their Han characters and hiragana are read two by two,
 * katakana a stretch at a time (`pushWords`), so "这是一个规模达250亿美元的重建提案" is fifteen
 * words, not one. Thai, Lao, Khmer and Myanmar, written without spaces too, four letters by four.
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

/**
 * Whether the unit at `at` is of a letter, digit or mark (`[\p{L}\p{N}\p{M}]`): both halves of
 * a pair are. A mark is part of its word: folding drops the combining accents of Latin, Greek,
 * Hebrew and Arabic, and the vowel signs that Devanagari writes after a consonant (कॉ, टा) are
 * its letters.
 */
export function isWordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  // The second half of a pair: the pair's code point decides. A half alone (a text sliced
  // inside a pair: its first unit a low half) is no letter.
  const pair = (code & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
  return (kindsAt(text, pair ? at - 1 : at) & (LETTER | DIGIT | MARK)) !== 0;
}

/** Latin's and Hebrew's numbers among `scriptOf`'s scripts. */
export const LATIN = 0;
export const HEBREW = 3;

/**
 * The scripts `scriptOf` tells apart by their Unicode blocks: `[first, last, script]`. A unit
 * in none is told by its block of 128.
 */
const SCRIPT_BLOCKS: readonly (readonly [number, number, number])[] = [
  [0x0000, 0x024f, LATIN], // and ASCII's digits and signs
  [0x1e00, 0x1eff, LATIN],
  [0x0370, 0x03ff, 1], // Greek
  [0x1f00, 0x1fff, 1],
  [0x0400, 0x052f, 2], // Cyrillic
  [0x0590, 0x05ff, HEBREW],
  [0xfb1d, 0xfb4f, HEBREW],
  [0x0600, 0x06ff, 4], // Arabic
  [0x0750, 0x077f, 4],
  [0x08a0, 0x08ff, 4],
  [0xfb50, 0xfdff, 4],
  [0xfe70, 0xfeff, 4],
  [0x0900, 0x097f, 5], // Devanagari
  // Scripts whose letters lie across two of the 128-unit blocks the rest are told by.
  [0x0530, 0x058f, 8], // Armenian
  [0x10a0, 0x10ff, 9], // Georgian
  [0x1c90, 0x1cbf, 9],
  [0x1200, 0x139f, 10], // Ethiopic
  [0x1100, 0x11ff, 6], // Hangul (and its letters, as folding decomposes a syllable)
  [0x3130, 0x318f, 6],
  [0xac00, 0xd7af, 6],
];

/**
 * A letter's script, roughly: what tells one language's text from another's on a page, so a
 * claim's context is read in its own run's (claim-context.ts). Chinese and Japanese are one.
 */
export function scriptOf(unit: number): number {
  if (isHanOrKana(unit)) return 7;
  for (const [first, last, script] of SCRIPT_BLOCKS)
    if (unit >= first && unit <= last) return script;
  return 0x100 + (unit >> 7);
}

/**
 * The script of `text`'s first letter in `[start, end)` (digits are every script's), or LATIN
 * where it has none.
 */
export function scriptAt(text: string, start: number, end: number): number {
  for (let at = start; at < end; at++)
    if ((kindsAt(text, at) & LETTER) !== 0) return scriptOf(text.charCodeAt(at));
  return LATIN;
}

/** The scripts of Chinese and Japanese, as `cjkScript` tells a UTF-16 unit's. */
const NOT_CJK = 0;
const HAN = 1;
const HIRAGANA = 2;
const KATAKANA = 3;

/** Which of Chinese and Japanese's scripts a UTF-16 unit is of (a pair's high half: Han). */
function cjkScript(unit: number): number {
  if (unit < 0x3040) return NOT_CJK;
  if (unit <= 0x309f) return HIRAGANA;
  if (unit <= 0x30ff || (unit >= 0x31f0 && unit <= 0x31ff)) return KATAKANA;
  if (
    (unit >= 0x3400 && unit <= 0x4dbf) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xd840 && unit <= 0xd87f) ||
    (unit >= 0xf900 && unit <= 0xfaff)
  )
    return HAN;
  return unit >= 0xff66 && unit <= 0xff9f ? KATAKANA : NOT_CJK;
}

/**
 * Whether a UTF-16 unit is a Han character (or the high half of a pair of one) or a kana: the
 * scripts of Chinese and Japanese, which put no space between words.
 */
export const isHanOrKana = (unit: number) => cjkScript(unit) !== NOT_CJK;

/**
 * Whether a UTF-16 unit is of a script written without spaces between words: Chinese and
 * Japanese, and Thai, Lao, Khmer and Myanmar ("นายจาเร็ด คุชเนอร์", Mr Jared Kushner, writes
 * "Mr" onto the name). A name there starts after any letter (alias-syntax.ts).
 */
export const isUnspacedScript = (unit: number) => isHanOrKana(unit) || isUnspacedLetter(unit);

/**
 * Whether a UTF-16 unit is a letter of the alphabets written without spaces between words, Thai,
 * Lao, Khmer and Myanmar: read four letters a word (`pushWords`).
 */
export const isUnspacedLetter = (unit: number) =>
  (unit >= 0x0e00 && unit <= 0x0eff) || // Thai, Lao
  (unit >= 0x1780 && unit <= 0x17ff) || // Khmer
  (unit >= 0x1000 && unit <= 0x109f); // Myanmar

/**
 * How many letters `word[from, to)` counts as where a length says whether a word is grammar
 * ("de", "о", "的", "での") or says something: a Han character or a katakana counts as two, as
 * it says as much as a syllable ("重建", "rebuild", is four; "ガザ" four), a hiragana as one.
 */
export function lettersOf(word: string, from = 0, to = word.length): number {
  let letters = to - from;
  for (let k = from; k < to; k++) {
    const script = cjkScript(word.charCodeAt(k));
    if (script === HAN || script === KATAKANA) letters++;
  }
  return letters;
}

const APOSTROPHE_UNIT = 0x27;

/**
 * How many letters of Thai, Lao, Khmer or Myanmar make a word (`pushWords`): the size the Thai
 * passages measured best (docs/how-a-translation-is-found.md, session 25).
 */
const UNSPACED_WORD = 4;

/**
 * Pushes onto `spans` the words of run `[start, end)` of `folded`: the run itself, or where it
 * holds a script written without spaces (`split`, `isUnspacedScript`): Han characters and
 * hiragana two by two, overlapping ("重建提案": 重建, 建提, 提案; "見つかって": 見つ, つか, かっ,
 * って; one alone is a word of one), as search engines index them; a stretch of katakana whole
 * (a name, a borrowed word: クレムリン, whose pairs would weigh as many words); Thai, Lao, Khmer
 * and Myanmar four letters by four, overlapping (their letters say less than a Han character:
 * "แผนสารอง", a backup plan once folded, is แผนส, ผนสา, นสาร, สารอ, ารอง); and the rest ("250")
 * whole. Not a dictionary's words: engines split them otherwise (Firefox is not Chromium), and
 * a page must be split as the build split the dataset (docs/engine-notes.md, 2026-12-06).
 */
export function pushWords(
  folded: string,
  start: number,
  end: number,
  split: boolean,
  spans: WordSpans,
): void {
  if (!split) {
    push(spans, start, end);
    return;
  }
  for (let at = start; at < end;) {
    const from = at;
    const script = cjkScript(folded.charCodeAt(at));
    if (script === HAN || script === HIRAGANA) {
      // Code points, not units: a Han character beyond the first plane is two.
      const points: number[] = [];
      for (; at < end && pairedScript(folded.charCodeAt(at)); at += unitsAt(folded, at))
        points.push(at);
      points.push(at);
      pushOverlapping(spans, points, 2);
    } else if (script === KATAKANA) {
      while (at < end && cjkScript(folded.charCodeAt(at)) === KATAKANA) at++;
      push(spans, from, at);
    } else if (isUnspacedLetter(folded.charCodeAt(at))) {
      const points: number[] = [];
      for (; at < end && isUnspacedLetter(folded.charCodeAt(at)); at++) points.push(at);
      points.push(at);
      pushOverlapping(spans, points, UNSPACED_WORD);
    } else {
      while (at < end && !isUnspacedScript(folded.charCodeAt(at))) at++;
      // An apostrophe at a stretch's edge joined it to the characters beside it: not its own.
      let [a, b] = [from, at];
      while (a < b && folded.charCodeAt(a) === APOSTROPHE_UNIT) a++;
      while (b > a && folded.charCodeAt(b - 1) === APOSTROPHE_UNIT) b--;
      if (a < b) push(spans, a, b);
    }
  }
}

/**
 * The words of `size` code points of a stretch, overlapping, from `points` (each code point's
 * start, and the stretch's end last); a stretch shorter than `size` is one word.
 */
function pushOverlapping(spans: WordSpans, points: readonly number[], size: number): void {
  const count = points.length - 1;
  if (count <= size) push(spans, points[0]!, points[count]!);
  else for (let k = 0; k + size <= count; k++) push(spans, points[k]!, points[k + size]!);
}

/** Whether a unit is of the scripts read two characters a word: Han, hiragana. */
const pairedScript = (unit: number) => {
  const script = cjkScript(unit);
  return script === HAN || script === HIRAGANA;
};

/** How many units the code point at `at` takes: two for a pair. */
const unitsAt = (text: string, at: number) =>
  (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00
    ? 2
    : 1;

function push(spans: WordSpans, start: number, end: number): void {
  spans.starts.push(start);
  spans.ends.push(end);
}

/**
 * Where the words of folded text (lower-case already) are: runs of letters, digits and marks,
 * joined by single apostrophes ("it's", "l'envoyé"), the scripts written without spaces split
 * (`pushWords`). A scan by hand: a regular expression's match objects cost more than the words
 * themselves on a long page.
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
    let split = false;
    for (;;) {
      for (; at < length && isWordAt(folded, at); at++)
        if (!split && isUnspacedScript(folded.charCodeAt(at))) split = true;
      if (at + 1 < length && folded.charCodeAt(at) === APOSTROPHE && isWordAt(folded, at + 1)) at++;
      else break;
    }
    pushWords(folded, start, at, split, spans);
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
