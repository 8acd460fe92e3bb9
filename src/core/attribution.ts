/**
 * Who this page says spoke: the speaker cues around a matched quote, in the languages of the
 * corpus and Portuguese. In order:
 * 1. a name right after the quote closes, with only punctuation and a speech verb between
 *    (`,” Witkoff said`, `said Kushner`, `», señaló Witkoff`);
 * 2. the subject of the quote's own sentence: its first name with a speech verb just before it
 *    (`قال ويتكوف`, `según Kushner`, `chimes in Witkoff`), or that is neither a possessive nor an
 *    object (`Kushner told Stahl, “…”` is Kushner; `Pressed by interviewer Lesley Stahl …,
 *    Kushner replied` is Kushner) and introduces the quote with a colon or is followed by a
 *    speech verb with no other name in between;
 * 3. otherwise (`He continued, “…”`, `the envoy added:`), the subject of the nearest earlier
 *    sentence that has a speech verb.
 * A span of two quoted parts with the page's words between them (`well,” said Witkoff. “He…`)
 * is read as 1. at the first part's close, where nothing after the span names anyone.
 */
import { innerClose } from './between-quotes';
import type { PersonId } from './dataset';
import type { PersonMention } from './people';
import { SPEAKER_REACH } from './windows';

const words = (list: string) => list.split('|');
const alternation = (list: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${list.join('|')})(?![\\p{L}])`, 'iu');

/** Verbs that follow the speaker: "Witkoff said", "Kushner told". */
const CUE_AFTER_NAME = alternation([
  ...words('said|says|told|tells|added|adds|explained|remarked|asserted|lamented|stated|replied'),
  ...words('recalled|noted|continued|shared|warned|followed|chimed in|chimes in|declared|insisted'),
  ...words('argued|estimated|described|describes|wrote'),
  ...words('ha dichiarato|ha spiegato|ha detto|ha aggiunto|ha raccontato|ha affermato'),
  ...words('señaló|afirmó|dijo|agregó|añadió|explicó|declaró|relató|describió'),
  ...words('a déclaré|a ajouté|a dit|a poursuivi|a expliqué|a affirmé|a exprimé|a évoqué|déclare'),
  ...words('sagte|sagt|erklärte|betonte'),
  ...words('disse|afirmou|declarou|contou|acrescentou|explicou'),
  ...words('قال|أضاف|تابع|أكد|كشف|אמר|אמרה|הוסיף|סיפר'),
  ...words('заявил|сказал|отметил|добавил|ответил|подчеркнул'),
]);
/** Words that come before the speaker: "said Witkoff", "according to Kushner", "قال ويتكوف". */
const CUE_BEFORE_NAME = alternation([
  ...words(
    'said|says|added|continued|replied|explained|remarked|wrote|according to|chimes in|chimed in',
  ),
  ...words('señaló|afirmó|dijo|agregó|añadió|según|a déclaré|a ajouté|selon|sagte|laut'),
  ...words('disse|afirmou|segundo'),
  ...words(
    'قال|وقال|أضاف|وأضاف|تابع|وتابع|بحسب|حسب|אמר|הוסיף|לדברי|заявил|сказал|добавил|по словам',
  ),
]);
/** A name up to two words after these is an object, not the speaker: "by interviewer Stahl", "told Stahl". */
const OBJECT_MARKER = new RegExp(
  `(?:^|[^\\p{L}])(?:${words('by|to|told|tells|asked|with|from|alongside|par|por|de|del|à|a|an|von|به|ل|עם|את').join('|')})\\s+(?:[\\p{L}.'’-]+\\s+){0,2}$`,
  'iu',
);
const POSSESSIVE = /^['’]s(?![\p{L}])/u;
/** Only quote marks, punctuation and spaces. */
const PUNCTUATION_ONLY = /^[\s"'”’»«“„,.:;—–\-)(]*$/u;
const CLOSING_QUOTE = /["”»“]/u;
/**
 * How far after a quote its closing mark is looked for; a name 40 characters on and a verb 25
 * after it are the most read beyond (windows.ts's SPEAKER_AFTER_REACH holds them).
 */
const CLOSING_REACH = 400;
/** How far a speech verb may stand from the name it belongs to. */
const CUE_REACH = 100;
/** How far back to look for the speaker a quote continues. */
const LOOK_BACK = 800;

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
 * `from`, or just after an end of a sentence as `/[.!?؟](?=[\s"'”’»]|$)|[;\n]/gu` finds them
 * in the slice (so a mark just before `to` ends a sentence). Read backwards from `before`, by
 * hand: a quote's sentence is found without reading the page before it, or slicing it.
 */
export function sentenceStartBefore(text: string, from: number, to: number, before = to): number {
  for (let i = Math.min(before, to) - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x3b || code === 0x0a) return i + 1;
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f) {
      if (i + 1 === to || afterMark(text.charCodeAt(i + 1))) return i + 1;
    }
  }
  return from;
}

/** The subject of `[from, to)` that speaks (see 2. above), or null. */
function speakerIn(
  text: string,
  from: number,
  to: number,
  mentions: readonly PersonMention[],
): PersonId | null {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  // Possessives ("Trump's son-in-law") and objects ("adviser to President Donald Trump") do not speak.
  const isSubject = (m: PersonMention) =>
    !POSSESSIVE.test(text.slice(m.end, m.end + 3)) &&
    !OBJECT_MARKER.test(text.slice(Math.max(from, m.start - 40), m.start));
  // Asked once of each name at most: the loop below asks again of the ones after it.
  const subjects: (boolean | undefined)[] = [];
  const subjectAt = (k: number) => (subjects[k] ??= isSubject(inside[k]!));
  // In the order the names appear: the first that speaks is the speaker.
  for (const [k, m] of inside.entries()) {
    if (CUE_BEFORE_NAME.test(text.slice(Math.max(from, m.start - 15), m.start))) return m.personId;
    if (!subjectAt(k)) continue;
    const rest = text.slice(m.end, to);
    if (PUNCTUATION_ONLY.test(rest) && rest.includes(':')) return m.personId;
    const cue = text.slice(m.end, Math.min(to, m.end + CUE_REACH)).search(CUE_AFTER_NAME);
    if (cue === -1) continue;
    let next = k + 1;
    while (next < inside.length && !subjectAt(next)) next++;
    if (m.end + cue < (inside[next]?.start ?? Infinity)) return m.personId;
  }
  return null;
}

/** A name right after the quote closes: `,” Witkoff said`, `said Witkoff`, `», señaló Witkoff`. */
function afterQuote(
  text: string,
  end: number,
  mentions: readonly PersonMention[],
): PersonId | null {
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  const closing = text.slice(end, Math.min(lineEnd, end + CLOSING_REACH)).search(CLOSING_QUOTE);
  const from = closing === -1 ? end : end + closing;
  const next = mentions.find((m) => m.start >= from && m.start <= lineEnd);
  if (next === undefined || next.start - from > 40) return null;
  const between = text.slice(from, next.start);
  // A name after the quote speaks for it only in the same sentence: not in "”. Kushner said".
  if (/[.!?؟]/u.test(between)) return null;
  const verbBetween =
    CUE_BEFORE_NAME.test(between) && PUNCTUATION_ONLY.test(between.replace(CUE_BEFORE_NAME, ''));
  const verbAfter =
    PUNCTUATION_ONLY.test(between) && CUE_AFTER_NAME.test(text.slice(next.end, next.end + 25));
  return verbBetween || verbAfter ? next.personId : null;
}

/** The person this page credits with the quote at `[start, end)`, or null where it does not say. */
export function attribute(
  text: string,
  start: number,
  end: number,
  mentions: readonly PersonMention[],
): PersonId | null {
  const after = afterQuote(text, end, mentions);
  if (after !== null) return after;
  const close = innerClose(text, start, end);
  const between = close === -1 ? null : afterQuote(text, close, mentions);
  if (between !== null) return between;
  // Sentences are looked for only as far back as any is read (a long page has many claims):
  // the look back, and more than any sentence a speaker is found in (windows.ts).
  const reach = Math.max(0, start - SPEAKER_REACH);
  const ownStart = sentenceStartBefore(text, reach, start);
  const own = speakerIn(text, ownStart, start, mentions);
  if (own !== null) return own;
  // The quote continues an earlier speaker: the nearest earlier sentence with a speech verb.
  for (let to = ownStart; to > reach;) {
    const from = sentenceStartBefore(text, reach, start, to - 1);
    if (from < start - LOOK_BACK) break;
    const sentence = text.slice(from, to);
    const hasCue =
      CUE_AFTER_NAME.test(sentence) || CUE_BEFORE_NAME.test(sentence) || sentence.includes(':');
    if (hasCue) {
      const speaker = speakerIn(text, from, to, mentions);
      if (speaker !== null) return speaker;
    }
    to = from;
  }
  return null;
}
