/**
 * Word-level differences between a claim's statement and one source's wording, with
 * jsdiff; parts hold words separated by single spaces. Typographic quotes, dashes and case are not differences. Where a source quotes
 * only part of the statement, it is compared with the part of the statement it quotes.
 */
// The array diff alone: the package's index makes every kind of diff (words, lines, JSON, CSS)
// as it loads, which the content script's bundle then carried, unused (5 kB).
import { diffArrays } from 'diff/lib/diff/array.js';
import { BETWEEN_QUOTES } from './between-quotes.ts';
import type { WordingDifference, WordingPart } from './compare';

const TYPOGRAPHY: [RegExp, string][] = [
  [/[\u2018\u2019\u02BC\u02BB]/g, "'"],
  [/[\u201C\u201D\u201E]/g, '"'],
  [/[\u2010-\u2015]/g, '-'],
  [/\u2026/g, '...'],
  [/\s+/g, ' '],
];

function plain(text: string): string {
  return TYPOGRAPHY.reduce(
    (out, [pattern, replacement]) => out.replace(pattern, replacement),
    text,
  ).trim();
}

/** Punctuation-only parts ("," or ".") carry no meaning for the reader. */
const meaningful = (part: WordingPart) => /[\p{L}\p{N}\p{M}]/u.test(part[1]);
const bare = (word: string | undefined) =>
  (word ?? '').toLowerCase().replace(/[^\p{L}\p{N}\p{M}]/gu, '');

/** Diffs whitespace-separated words, equal when they differ only in case and punctuation ("range." and "range"). */
function diff(
  reference: readonly string[],
  wording: readonly string[],
): { parts: WordingPart[]; cost: number } {
  const parts = diffArrays([...reference], [...wording], {
    comparator: (a, b) => bare(a) === bare(b),
  }).map((c): WordingPart => [c.added ? '+' : c.removed ? '-' : '=', c.value.join(' ')]);
  const cost = parts
    .filter((p) => p[0] !== '=' && meaningful(p))
    .reduce((sum, p) => sum + p[1].length, 0);
  return { parts, cost };
}

/**
 * The stretch of the statement the wording quotes: among the windows that start where the
 * wording's first words stand and end where its last words stand, the one it differs from least.
 */
function quotedWindow(
  statementWords: readonly string[],
  wordingWords: readonly string[],
): [number, number][] {
  const firsts = new Set([bare(wordingWords[0]), bare(wordingWords[1])]);
  const lasts = new Set([bare(wordingWords.at(-1)), bare(wordingWords.at(-2))]);
  const starts = [0, ...statementWords.flatMap((w, i) => (firsts.has(bare(w)) ? [i] : []))];
  const ends = [
    statementWords.length,
    ...statementWords.flatMap((w, i) => (lasts.has(bare(w)) ? [i + 1] : [])),
  ];
  return starts.flatMap((start) =>
    ends.filter((end) => end > start).map((end): [number, number] => [start, end]),
  );
}

export function wordingDifference(
  source: string,
  statement: string,
  wording: string,
): WordingDifference | null {
  const statementWords = plain(statement).split(' ');
  const wordingWords = plain(wording.replace(BETWEEN_QUOTES, ' ')).split(' ');
  let best: { parts: WordingPart[]; cost: number; length: number } | null = null;
  for (const [start, end] of quotedWindow(statementWords, wordingWords)) {
    const candidate = {
      ...diff(statementWords.slice(start, end), wordingWords),
      length: end - start,
    };
    if (
      best === null ||
      candidate.cost < best.cost ||
      (candidate.cost === best.cost && candidate.length > best.length)
    ) {
      best = candidate;
    }
  }
  if (best === null || best.cost === 0) return null;
  return { source, parts: best.parts, excerpt: best.length < statementWords.length };
}

/** How much of one run of a page's own words the card shows: a page's text is not the record. */
export const PAGE_WORDS_SHOWN = 60;

const clipped = (text: string) =>
  text.length <= PAGE_WORDS_SHOWN ? text : `${text.slice(0, PAGE_WORDS_SHOWN - 1).trimEnd()}…`;

/**
 * A page's wording against the record, as two lists rather than one text: the runs of words the
 * page adds (its own text, which the card must set apart from the record's, and shows clipped)
 * and the runs of the record's words it leaves out. Punctuation-only runs carry no meaning.
 */
export function wordChanges(parts: readonly WordingPart[]): { added: string[]; dropped: string[] } {
  const runs = (op: '+' | '-') =>
    parts.filter((part) => part[0] === op && meaningful(part)).map((part) => clipped(part[1]));
  return { added: runs('+'), dropped: runs('-') };
}
