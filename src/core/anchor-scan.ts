/**
 * How the first look reads a text: by a regular expression for the first units of the anchors
 * (first-look.ts makes them), each with the units after it as a lookahead; only where one
 * stands, for the whole needle.
 *
 * Why by script (docs/engine-notes.md): the engine skips through a text for an expression whose
 * matches start with a few characters; it sorts them by their low seven bits, where scripts
 * collide, and past 16 of them it gives up skipping and reads several times slower. The
 * dataset's anchors start with more than that, in seven scripts. So the anchors are read by script: a text is read with those of Latin (and of the
 * signs every script uses), which any text may hold, and those of at most one other script.
 * Which one is asked first of a class of the other scripts' ranges, with no skipping but no
 * more than a range test a character: a text that holds none of them is read by one expression.
 * A text holding several scripts that have anchors (rare) is read by each one's.
 *
 * Not a loop in JavaScript over the units (commit 8bef296): each page runs the content script
 * anew, and there the loop runs interpreted until the engine compiles it, where expressions are
 * compiled once for every page (docs/engine-notes.md).
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

/** A short text of one byte a character that names nobody: see `compileLook`. */
const PRIMER = 'a short text naming nobody';
/** Whether a text holds a unit beyond one byte (U+00FF): such text is read by script. */
const WIDE = /[^\0-\xFF]/;

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

type Ranges = readonly (readonly [number, number])[];

/**
 * The scripts whose anchors are read apart, by their ranges in the first plane. An anchor in
 * none of them (Latin, a sign, a script not listed) is read in every text: right, only slower.
 */
const SCRIPT_RANGES = {
  Greek: '0370-03FF 1F00-1FFF',
  Cyrillic: '0400-052F 1C80-1C8F 2DE0-2DFF A640-A69F',
  Armenian: '0530-058F',
  Hebrew: '0590-05FF FB1D-FB4F',
  Arabic: '0600-06FF 0750-077F 0870-08FF FB50-FDFF FE70-FEFE',
  'of India and Sri Lanka': '0900-0DFF',
  'Thai, Lao': '0E00-0EFF',
  Georgian: '10A0-10FF 1C90-1CBF',
  Hangul: '1100-11FF 3130-318F AC00-D7AF',
  'Chinese, Japanese': '2E80-2FDF 3040-30FF 3190-9FFF F900-FAFF FF00-FFEF',
};

const SCRIPTS: readonly Ranges[] = Object.values(SCRIPT_RANGES).map((ranges) =>
  ranges.split(' ').map((range) => {
    const [from, to] = range.split('-').map((hex) => parseInt(hex, 16));
    return [from!, to!] as const;
  }),
);

const inRanges = (ranges: Ranges, code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to);

/** The script of `code` (its index in `SCRIPTS`), or -1 where it has none of them. */
const scriptOf = (code: number) => SCRIPTS.findIndex((ranges) => inRanges(ranges, code));

const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/**
 * How many first units one expression for text of two bytes a character is made of, at most:
 * the engine skips through such text for 16 of them (by their low seven bits), and reads more
 * slowly past that (docs/engine-notes.md). More are read by several expressions; text of one
 * byte a character is read as fast for any number.
 */
const WIDE_FIRST_UNITS = 16;

/**
 * The alternative of an expression that finds `code` where some anchor starting with it may
 * stand: the unit and, ahead of it, what may follow it in those anchors (at each of the next
 * places, what any of them holds there; an anchor shorter than the rest stops the look ahead).
 * Most places where a common letter stands (Arabic و, Hebrew י) are left in the engine so.
 */
function alternativeOf(code: number, entries: Map<number, Entry>): string {
  const anchors = entries.get(code)!.anchors;
  const ahead = Math.min(...anchors.map((anchor) => anchor.units.length)) - 1;
  const classes = Array.from({ length: ahead }, (_, k) => {
    const units = new Set(anchors.flatMap((anchor) => [...anchor.units[k + 1]!]));
    return `[${[...units].map((unit) => escape(unit.charCodeAt(0))).join('')}]`;
  });
  return ahead === 0 ? escape(code) : `${escape(code)}(?=${classes.join('')})`;
}

/** The expressions a text is read with for anchors whose first units are `codes`, `most` units an expression. */
function scansOf(codes: readonly number[], entries: Map<number, Entry>, most: number): RegExp[] {
  const scans: RegExp[] = [];
  for (let i = 0; i < codes.length; i += most) {
    const part = codes.slice(i, i + most);
    const scan = new RegExp(part.map((code) => alternativeOf(code, entries)).join('|'), 'g');
    // Asked first of a short text of one byte a character: see `compileLook`.
    scan.test(PRIMER);
    scans.push(scan);
  }
  return scans;
}

/** How a text in one script (or in none but Latin and shared signs) is read. */
interface Reading {
  /** The other scripts that have anchors, as a class; null where there is none. */
  readonly others: RegExp | null;
  readonly scans: RegExp[];
}

/** How a text in each script is read, by the script's index in `SCRIPTS` (-1: none), made when first met. */
function readingsOf(entries: Map<number, Entry>, scripts: readonly number[]) {
  const codes = [...entries.keys()];
  const made = new Map<number, Reading>();
  return (script: number): Reading => {
    let reading = made.get(script);
    if (reading !== undefined) return reading;
    const others = scripts.filter((other) => other !== script).flatMap((other) => SCRIPTS[other]!);
    const own = codes.filter((code) => [-1, script].includes(scriptOf(code)));
    const classOf = (ranges: Ranges) =>
      ranges.map(([from, to]) => `${escape(from)}-${escape(to)}`).join('');
    reading = {
      others: others.length === 0 ? null : new RegExp(`[${classOf(others)}]`, 'g'),
      scans: scansOf(own, entries, WIDE_FIRST_UNITS),
    };
    reading.others?.test(PRIMER);
    made.set(script, reading);
    return reading;
  };
}

/** The first place from `from` where `scan` finds a unit that starts an anchor whose needle stands there. */
function nextBy(scan: RegExp, entries: Map<number, Entry>, text: string, from: number): number {
  scan.lastIndex = from;
  while (scan.test(text)) {
    const at = scan.lastIndex - 1;
    if (needleAt(entries.get(text.charCodeAt(at))!, text, at)) return at;
  }
  return -1;
}

/** The first of several scans' places, or -1. */
function firstOf(scans: readonly RegExp[], next: (scan: RegExp) => number): number {
  let first = -1;
  for (const scan of scans) {
    const at = next(scan);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

export function compileLook(lookFor: LookFor): FirstLook {
  const entries = entriesOf(lookFor.anchors);
  /** The scripts some anchor starts in. */
  const scripts = [...new Set([...entries.keys()].map(scriptOf))].filter((script) => script >= 0);
  const readingOf = readingsOf(entries, scripts);
  // Every expression is asked first of a short text of one byte a character: the engine reads
  // every later text by what an expression was first asked of (docs/engine-notes.md).
  WIDE.test(PRIMER);
  /** Text of one byte a character (Latin-1) is read by one expression, however many units. */
  let narrow: RegExp[] | undefined;
  const narrowScans = () =>
    (narrow ??= scansOf(
      [...entries.keys()].filter((code) => code <= 0xff),
      entries,
      Infinity,
    ));
  // A page is mostly in one script: the last text's reading is tried first. Made when first
  // needed, as every expression here: a page pays for those its text needs.
  let current: Reading | undefined;

  /** Whether no unit of `text` is of a script with anchors other than `reading`'s. */
  const fits = (reading: Reading, text: string) => {
    if (reading.others === null) return true;
    reading.others.lastIndex = 0;
    return !reading.others.test(text);
  };

  /** The scans that read `text`: its script's, or where it holds several, every script's. */
  function scansFor(text: string): readonly RegExp[] {
    if (!WIDE.test(text)) return narrowScans();
    current ??= readingOf(-1);
    if (fits(current, text)) return current.scans;
    const reading = readingOf(scriptOf(text.charCodeAt(current.others!.lastIndex - 1)));
    if (fits(reading, text)) return (current = reading).scans;
    return scripts.flatMap((script) => readingOf(script).scans);
  }

  return {
    mayName(text) {
      for (const scan of scansFor(text)) if (nextBy(scan, entries, text, 0) >= 0) return true;
      return false;
    },
    shortest: lookFor.shortest,
    *positions(text) {
      // Each place found anew from the last: the expressions are shared, and the caller runs
      // between yields.
      const scans = scansFor(text);
      const next = (from: number) => firstOf(scans, (scan) => nextBy(scan, entries, text, from));
      for (let at = next(0); at >= 0; at = next(at + 1)) yield at;
    },
  };
}
