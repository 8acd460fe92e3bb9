/**
 * A name the page gave in full, printed again by its last words: `Jalil Al Haya … Al Haya ha
 * explicado`. The people matcher counts some short forms only near a word of their context (a
 * bare `Al Haya` may be ordinary words); once the page has named the person in full just before,
 * they are that person. For attribution.ts, which reads who speaks, and for the claim matcher's
 * reach (analyze.ts: a claim near them is near the person); not for who a page names.
 */
import { firstNotBefore } from './first-index';
import type { PersonMention } from './people';
import { isSpaceUnit, kindsAt, kindsBefore, LETTER, MARK } from './words';

/** A full name's words past its first, where they are capitalised (a script with capitals). */
const SHORT = /^\S+\s+(\p{Lu}[\p{L}\p{M}'’ -]{2,})$/u;

/** Each name's short form (`SHORT`), as met: a page prints a few names many times. */
const shorts = new Map<string, string | null>();

function shortOf(name: string): string | null {
  let short = shorts.get(name);
  if (short === undefined) shorts.set(name, (short = SHORT.exec(name)?.[1] ?? null));
  return short;
}

const UPPER = /^\p{Lu}$/u;
const HYPHEN = 0x2d;

/** Whether the code point before `at` is a letter, a mark or a hyphen: `[\p{L}\p{M}-]`. */
const isWordBefore = (text: string, at: number) =>
  (kindsBefore(text, at) & (LETTER | MARK)) !== 0 || text.charCodeAt(at - 1) === HYPHEN;

/**
 * Whether a short form at `[at, end)` of `text` stands alone, as the expression
 * `(?<![\p{L}\p{M}-]|\p{Lu}[\p{L}\p{M}'’-]*[^\S\n]+)SHORT(?![\p{L}\p{M}-])` (flag `u`) reads
 * it, by code: a whole word, and not after a capitalised word on its line (`Himam Al Haya`).
 * An expression per short form, asked of the page for each quote, cost more than the quote's
 * other readings of who speaks together.
 */
function standsAlone(text: string, at: number, end: number): boolean {
  if ((kindsAt(text, end) & (LETTER | MARK)) !== 0 || text.charCodeAt(end) === HYPHEN) return false;
  if (isWordBefore(text, at)) return false;
  // The white space before it on its line, then the word before that: one with a capital in
  // it (as the expression may start its `\p{Lu}` anywhere in the word) makes it another's name.
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 0x0a && isSpaceUnit(text.charCodeAt(i - 1))) i--;
  if (i === at) return true;
  for (;;) {
    const code = text.charCodeAt(i - 1);
    if (!isWordBefore(text, i) && code !== 0x27 && code !== 0x2019) return true;
    const pair = (code & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
    i -= pair ? 2 : 1;
    if (UPPER.test(String.fromCodePoint(text.codePointAt(i)!))) return false;
  }
}

/**
 * `mentions` (in text order) and, within `[from, to)`, the short forms of the full names among
 * them found after each, in text order: whole words, not inside a mention, not after a
 * capitalised word (`Himam Al Haya` is someone else). A short form two people's names share is
 * left out.
 */
export function withShortNames(
  text: string,
  mentions: readonly PersonMention[],
  from: number,
  to: number,
): readonly PersonMention[] {
  const owners = new Map<string, PersonMention | null>();
  for (const m of mentions) {
    const short = m.start >= from && m.end <= to && shortOf(text.slice(m.start, m.end));
    if (!short) continue;
    const known = owners.get(short);
    owners.set(short, known === undefined ? m : known?.personId === m.personId ? known : null);
  }
  const found: PersonMention[] = [];
  /** Made at the first short form found: most readings find none. */
  let inMention: ((start: number, end: number) => boolean) | undefined;
  for (const [short, owner] of owners) {
    if (owner === null) continue;
    // Read in the stretch after the full name, as a whole: nothing around it counts.
    const after = text.slice(owner.end, to);
    for (let at = after.indexOf(short); at !== -1;) {
      const alone = standsAlone(after, at, at + short.length);
      if (alone) {
        const start = owner.end + at;
        const end = start + short.length;
        if (!(inMention ??= mentionAt(mentions))(start, end))
          found.push({ personId: owner.personId, start, end });
      }
      // As a scan finds them: the next one after this one's end, or after its start.
      at = after.indexOf(short, alone ? at + short.length : at + 1);
    }
  }
  if (found.length === 0) return mentions;
  return [...mentions, ...found].sort((a, b) => a.start - b.start);
}

/**
 * Whether `[start, end)` overlaps one of `mentions` (in text order), by a binary search over
 * their furthest ends so far: a page that prints a name thousands of times (a live blog) asks
 * it as often.
 */
function mentionAt(mentions: readonly PersonMention[]): (start: number, end: number) => boolean {
  const furthest: number[] = [];
  for (const m of mentions) furthest.push(Math.max(furthest.at(-1) ?? 0, m.end));
  return (start, end) => {
    for (
      let k = firstNotBefore(mentions.length, (i) => furthest[i]! <= start);
      k < mentions.length;
      k++
    ) {
      const m = mentions[k]!;
      if (m.start >= end) return false;
      if (m.end > start) return true;
    }
    return false;
  };
}
