/**
 * Which people a text names. One regular expression is compiled from every alias of
 * every person, so a page is scanned once however many people the dataset holds.
 */
export interface PersonAliases {
  readonly id: string;
  readonly aliases: readonly string[];
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

const SEPARATOR = String.raw`[\s\u00A0\-\u2010-\u2015]+`;
const APOSTROPHE = String.raw`['\u2018\u2019\u02BC]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alias as a pattern: spaces and hyphens interchangeable, any apostrophe. */
export function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/[\s\-\u2010-\u2015]+/)
    .map((word) => escapeRegExp(word).replace(/['\u2018\u2019\u02BC]/g, APOSTROPHE))
    .join(SEPARATOR);
}

export function compilePeopleMatcher(people: readonly PersonAliases[]): PeopleMatcher {
  // Longest aliases first, so "Khalil al-Hayya" wins over "al-Hayya" at the same place.
  const entries = people
    .flatMap((person) => person.aliases.map((alias) => ({ id: person.id, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const groups = entries.map((entry) => `(${aliasPattern(entry.alias)})`);
  const source =
    groups.length === 0
      ? '(?!)'
      : String.raw`(?<![\p{L}\p{N}])(?:${groups.join('|')})(?![\p{L}\p{N}])`;
  const gate = new RegExp(source, 'iu');
  const order = people.map((p) => p.id);

  function mentions(text: string): PersonMention[] {
    const all = new RegExp(source, 'giu');
    const found: PersonMention[] = [];
    for (const match of text.matchAll(all)) {
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      const entry = entries[group - 1];
      if (entry === undefined || match.index === undefined) continue;
      found.push({ personId: entry.id, start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  return {
    namesAnyone: (text) => gate.test(text),
    mentions,
    named(text) {
      const ids = new Set(mentions(text).map((m) => m.personId));
      return order.filter((id) => ids.has(id));
    },
  };
}
