/**
 * The first look at every page: one short regular expression that any text naming a watched
 * person must match. It may say yes to a text that names nobody ("Khalil Gibran", "Haifa"),
 * never no to one that names someone, so only its yes is checked with the full people matcher.
 *
 * Why not the people matcher itself: its boundaries and separators are lookbehinds and classes
 * tried at every character. One word of each alias, as a plain alternation, lets the regular
 * expression engine skip through prose; the cost on a page naming nobody is what this buys.
 */
// With its extension: the vite config loads this module too (scripts/dataset/vite-plugin.ts).
import {
  parseAlias,
  SEPARATOR,
  STEM_ENDING,
  wordPattern,
  type PersonAliases,
} from './alias-syntax.ts';

/** Shorter words than this are common syllables ("аль", Hebrew חיה "animal"): their alias is looked for whole. */
const DISTINCT_WORD = 5;

/**
 * The part of an alias to look for, lower-cased: its last distinctive word (the surname, rarer
 * than a first name: "Hayya" in "Khalil al-Hayya"), or all of it where no word is distinctive.
 */
function needleOf(alias: string): string[] {
  const { words } = parseAlias(alias);
  const distinct = words.filter((word) => word.text.length >= DISTINCT_WORD);
  const chosen = distinct.length > 0 ? [distinct.at(-1)!] : words;
  return chosen.map((word, i) =>
    // A stem inside the needle keeps its ending; at its end the ending needs no looking for.
    word.stem && i < chosen.length - 1 ? `${word.text.toLowerCase()}*` : word.text.toLowerCase(),
  );
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
        .some((shorter) => single(shorter) && needle.some((word) => word.includes(shorter[0]!))),
  );
}

function needlePattern(needle: readonly string[]): string {
  return needle
    .map((word) =>
      word.endsWith('*') ? wordPattern(word.slice(0, -1)) + STEM_ENDING : wordPattern(word),
    )
    .join(SEPARATOR);
}

/**
 * What the first look looks for, as a regular expression's source: made at build time for the
 * content script (scripts/dataset/vite-plugin.ts), so a page pays for none of the making.
 */
export interface LookFor {
  readonly source: string;
  /** The length of the shortest text the source can match. */
  readonly shortest: number;
}

export function lookForPeople(people: readonly PersonAliases[]): LookFor {
  const needles = firstLookNeedles(people);
  return {
    source: needles.length === 0 ? '(?!)' : needles.map(needlePattern).join('|'),
    shortest: Math.min(...needles.map((needle) => needle.join(' ').replace(/\*/g, '').length)),
  };
}

/** Several people's `LookFor` as one. */
export const lookForAll = (parts: readonly LookFor[]): LookFor =>
  parts.length === 0
    ? { source: '(?!)', shortest: Infinity }
    : {
        source: parts.map((part) => part.source).join('|'),
        shortest: Math.min(...parts.map((part) => part.shortest)),
      };

export interface FirstLook {
  /** False only where the text names none of the people; true may still be nobody. */
  mayName(text: string): boolean;
  /** No shorter text can name anyone: a walk need not ask about it. */
  readonly shortest: number;
  /** Where the words looked for start, in order: a name can only start shortly before one. */
  positions(text: string): Generator<number>;
}

export function compileFirstLook(people: readonly PersonAliases[] | LookFor): FirstLook {
  const lookFor = 'source' in people ? people : lookForPeople(people);
  // The same flags as the people matcher, so case folds the same way in both; one object for
  // every use, so the engine compiles it once.
  const pattern = new RegExp(lookFor.source, 'giu');
  return {
    mayName(text) {
      pattern.lastIndex = 0;
      return pattern.test(text);
    },
    shortest: lookFor.shortest,
    *positions(text) {
      // Its own place in the text: the expression is shared, and the caller runs between yields.
      for (let from = 0; ;) {
        pattern.lastIndex = from;
        const match = pattern.exec(text);
        if (match === null) return;
        yield match.index;
        // Overlapping words ("hayya" inside "al-hayyah") each start a place to look.
        from = match.index + 1;
      }
    },
  };
}
