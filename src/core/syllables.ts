/**
 * Vietnamese is written a syllable at a time: "câu lạc bộ" (club) is three words on the page, and
 * each of them is a part of other words too ("viên" of "thành viên", member, and of "đặc phái
 * viên", envoy). Read one by one, a sentence about a football club's parents and a time capsule
 * holds as many of the bad-club quote's syllables as its translation does. So a stretch of
 * Vietnamese is read two syllables a word, overlapping ("câu lạc", "lạc bộ"), as Chinese is read
 * two characters a word (words.ts): a pair of syllables is most often a word or a part of one.
 *
 * The build reads a rendering's words so (scripts/dataset/stem-profiles.ts), and the stem
 * matcher (stem-match.ts `stemWordsOf`) and a claim's context (claim-context.ts) a page's, by the
 * same rule (`pairSyllables`), so both split a text alike. Folding drops the tone marks that tell Vietnamese, so whether a sentence is
 * Vietnamese is read in the text as printed.
 */
import type { Folded } from './normalize';
import { wordSpans, type WordSpans } from './words';

/**
 * Letters and marks only Vietnamese writes among the languages of the news: the vowels with a
 * hook above or a dot below (U+1EA0–U+1EF9), ơ and ư, and those marks written apart (U+0309,
 * U+031B, U+0323). French and Portuguese share Vietnamese's other accents (â, ê, ô, ã, é).
 */
export const VIETNAMESE = /[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0]|\u0309|\u031b|\u0323/;

/**
 * A Vietnamese syllable, folded (no tone mark, no breve, circumflex or horn; "đ" kept): an
 * initial consonant or none, one to three vowels, a final consonant or none. Few words of other
 * languages have its shape ("plan", "Witkoff", "deal" have not), so a sentence's words in
 * another language stay words (an English quote on a Vietnamese page).
 */
export const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** What ends a sentence, or sets a quotation apart, in folded text: where a reading starts again. */
const SENTENCE_END = /[.!?;:"()]/;

/** Whether a folded gap between two words holds a sentence's end (`SENTENCE_END`). */
export const endsSentence = (gap: string) => SENTENCE_END.test(gap);

/** What `pairSyllables` asks of each word of a text. */
export interface SyllableReading {
  /** Whether word `k` may be a syllable of Vietnamese (`SYLLABLE`, folded). */
  syllable(k: number): boolean;
  /** Whether words `k` and `k + 1` stand apart by white space alone. */
  joined(k: number): boolean;
  /** Whether a sentence ends between words `k` and `k + 1` (`endsSentence`). */
  sentenceEnd(k: number): boolean;
  /** Whether word `k` is written with a letter only Vietnamese has (`VIETNAMESE`). */
  marked(k: number): boolean;
}

/**
 * `spans` with Vietnamese read two syllables a word. A sentence is Vietnamese where a word of it
 * holds a letter only Vietnamese writes (`VIETNAMESE`); in it, each stretch of syllables one
 * after another, with white space alone between them, is read in overlapping pairs, and a
 * stretch of one syllable stays a word of one. Other words are left as they are.
 */
export function pairSyllables(spans: WordSpans, reading: SyllableReading): WordSpans {
  const { starts, ends } = spans;
  const out: WordSpans = { starts: [], ends: [] };
  const keep = (k: number) => {
    out.starts.push(starts[k]!);
    out.ends.push(ends[k]!);
  };
  for (let first = 0; first < starts.length;) {
    let last = first;
    while (last + 1 < starts.length && !reading.sentenceEnd(last)) last++;
    let vietnamese = false;
    for (let k = first; k <= last && !vietnamese; k++) vietnamese = reading.marked(k);
    for (let k = first; k <= last;) {
      if (!vietnamese || !reading.syllable(k)) {
        keep(k++);
        continue;
      }
      let end = k;
      while (end < last && reading.joined(end) && reading.syllable(end + 1)) end++;
      if (end === k) keep(k);
      for (let i = k; i < end; i++) {
        out.starts.push(starts[i]!);
        out.ends.push(ends[i + 1]!);
      }
      k = end + 1;
    }
    first = last + 1;
  }
  return out;
}

/**
 * Vietnamese as a script of its own, where a word of context must be of a span's own text
 * (claim-context.ts `sameText`): its pairs of syllables are Vietnamese words, no name or figure
 * any page prints, and vouch for a Vietnamese span alone. ("con trai", son, after an English
 * kitchen that "looked almost like a bomb had gone off" says nothing of which bomb.) Not one of
 * `scriptOf`'s numbers.
 */
export const VIETNAMESE_TEXT = -1;

/** Whether a folded word is two syllables of Vietnamese (`pairSyllables`). */
export const isPair = (word: string) => word.includes(' ');

/** Whether `text[from, to)` holds a letter or mark only Vietnamese writes. */
export const isMarked = (text: string, from: number, to: number) =>
  VIETNAMESE.test(text.slice(from, to));

/** Whether UTF-16 unit `unit` is a combining mark of the block folding drops (U+0300–U+036F). */
const isCombining = (unit: number) => unit >= 0x300 && unit <= 0x36f;

/**
 * How `pairSyllables` reads a page's folded words (`spans` of `folded`, folded from `original`):
 * a word's letters and the space after it in the folded text, its marks in the original.
 */
function foldedReading(original: string, folded: Folded, spans: WordSpans): SyllableReading {
  const { starts, ends } = spans;
  const { text, map } = folded;
  return {
    syllable: (k) => SYLLABLE.test(text.slice(starts[k], ends[k])),
    joined: (k) => ends[k]! + 1 === starts[k + 1] && text.charCodeAt(ends[k]!) === 0x20,
    sentenceEnd: (k) => endsSentence(text.slice(ends[k], starts[k + 1])),
    marked(k) {
      const from = map[starts[k]!]!;
      let to = map[ends[k]! - 1]! + 1;
      while (to < original.length && isCombining(original.charCodeAt(to))) to++;
      return isMarked(original, from, to);
    },
  };
}

/**
 * The words of `folded` (folded from `original`) as `wordSpans` finds them, Vietnamese two
 * syllables a word: how the stem matcher and a claim's context read a page.
 */
export function syllableWordSpans(original: string, folded: Folded): WordSpans {
  const spans = wordSpans(folded.text);
  return VIETNAMESE.test(original)
    ? pairSyllables(spans, foldedReading(original, folded, spans))
    : spans;
}
