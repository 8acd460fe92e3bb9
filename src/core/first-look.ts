/**
 * The first look at every page: a few short regular expressions that any text naming a watched
 * person must match. It may say yes to a text that names nobody ("Khalil Gibran", "Haifa"),
 * never no to one that names someone, so only its yes is checked with the full people matcher.
 *
 * Why not the people matcher itself: its boundaries and separators are lookbehinds and classes
 * tried at every character. One word of each alias, as a plain alternation, lets the regular
 * expression engine skip through prose; the cost on a page naming nobody is what this buys.
 *
 * Why several expressions, and no `u` flag (measured 2026-11-25, docs/why-a-first-look.md):
 * case-insensitive with `u`, Firefox reads every page about four times slower, and Chromium
 * reads Cyrillic text seven times slower; Latin words alongside other scripts in one expression
 * slow both engines again. So the words are grouped by script, one expression each.
 *
 * Why no `i` flag either (measured 2026-12-04): a name is printed with its capitals. A word the
 * alias writes with a capital ("Witkoff", the "Hayya" of "al-Hayya") is looked for with a capital
 * first letter, the rest in either case ("WITKOFF", the "WItkoff" of a real headline); a word it
 * writes in lower case (the "аль" of "аль-Хай") in either case. Each letter is spelt out as the
 * class of what the people matcher's `iu` takes for it (the Kelvin sign for "k"). A capital is
 * rare in prose, so the engine skips through it: in Chromium, the look for everyone read the
 * bench's news page in 0.055 ms, against 0.17 ms with `gi`, about what the walk alone costs. A
 * surname printed all in lower case ("witkoff" in a link's address) names nobody.
 */
// With its extension: the vite config loads this module too (scripts/dataset/vite-plugin.ts).
import {
  escapeRegExp,
  parseAlias,
  SEPARATOR,
  STEM_ENDING,
  wordPattern,
  type PersonAliases,
} from './alias-syntax.ts';

/** Shorter words than this are common syllables ("аль", Hebrew חיה "animal"): their alias is looked for whole. */
const DISTINCT_WORD = 5;
/**
 * In Latin script a four-letter surname is distinctive already ("Gvir"). Looked for whole, an
 * alias that starts with a short common word and a separator ("ben[\s…]+gvir") is what the look
 * reads most slowly: Chromium read the look for everyone in 0.22 ms on a 60,000-character news
 * page with it, 0.14 with "gvir" alone (2026-12-04).
 */
const DISTINCT_LATIN_WORD = 4;

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

/** Whether `word` starts with a capital: printed, it does too (see the module's comment). */
const startsCapital = (word: string) => {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toLowerCase() !== first;
};

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

/**
 * The expressions a first look is made of, each read with its flags: one per kind of script,
 * and one with `u` for what cannot be written without it (a stem's letter class, characters
 * beyond the Basic Multilingual Plane).
 */
const GROUP_FLAGS = { latin: 'g', other: 'g', unicode: 'giu' } as const;
export type Group = keyof typeof GROUP_FLAGS;

const ASTRAL = /[\uD800-\uDFFF]/;
const LATIN = /^\p{Script=Latin}/u;
const LETTERS = /\p{L}/u;

function groupOf(needle: readonly string[]): Group {
  const inner = needle.slice(0, -1).some((word) => word.endsWith('*'));
  if (inner || needle.some((word) => ASTRAL.test(word))) return 'unicode';
  return LATIN.test(needle[0]!) ? 'latin' : 'other';
}

/** For each letter asked about: every character `iu` takes for it, itself first. */
const caseForms = new Map<string, string>();

/**
 * Fills `caseForms` for `letters`, by asking every character of the Basic Multilingual Plane
 * (letters in it fold to none beyond it). Once per letter: about 5 ms for a dataset's letters,
 * at build time.
 */
function learnCaseForms(letters: readonly string[]): void {
  const fresh = [...new Set(letters)].filter((letter) => !caseForms.has(letter));
  if (fresh.length === 0) return;
  const any = new RegExp(`^[${fresh.join('')}]$`, 'iu');
  const each = fresh.map((letter) => ({
    letter,
    same: new RegExp(`^${escapeRegExp(letter)}$`, 'iu'),
    forms: letter,
  }));
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (!any.test(char)) continue;
    for (const entry of each)
      if (char !== entry.letter && entry.same.test(char)) entry.forms += char;
  }
  for (const { letter, forms } of each) caseForms.set(letter, forms);
}

const lettersOf = (text: string) => [...text].filter((char) => LETTERS.test(char));

/**
 * A word as a pattern read with `g` alone: each letter as the class of its case forms, the
 * first one's capital forms only where the word starts with a capital.
 */
function casedWordPattern(word: string): string {
  learnCaseForms(lettersOf(word));
  return [...word]
    .map((char, i) => {
      // Apostrophes and escapes as the alias syntax writes them.
      let forms = caseForms.get(char) ?? '';
      if (i === 0 && startsCapital(word))
        forms = [...forms].filter((form) => form.toLowerCase() !== form).join('');
      return forms.length <= 1 ? wordPattern(char) : `[${forms}]`;
    })
    .join('');
}

function needlePattern(needle: readonly string[], group: Group): string {
  return needle
    .map((word) => {
      const stem = word.endsWith('*');
      const text = stem ? word.slice(0, -1) : word;
      if (group !== 'unicode') return casedWordPattern(text);
      return wordPattern(text) + (stem ? STEM_ENDING : '');
    })
    .join(SEPARATOR);
}

/**
 * What the first look looks for, as regular expressions' sources by group (read with
 * `GROUP_FLAGS`): made at build time for the content script (scripts/dataset/vite-plugin.ts),
 * so a page pays for none of the making.
 */
type Sources = Partial<Record<Group, string>>;

/** `source` as one more alternative of `group`'s expression. */
function addAlternative(sources: Sources, group: Group, source: string): void {
  sources[group] = sources[group] === undefined ? source : `${sources[group]}|${source}`;
}

export interface LookFor {
  readonly sources: Readonly<Sources>;
  /** The length of the shortest text the sources can match. */
  readonly shortest: number;
}

export function lookForPeople(people: readonly PersonAliases[]): LookFor {
  const needles = firstLookNeedles(people);
  // Every letter's case forms learnt at once: one pass over the characters, not one per word.
  learnCaseForms(needles.flatMap((needle) => lettersOf(needle.join(''))));
  const sources: Sources = {};
  for (const needle of needles) {
    const group = groupOf(needle);
    addAlternative(sources, group, needlePattern(needle, group));
  }
  return {
    sources,
    shortest: Math.min(...needles.map((needle) => needle.join(' ').replace(/\*/g, '').length)),
  };
}

/** Several people's `LookFor` as one. */
export function lookForAll(parts: readonly LookFor[]): LookFor {
  const sources: Sources = {};
  for (const part of parts)
    for (const [group, source] of Object.entries(part.sources) as [Group, string][])
      addAlternative(sources, group, source);
  return { sources, shortest: Math.min(...parts.map((part) => part.shortest)) };
}

/** A short text of one byte a character that names nobody: see `compileFirstLook`. */
const PRIMER = 'a short text naming nobody';

export interface FirstLook {
  /** False only where the text names none of the people; true may still be nobody. */
  mayName(text: string): boolean;
  /** No shorter text can name anyone: a walk need not ask about it. */
  readonly shortest: number;
  /** Where the words looked for start, in order: a name can only start shortly before one. */
  positions(text: string): Generator<number>;
}

export function compileFirstLook(people: readonly PersonAliases[] | LookFor): FirstLook {
  const lookFor = 'sources' in people ? people : lookForPeople(people);
  // One object per expression for every use, so the engine compiles each once.
  const patterns = (Object.entries(lookFor.sources) as [Group, string][]).map(
    ([group, source]) => new RegExp(source, GROUP_FLAGS[group]),
  );
  // Each asked first of a short text of one byte a character. Chromium 156 reads every later
  // text by what an expression was first asked of: first asked of a long text (a page's first
  // node of 2,000 characters) or one of two bytes a character, the look for everyone read the
  // bench's article in 0.088 ms ever after, against 0.049 (2026-12-04, docs/why-a-first-look.md).
  for (const pattern of patterns) pattern.test(PRIMER);
  return {
    mayName(text) {
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        if (pattern.test(text)) return true;
      }
      return false;
    },
    shortest: lookFor.shortest,
    *positions(text) {
      // Each expression's next match, merged in order. Each keeps its own place in the text:
      // the expressions are shared, and the caller runs between yields.
      const next = patterns.map((pattern) => matchFrom(pattern, text, 0));
      for (;;) {
        let first = -1;
        for (let i = 0; i < next.length; i++)
          if (next[i]! >= 0 && (first < 0 || next[i]! < next[first]!)) first = i;
        if (first < 0) return;
        const at = next[first]!;
        yield at;
        // Overlapping words ("hayya" inside "al-hayyah") each start a place to look; a place
        // two expressions find is given once.
        for (let i = 0; i < next.length; i++)
          if (next[i] === at) next[i] = matchFrom(patterns[i]!, text, at + 1);
      }
    },
  };
}

/** Where `pattern` next matches in `text` from `from`, or -1. */
function matchFrom(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}
