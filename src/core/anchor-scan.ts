/**
 * How the first look reads a text: for the first unit of some anchor (first-look.ts makes them),
 * and only where one stands, for the rest of the anchor, then for the whole needle. What it
 * costs on a text naming nobody is a read of each unit, whatever the number of spellings:
 *
 * - A text of one byte a character (Latin-1: most English, French, German nodes) is scanned by
 *   a regular expression, a class of the anchors' first units that fit in a byte: the engine
 *   skips through such text for a class of characters, however many.
 * - Any other text by a loop that looks each unit up in a table. A class of many characters
 *   of several scripts is one the engine cannot skip by (it sorts them by their low seven bits,
 *   where Cyrillic, Arabic and Latin collide): past about 16 of them it read Russian at
 *   6.5 ns a character, against 1.3 for the loop (Node 20, 2026-12-06, docs/why-a-first-look.md).
 *
 * A place found is where the needle's anchor starts, inside the name: people.ts looks for a
 * name from a few words before it.
 */

/** A needle's anchor, made at build time (first-look.ts). */
export interface Anchor {
  /** What each of its first units may be, in order; its first is what a text is scanned for. */
  readonly units: readonly string[];
  /** The needle, as a source that matches where the anchor starts (what precedes, a lookbehind). */
  readonly pattern: string;
  /** Its pattern needs the `u` flag: a stem's ending, a character beyond the first plane. */
  readonly unicode?: boolean;
}

/** What the first look looks for: made at build time (first-look.ts), read here. */
export interface LookFor {
  readonly anchors: readonly Anchor[];
  /** The length of the shortest text a needle can match. */
  readonly shortest: number;
}

export interface FirstLook {
  /** False only where the text names none of the people; true may still be nobody. */
  mayName(text: string): boolean;
  /** No shorter text can name anyone: a walk need not ask about it. */
  readonly shortest: number;
  /** Where a needle is found, in order: at its anchor, inside the name. */
  positions(text: string): Generator<number>;
}

/** A unit some anchor starts with, and what it takes for a needle to stand there. */
interface Entry {
  readonly code: number;
  readonly anchors: Anchor[];
  /** Their needles as one sticky expression, made when first needed: most are never. */
  expression?: RegExp;
}

/** Whether `text` holds a unit beyond one byte (U+00FF): the engine reads such text slower. */
const WIDE = /[^\0-\xFF]/;
/** A short text of one byte a character that names nobody: see `compileLook`. */
const PRIMER = 'a short text naming nobody';

/** Whether `code` is one of the units `forms` lists. */
function isIn(forms: string, code: number): boolean {
  for (let i = 0; i < forms.length; i++) if (forms.charCodeAt(i) === code) return true;
  return false;
}

/** Whether the units of `anchor` after its first stand in `text` after `at`. */
function restAt(anchor: Anchor, text: string, at: number): boolean {
  for (let k = 1; k < anchor.units.length; k++)
    if (!isIn(anchor.units[k]!, text.charCodeAt(at + k))) return false;
  return true;
}

/** Whether a needle of `entry`'s anchors stands at `at`, where its first unit is. */
function needleAt(entry: Entry, text: string, at: number): boolean {
  // Most places with an anchor's first unit lack the rest: asked before any expression is run.
  if (!entry.anchors.some((anchor) => restAt(anchor, text, at))) return false;
  entry.expression ??= new RegExp(
    [...new Set(entry.anchors.map((anchor) => anchor.pattern))].join('|'),
    entry.anchors.some((anchor) => anchor.unicode) ? 'yu' : 'y',
  );
  entry.expression.lastIndex = at;
  return entry.expression.test(text);
}

/** The anchors by the unit each starts with (any of its forms). */
function entriesOf(anchors: readonly Anchor[]): Map<number, Entry> {
  const byCode = new Map<number, Entry>();
  for (const anchor of anchors)
    for (let i = 0; i < anchor.units[0]!.length; i++) {
      const code = anchor.units[0]!.charCodeAt(i);
      const entry = byCode.get(code) ?? { code, anchors: [] };
      entry.anchors.push(anchor);
      byCode.set(code, entry);
    }
  return byCode;
}

/** How many low bits of a unit the table is indexed by: units alike in them share a row. */
const TABLE_MASK = 0xfff;
/** The bit of anchors of one unit: any unit may follow theirs. */
const ONE_UNIT = 1 << 15;

/**
 * For each row, in its low 16 bits, the anchors whose first unit may be there; in its high 16
 * bits, those whose second unit may be. A pair of units where the first's low bits and the
 * second's high bits meet may start an anchor: any other pair cannot, which is most of a text,
 * whatever its script. Fifteen bits for the anchors, each shared by every fifteenth in the order
 * of their first units: anchors of one script, near in that order, do not share one (two that
 * did would make a pair of their units a common one: Arabic كي of the first's ك, the second's ي).
 */
function tableOf(anchors: readonly Anchor[]): Int32Array {
  const table = new Int32Array(TABLE_MASK + 1);
  const byFirstUnit = [...anchors].sort(
    (a, b) => a.units[0]!.charCodeAt(0) - b.units[0]!.charCodeAt(0),
  );
  byFirstUnit.forEach((anchor, i) => {
    const [first, second] = anchor.units;
    const bit = second === undefined ? ONE_UNIT : 1 << (i % 15);
    for (let k = 0; k < first!.length; k++) table[first!.charCodeAt(k) & TABLE_MASK]! |= bit;
    for (let k = 0; k < (second?.length ?? 0); k++)
      table[second!.charCodeAt(k) & TABLE_MASK]! |= bit << 16;
  });
  for (let row = 0; row <= TABLE_MASK; row++) table[row]! |= ONE_UNIT << 16;
  return table;
}

/**
 * The first place from `from` where a pair of units may start an anchor (see `tableOf`), or -1:
 * one table look-up a unit. Most of the first look's time is spent here on a page naming nobody
 * in other than Latin-1, so it is kept small and apart (the engine compiles it alone).
 */
function nextPair(table: Int32Array, text: string, from: number): number {
  let firsts = 0; // the anchors whose first unit the unit before may be
  for (let at = from; at < text.length; at++) {
    const row = table[text.charCodeAt(at) & TABLE_MASK]!;
    if ((firsts & (row >>> 16)) !== 0) return at - 1;
    firsts = row & 0xffff;
  }
  // The last unit: only an anchor of one unit may start there.
  return (firsts & ONE_UNIT) !== 0 ? text.length - 1 : -1;
}

/** The class of the anchors' first units that fit in a byte, as an expression; null where none do. */
function narrowClass(entries: Map<number, Entry>): RegExp | null {
  const narrow = [...entries.keys()].filter((code) => code <= 0xff);
  if (narrow.length === 0) return null;
  const escaped = narrow.map((code) => `\\x${code.toString(16).padStart(2, '0')}`);
  return new RegExp(`[${escaped.join('')}]`, 'g');
}

export function compileLook(lookFor: LookFor): FirstLook {
  const entries = entriesOf(lookFor.anchors);
  const table = tableOf(lookFor.anchors);
  const narrow = narrowClass(entries);
  // Asked first of a short text of one byte a character. Chromium 156 reads every later text
  // by what an expression was first asked of: first asked of a long text, or one of two bytes
  // a character, it read the bench's article at nearly twice the time ever after (2026-12-04).
  narrow?.test(PRIMER);
  WIDE.test(PRIMER);

  /** Whether a needle stands at `at`, anchored at its unit there. */
  const needleFrom = (text: string, at: number) => {
    const entry = entries.get(text.charCodeAt(at));
    return entry !== undefined && needleAt(entry, text, at);
  };

  /** The first place from `from` where a needle stands, in a text of one byte a character. */
  function nextNarrow(text: string, from: number): number {
    if (narrow === null) return -1;
    narrow.lastIndex = from;
    while (narrow.test(text))
      if (needleFrom(text, narrow.lastIndex - 1)) return narrow.lastIndex - 1;
    return -1;
  }

  /** The same in any text, where a pair of units may start an anchor (`nextPair`). */
  function nextWide(text: string, from: number): number {
    for (let at = nextPair(table, text, from); at >= 0; at = nextPair(table, text, at + 1))
      if (needleFrom(text, at)) return at;
    return -1;
  }

  const nextIn = (text: string) => (WIDE.test(text) ? nextWide : nextNarrow);

  return {
    mayName: (text) => nextIn(text)(text, 0) >= 0,
    shortest: lookFor.shortest,
    *positions(text) {
      // Each place found anew from the last: the expressions are shared, and the caller runs
      // between yields.
      const next = nextIn(text);
      for (let at = next(text, 0); at >= 0; at = next(text, at + 1)) yield at;
    },
  };
}
