/**
 * The alias syntax of data/people.json, read once for the two matchers that use it: the people
 * matcher (people.ts) and the first look (first-look.ts).
 * - spaces and hyphens between words are interchangeable, any apostrophe matches any other;
 * - a `*` after a word marks a stem that may take up to three more letters or marks (Russian
 *   cases: "Виткофф*" matches "Виткоффом", "Халил* аль-Хай*" matches "Халила аль-Хайю"; Bengali's
 *   "উইটকফ*" matches "উইটকফের");
 * - a leading `*` allows a one-letter proclitic (Arabic و/ب/ل/ف/ك, Hebrew ו/ה/ב/ל/מ/ש/כ:
 *   "*الحية" matches "والحية", "and al-Hayya");
 * - an alias in Chinese, Japanese, Thai, Lao, Khmer or Myanmar script needs no word boundary:
 *   those scripts put no space between words ("女婿库什纳表示", "とウィットコフ氏",
 *   "นายจาเร็ด คุชเนอร์").
 *
 * The syntax is written here twice: as a regular expression (people.ts's `aliasesPattern`, the
 * definition, and what the first look is held to) and as code (`compileAliases`), which the
 * people matcher runs. The code finds what the expression finds, without the engine compiling
 * the expression's Unicode classes under `iu` on a page's first named article
 * (docs/why-a-named-page-is-read-in-background-tasks.md).
 */
import {
  DIGIT,
  isUnspacedScript,
  isSpaceUnit,
  kindsAt,
  kindsBefore,
  LETTER as LETTER_KIND,
  MARK,
} from './words.ts';

export interface PersonAliases {
  readonly id: string;
  readonly aliases: readonly string[];
  /** Also ordinary words: they count only near one of `context`. */
  readonly guardedAliases?: readonly string[];
  readonly context?: readonly string[];
  /** Names and phrases that hold an alias: a mention they cover is not of this person. */
  readonly namesakes?: readonly string[];
}

export const SEPARATOR = String.raw`[\s\u00A0\-\u2010-\u2015]+`;
/** Apostrophes: the syntax takes any of them for any other. */
export const APOSTROPHES = "'\u2018\u2019\u02BC";
export const APOSTROPHE = String.raw`['\u2018\u2019\u02BC]`;
/** The one-letter proclitics a leading `*` allows. */
const PROCLITICS = '\u0648\u0628\u0644\u0641\u0643\u05D5\u05D4\u05D1\u05DC\u05DE\u05E9\u05DB';
export const PROCLITIC = `[${PROCLITICS}]`;
export const LETTER = String.raw`[\p{L}\p{N}\p{M}]`;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface AliasWord {
  readonly text: string;
  /** Marked `*`: may take up to three more letters. */
  readonly stem: boolean;
}

/** An alias read by the syntax above: its words, and whether it takes a proclitic. */
export function parseAlias(alias: string): { prefixed: boolean; words: AliasWord[] } {
  const body = alias.trim();
  const prefixed = body.startsWith('*');
  const words = body
    .replace(/^\*/, '')
    .split(/[\s\-\u2010-\u2015]+/)
    .filter((word) => word.length > 0)
    .map((word) => ({ text: word.replace(/\*$/, ''), stem: word.endsWith('*') }));
  return { prefixed, words };
}

/** A word of an alias as a pattern: any apostrophe for any other. */
export const wordPattern = (word: string) =>
  escapeRegExp(word).replace(/['\u2018\u2019\u02BC]/g, APOSTROPHE);

/**
 * A stem's ending: up to three letters or marks. Bengali and Tamil write a case ending onto a
 * name, beginning with a vowel sign, a mark ("উইটকফের", Witkoff's; "விட்காஃப்பை").
 */
export const STEM_ENDING = String.raw`[\p{L}\p{M}]{0,3}`;

/** Whether an alias is written in a script that puts no space between words (`isUnspacedScript`). */
export const isUnspacedAlias = (alias: string) =>
  isUnspacedScript(alias.replace(/^\*/, '').charCodeAt(0));

/**
 * The kinds of alias, in the order the expression tries them at a place (`aliasesPattern`):
 * plain, with a stem at the end, with a proclitic, with both; last those of scripts without
 * spaces. Kind `k` takes a proclitic where `k` is 2 or 3, and ends in a stem where `k` is odd.
 */
export const ALIAS_KINDS = [0, 1, 2, 3, 4].map((k) => ({
  prefixed: k >> 1 === 1,
  stem: k % 2 === 1,
  unspaced: k === 4,
}));

/** `LETTER` as words.ts's kinds: a letter, digit or mark. */
const NAME_LETTER = LETTER_KIND | DIGIT | MARK;

/** Whether the code point at `at` is a `LETTER` (none past the end). */
export const isLetterAt = (text: string, at: number) => (kindsAt(text, at) & NAME_LETTER) !== 0;

/** Whether the code point that ends just before `at` is a `LETTER`, as a lookbehind reads it. */
export const isLetterBefore = (text: string, at: number) =>
  (kindsBefore(text, at) & NAME_LETTER) !== 0;

/** Whether the code point at `at` is a letter or mark of a stem's ending (`STEM_ENDING`). */
const isStemLetterAt = (text: string, at: number) =>
  (kindsAt(text, at) & (LETTER_KIND | MARK)) !== 0;

/** Whether a UTF-16 unit is one of `SEPARATOR`'s: white space, a hyphen or a dash. */
export const isSeparatorUnit = (code: number) =>
  code === 0x2d || (code >= 0x2010 && code <= 0x2015) || isSpaceUnit(code);

/** Whether a code point is one of `APOSTROPHES`. */
const isApostrophe = (point: number) =>
  point === 0x27 || point === 0x2018 || point === 0x2019 || point === 0x2bc;

/** Whether a UTF-16 unit is one of `PROCLITIC`'s (past the end, none). */
const isProclitic = (code: number) =>
  code >= 0x5d1 && code <= 0x648 && PROCLITICS.includes(String.fromCharCode(code));

/**
 * The folds of the code points above ASCII met so far (`foldPoint`), from where the engine's
 * simple case folding (`i` with `u`) differs from a letter's lower case of its upper case: the
 * dotless ı folds to itself (its capital I folds to i), and three pairs that only folding joins.
 * Checked against the engine for every letter with case (tests/core/alias-syntax.test.ts).
 */
const folds = new Map([
  [0x131, 0x131],
  [0x1fd3, 0x390],
  [0x1fe3, 0x3b0],
  [0xfb06, 0xfb05],
]);

/** The one code point `cased` is, or `otherwise` where it is several (ß's upper case: SS). */
function single(cased: string, otherwise: number): number {
  const point = cased.codePointAt(0)!;
  return cased.length === (point > 0xffff ? 2 : 1) ? point : otherwise;
}

/**
 * A code point as the engine compares it under `iu`: two are the same letter when their folds
 * are equal. A letter's lower case of its upper case, each where it is one code point, so the
 * long ſ meets s, the final ς σ, the Kelvin sign k, a titlecase ǅ its ǆ; but for `folds`.
 */
export function foldPoint(point: number): number {
  if (point < 0x80) return point >= 0x41 && point <= 0x5a ? point + 0x20 : point;
  let fold = folds.get(point);
  if (fold === undefined) {
    const upper = single(String.fromCodePoint(point).toUpperCase(), point);
    folds.set(point, (fold = single(String.fromCodePoint(upper).toLowerCase(), upper)));
  }
  return fold;
}

/** An alias's place in a word's code points folded: any apostrophe stands for any other. */
const ANY_APOSTROPHE = -1;

/** A code point as an alias's word holds it: folded, or `ANY_APOSTROPHE`. */
const pointOf = (point: number) => (isApostrophe(point) ? ANY_APOSTROPHE : foldPoint(point));

interface CodeWord {
  /** Its code points folded, an apostrophe as `ANY_APOSTROPHE`. */
  readonly points: readonly number[];
  readonly stem: boolean;
}

interface CodeAlias<T> {
  readonly entry: T;
  readonly words: readonly CodeWord[];
}

interface CodeKind<T> {
  readonly prefixed: boolean;
  readonly stem: boolean;
  readonly unspaced: boolean;
  /** Its aliases by their first point (`pointOf`), each list in the entries' order. */
  readonly byFirst: Map<number, CodeAlias<T>[]>;
}

/** A match of some aliases: the entry of the alias and where it ends. */
export interface AliasMatch<T> {
  readonly entry: T;
  readonly start: number;
  readonly end: number;
}

/**
 * Aliases read by code, as `aliasesPattern` would read them with the engine (flags `iu`): the
 * first match that starts in `[from, to)` (to the end by default), as a global scan finds it,
 * or null. With `to` one past `from`, the match at `from` as a sticky expression finds it.
 */
export type AliasReader<T> = (text: string, from: number, to?: number) => AliasMatch<T> | null;

/**
 * An alias's word as the code reads it. A loop over its units, not an iteration of its
 * characters: the content script makes a reader of every alias on each named page.
 */
function codeWord({ text, stem }: AliasWord): CodeWord {
  const points: number[] = [];
  for (let i = 0; i < text.length;) {
    const point = text.codePointAt(i)!;
    points.push(pointOf(point));
    i += point > 0xffff ? 2 : 1;
  }
  return { points, stem };
}

/** The end of a run of up to three letters or marks of a stem's ending from `at`. */
function stemEnd(text: string, at: number): number {
  for (let letters = 0; letters < 3 && isStemLetterAt(text, at); letters++)
    at += text.codePointAt(at)! > 0xffff ? 2 : 1;
  return at;
}

/**
 * Where an alias's words end when read from `at`, without its boundaries or its last stem's
 * ending, or -1. Its separators are runs of them, and a stem's ending at most three letters:
 * neither gives anything back, as what follows either is neither a separator nor a letter.
 */
function wordsEnd(words: readonly CodeWord[], text: string, at: number): number {
  let i = at;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (w > 0) {
      const start = i;
      while (i < text.length && isSeparatorUnit(text.charCodeAt(i))) i++;
      if (i === start) return -1;
    }
    for (const point of word.points) {
      if (i >= text.length) return -1;
      const read = text.codePointAt(i)!;
      if (pointOf(read) !== point) return -1;
      i += read > 0xffff ? 2 : 1;
    }
    if (word.stem && w < words.length - 1) i = stemEnd(text, i);
  }
  return i;
}

/**
 * `entries` read by code: the expression `aliasesPattern(entries)` finds (flags `iu`), tried in
 * its order (kinds in `ALIAS_KINDS`'s, aliases in the entries'), each boundary checked with the
 * letter tests of words.ts. An alias with no words (`*`) is none.
 */
export function compileAliases<T extends { readonly alias: string }>(
  entries: readonly T[],
  /** The entries' aliases as `parseAlias` reads them, where the caller has read them already. */
  parsed: readonly ReturnType<typeof parseAlias>[] = entries.map((e) => parseAlias(e.alias)),
): AliasReader<T> {
  const kinds: CodeKind<T>[] = ALIAS_KINDS.map((kind) => ({ ...kind, byFirst: new Map() }));
  for (let i = 0; i < entries.length; i++) {
    const [entry, { prefixed, words }] = [entries[i]!, parsed[i]!];
    if (words.length === 0) continue;
    // Its kind's place in `ALIAS_KINDS`.
    const kind = isUnspacedAlias(entry.alias)
      ? 4
      : (prefixed ? 2 : 0) + (words.at(-1)!.stem ? 1 : 0);
    const alias = { entry, words: words.map(codeWord) };
    const { byFirst } = kinds[kind]!;
    const first = alias.words[0]!.points[0]!;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [alias]);
    else list.push(alias);
  }
  const unspaced = kinds[4]!.byFirst.size > 0;
  // What an alias may start with: its first point.
  const firsts = new Set<number>();
  for (const kind of kinds) for (const first of kind.byFirst.keys()) firsts.add(first);

  /** The first alias of `kind` whose words start at `start`, the match starting at `at`. */
  function read(kind: CodeKind<T>, text: string, at: number, start: number) {
    if (start >= text.length) return null;
    for (const alias of kind.byFirst.get(pointOf(text.codePointAt(start)!)) ?? []) {
      let end = wordsEnd(alias.words, text, start);
      if (end === -1) continue;
      if (kind.stem) end = stemEnd(text, end);
      if (!kind.unspaced && isLetterAt(text, end)) continue;
      return { entry: alias.entry, start: at, end };
    }
    return null;
  }

  function at(text: string, at: number): AliasMatch<T> | null {
    const afterLetter = isLetterBefore(text, at);
    for (const kind of kinds) {
      // No letter before a name, a proclitic's either (a proclitic is a letter).
      if (!kind.unspaced && afterLetter) continue;
      if (kind.prefixed && isProclitic(text.charCodeAt(at))) {
        const found = read(kind, text, at, at + 1);
        if (found !== null) return found;
      }
      const found = read(kind, text, at, at);
      if (found !== null) return found;
    }
    return null;
  }

  return (text, from, to = text.length) => {
    for (let i = from; i < to;) {
      const point = text.codePointAt(i)!;
      // After a letter, only an alias of a script without spaces may start.
      const found =
        (firsts.has(pointOf(point)) || isProclitic(point)) &&
        ((unspaced && isUnspacedScript(point)) || !isLetterBefore(text, i)) &&
        at(text, i);
      if (found) return found;
      i += point > 0xffff ? 2 : 1;
    }
    return null;
  };
}
