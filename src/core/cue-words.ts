/**
 * Finding the words of speech-cues.ts's lists in a text, for attribution.ts, cheaply: a quote's
 * surroundings are read several times, with lists of a thousand entries.
 *
 * - A whole word starts where a letter follows no letter and no hyphen (Romanian `i-a spus`,
 *   "told him", is not `a spus`, "said"). Where one starts, only the entries that may begin
 *   with its first letter are tried, shaped as a tree by their characters (`sa(?:id|ys)`), so a
 *   handful of branches is read, not every entry. The tree is read by code, as the engine
 *   would read it as one expression (`alternation`): compiling an expression per letter, with
 *   its Unicode class after the word, held a page's first named article (docs/why-a-named-
 *   page-is-read-in-background-tasks.md). Only what an entry writes in the syntax of an
 *   expression (`emphasi[sz]ed`) is one.
 * - Scripts written without spaces (Chinese, Japanese, Korean) have no word starts: their
 *   entries are looked for anywhere, and only in a text that holds such a script.
 * - Case is ignored by lowering the text, not by the engine.
 */

import { isSpaceUnit, kindsAt, kindsOfUnit, LETTER, MARK } from './words.ts';

/** Where a word of a list stands in a text. */
export interface Found {
  readonly start: number;
  readonly end: number;
}

/** A list's entries: a string holds several, split on its `|` outside brackets. */
function entriesOf(list: string): string[] {
  // Most lists hold plain words: split as they are.
  if (!/[\\[(]/.test(list)) return list.split('|');
  const entries: string[] = [];
  let [depth, entry] = [0, ''];
  for (let i = 0; i < list.length; i++) {
    const char = list[i]!;
    if (char === '\\') {
      entry += char + (list[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === '|' && depth === 0) {
      entries.push(entry);
      entry = '';
    } else entry += char;
  }
  entries.push(entry);
  return entries;
}

/** Whether a character of an entry is syntax, not a plain letter of it. */
const isSyntax = (char: string) => '\\[](){}?+*|.^$'.includes(char);
/** Whether a character of an entry makes the one before it no plain letter of it. */
const isQuantifier = (char: string | undefined) => char !== undefined && '?+*{'.includes(char);

/**
 * One alternation of `entries`, shaped as a tree by their plain first characters; an entry
 * from where it holds syntax on is one branch. A space stands for any white space. Longer
 * branches are tried first: `potrivit lui` before `potrivit`.
 */
function tree(entries: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  const branches: string[] = [];
  let ends = false;
  for (const entry of entries) {
    if (entry === '') ends = true;
    else if (isSyntax(entry[0]!) || isQuantifier(entry[1]))
      branches.push(entry.replaceAll(' ', '\\s+'));
    else {
      const rests = byFirst.get(entry[0]!);
      if (rests === undefined) byFirst.set(entry[0]!, [entry.slice(1)]);
      else rests.push(entry.slice(1));
    }
  }
  const grown = [...byFirst].map(([first, rests]) => {
    const head = first === ' ' ? '\\s+' : first;
    return rests.length === 1 && rests[0] === '' ? head : head + tree(rests);
  });
  const all = [...grown, ...branches, ...(ends ? [''] : [])];
  return all.length === 1 ? `(?:${all[0]})` : `(?:${all.join('|')})`;
}

/**
 * One alternation of the entries of `lists`, in lower case: with `NOT_LETTER_AFTER`, what
 * `Words` finds at a word's start (the definition its tree is read by).
 */
export function alternation(lists: readonly (readonly string[])[]): string {
  return tree(lists.flat().flatMap((list) => entriesOf(list.toLowerCase())));
}

export const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

/**
 * `tree`'s alternation as a tree to read by code: at each place, the characters that may come
 * next (a space for any run of white space) in the order the alternation tries them, then
 * the entries' rests from where they hold syntax (`fragments`, each an expression: with
 * `NOT_LETTER_AFTER` where the entries are `whole` words), then the end of an entry. A place is
 * laid out when first reached: a page reaches few of them.
 */
interface Place {
  readonly next: Map<string, Branches>;
  readonly fragments: RegExp[];
  readonly ends: boolean;
  readonly whole: boolean;
}
type Branches = () => Place;

/** The place `entries` reach past their first `depth` characters, laid out when first asked. */
function branchesOf(entries: readonly string[], whole: boolean, depth = 0): Branches {
  let place: Place | undefined;
  return () => {
    if (place !== undefined) return place;
    const byNext = new Map<string, string[]>();
    const fragments: RegExp[] = [];
    let ends = false;
    for (const entry of entries) {
      if (entry.length === depth) ends = true;
      else if (isSyntax(entry[depth]!) || isQuantifier(entry[depth + 1])) {
        const fragment = entry.slice(depth).replaceAll(' ', '\\s+');
        fragments.push(new RegExp(`(?:${fragment})${whole ? NOT_LETTER_AFTER : ''}`, 'uy'));
      } else {
        const reaching = byNext.get(entry[depth]!);
        if (reaching === undefined) byNext.set(entry[depth]!, [entry]);
        else reaching.push(entry);
      }
    }
    const next = new Map(
      [...byNext].map(([char, list]) => [char, branchesOf(list, whole, depth + 1)]),
    );
    return (place = { next, fragments, ends, whole });
  };
}

/**
 * Where the first entry of `branches` that stands at `at` ends, as the engine reads their
 * alternation (each way on in order, a run of white space from its longest), or -1. A `whole`
 * word has no letter or mark after it (`NOT_LETTER_AFTER`).
 */
function endAt(place: Branches, text: string, at: number): number {
  const branches = place();
  for (const [char, on] of branches.next) {
    let found = -1;
    if (char === ' ') {
      // A space of an entry stands for a run of white space, tried from its longest.
      let run = at;
      while (isSpaceUnit(text.charCodeAt(run))) run++;
      for (let end = run; end > at && found === -1; end--) found = endAt(on, text, end);
    } else if (char === text[at]) found = endAt(on, text, at + 1);
    if (found !== -1) return found;
  }
  for (const pattern of branches.fragments) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match !== null) return at + match[0].length;
  }
  // A whole word: no letter or mark after it, as `NOT_LETTER_AFTER` reads the code point there.
  return branches.ends && !(branches.whole && kindsAt(text, at) & (LETTER | MARK)) ? at : -1;
}

/**
 * The characters an entry may begin with, in lower case: its first letter, each letter of a
 * class it begins with, each first letter of a group's branches, and what follows an optional
 * first one (`[وف]?(?:قال|أضاف)` may begin with و, ف, ق or أ). Null where that is not told.
 */
function firstCharacters(entry: string): Set<string> | string[] | null {
  const char = entry[0];
  if (char === undefined || char === '\\' || char === '.' || char === '^') return null;
  let end = 1;
  let firsts: Set<string> | string[];
  if (char === '[') {
    end = entry.indexOf(']') + 1;
    firsts = new Set(entry.slice(1, end - 1));
  } else if (entry.startsWith('(?:')) {
    let depth = 0;
    for (end = 0; end < entry.length; end++) {
      if (entry[end] === '(') depth++;
      if (entry[end] === ')' && --depth === 0) break;
    }
    end++;
    firsts = new Set();
    for (const branch of entriesOf(entry.slice(3, end - 1))) {
      const branchFirsts = firstCharacters(branch);
      if (branchFirsts === null) return null;
      for (const first of branchFirsts) firsts.add(first);
    }
    // Most entries begin with a plain letter: no set made for it.
  } else firsts = [char];
  if (entry[end] !== '?' && entry[end] !== '*') return firsts;
  const rest = firstCharacters(entry.slice(end + 1));
  return rest === null ? null : new Set([...firsts, ...rest]);
}

/** Whether the code unit at `at` is a letter or a mark (the halves of a pair count as letters). */
function isLetterUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code & 0xf800) === 0xd800 || (kindsOfUnit(code) & (LETTER | MARK)) !== 0;
}

/** Whether a whole word starts at `at`: a letter after no letter and no hyphen. */
function wordStartsAt(text: string, at: number): boolean {
  if (!isLetterUnit(text, at)) return false;
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return !(before === 0x2d || before === 0x2010 || before === 0x2011 || isLetterUnit(text, at - 1));
}

/** Characters of the scripts written without spaces: Thai, Han, kana, Hangul. */
const UNSPACED_SCRIPT = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/** The words of some lists in a text: whole words, and words of unspaced scripts anywhere. */
export class Words {
  /** Per first character, the tree of the entries that may begin with it: made when first read. */
  private byFirst: Map<string, Branches> | undefined;
  /** The entries of scripts without spaces, as one tree: they stand anywhere. */
  private readonly unspaced: Branches | null;

  constructor(
    private readonly spaced: readonly (readonly string[])[],
    unspaced: readonly (readonly string[])[] = [],
  ) {
    const anywhere = unspaced.flat().flatMap((list) => entriesOf(list.toLowerCase()));
    this.unspaced = anywhere.length > 0 ? branchesOf(anywhere, false) : null;
  }

  private get trees(): Map<string, Branches> {
    if (this.byFirst !== undefined) return this.byFirst;
    const byFirst = new Map<string, string[]>();
    for (const entry of this.spaced.flat().flatMap((list) => entriesOf(list.toLowerCase()))) {
      const firsts = firstCharacters(entry);
      if (firsts === null) throw new Error(`cue-words: no first letter told in "${entry}"`);
      for (const first of firsts) {
        const list = byFirst.get(first);
        if (list === undefined) byFirst.set(first, [entry]);
        else list.push(entry);
      }
    }
    return (this.byFirst = new Map(
      [...byFirst].map(([char, entries]) => [char, branchesOf(entries, true)]),
    ));
  }

  /** The first of the lists' words in `text`, or null. */
  first(text: string): Found | null {
    return this.find(text, true);
  }

  /** The last of the lists' words in `text`, or null. */
  last(text: string): Found | null {
    return this.find(text, false);
  }

  test(text: string): boolean {
    return this.find(text, true) !== null;
  }

  private find(text: string, first: boolean): Found | null {
    const lowered = lowerInPlace(text);
    let found: Found | null = null;
    for (let at = 0; at < lowered.length; at++) {
      if (!wordStartsAt(lowered, at)) continue;
      const branches = this.trees.get(lowered[at]!);
      if (branches === undefined) continue;
      const end = endAt(branches, lowered, at);
      if (end === -1) continue;
      found = { start: at, end };
      if (first) break;
      at = found.end - 1;
    }
    if (this.unspaced === null || !UNSPACED_SCRIPT.test(lowered)) return found;
    // Words of unspaced scripts, as a scan of their alternation finds them: the first or last
    // of both kinds.
    for (let at = 0; at < lowered.length; at++) {
      const end = endAt(this.unspaced, lowered, at);
      if (end === -1) continue;
      const hit = { start: at, end };
      if (first) return found === null || hit.start < found.start ? hit : found;
      if (found === null || hit.start > found.start) found = hit;
      at = Math.max(at, end - 1);
    }
    return found;
  }
}

/** `text` in lower case, each character where it was (one that lowers to two stays as it is). */
function lowerInPlace(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  return Array.from(text, (char) => {
    const low = char.toLowerCase();
    return low.length === char.length ? low : char;
  }).join('');
}

/**
 * The plain entries of some lists (no regular expression in them: `de către`, `ο οποίος`), for
 * looking a word or two up: the words right before or after a name.
 */
export class WordSet {
  private readonly entries: ReadonlySet<string>;

  constructor(lists: readonly (readonly string[])[]) {
    this.entries = new Set(
      lists.flat().flatMap((list) => entriesOf(list.toLowerCase()).map((e) => e.trim())),
    );
  }

  /** Whether `words` (lower case, in text order) make an entry. */
  has(...words: readonly (string | undefined)[]): boolean {
    if (words.some((word) => word === undefined)) return false;
    return this.entries.has(words.join(' '));
  }
}

/**
 * Whether a UTF-16 unit stands in a word as the neighbour readers see it: a letter, a mark, or
 * one of the `.'’-` inside names (`[\p{L}\p{M}.'’-]`; a half of a pair does not).
 */
const inWord = (code: number) =>
  code === 0x2e ||
  code === 0x27 ||
  code === 0x2019 ||
  code === 0x2d ||
  (kindsOfUnit(code) & (LETTER | MARK)) !== 0;

/** Whether a unit ends a run of neighbouring words: anything but a word's units and white space. */
const breaks = (code: number) => !inWord(code) && !isSpaceUnit(code);

/** The words of a stretch of words and white space, in text order. */
const wordsOf = (stretch: string) => stretch.split(/\s+/).filter((word) => word !== '');

/**
 * The words right before `at`, back to `from` or to a punctuation mark, nearest first, in
 * lower case and as written.
 */
export function wordsBefore(
  text: string,
  from: number,
  at: number,
): { readonly lower: string[]; readonly written: string[] } {
  let start = at;
  while (start > from && !breaks(text.charCodeAt(start - 1))) start--;
  const written = wordsOf(text.slice(start, at)).reverse();
  return { lower: written.map((w) => w.toLowerCase()), written };
}

/** The words right after `at` up to `to` or a punctuation mark, nearest first, in lower case. */
export function wordsAfter(text: string, at: number, to: number): string[] {
  let end = at;
  while (end < to && !breaks(text.charCodeAt(end))) end++;
  return wordsOf(text.slice(at, end)).map((w) => w.toLowerCase());
}
