/**
 * The first look at every page: does a text hold a word of a watched person's name? It may say
 * yes to a text that names nobody ("Khalil Gibran", "Haifa"), never no to one that names
 * someone, so only its yes is checked with the full people matcher (people.ts).
 *
 * What it looks for, made here at build time (scripts/dataset/vite-plugin.ts): one needle per
 * alias, a distinctive word of it (the surname), and for each needle an anchor, a few units of
 * it that are rare in prose. How a text is read for the anchors is anchor-scan.ts's concern.
 *
 * Why anchors, and not one alternation of the needles (docs/why-a-first-look.md, "Session 13";
 * docs/engine-notes.md): the regular expression engine reads an alternation fast only while it can skip
 * through text for the few characters its alternatives start with. The dataset's spellings in
 * seven scripts start with too many: it gave up skipping, and each new spelling made every page
 * slower to read. A scan for the anchors costs the same however many spellings there are.
 *
 * Why no `i` flag: a name is printed with its capitals. A word the alias
 * writes with a capital ("Witkoff", the "Hayya" of "al-Hayya") is looked for with a capital
 * first letter, the rest in either case ("WITKOFF", the "WItkoff" of a real headline); a word it
 * writes in lower case (the "аль" of "аль-Хай") in either case. Each letter is spelt out as the
 * class of what the people matcher's `iu` takes for it (case-forms.ts). So a capital, rare in
 * prose, is what a surname of a script with capitals is anchored on. A surname printed all in
 * lower case ("witkoff" in a link's address) names nobody.
 */
// With its extension: the vite config loads this module too (scripts/dataset/vite-plugin.ts).
import {
  APOSTROPHE,
  escapeRegExp,
  parseAlias,
  SEPARATOR,
  STEM_ENDING,
  type PersonAliases,
} from './alias-syntax.ts';
import { compileLook, type Anchor, type FirstLook, type LookFor } from './anchor-scan.ts';
import { capitalsOf, caseForms, learnCaseForms, startsCapital } from './case-forms.ts';

export type { Anchor, FirstLook, LookFor } from './anchor-scan.ts';

/** Shorter words than this are common syllables ("аль", Hebrew חיה "animal"): their alias is looked for whole. */
const DISTINCT_WORD = 5;
/**
 * In Latin script a four-letter surname is distinctive already ("Gvir"). Looked for whole, an
 * alias that starts with a short common word and a separator ("ben[\s…]+gvir") is read most
 * slowly (docs/engine-notes.md).
 */
const DISTINCT_LATIN_WORD = 4;

const LATIN = /^\p{Script=Latin}/u;
const LETTER = /^\p{L}$/u;

const isDistinct = (word: string) =>
  word.length >= (LATIN.test(word) ? DISTINCT_LATIN_WORD : DISTINCT_WORD);

/**
 * The part of an alias to look for, as the alias writes it: its last distinctive word (the
 * surname, rarer than a first name: "Hayya" in "Khalil al-Hayya"), or all of it where no word
 * is distinctive.
 */
function needleOf(alias: string): string[] {
  const { words } = parseAlias(alias);
  const distinct = words.filter((word) => isDistinct(word.text));
  const chosen = distinct.length > 0 ? [distinct.at(-1)!] : words;
  return chosen.map((word, i) =>
    // A stem inside the needle keeps its ending; at its end the ending needs no looking for.
    word.stem && i < chosen.length - 1 ? `${word.text}*` : word.text,
  );
}

/**
 * Whether the one-word needle `shorter` finds all that `word` finds. One in lower case is looked
 * for in either case, so anywhere in `word`; one with a capital only where `word` starts alike:
 * inside it, `word` takes either case ("Kay" would miss the "Mckay" that "McKay" finds).
 */
function findsIn(shorter: string, word: string): boolean {
  return startsCapital(shorter)
    ? word.startsWith(shorter)
    : word.toLowerCase().includes(shorter.toLowerCase());
}

/**
 * What to look for, one needle per alias (guarded ones included), less those that contain a
 * shorter one ("Виткофф" contains "Виткоф": finding the shorter finds both).
 */
export function firstLookNeedles(people: readonly PersonAliases[]): string[][] {
  const needles = people
    .flatMap((p) => [...p.aliases, ...(p.guardedAliases ?? [])])
    .filter((alias) => parseAlias(alias).words.length > 0)
    .map(needleOf);
  const unique = [...new Map(needles.map((n) => [n.join(' '), n])).values()].sort(
    (a, b) => a.join(' ').length - b.join(' ').length,
  );
  const single = (n: string[]) => n.length === 1 && !n[0]!.endsWith('*');
  return unique.filter(
    (needle, i) =>
      !unique
        .slice(0, i)
        .some((shorter) => single(shorter) && needle.some((word) => findsIn(shorter[0]!, word))),
  );
}

/** A character of a needle: how an expression reads it, and what each of its UTF-16 units may be. */
interface NeedleChar {
  readonly pattern: string;
  readonly units: readonly string[];
}

/** A word of a needle, character by character. */
interface NeedleWord {
  readonly chars: readonly NeedleChar[];
  /** It starts with a capital, looked for as capitals only. */
  readonly capital: boolean;
  /** A stem's ending follows it. */
  readonly stem: boolean;
}

const APOSTROPHES = "'\u2018\u2019\u02BC";

/**
 * `char` as an expression reads it: a letter or digit as itself (the content script carries
 * these patterns: each escape is six bytes), anything else as escapes of its UTF-16 units.
 */
const escapeChar = (char: string) =>
  /^[\p{L}\p{N}]$/u.test(char)
    ? char
    : Array.from(
        { length: char.length },
        (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`,
      ).join('');

/** A class of `chars` (one character alone as itself). */
function classOf(chars: string): string {
  const escaped = [...chars].map(escapeChar);
  return escaped.length === 1 ? escaped[0]! : `[${escaped.join('')}]`;
}

/** `forms` as the units they may be: one set for a character of the first plane, two beyond it. */
function unitsOf(forms: string): string[] {
  const chars = [...forms];
  if (chars[0]!.length === 1) return [forms];
  return [chars.map((char) => char[0]).join(''), chars.map((char) => char[1]).join('')];
}

/**
 * A word of a needle as it is looked for: each letter as its case forms (case-forms.ts), the
 * first one as its capitals only where the word starts with a capital; apostrophes as any
 * apostrophe; anything else as itself.
 */
function needleWord(word: string): NeedleWord {
  const stem = word.endsWith('*');
  const text = stem ? word.slice(0, -1) : word;
  const capital = startsCapital(text);
  const chars = [...text].map((char, i): NeedleChar => {
    if (APOSTROPHES.includes(char)) return { pattern: APOSTROPHE, units: [APOSTROPHES] };
    if (!LETTER.test(char)) return { pattern: escapeRegExp(char), units: [char] };
    const forms = i === 0 && capital ? capitalsOf(caseForms(char)) : caseForms(char);
    return { pattern: classOf(forms), units: unitsOf(forms) };
  });
  return { chars, capital, stem };
}

/** How many units an anchor holds, at most: enough that few places in prose have all of them. */
const ANCHOR_UNITS = 3;

/**
 * Where a needle is anchored: which word, and from which character. A surname of a script with
 * capitals at its capital, which prose seldom has. Other scripts' at the last units of their last
 * word: a word's start is where the commonest sequences are (Arabic ال, Hebrew ו ה ל, the
 * proclitics), and a triple of units at its end is rare already ("حية" of "الحية").
 */
function anchorPlace(words: readonly NeedleWord[]): { word: number; from: number } {
  const capital = words.findLastIndex((word) => word.capital);
  if (capital >= 0) return { word: capital, from: 0 };
  const { chars } = words.at(-1)!;
  let from = chars.length;
  for (let units = 0; from > 0 && units < ANCHOR_UNITS;) units += chars[--from]!.units.length;
  return { word: words.length - 1, from };
}

/** A word's characters from `from` on as a pattern, with its stem's ending if it has one. */
const patternOf = (word: NeedleWord, from = 0) =>
  word.chars
    .slice(from)
    .map((char) => char.pattern)
    .join('') + (word.stem ? STEM_ENDING : '');

/** A needle's anchor: its first units, and the needle as an expression that starts there. */
function anchorOf(needle: readonly string[]): Anchor {
  const words = needle.map(needleWord);
  const { word, from } = anchorPlace(words);
  const { chars } = words[word]!;
  const units = chars
    .slice(from)
    .flatMap((char) => char.units)
    .slice(0, ANCHOR_UNITS);
  // What stands before the anchor is asked of the text behind it, as a lookbehind.
  const before = [
    ...words.slice(0, word).map((w) => patternOf(w) + SEPARATOR),
    ...chars.slice(0, from).map((char) => char.pattern),
  ].join('');
  const after = [patternOf(words[word]!, from), ...words.slice(word + 1).map((w) => patternOf(w))];
  const pattern = (before === '' ? '' : `(?<=${before})`) + after.join(SEPARATOR);
  // A stem's ending (a letter class) and a character beyond the first plane need `u`.
  const unicode = words.some((w) => w.stem) || [...needle.join('')].some((c) => c.length > 1);
  return unicode ? { units, pattern, unicode } : { units, pattern };
}

/**
 * What the first look looks for, for `people`: made at build time for the content script
 * (scripts/dataset/vite-plugin.ts), so a page pays for none of the making.
 */
export function lookForPeople(people: readonly PersonAliases[]): LookFor {
  const needles = firstLookNeedles(people);
  // Every letter's case forms learnt at once: one pass over the characters, not one per word.
  learnCaseForms([...needles.join('')].filter((char) => LETTER.test(char) && char.length === 1));
  return {
    anchors: needles.map(anchorOf),
    shortest: Math.min(...needles.map((needle) => needle.join(' ').replace(/\*/g, '').length)),
  };
}

/** Several people's `LookFor` as one. */
export function lookForAll(parts: readonly LookFor[]): LookFor {
  return {
    anchors: parts.flatMap((part) => part.anchors),
    shortest: Math.min(...parts.map((part) => part.shortest)),
  };
}

/** The first look for `people`, or for what was made for them at build time. */
export function compileFirstLook(people: readonly PersonAliases[] | LookFor): FirstLook {
  return compileLook('anchors' in people ? people : lookForPeople(people));
}
