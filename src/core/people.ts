/**
 * Which people a text names, by the aliases of data/people.json (syntax: alias-syntax.ts).
 * One regular expression holds every alias of every person, so a text is read once however
 * many people the dataset holds; and it is only run where the first look (first-look.ts) finds
 * a word of a name, as its boundary classes make it slow to run on every character.
 *
 * Guarded aliases are also ordinary words (a bare "Hayya"; Arabic الحية, "the snake"): they
 * count only where one of the person's context words appears within a few hundred characters.
 */
import {
  LETTER,
  parseAlias,
  type AliasWord,
  PROCLITIC,
  SEPARATOR,
  STEM_ENDING,
  wordPattern,
  type PersonAliases,
} from './alias-syntax';
import { compileFirstLook, lookForAll, type LookFor } from './first-look';

export type { PersonAliases } from './alias-syntax';

export interface PersonMention {
  readonly personId: string;
  readonly start: number;
  readonly end: number;
}

export interface PeopleMatcher {
  /** True as soon as the text names anyone: the cheap gate for pages naming nobody. */
  namesAnyone(text: string): boolean;
  /** Every mention, in text order. */
  mentions(text: string): PersonMention[];
  /** The ids of the people named, in dataset order. */
  named(text: string): string[];
}

/** How near a context word must be for a guarded alias to count. */
const CONTEXT_WINDOW = 400;
/**
 * How far around a word the first look found the full pattern is run: more than any alias
 * reaches beyond the word it is found by (names of three words, generous white space).
 */
const ALIAS_REACH = 80;

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
 * costs the engine a fraction of a millisecond to compile, and pages pay for it.
 */
export function aliasesPattern<T extends { readonly alias: string }>(
  entries: readonly T[],
): { source: string; order: T[] } {
  const kinds = [
    { before: BEFORE, prefixed: false, stem: false },
    { before: BEFORE, prefixed: false, stem: true },
    { before: BEFORE_PROCLITIC, prefixed: true, stem: false },
    { before: BEFORE_PROCLITIC, prefixed: true, stem: true },
  ];
  const order: T[] = [];
  const groups: string[] = [];
  // Each alias read once: a page that names someone pays for this reading.
  const parsed = entries.map((entry) => ({ entry, ...parseAlias(entry.alias) }));
  for (const kind of kinds) {
    const members = parsed.filter(
      (e) => e.prefixed === kind.prefixed && (e.words.at(-1)?.stem === true) === kind.stem,
    );
    if (members.length === 0) continue;
    order.push(...members.map((e) => e.entry));
    const alternatives = members.map((e) => `(${aliasBody(e.words)})`).join('|');
    groups.push(`${kind.before}(?:${alternatives})${kind.stem ? STEM_ENDING : ''}`);
  }
  return { source: groups.length === 0 ? '(?!)' : `(?:${groups.join('|')})${AFTER}`, order };
}

interface Entry {
  readonly id: string;
  readonly alias: string;
  readonly guarded: boolean;
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
  // expression for every use, so the engine compiles it once.
  const { source, order: grouped } = aliasesPattern(entries);
  const entryOf = (match: RegExpMatchArray) =>
    grouped[match.findIndex((value, i) => i > 0 && value !== undefined) - 1];
  const all = new RegExp(source, 'giu');
  const contexts = new Map(
    people.map((p) => [
      p.id,
      p.context?.length
        ? new RegExp(aliasesPattern(p.context.map((alias) => ({ alias }))).source, 'giu')
        : null,
    ]),
  );
  const order = people.map((p) => p.id);

  function nearContext(text: string, mention: PersonMention): boolean {
    const context = contexts.get(mention.personId);
    if (context === null || context === undefined) return false;
    const from = Math.max(0, mention.start - CONTEXT_WINDOW);
    const window = text.slice(from, mention.end + CONTEXT_WINDOW);
    context.lastIndex = 0;
    return context.test(window);
  }

  const made = people.map((p) => p.lookFor);
  const firstLook = compileFirstLook(
    made.every((lookFor) => lookFor !== undefined) ? lookForAll(made) : people,
  );

  /** Every match of `all` that starts in `[from, to)`, read with enough of the text around. */
  function matchesIn(text: string, from: number, to: number): RegExpMatchArray[] {
    // Two characters before, for the boundary (a letter, or a letter and a proclitic), and the
    // reach after, for the rest of the alias and its end boundary.
    const start = Math.max(0, from - 2);
    const window = text.slice(start, Math.min(text.length, to + ALIAS_REACH));
    all.lastIndex = 0;
    const found: RegExpMatchArray[] = [];
    for (const match of window.matchAll(all)) {
      const at = start + match.index;
      if (at < from) continue;
      if (at >= to) break;
      match.index = at;
      found.push(match);
    }
    return found;
  }

  /** Stretches of `text` where the first look sees a word of a name, merged: the only places a name can start. */
  function* candidateStretches(text: string): Generator<[number, number]> {
    let stretch: [number, number] | null = null;
    for (const at of firstLook.positions(text)) {
      const from = Math.max(0, at - ALIAS_REACH);
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
  function* eachMention(text: string): Generator<PersonMention> {
    for (const [from, to] of candidateStretches(text)) {
      for (const match of matchesIn(text, from, to)) {
        const entry = entryOf(match);
        if (entry === undefined) continue;
        const mention = {
          personId: entry.id,
          start: match.index!,
          end: match.index! + match[0].length,
        };
        if (!entry.guarded || nearContext(text, mention)) yield mention;
      }
    }
  }

  const mentions = (text: string): PersonMention[] => [...eachMention(text)];

  return {
    namesAnyone(text) {
      return !eachMention(text).next().done;
    },
    mentions,
    named(text) {
      const ids = new Set(mentions(text).map((m) => m.personId));
      return order.filter((id) => ids.has(id));
    },
  };
}
