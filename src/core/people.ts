/**
 * Which people a text names, by the aliases of data/people.json (syntax: alias-syntax.ts).
 * One regular expression holds every alias of every person, so a text is read once however
 * many people the dataset holds; and it is only run where the first look (first-look.ts) finds
 * a word of a name, as its boundary classes make it slow to run on every character.
 *
 * Guarded aliases are also ordinary words (a bare "Hayya"; Arabic الحية, "the snake"): they
 * count only where one of the person's context words appears within a few hundred characters.
 *
 * Namesakes are other people's names that hold a person's ("Charles Kushner", his father) and
 * phrases that hold an alias as an ordinary word (Arabic الذخيرة الحية, "live ammunition"): a
 * mention one of them covers is not of the person. Only the mention's surroundings are read
 * for them, once it is found: "Kushner" elsewhere on the page is still Jared.
 */
import {
  isUnspacedAlias,
  isUnspacedUnit,
  LETTER,
  parseAlias,
  type AliasWord,
  PROCLITIC,
  SEPARATOR,
  STEM_ENDING,
  wordPattern,
  type PersonAliases,
} from './alias-syntax.ts';
import { compileFirstLook, lookForAll, type FirstLook, type LookFor } from './first-look.ts';

export type { PersonAliases } from './alias-syntax.ts';

const startsWithLetter = new RegExp(`^${LETTER}`, 'u');
const isLetter = new RegExp(`^${LETTER}$`, 'u');
/** What `LETTER` says of each UTF-16 unit of the first plane: 0 not yet asked, 1 yes, 2 no. */
const letterUnits = new Uint8Array(0x10000);

/** Whether the code point at `at` (`at` not the second half of a pair) is a `LETTER`. */
function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  if (code >= 0xd800 && code <= 0xdbff)
    return isLetter.test(String.fromCodePoint(text.codePointAt(at)!));
  let known = letterUnits[code]!;
  if (known === 0) letterUnits[code] = known = isLetter.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Whether the code point that ends just before `at` is a `LETTER`, as a lookbehind reads it. */
function isLetterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  const pair =
    code >= 0xdc00 && code <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return isLetterAt(text, pair ? at - 2 : at - 1);
}

export interface PersonMention {
  readonly personId: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where the first look (first-look.ts) found a word of a name in a text, as its `positions`
 * would: found while the page was read, so the text is not scanned for them again.
 */
export type FirstLookAt = readonly number[];

export interface PeopleMatcher {
  /** True as soon as the text names anyone: the cheap gate for pages naming nobody. */
  namesAnyone(text: string, firstLookAt?: FirstLookAt): boolean;
  /** Every mention, in text order. */
  mentions(text: string, firstLookAt?: FirstLookAt): PersonMention[];
  /** The ids of the people named, in dataset order. */
  named(text: string, firstLookAt?: FirstLookAt): string[];
}

/** How near a context word must be for a guarded alias to count. */
const CONTEXT_WINDOW = 400;
/**
 * How far around a word the first look found the full pattern is run: more than any alias
 * reaches beyond the word it is found by (names of three words, generous white space).
 */
const ALIAS_REACH = 80;

/** Whether `code` may stand between two words of an alias (alias-syntax.ts's `SEPARATOR`). */
const isSeparator = (code: number) =>
  code === 0x2d || (code >= 0x2010 && code <= 0x2015) || SPACE.test(String.fromCharCode(code));
const SPACE = /^[\s\u00A0]$/u;
/** Apostrophes: the alias syntax takes any of them for any other. */
const APOSTROPHES = "'\u2018\u2019\u02BC";

/**
 * Where a name holding the word the first look found at `at` may start, at the earliest: the
 * start of that word, or of one of the `wordsBefore` words before it that only separators join
 * to it, and no more than `ALIAS_REACH` before it. Only word starts from there on are tried.
 * A word is letters and `inWords`, what else the aliases write inside a word ("J.").
 */
function earliestStart(text: string, at: number, wordsBefore: number, inWords: string): number {
  const limit = Math.max(0, at - ALIAS_REACH);
  const isWordBefore = (i: number) => isLetterBefore(text, i) || inWords.includes(text[i - 1]!);
  let start = at;
  for (let words = 0; ; words++) {
    while (start > limit && isWordBefore(start)) start--;
    if (words === wordsBefore) return start;
    let gap = start;
    while (gap > limit && isSeparator(text.charCodeAt(gap - 1))) gap--;
    if (gap === start || gap === 0 || !isWordBefore(gap)) return start;
    start = gap;
  }
}

const BEFORE = `(?<!${LETTER})`;
const BEFORE_PROCLITIC = `(?<!${LETTER}${PROCLITIC}?)(?:${PROCLITIC})?`;
const AFTER = `(?!${LETTER})`;

/** An alias's words as a pattern, without its boundaries or a final stem's ending. */
function aliasBody(words: readonly AliasWord[]): string {
  return words
    .map(
      (word, i) => wordPattern(word.text) + (word.stem && i < words.length - 1 ? STEM_ENDING : ''),
    )
    .join(SEPARATOR);
}

/**
 * Many aliases as one pattern, one capture group each, in the order returned. The boundary
 * classes are written once per kind of alias, not once per alias: each Unicode property class
 * costs the engine a fraction of a millisecond to compile, and pages pay for it. Aliases in a
 * script written without spaces (Chinese, Japanese) stand anywhere: no boundary at all.
 */
export function aliasesPattern<T extends { readonly alias: string }>(
  entries: readonly T[],
): { source: string; order: T[] } {
  const kinds = [
    { before: BEFORE, prefixed: false, stem: false, unspaced: false },
    { before: BEFORE, prefixed: false, stem: true, unspaced: false },
    { before: BEFORE_PROCLITIC, prefixed: true, stem: false, unspaced: false },
    { before: BEFORE_PROCLITIC, prefixed: true, stem: true, unspaced: false },
    { before: '', prefixed: false, stem: false, unspaced: true },
  ];
  const order: T[] = [];
  const groups: string[] = [];
  // Each alias read once: a page that names someone pays for this reading.
  const parsed = entries.map((entry) => ({
    entry,
    unspaced: isUnspacedAlias(entry.alias),
    ...parseAlias(entry.alias),
  }));
  for (const kind of kinds) {
    const members = parsed.filter((e) =>
      kind.unspaced
        ? e.unspaced
        : !e.unspaced &&
          e.prefixed === kind.prefixed &&
          (e.words.at(-1)?.stem === true) === kind.stem,
    );
    if (members.length === 0) continue;
    order.push(...members.map((e) => e.entry));
    const alternatives = members.map((e) => `(${aliasBody(e.words)})`).join('|');
    const after = kind.unspaced ? '' : AFTER;
    groups.push(`${kind.before}(?:${alternatives})${kind.stem ? STEM_ENDING : ''}${after}`);
  }
  return { source: groups.length === 0 ? '(?!)' : `(?:${groups.join('|')})`, order };
}

interface Entry {
  readonly id: string;
  readonly alias: string;
  readonly guarded: boolean;
}

/** Longer than any plain alias: a word read past this is none of them. */
const LONGEST_PLAIN = 40;

/**
 * The aliases that are one plain word of ASCII letters and digits and no ordinary word (not
 * guarded), in lower case, with whom they name: where one stands as a word of its own, the full
 * expression finds a mention there, as none of its boundaries or folds is needed to see it.
 */
function plainAliases(entries: readonly Entry[]): Map<string, string> {
  const isPlain = (e: Entry) =>
    !e.guarded && /^[A-Za-z0-9]+$/.test(e.alias) && e.alias.length <= LONGEST_PLAIN;
  return new Map(entries.filter(isPlain).map((e) => [e.alias.toLowerCase(), e.id]));
}

/** Each person's namesakes as one expression (null where none), made when first asked for. */
function namesakesOf(people: readonly PersonAliases[]): (id: string) => RegExp | null {
  const made = new Map<string, RegExp | null>();
  const byId = new Map(people.map((p) => [p.id, p.namesakes ?? []]));
  return (id) => {
    let pattern = made.get(id);
    if (pattern !== undefined) return pattern;
    const namesakes = byId.get(id) ?? [];
    pattern =
      namesakes.length === 0
        ? null
        : new RegExp(aliasesPattern(namesakes.map((alias) => ({ alias }))).source, 'giu');
    made.set(id, pattern);
    return pattern;
  };
}

export function compilePeopleMatcher(
  // The content script's people come with their first look made at build time (`lookFor`).
  people: readonly (PersonAliases & { readonly lookFor?: LookFor })[],
): PeopleMatcher {
  const entries: Entry[] = people
    .flatMap((p) => [
      ...p.aliases.map((alias) => ({ id: p.id, alias, guarded: false })),
      ...(p.guardedAliases ?? []).map((alias) => ({ id: p.id, alias, guarded: true })),
    ])
    // Longest first, so "Khalil al-Hayya" wins over "al-Hayya" at the same place.
    .sort((a, b) => b.alias.length - a.alias.length);
  // One capture group per entry: the group that matched names the alias. One regular
  // expression for every use, so the engine compiles it once. Made when first needed: a page
  // that prints a name as a plain word (`plainAliases`) is seen to name someone without it.
  let pattern: { all: RegExp; grouped: Entry[] } | undefined;
  const expression = () => {
    if (pattern !== undefined) return pattern;
    const { source, order: grouped } = aliasesPattern(entries);
    // Sticky: tried only where a name may start, never carried along the text.
    return (pattern = { all: new RegExp(source, 'yiu'), grouped });
  };
  const entryOf = (match: RegExpMatchArray) =>
    expression().grouped[match.findIndex((value, i) => i > 0 && value !== undefined) - 1];
  let contexts: Map<string, RegExp | null> | undefined;
  const contextOf = (id: string) => {
    contexts ??= new Map(
      people.map((p) => [
        p.id,
        p.context?.length
          ? new RegExp(aliasesPattern(p.context.map((alias) => ({ alias }))).source, 'giu')
          : null,
      ]),
    );
    return contexts.get(id);
  };
  const plain = plainAliases(entries);
  // What the aliases are like, for the places a name is tried at: how many words before the
  // one the first look found a name may start, what its words hold besides letters, and
  // whether one starts with no letter. Made when first needed, as the expression is: the gate
  // settles most named pages by a plain alias without them.
  let shape:
    | { wordsBefore: number; inWords: string; startsAnywhere: boolean; unspaced: boolean }
    | undefined;
  const aliasShape = () => {
    if (shape !== undefined) return shape;
    const words = entries.map((e) => parseAlias(e.alias).words);
    const chars = new Set([...APOSTROPHES, ...words.flat().flatMap((w) => [...w.text])]);
    return (shape = {
      wordsBefore: Math.max(0, ...words.map((w) => w.length - 1)),
      inWords: [...chars].filter((char) => !isLetterAt(char, 0)).join(''),
      // Every alias starts with a letter, as a rule: else every gap between words is tried too.
      startsAnywhere: entries.some((e) => !startsWithLetter.test(e.alias.replace(/^\*/, ''))),
      // An alias of a script without spaces may start after a letter too.
      unspaced: entries.some((e) => isUnspacedAlias(e.alias)),
    });
  };
  const order = people.map((p) => p.id);
  const namesakeOf = namesakesOf(people);

  /**
   * Whether one of the person's namesakes covers `[start, end)`. Read in the stretch a name
   * reaches either side (widened to whole words, so its boundaries read as in the whole text),
   * and only once a mention is found: about half a microsecond a mention.
   */
  function isNamesake(text: string, personId: string, start: number, end: number): boolean {
    const namesakes = namesakeOf(personId);
    if (namesakes === null) return false;
    let from = Math.max(0, start - ALIAS_REACH);
    while (from > 0 && isLetterBefore(text, from)) from--;
    let to = Math.min(text.length, end + ALIAS_REACH);
    while (to < text.length && isLetterAt(text, to)) to++;
    const stretch = text.slice(from, to);
    namesakes.lastIndex = 0;
    for (let m = namesakes.exec(stretch); m !== null; m = namesakes.exec(stretch)) {
      if (from + m.index > start) return false;
      if (from + m.index + m[0].length >= end) return true;
    }
    return false;
  }

  function nearContext(text: string, mention: PersonMention): boolean {
    const context = contextOf(mention.personId);
    if (context === null || context === undefined) return false;
    const from = Math.max(0, mention.start - CONTEXT_WINDOW);
    const window = text.slice(from, mention.end + CONTEXT_WINDOW);
    context.lastIndex = 0;
    return context.test(window);
  }

  // Made when first needed: the content script passes where its own look found names.
  let firstLook: FirstLook | undefined;
  const lookOf = () => {
    const made = people.map((p) => p.lookFor);
    return (firstLook ??= compileFirstLook(
      made.every((lookFor) => lookFor !== undefined) ? lookForAll(made) : people,
    ));
  };

  /**
   * The matches of `all` that start in `[from, to)`, leftmost first, none overlapping another
   * or starting before `after`: what a scan of the whole text finds there. `all` is tried only
   * where its boundary lets a name start, after anything but a letter: the engine, trying every
   * character, paid the boundary's lookbehinds at each.
   */
  function matchesIn(text: string, from: number, to: number, after: number): RegExpMatchArray[] {
    const { all } = expression();
    const { startsAnywhere, unspaced } = aliasShape();
    const found: RegExpMatchArray[] = [];
    let at = Math.max(from, after);
    let afterLetter = isLetterBefore(text, at);
    while (at < to) {
      const code = text.charCodeAt(at);
      // The second half of a pair was looked at with its first; a half alone is no letter.
      if (code >= 0xdc00 && code <= 0xdfff) {
        if (!(at > 0 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800)) afterLetter = false;
        at++;
        continue;
      }
      const letter = isLetterAt(text, at);
      if ((!afterLetter && (letter || startsAnywhere)) || (unspaced && isUnspacedUnit(code))) {
        all.lastIndex = at;
        const match = all.exec(text);
        if (match !== null) {
          found.push(match);
          at = match.index + match[0].length;
          afterLetter = isLetterBefore(text, at);
          continue;
        }
      }
      afterLetter = letter;
      at++;
    }
    return found;
  }

  /** Stretches of `text` where the first look sees a word of a name, merged: the only places a name can start. */
  function* candidateStretches(
    text: string,
    positions: Iterable<number>,
  ): Generator<[number, number]> {
    const { wordsBefore, inWords } = aliasShape();
    let stretch: [number, number] | null = null;
    for (const at of positions) {
      const from = earliestStart(text, at, wordsBefore, inWords);
      if (stretch !== null && from <= stretch[1]) {
        stretch[1] = at + 1;
        continue;
      }
      if (stretch !== null) yield stretch;
      stretch = [from, at + 1];
    }
    if (stretch !== null) yield stretch;
  }

  /** Every mention in text order, found lazily: `namesAnyone` stops at the first. */
  function* eachMention(text: string, firstLookAt?: FirstLookAt): Generator<PersonMention> {
    // The places the first look found, as far as the stretches have been made from them: a
    // match in a stretch holds the place it was made from, or lies wholly before it.
    const positions: number[] = [];
    function* noting(places: Iterable<number>): Generator<number> {
      for (const at of places) {
        positions.push(at);
        yield at;
      }
    }
    let after = 0;
    let next = 0; // the first of `positions` not before the last match
    const places = noting(firstLookAt ?? lookOf().positions(text));
    for (const [from, to] of candidateStretches(text, places)) {
      for (const match of matchesIn(text, from, to, after)) {
        const [start, end] = [match.index!, match.index! + match[0].length];
        after = end;
        // A name holds a word the first look found. A match that holds none is the end of a
        // longer name the stretch starts inside of ("al-Hayya" of a "Khalil al-Hayya" cut
        // across nodes at its hyphen, where the first look did not see it): no mention.
        while (next < positions.length && positions[next]! < start) next++;
        if (next === positions.length || positions[next]! >= end) continue;
        const entry = entryOf(match);
        if (entry === undefined) continue;
        const mention = { personId: entry.id, start, end };
        if (entry.guarded && !nearContext(text, mention)) continue;
        if (!isNamesake(text, entry.id, start, end)) yield mention;
      }
    }
  }

  const mentions = (text: string, firstLookAt?: FirstLookAt): PersonMention[] => [
    ...eachMention(text, firstLookAt),
  ];

  /**
   * Whether a plain alias stands at `at` as a word of its own (see `plainAliases`), and no
   * namesake covers it.
   */
  function plainAliasAt(text: string, at: number): boolean {
    if (isLetterBefore(text, at)) return false;
    let end = at;
    while (end < text.length && end - at <= LONGEST_PLAIN && isLetterAt(text, end)) end++;
    const id = plain.get(text.slice(at, end).toLowerCase());
    return id !== undefined && !isNamesake(text, id, at, end);
  }

  return {
    namesAnyone(text, firstLookAt) {
      // Most named pages print a name as a plain word ("Witkoff"): that settles it. Any other
      // way of naming (two words, a stem, a guarded word) is for the whole expression.
      if (firstLookAt?.some((at) => plainAliasAt(text, at)) === true) return true;
      return !eachMention(text, firstLookAt).next().done;
    },
    mentions,
    named(text, firstLookAt) {
      const ids = new Set(mentions(text, firstLookAt).map((m) => m.personId));
      return order.filter((id) => ids.has(id));
    },
  };
}
