/**
 * Who this page says spoke: the speaker cues around a matched quote, in the languages of
 * speech-cues.ts. A span inside a quotation is read from the quotation's marks; a span in the
 * page's own words (a paraphrase) from its own edges. In order:
 * 1. the words right after the quotation closes: a name with a speech verb (`,” Witkoff said`,
 *    `», señaló Witkoff`, `– powiedział Trump`, `», είπε ο αλ Χάγια`), a source (`, selon le
 *    conseiller, Youri Ouchakov`) or a bare name closing the sentence (`”, Dmitriev.`); a
 *    speech verb with nobody named (`,” he said`, `— сказал он`, `" dedi`) says someone named
 *    before speaks;
 * 2. the subject of the quote's own sentence, before the quotation: a name with a speech verb
 *    or source just before it (`قال رئيس حماس خليل الحية`, `sagte Witkoff`, `Según Kushner`),
 *    or that is neither an object nor an owner (`Kushner told Stahl` is Kushner, `adviser to
 *    Trump` is not Trump) and is followed by a speech verb with no other subject in between,
 *    introduces the quote with a colon, or is the subject of a verb after the quote (1.);
 * 3. the label that opens the quote's line (`Steve Witkoff: …`, a transcript's `SW: …`);
 * 4. the subject of the nearest earlier sentence with a speech verb (`He continued, “…”`), or
 *    of the nearest label line above (a transcript's paragraphs);
 * 5. for a quotation that ends its sentence with nobody named before it, the next sentence
 *    (`“…”. Así habló Jared Kushner`).
 * Names inside quotation marks (a quote's own words) never speak for it.
 */
import { innerClose } from './between-quotes';
import type { PersonId } from './dataset';
import type { PersonMention } from './people';
import {
  ADDRESS_VERBS,
  CONJUNCTIONS,
  OBJECT_MARKERS,
  OWNER_WORDS,
  RELATIVE_PRONOUNS,
  SOURCE_AFTER_NAME,
  SOURCE_MARKERS,
  SPEECH_VERBS,
  UNSPACED_SOURCE_MARKERS,
  UNSPACED_SPEECH_VERBS,
} from './speech-cues';
import { SPEAKER_AFTER_REACH, SPEAKER_REACH } from './windows';

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
/** One alternation of cue lists; a space in an entry stands for any white space. */
const alternation = (lists: readonly (readonly string[])[]) =>
  lists
    .flat()
    .map((entry) => entry.replaceAll(' ', '\\s+'))
    .join('|');
/** Whole words of `spaced`, and `unspaced` anywhere (scripts written without spaces). */
const cues = (
  spaced: readonly (readonly string[])[],
  unspaced: readonly (readonly string[])[],
  flags: string,
) =>
  new RegExp(
    `${NOT_LETTER_BEFORE}(?:${alternation(spaced)})${NOT_LETTER_AFTER}|${alternation(unspaced)}`,
    flags,
  );

/** Anything that says someone spoke: a speech verb, a source marker, an address verb. */
const ANY_CUE = cues(
  [SPEECH_VERBS, SOURCE_MARKERS, ADDRESS_VERBS],
  [UNSPACED_SPEECH_VERBS, UNSPACED_SOURCE_MARKERS],
  'iu',
);
/** Cues whose subject stands after them: `said Kushner`, `according to Kushner`, `قال ويتكوف`. */
const CUE_BEFORE_NAME = cues(
  [SPEECH_VERBS, SOURCE_MARKERS],
  [UNSPACED_SPEECH_VERBS, UNSPACED_SOURCE_MARKERS],
  'giu',
);
/** Cues whose subject stands before them: `Witkoff said`, `Kushner told`. */
const CUE_AFTER_NAME = cues([SPEECH_VERBS, ADDRESS_VERBS], [UNSPACED_SPEECH_VERBS], 'iu');
/** A source after the name, past a case ending: `Uşakov'a göre`, `Uschakow zufolge`. */
const SOURCE_AFTER = new RegExp(
  `^(?:['’]\\p{L}+)?\\s+(?:${alternation([SOURCE_AFTER_NAME])})${NOT_LETTER_AFTER}|^\\s*(?:氏)?(?:によると|によれば)`,
  'iu',
);
/** A name up to two words after these is an object: `by interviewer Stahl`, `с Уиткоффом`. */
const OBJECT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}'’])(?:${alternation([OBJECT_MARKERS])})\\s+(?:[\\p{L}\\p{M}.'’-]+\\s+){0,2}$`,
  'iu',
);
/** A name right after these is an owner (`президента Трампа`, `مبعوث ترامب`). */
const OWNER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${alternation([OWNER_WORDS])})\\s+$`,
  'iu',
);
/** The Arabic and Persian letters: their construct nouns mark an owner without an ending. */
const ARABIC_SCRIPT = /^[\u0600-\u06FF]/u;
/** A name that ends in a vowel after a title in an oblique case shares its case. */
const VOWEL_END = /[аеиоуыэюяіaeiouy]$/iu;
/** An owner's `'s`, or a case ending after an apostrophe (Turkish `Uşakov'a`, `Trump'ın`). */
const CASE_ENDING = /^['’]\p{L}/u;
/** A relative clause after the name: `Dmitriev, who claimed`. */
const RELATIVE_AFTER = new RegExp(
  `^\\s*[,،]?\\s*(?:${alternation([RELATIVE_PRONOUNS])})${NOT_LETTER_AFTER}`,
  'iu',
);
/** A clause of its own: `“…” and Witkoff added` is not the quote's attribution. */
const CONJUNCTION_FIRST = new RegExp(`^(?:${alternation([CONJUNCTIONS])})${NOT_LETTER_AFTER}`, 'iu');
/** What may stand between a speech verb and its subject after it: no end of a clause. */
const VERB_TO_NAME = /^[^.!?;:؟。\n"“”«»„,،]*(?:[,،]\s*)?$/u;
/** A transcript's initials as a line's label: `SW`, `YU`. */
const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * How far after a quote its closing mark is looked for, and how far its attribution is read
 * after that: within windows.ts's SPEAKER_AFTER_REACH together.
 */
const CLOSING_REACH = 380;
const CLAUSE_REACH = 110;
/** How far a speech verb may stand from the name it belongs to, before or after it. */
const CUE_REACH = 100;
const CUE_BEFORE_REACH = 60;
/** How far after a quote a name may start and still be its attribution's subject. */
const NAME_FIRST_REACH = 30;
/** How far back to look for the speaker a quote continues, by sentences. */
const LOOK_BACK = 800;
/** How long a line's label may be: `Aide to the President Yury Ushakov:`. */
const LABEL_REACH = 60;
/** How far back a paragraph is read for whether a place in it is quoted. */
const PARAGRAPH_REACH = 3_000;

/** White space as `\s` reads it. */
const SPACE = /\s/u;
/** What may follow the mark that ends a sentence: white space or a quote mark. */
const afterMark = (code: number) =>
  code === 0x22 ||
  code === 0x27 ||
  code === 0x201d ||
  code === 0x2019 ||
  code === 0xbb ||
  ((code < 0xd800 || code > 0xdfff) && SPACE.test(String.fromCharCode(code)));

/**
 * The last sentence start at or before `before` of `text.slice(from, to)`, in `text`'s offsets:
 * `from`, or just after an end of a sentence as `/[.!?؟](?=[\s"'”’»]|$)|[;\n。]/gu` finds them
 * in the slice (so a mark just before `to` ends a sentence). Read backwards from `before`, by
 * hand: a quote's sentence is found without reading the page before it, or slicing it.
 */
export function sentenceStartBefore(text: string, from: number, to: number, before = to): number {
  for (let i = Math.min(before, to) - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x3b || code === 0x0a || code === 0x3002) return i + 1;
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f) {
      if (i + 1 === to || afterMark(text.charCodeAt(i + 1))) return i + 1;
    }
  }
  return from;
}

/** Where the sentence that holds `at` ends (the end of its mark), at `limit` at the latest. */
function sentenceEndAfter(text: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3b || code === 0x0a || code === 0x3002) return i;
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f) {
      if (i + 1 === text.length || afterMark(text.charCodeAt(i + 1))) return i + 1;
    }
  }
  return limit;
}

/** Whether `text[at]` is a double quotation mark: a `"` between two letters is a gershayim. */
function isQuoteMark(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0x22) {
    const letter = /[\p{L}\p{M}]/u;
    return !(letter.test(text[at - 1] ?? '') && letter.test(text[at + 1] ?? ''));
  }
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
function quoteMarks(text: string, from: number, to: number): number[] {
  const marks: number[] = [];
  for (let at = from; at < to; at++) if (isQuoteMark(text, at)) marks.push(at);
  return marks;
}

/** Where the line that holds `at` starts, `PARAGRAPH_REACH` back at most. */
function lineStart(text: string, at: number): number {
  const floor = Math.max(0, at - PARAGRAPH_REACH);
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 0x0a) return i + 1;
  return floor;
}

/**
 * One quote's reading of the page: its mentions, and whether a place is inside quotation
 * marks, told by count as match.ts tells a quotation (an odd number of marks before it in its
 * paragraph; which mark opens depends on the language). Each paragraph is read once.
 */
class Reading {
  /** Per paragraph start: its marks read so far, and how far they were read. */
  private readonly paragraphs = new Map<number, { marks: number[]; read: number }>();

  constructor(
    readonly text: string,
    readonly mentions: readonly PersonMention[],
  ) {}

  /** The marks of the paragraph that starts at `start`, read up to `at` at least. */
  private marksFrom(start: number, at: number): number[] {
    let paragraph = this.paragraphs.get(start);
    if (paragraph === undefined) this.paragraphs.set(start, (paragraph = { marks: [], read: start }));
    if (paragraph.read < at) {
      // Read on well past `at`: later questions are nearby.
      const end = Math.min(this.text.length, at + 1_000);
      paragraph.marks.push(...quoteMarks(this.text, paragraph.read, end));
      paragraph.read = end;
    }
    return paragraph.marks;
  }

  /** Whether `at` is inside quotation marks. */
  quoted(at: number): boolean {
    const start = lineStart(this.text, at);
    const marks = this.marksFrom(start, at);
    let count = 0;
    for (const mark of marks) {
      if (mark >= at) break;
      count++;
    }
    return count % 2 === 1;
  }

  /** The mentions within `[from, to)` outside quotation marks, in order. */
  speakersIn(from: number, to: number): PersonMention[] {
    return this.mentions.filter((m) => m.start >= from && m.end <= to && !this.quoted(m.start));
  }
}

/**
 * Whether `m` is an object or an owner, not a subject: after a preposition (up to two words
 * on, with no other name between), an owner's `'s` or a case ending, right after an owner
 * word, or inside brackets (`Он [Уиткофф]`).
 */
function isObject(r: Reading, m: PersonMention, from: number, previousEnd: number): boolean {
  const { text } = r;
  if (CASE_ENDING.test(text.slice(m.end, m.end + 2))) return true;
  const before = text.slice(Math.max(from, previousEnd, m.start - 40), m.start);
  if (OBJECT_BEFORE.test(before)) return true;
  if (before.lastIndexOf('[') > before.lastIndexOf(']')) return true;
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return true;
  const name = text.slice(m.start, m.end);
  return OWNER_BEFORE.test(before) && (ARABIC_SCRIPT.test(name) || VOWEL_END.test(name));
}

/**
 * Whether a speech verb or source stands before `m` with only its noun phrase between: `said
 * Kushner`, `قال رئيس حركة حماس خليل الحية`, `selon le conseiller du président, Youri
 * Ouchakov`; not where that phrase makes `m` an object (`אמר יועצו של טראמפ`).
 */
function cueBefore(r: Reading, m: PersonMention, from: number, previousEnd: number): boolean {
  const start = Math.max(from, previousEnd, m.start - CUE_BEFORE_REACH);
  const before = r.text.slice(start, m.start);
  let last: RegExpExecArray | null = null;
  CUE_BEFORE_NAME.lastIndex = 0;
  for (let match; (match = CUE_BEFORE_NAME.exec(before)) !== null; ) {
    if (match[0].length === 0) CUE_BEFORE_NAME.lastIndex++;
    else last = match;
  }
  if (last === null || r.quoted(start + last.index)) return false;
  const between = before.slice(last.index + last[0].length);
  if (!VERB_TO_NAME.test(between) || between.trim().split(/\s+/u).length > 7) return false;
  return !isObject(r, m, start + last.index + last[0].length, previousEnd);
}

/** What the words after a quote say: who spoke, that someone unnamed did, or nothing. */
const SOMEONE = Symbol('someone');
type After = PersonId | typeof SOMEONE | null;

/**
 * The subject of `[from, to)` that speaks (2. above), or null. `introduced`: a speech verb
 * after the quote belongs to this sentence's subject, who needs no verb of their own.
 */
function speakerIn(r: Reading, from: number, to: number, introduced = false): PersonId | null {
  const { text } = r;
  const inside = r.speakersIn(from, to);
  // Asked once of each name at most: the loop below asks again of the ones after it.
  const subjects: (boolean | undefined)[] = [];
  const subjectAt = (k: number) =>
    (subjects[k] ??= !isObject(r, inside[k]!, from, inside[k - 1]?.end ?? from));
  const introducesWithColon = /:\s*$/u.test(text.slice(Math.max(from, to - 5), to));
  const subjectCount = () => inside.filter((_, k) => subjectAt(k)).length;
  // In the order the names appear: the first that speaks is the speaker.
  for (const [k, m] of inside.entries()) {
    const previousEnd = inside[k - 1]?.end ?? from;
    if (cueBefore(r, m, from, previousEnd)) return m.personId;
    const after = text.slice(m.end, Math.min(to, m.end + CUE_REACH));
    if (SOURCE_AFTER.test(after)) return m.personId;
    if (RELATIVE_AFTER.test(after) && CUE_AFTER_NAME.test(after.slice(0, 40))) return m.personId;
    if (!subjectAt(k)) continue;
    if (introduced) return m.personId;
    if (introducesWithColon && subjectCount() === 1) return m.personId;
    const cue = after.search(CUE_AFTER_NAME);
    if (cue === -1 || r.quoted(m.end + cue)) continue;
    let next = k + 1;
    while (next < inside.length && !subjectAt(next)) next++;
    if (m.end + cue < (inside[next]?.start ?? Infinity)) return m.personId;
  }
  return null;
}

/**
 * Who the words right after a quote (from `from`, just past its closing mark) credit (1. above).
 */
function afterQuote(r: Reading, from: number): After {
  const { text } = r;
  const limit = Math.min(text.length, from + CLAUSE_REACH);
  let at = from;
  // Past the closing marks, commas and dashes; a sentence that ends here credits nobody after.
  while (at < limit && /[^\S\n]|["'”’»«“„,:—–\-…)]/u.test(text[at]!)) at++;
  if (at < limit && /[.!?؟。;\n]/u.test(text[at]!)) return null;
  const end = sentenceEndAfter(text, at, limit);
  const clause = text.slice(at, end);
  if (CONJUNCTION_FIRST.test(clause)) return null;
  const names = r.speakersIn(at, end);
  const first = names[0];
  // A name first: with its verb (`Witkoff said`, `the Kremlin's Ushakov said`), a source after
  // it, or alone (`”, Dmitriev.`).
  if (first !== undefined && first.start - at <= NAME_FIRST_REACH) {
    const rest = text.slice(first.end, end);
    const subject = !isObject(r, first, at, at);
    if (subject && (CUE_AFTER_NAME.test(rest.slice(0, 25)) || SOURCE_AFTER.test(rest)))
      return first.personId;
    if (first.start === at && /^\s*(?:\([^)]*\)?)?\s*$/u.test(rest)) return first.personId;
    if (!ANY_CUE.test(text.slice(at, first.start))) return null;
  }
  // A verb or source first (`said Witkoff`, `— сказал журналистам президент США`).
  const cue = clause.search(CUE_BEFORE_NAME_ONCE);
  if (cue === -1 || cue > CUE_BEFORE_REACH) return null;
  if (names.some((m) => m.start < at + cue)) return null;
  for (const [k, m] of names.entries()) {
    if (cueBefore(r, m, at, names[k - 1]?.end ?? at)) return m.personId;
  }
  return SOMEONE;
}
const CUE_BEFORE_NAME_ONCE = new RegExp(CUE_BEFORE_NAME.source, 'iu');

/**
 * The person a line's label names (3. above): `Steve Witkoff: …`, `Стивен Уиткофф — CBS: «…»`,
 * `Aide to the President Yury Ushakov: …`, or initials (`SW: …`) of a name the page gave in full
 * before. Null where the line has no label or its label names nobody.
 */
function labelOf(r: Reading, start: number): PersonId | null {
  const { text } = r;
  const colon = text.indexOf(':', start);
  if (colon === -1 || colon - start > LABEL_REACH || !SPACE.test(text[colon + 1] ?? ' '))
    return null;
  const label = text.slice(start, colon);
  if (/[.!?؟\n"“”«»„]/u.test(label)) return null;
  const named = r.mentions.filter((m) => m.start >= start && m.end <= colon).at(-1);
  if (named !== undefined) return named.personId;
  const initials = label.trim();
  if (!INITIALS.test(initials)) return null;
  // The nearest name before that these are the initials of: `Steve Witkoff` for `SW`.
  for (let k = r.mentions.length - 1; k >= 0; k--) {
    const m = r.mentions[k]!;
    if (m.start >= start) continue;
    const words = text.slice(m.start, m.end).split(/[\s-]+/u);
    if (words.map((w) => w[0]).join('') === initials) return m.personId;
  }
  return null;
}

/** The person the nearest label line above `at` names, within the look back (4. above). */
function labelAbove(r: Reading, at: number, reach: number): PersonId | null {
  for (let line = lineStart(r.text, at); line > reach; ) {
    line = lineStart(r.text, line - 1);
    const label = labelOf(r, line);
    if (label !== null) return label;
  }
  return null;
}

/** The nearest earlier sentence's speaker, from `to` back (4. above). */
function earlierSpeaker(r: Reading, to: number, open: number, reach: number): PersonId | null {
  const { text } = r;
  for (let end = to; end > reach; ) {
    const from = sentenceStartBefore(text, reach, open, end - 1);
    if (from < open - LOOK_BACK) break;
    const sentence = text.slice(from, end);
    if (ANY_CUE.test(sentence) || sentence.includes(':')) {
      const speaker = speakerIn(r, from, end);
      if (speaker !== null) return speaker;
    }
    end = from;
  }
  return null;
}

/** The quotation marks around `[start, end)`: where it opens and closes, or null outside one. */
function quotationAround(r: Reading, start: number, end: number): [number, number] | null {
  const { text } = r;
  const from = lineStart(text, start);
  const before = quoteMarks(text, from, start);
  if (before.length % 2 === 0) return null;
  const lineEnd = text.indexOf('\n', end);
  const limit = Math.min(lineEnd === -1 ? text.length : lineEnd, end + CLOSING_REACH);
  let close = end;
  while (close < limit && !isQuoteMark(text, close)) close++;
  return [before.at(-1)!, close < limit ? close + 1 : end];
}

/** The person this page credits with the quote at `[start, end)`, or null where it does not say. */
export function attribute(
  text: string,
  start: number,
  end: number,
  mentions: readonly PersonMention[],
): PersonId | null {
  const r = new Reading(text, mentions);
  const quotation = quotationAround(r, start, end);
  const [open, close] = quotation ?? [start, end];
  // 1. After the quotation, or after the first of two quoted parts of the span.
  let after = afterQuote(r, close);
  if (after === null) {
    const inner = innerClose(text, start, end);
    if (inner !== -1) after = afterQuote(r, inner + 1);
  }
  if (after !== null && after !== SOMEONE) return after;
  // 2. Its own sentence, before it opens; a paraphrase's first words may name its speaker.
  const reach = Math.max(0, start - SPEAKER_REACH);
  const ownStart = sentenceStartBefore(text, reach, open);
  const ownEnd = quotation === null ? Math.min(end, start + CUE_BEFORE_REACH) : open;
  const own = speakerIn(r, ownStart, ownEnd, after === SOMEONE);
  if (own !== null) return own;
  // 3. Its line's label.
  const line = lineStart(text, open);
  const label = line >= reach ? labelOf(r, line) : null;
  if (label !== null) return label;
  // 4. The speaker it continues: an earlier sentence's, or a label line's above.
  const earlier = earlierSpeaker(r, ownStart, open, reach) ?? labelAbove(r, open, reach);
  if (earlier !== null) return earlier;
  // 5. A quotation that ends its sentence, credited in the next one.
  if (quotation === null || after !== null) return null;
  const next = sentenceEndAfter(text, close, Math.min(text.length, end + SPEAKER_AFTER_REACH));
  if (!/^[\s"'”’»“.!?…)]*$/u.test(text.slice(close, next))) return null;
  let nextStart = next;
  while (nextStart < text.length && SPACE.test(text[nextStart]!)) nextStart++;
  const nextEnd = sentenceEndAfter(text, nextStart, Math.min(text.length, end + SPEAKER_AFTER_REACH));
  return ANY_CUE.test(text.slice(nextStart, nextEnd)) ? speakerIn(r, nextStart, nextEnd, true) : null;
}
