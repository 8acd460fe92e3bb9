/**
 * The alias syntax of data/people.json, read once for the two matchers that use it: the people
 * matcher (people.ts) and the first look (first-look.ts).
 * - spaces and hyphens between words are interchangeable, any apostrophe matches any other;
 * - a `*` after a word marks a stem that may take up to three more letters (Russian cases:
 *   "Виткофф*" matches "Виткоффом", "Халил* аль-Хай*" matches "Халила аль-Хайю");
 * - a leading `*` allows a one-letter proclitic (Arabic و/ب/ل/ف/ك, Hebrew ו/ה/ב/ל/מ/ש/כ:
 *   "*الحية" matches "والحية", "and al-Hayya");
 * - an alias in Chinese or Japanese script needs no word boundary: those scripts put no space
 *   between words ("女婿库什纳表示", "とウィットコフ氏").
 */
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
export const APOSTROPHE = String.raw`['\u2018\u2019\u02BC]`;
export const PROCLITIC =
  '[\u0648\u0628\u0644\u0641\u0643\u05D5\u05D4\u05D1\u05DC\u05DE\u05E9\u05DB]';
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

export const STEM_ENDING = String.raw`\p{L}{0,3}`;

/** Whether the UTF-16 unit is of a script written without spaces: Han, kana, their punctuation. */
export function isUnspacedUnit(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x31f0 && code <= 0x31ff) || // katakana extensions
    (code >= 0x3400 && code <= 0x4dbf) || // Han extension A
    (code >= 0x4e00 && code <= 0x9fff) || // Han
    (code >= 0xf900 && code <= 0xfaff) || // Han compatibility
    (code >= 0xff66 && code <= 0xff9f) // half-width katakana
  );
}

/** Whether an alias is written in a script without spaces (see `isUnspacedUnit`). */
export const isUnspacedAlias = (alias: string) =>
  isUnspacedUnit(alias.replace(/^\*/, '').charCodeAt(0));
