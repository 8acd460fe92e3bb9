/**
 * Which people a text names, by the aliases of data/people.json (syntax: alias-syntax.ts).
 * Every alias of every person is read at once, by code that finds what one regular expression
 * of them all finds (`aliasesPattern`, its definition); and only where the first look
 * (first-look.ts) finds a word of a name. Code, not the expression: compiling its Unicode classes
 * under `iu` held a page's first named article (docs/why-a-named-page-is-read-in-background-tasks.md).
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
  ALIAS_KINDS,
  APOSTROPHES,
  compileAliases,
  isLetterAt,
  isLetterBefore,
  isSeparatorUnit,
  isUnspacedAlias,
  LETTER,
  parseAlias,
  type AliasReader,
  type AliasWord,
  PROCLITIC,
  SEPARATOR,
  STEM_ENDING,
  wordPattern,
  type PersonAliases,
} from './alias-syntax.ts';
import { compileFirstLook, lookForAll, type FirstLook, type LookFor } from './first-look.ts';

export type { PersonAliases } from './alias-syntax.ts';

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
    while (gap > limit && isSeparatorUnit(text.charCodeAt(gap - 1))) gap--;
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
 * Many aliases as one pattern, one capture group each, in the order returned: the definition
 * of what they match (flags `iu`), which `compileAliases` (alias-syntax.ts) finds by code and
 * the property tests hold both it and the first look to. Aliases in a script written without
 * spaces (Chinese, Japanese) stand anywhere: no boundary at all.
 */
export function aliasesPattern<T extends { readonly alias: string }>(
  entries: readonly T[],
): { source: string; order: T[] } {
  const kinds = ALIAS_KINDS.map((kind) => ({
    ...kind,
    before: kind.unspaced ? '' : kind.prefixed ? BEFORE_PROCLITIC : BEFORE,
  }));
  const order: T[] = [];
  const groups: string[] = [];
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

/**
 * Per person, some words of theirs (namesakes, context) read as aliases (null where none), each
 * person's made when first asked for: a page asks for a few people's, once a mention is found.
 */
function aliasesOf(
  people: readonly PersonAliases[],
  words: (person: PersonAliases) => readonly string[] | undefined,
): (personId: string) => AliasReader<{ alias: string }> | null {
  const made = new Map<string, AliasReader<{ alias: string }> | null>();
  return (personId) => {
    let reader = made.get(personId);
    if (reader === undefined) {
      const aliases = words(people.find((p) => p.id === personId)!) ?? [];
      reader = aliases.length === 0 ? null : compileAliases(aliases.map((alias) => ({ alias })));
      made.set(personId, reader);
    }
    return reader;
  };
}

/**
 * What else than letters the words of `words` hold ("J."), and apostrophes: where a name's word
 * may start before the one the first look found (`earliestStart`).
 */
function inWordsOf(words: readonly (readonly AliasWord[])[]): string {
  let inWords = APOSTROPHES;
  for (const alias of words)
    for (const { text } of alias)
      for (let i = 0; i < text.length;) {
        const point = text.codePointAt(i)!;
        const char = isLetterAt(text, i) ? '' : String.fromCodePoint(point);
        if (char !== '' && !inWords.includes(char)) inWords += char;
        i += point > 0xffff ? 2 : 1;
      }
  return inWords;
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
  const parsed = entries.map((e) => parseAlias(e.alias));
  const all = compileAliases(entries, parsed);
  // Where a guarded alias is found with no context near, a plain one may name the same words:
  // the reader tries an exact alias before a stem, so "ал Хаја" (guarded) is found where
  // "ал-Хаја*" (plain) would be too. Made when first needed: most pages never need it.
  let plainOnly: ReturnType<typeof compileAliases<Entry>> | undefined;
  const plain = (text: string, from: number, to: number) =>
    (plainOnly ??= compileAliases(
      entries.filter((e) => !e.guarded),
      parsed.filter((_, k) => !entries[k]!.guarded),
    ))(text, from, to);
  const contexts = aliasesOf(people, (p) => p.context);
  // What the aliases are like, for the places a name is tried at: how many words before the
  // one the first look found a name may start, and what its words hold besides letters.
  const words = parsed.map((p) => p.words);
  const wordsBefore = Math.max(0, ...words.map((w) => w.length - 1));
  const inWords = inWordsOf(words);
  const order = people.map((p) => p.id);
  const namesakesOf = aliasesOf(people, (p) => p.namesakes);

  /**
   * Whether one of the person's namesakes covers `[start, end)`. Read in the stretch a name
   * reaches either side (widened to whole words, so its boundaries read as in the whole text),
   * and only once a mention is found.
   */
  function isNamesake(text: string, personId: string, start: number, end: number): boolean {
    const namesakes = namesakesOf(personId);
    if (!namesakes) return false;
    let from = Math.max(0, start - ALIAS_REACH);
    while (from > 0 && isLetterBefore(text, from)) from--;
    let to = Math.min(text.length, end + ALIAS_REACH);
    while (to < text.length && isLetterAt(text, to)) to++;
    const stretch = text.slice(from, to);
    // Read as far as a namesake may start and still cover it: one that starts later does not.
    const last = start - from + 1;
    for (let m = namesakes(stretch, 0, last); m !== null; m = namesakes(stretch, m.end, last))
      if (from + m.end >= end) return true;
    return false;
  }

  function nearContext(text: string, mention: PersonMention): boolean {
    const context = contexts(mention.personId);
    if (!context) return false;
    const from = Math.max(0, mention.start - CONTEXT_WINDOW);
    return context(text.slice(from, mention.end + CONTEXT_WINDOW), 0) !== null;
  }

  // Made when first needed: the content script passes where its own look found names.
  let firstLook: FirstLook | undefined;
  const lookOf = () => {
    const made = people.map((p) => p.lookFor);
    return (firstLook ??= compileFirstLook(
      made.every((lookFor) => lookFor !== undefined) ? lookForAll(made) : people,
    ));
  };

  /** Stretches of `text` where the first look sees a word of a name, merged: the only places a name can start. */
  function* candidateStretches(
    text: string,
    positions: Iterable<number>,
  ): Generator<[number, number]> {
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
      // The matches that start in the stretch, none before the last: what a scan of the whole
      // text finds there.
      for (let m = all(text, Math.max(from, after), to); m !== null; m = all(text, after, to)) {
        const { entry, start, end } = m;
        after = end;
        // A name holds a word the first look found. A match that holds none is the end of a
        // longer name the stretch starts inside of ("al-Hayya" of a "Khalil al-Hayya" cut
        // across nodes at its hyphen, where the first look did not see it): no mention.
        while (next < positions.length && positions[next]! < start) next++;
        if (next === positions.length || positions[next]! >= end) continue;
        let mention = { personId: entry.id, start, end };
        if (entry.guarded && !nearContext(text, mention)) {
          const named = plain(text, start, start + 1);
          if (named === null) continue;
          mention = { personId: named.entry.id, start, end: named.end };
          after = named.end;
        }
        if (!isNamesake(text, mention.personId, start, mention.end)) yield mention;
      }
    }
  }

  const mentions = (text: string, firstLookAt?: FirstLookAt): PersonMention[] => [
    ...eachMention(text, firstLookAt),
  ];

  return {
    namesAnyone: (text, firstLookAt) => !eachMention(text, firstLookAt).next().done,
    mentions,
    named(text, firstLookAt) {
      const ids = new Set(mentions(text, firstLookAt).map((m) => m.personId));
      return order.filter((id) => ids.has(id));
    },
  };
}
