/**
 * Finding the words of speech-cues.ts's lists in a text, for attribution.ts, cheaply: a quote's
 * surroundings are read several times, with lists of a thousand entries.
 *
 * - A whole word starts where a letter follows no letter and no hyphen (Romanian `i-a spus`,
 *   "told him", is not `a spus`, "said"). Where one starts, only the entries that may begin
 *   with its first letter are tried: one sticky expression per letter, its entries shaped as a
 *   tree (`sa(?:id|ys)`), so the engine tries a handful of branches, not every entry.
 * - Scripts written without spaces (Chinese, Japanese, Korean) have no word starts: their
 *   entries are looked for anywhere, and only in a text that holds such a script.
 * - Case is ignored by lowering the text, not by the engine.
 */

/** Where a word of a list stands in a text. */
export interface Found {
  readonly start: number;
  readonly end: number;
}

/** A list's entries: a string holds several, split on its `|` outside brackets. */
function entriesOf(list: string): string[] {
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

/** Characters that make an entry's next character no plain letter of it. */
const SYNTAX = /[\\[\](){}?+*|.^$]/u;
const QUANTIFIER = /[?+*{]/u;

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
    else if (SYNTAX.test(entry[0]!) || QUANTIFIER.test(entry[1] ?? ''))
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

/** One alternation of the entries of `lists`, in lower case. */
export function alternation(lists: readonly (readonly string[])[]): string {
  return tree(lists.flat().flatMap((list) => entriesOf(list.toLowerCase())));
}

const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

/**
 * The characters an entry may begin with, in lower case: its first letter, each letter of a
 * class it begins with, each first letter of a group's branches, and what follows an optional
 * first one (`[وف]?(?:قال|أضاف)` may begin with و, ف, ق or أ). Null where that is not told.
 */
function firstCharacters(entry: string): Set<string> | null {
  const char = entry[0];
  if (char === undefined || char === '\\' || char === '.' || char === '^') return null;
  let end = 1;
  let firsts: Set<string> | null;
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
  } else firsts = new Set(char);
  if (entry[end] !== '?' && entry[end] !== '*') return firsts;
  const rest = firstCharacters(entry.slice(end + 1));
  return rest === null ? null : new Set([...firsts, ...rest]);
}

/** Per code unit: 1 a letter or mark, 2 not, 0 not yet asked. */
const letterUnits = new Uint8Array(0x10000);
const LETTER = /[\p{L}\p{M}]/u;

/** Whether the code unit at `at` is a letter or a mark (the halves of a pair count as letters). */
function isLetterUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = letterUnits[code]!;
  if (known === 0) letterUnits[code] = known = LETTER.test(text[at]!) ? 1 : 2;
  return known === 1;
}

/** Whether a whole word starts at `at`: a letter after no letter and no hyphen. */
function wordStartsAt(text: string, at: number): boolean {
  if (!isLetterUnit(text, at)) return false;
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return !(before === 0x2d || before === 0x2010 || before === 0x2011 || isLetterUnit(text, at - 1));
}

/** Characters of the scripts written without spaces: Han, kana, Hangul. */
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/** The words of some lists in a text: whole words, and words of unspaced scripts anywhere. */
export class Words {
  /** Per first character, the entries that may begin with it. */
  private readonly byFirst = new Map<string, string[]>();
  /** Per first character, a sticky expression of those entries, made when first needed. */
  private readonly patterns = new Map<string, RegExp>();
  private readonly unspaced: RegExp | null;

  constructor(
    spaced: readonly (readonly string[])[],
    unspaced: readonly (readonly string[])[] = [],
  ) {
    for (const entry of spaced.flat().flatMap((list) => entriesOf(list.toLowerCase()))) {
      const firsts = firstCharacters(entry);
      if (firsts === null) throw new Error(`cue-words: no first letter told in "${entry}"`);
      for (const first of firsts) {
        const list = this.byFirst.get(first);
        if (list === undefined) this.byFirst.set(first, [entry]);
        else list.push(entry);
      }
    }
    this.unspaced = unspaced.length > 0 ? new RegExp(alternation(unspaced), 'gu') : null;
  }

  /** The sticky expression of the entries that may begin with `first`, if any. */
  private patternFor(first: string): RegExp | undefined {
    let pattern = this.patterns.get(first);
    if (pattern === undefined) {
      const entries = this.byFirst.get(first);
      if (entries === undefined) return undefined;
      pattern = new RegExp(`${tree(entries)}${NOT_LETTER_AFTER}`, 'uy');
      this.patterns.set(first, pattern);
    }
    return pattern;
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
      const pattern = this.patternFor(lowered[at]!);
      if (pattern === undefined) continue;
      pattern.lastIndex = at;
      const match = pattern.exec(lowered);
      if (match === null) continue;
      found = { start: at, end: at + match[0].length };
      if (first) break;
      at = found.end - 1;
    }
    if (this.unspaced === null || !UNSPACED_SCRIPT.test(lowered)) return found;
    // Words of unspaced scripts: the first or last of both kinds.
    this.unspaced.lastIndex = 0;
    for (let match; (match = this.unspaced.exec(lowered)) !== null;) {
      const hit = { start: match.index, end: match.index + match[0].length };
      if (first) return found === null || hit.start < found.start ? hit : found;
      if (found === null || hit.start > found.start) found = hit;
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

/** A word as the neighbour readers see it: letters, marks, and the `.'’-` inside names. */
const WORD = /[\p{L}\p{M}.'’-]+/gu;
/** What ends a run of neighbouring words: anything but a word's characters and white space. */
const BREAK = /[^\p{L}\p{M}.'’\s-]/u;

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
  while (start > from && !BREAK.test(text[start - 1]!)) start--;
  const written = text.slice(start, at).match(WORD)?.reverse() ?? [];
  return { lower: written.map((w) => w.toLowerCase()), written };
}

/** The words right after `at` up to `to` or a punctuation mark, nearest first, in lower case. */
export function wordsAfter(text: string, at: number, to: number): string[] {
  let end = at;
  while (end < to && !BREAK.test(text[end]!)) end++;
  return (text.slice(at, end).match(WORD) ?? []).map((w) => w.toLowerCase());
}
