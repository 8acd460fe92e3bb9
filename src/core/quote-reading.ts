/**
 * How attribution.ts reads a quote's surroundings: sentence ends, lines, quotation marks, and
 * the names in reach of the quote, told apart from the words of quotes. Pure reading of the
 * text; the grammar of who speaks is attribution.ts's.
 */
import { firstNotBefore } from './first-index';
import type { PersonId } from './dataset';
import type { PersonMention } from './people';
import { HEBREW, isSpaceUnit, scriptOf } from './words';

/** Scripts whose names take case endings: Latin, Greek, Cyrillic. */
const CASED_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+$/u;
/** Endings that make a name oblique or possessive: `Trumpa`, `Putinov`, `Уиткоффом`, `Putins`. */
const OBLIQUE_ENDING =
  /^(?:a|u|e|i|y|em|om|owi|ovi|ov|ova|ovu|ovim|ovog|ovom|s|es|а|я|у|ю|е|і|и|ем|ом|ым|им|ові|ой|ою|ого|ому|ов|ова|ову|овым|ого|ου|η)$/iu;
/** White space as `\s` reads it. */
export const SPACE = /\s/u;
/** What may follow the mark that ends a sentence: white space or a quote mark. */
const afterMark = (code: number) =>
  code === 0x22 ||
  code === 0x27 ||
  code === 0x201d ||
  code === 0x2019 ||
  code === 0xbb ||
  ((code < 0xd800 || code > 0xdfff) && SPACE.test(String.fromCharCode(code)));

/** Whether `text[i]` ends a sentence, within `[.., to)`. */
function endsSentence(text: string, i: number, to: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x3b || code === 0x0a || code === 0x3002) return true;
  if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f)
    return i + 1 === to || afterMark(text.charCodeAt(i + 1));
  return false;
}

/**
 * The last sentence start at or before `before` of `text.slice(from, to)`, in `text`'s offsets:
 * `from`, or just after an end of a sentence as `/[.!?؟](?=[\s"'”’»]|$)|[;\n。]/gu` finds them
 * in the slice (so a mark just before `to` ends a sentence). Read backwards from `before`, by
 * hand: a quote's sentence is found without reading the page before it, or slicing it.
 */
export function sentenceStartBefore(text: string, from: number, to: number, before = to): number {
  for (let i = Math.min(before, to) - 1; i >= from; i--)
    if (endsSentence(text, i, to)) return i + 1;
  return from;
}

/** Where the sentence that holds `at` ends (just past its mark), `limit` at the latest. */
export function sentenceEndAfter(text: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) if (endsSentence(text, i, text.length)) return i + 1;
  return limit;
}

/** Whether the unit at `at` is a Hebrew letter's (none past the text's ends). */
const isHebrewAt = (text: string, at: number) => scriptOf(text.charCodeAt(at)) === HEBREW;
/**
 * Whether `text[at]` is a double quotation mark: a `"` between two Hebrew letters is a
 * gershayim (ארה"ב); between two letters of another script it closes a quote onto the words
 * after it (Korean `회원"이라고`, "…member", he said).
 */
export function isQuoteMark(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0x22) return !(isHebrewAt(text, at - 1) && isHebrewAt(text, at + 1));
  return (
    code === 0x201c || // “
    code === 0x201d || // ”
    code === 0x201e || // „
    code === 0x201f || // ‟
    code === 0xab || // «
    code === 0xbb || // »
    code === 0x300c || // 「
    code === 0x300d || // 」
    code === 0x300e || // 『
    code === 0x300f //    』
  );
}

/** The quotation marks of `[from, to)`, in order. */
export function quoteMarks(text: string, from: number, to: number): number[] {
  const marks: number[] = [];
  for (let at = from; at < to; at++) if (isQuoteMark(text, at)) marks.push(at);
  return marks;
}

/** Where the line that holds `at` starts, `floor` at the earliest. */
function lineStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 0x0a) return i + 1;
  return floor;
}

/** Where the line that holds `at` ends, `limit` at the latest. */
export function lineEnd(text: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) if (text.charCodeAt(i) === 0x0a) return i;
  return limit;
}

/**
 * One quote's reading of the page, within `[floor, ceiling)` (windows.ts's speaker reach
 * around it, so a window reads it as the whole page does): its mentions, and whether a place
 * is inside quotation marks, told by count as match.ts tells a quotation (an odd number of marks
 * before it in its paragraph: which mark opens depends on the language). Each paragraph is
 * read once.
 */
export class Reading {
  readonly mentions: readonly PersonMention[];
  /** Per paragraph start: its marks read so far, and how far they were read. */
  private readonly paragraphs = new Map<number, { marks: number[]; read: number }>();
  /** Per person, the last words of their names here, lower case. */
  private forms: Map<PersonId, string[]> | undefined;

  constructor(
    readonly text: string,
    mentions: readonly PersonMention[],
    readonly floor: number,
    readonly ceiling: number,
  ) {
    let first = 0;
    for (let high = mentions.length; first < high;) {
      const middle = (first + high) >>> 1;
      if (mentions[middle]!.start < floor) first = middle + 1;
      else high = middle;
    }
    let last = first;
    while (last < mentions.length && mentions[last]!.end <= ceiling) last++;
    this.mentions = mentions.slice(first, last);
  }

  /** Where the line that holds `at` starts, within the reading. */
  lineStart(at: number): number {
    return lineStart(this.text, at, this.floor);
  }

  /** The marks before `at` in its paragraph. */
  marksBefore(at: number): number[] {
    const start = this.lineStart(at);
    let paragraph = this.paragraphs.get(start);
    if (paragraph === undefined)
      this.paragraphs.set(start, (paragraph = { marks: [], read: start }));
    if (paragraph.read < at) {
      // Read on a little past `at`: later questions are nearby.
      const end = Math.min(this.ceiling, at + 200);
      paragraph.marks.push(...quoteMarks(this.text, paragraph.read, end));
      paragraph.read = end;
    }
    const { marks } = paragraph;
    return marks.slice(
      0,
      firstNotBefore(marks.length, (i) => marks[i]! < at),
    );
  }

  /** Whether `at` is inside quotation marks. */
  quoted(at: number): boolean {
    return this.marksBefore(at).length % 2 === 1;
  }

  /** The mentions within `[from, to)` outside quotation marks, in order. */
  speakersIn(from: number, to: number): PersonMention[] {
    return this.mentions.filter((m) => m.start >= from && m.end <= to && !this.quoted(m.start));
  }

  /**
   * Whether `m`'s name is another of the page's names for its person with a case ending:
   * `Trumpa` where the page also says `Trump`, `Putinov` (Putin's) where it says `Putin`.
   */
  oblique(m: PersonMention): boolean {
    const word = lastWord(this.text.slice(m.start, m.end));
    if (!CASED_SCRIPT.test(word)) return false;
    if (this.forms === undefined) {
      this.forms = new Map();
      for (const other of this.mentions) {
        const forms = this.forms.get(other.personId) ?? [];
        forms.push(lastWord(this.text.slice(other.start, other.end)));
        this.forms.set(other.personId, forms);
      }
    }
    return (this.forms.get(m.personId) ?? []).some(
      (form) =>
        form.length < word.length &&
        word.startsWith(form) &&
        OBLIQUE_ENDING.test(word.slice(form.length)),
    );
  }
}

/** A name's last word, lower case: what follows its last white space or hyphen (`[\s-]`). */
function lastWord(name: string): string {
  let start = name.length;
  while (start > 0 && !isSeparator(name.charCodeAt(start - 1))) start--;
  return name.slice(start).toLowerCase();
}

const isSeparator = (code: number) => code === 0x2d || isSpaceUnit(code);
