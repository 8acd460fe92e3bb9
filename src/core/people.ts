/**
 * Which people a text names. One regular expression is compiled from every alias of
 * every person, so a page is scanned once however many people the dataset holds.
 *
 * Alias syntax (data/people.json):
 * - spaces and hyphens between words are interchangeable, any apostrophe matches any other;
 * - a `*` after a word marks a stem that may take up to three more letters (Russian cases:
 *   "Виткофф*" matches "Виткоффом", "Халил* аль-Хай*" matches "Халила аль-Хайю");
 * - a leading `*` allows a one-letter proclitic (Arabic و/ب/ل/ف/ك, Hebrew ו/ה/ב/ל/מ/ש/כ:
 *   "*الحية" matches "والحية", "and al-Hayya").
 * Guarded aliases are also ordinary words (a bare "Hayya"; Arabic الحية, "the snake"): they
 * count only where one of the person's context words appears within a few hundred characters.
 */
export interface PersonAliases {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly guardedAliases?: readonly string[];
  readonly context?: readonly string[];
}

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

export const SEPARATOR = String.raw`[\s\u00A0\-\u2010-\u2015]+`;
const APOSTROPHE = String.raw`['\u2018\u2019\u02BC]`;
const PROCLITIC = '[\u0648\u0628\u0644\u0641\u0643\u05D5\u05D4\u05D1\u05DC\u05DE\u05E9\u05DB]';
const LETTER = String.raw`[\p{L}\p{N}\p{M}]`;

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

const STEM_ENDING = String.raw`\p{L}{0,3}`;

/** An alias as a pattern, with its boundaries (see the syntax above). */
export function aliasPattern(alias: string): string {
  const { prefixed, words } = parseAlias(alias);
  const body = words
    .map((word) => wordPattern(word.text) + (word.stem ? STEM_ENDING : ''))
    .join(SEPARATOR);
  const before = prefixed ? `(?<!${LETTER}${PROCLITIC}?)(?:${PROCLITIC})?` : `(?<!${LETTER})`;
  return `${before}${body}(?!${LETTER})`;
}

interface Entry {
  readonly id: string;
  readonly alias: string;
  readonly guarded: boolean;
}

export function compilePeopleMatcher(people: readonly PersonAliases[]): PeopleMatcher {
  const entries: Entry[] = people
    .flatMap((p) => [
      ...p.aliases.map((alias) => ({ id: p.id, alias, guarded: false })),
      ...(p.guardedAliases ?? []).map((alias) => ({ id: p.id, alias, guarded: true })),
    ])
    // Longest first, so "Khalil al-Hayya" wins over "al-Hayya" at the same place.
    .sort((a, b) => b.alias.length - a.alias.length);
  // One capture group per entry, in entry order: the group that matched names the alias.
  const source =
    entries.length === 0 ? '(?!)' : entries.map((e) => `(${aliasPattern(e.alias)})`).join('|');
  const entryOf = (match: RegExpMatchArray) =>
    entries[match.findIndex((value, i) => i > 0 && value !== undefined) - 1];
  const first = new RegExp(source, 'iu');
  const contexts = new Map(
    people.map((p) => [
      p.id,
      p.context?.length ? new RegExp(p.context.map((w) => aliasPattern(w)).join('|'), 'giu') : null,
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

  function mentions(text: string): PersonMention[] {
    const found: PersonMention[] = [];
    for (const match of text.matchAll(new RegExp(source, 'giu'))) {
      const entry = entryOf(match);
      if (entry === undefined) continue;
      const mention = {
        personId: entry.id,
        start: match.index,
        end: match.index + match[0].length,
      };
      if (!entry.guarded || nearContext(text, mention)) found.push(mention);
    }
    return found;
  }

  return {
    // One pass decides a page that names nobody; only a guarded first hit needs the full scan.
    namesAnyone(text) {
      const match = first.exec(text);
      if (match === null) return false;
      return entryOf(match)?.guarded === false || mentions(text).length > 0;
    },
    mentions,
    named(text) {
      const ids = new Set(mentions(text).map((m) => m.personId));
      return order.filter((id) => ids.has(id));
    },
  };
}
