/**
 * Finds the dataset's claims in a page's text, as real outlets print them: reworded, cut
 * short, with words inserted ("[Palestinians]", "you know"), typographic variants.
 *
 * Seed and extend: every word 3-gram of every known wording is indexed once; the page's
 * 3-grams look up candidate wordings (cost grows with the page, not the dataset); hits that
 * follow each other in both texts are chained, allowing small gaps; each chain is verified
 * with approximate string matching (approx-string-match, Myers' algorithm) against the part
 * of the wording it covers, and scored by length-normalised errors.
 */
import search from 'approx-string-match';
import type { Claim, ClaimId, Dataset, SourceId } from './dataset';
import { fold, toOriginalSpan } from './normalize';

export interface ClaimMatch {
  readonly claimId: ClaimId;
  /** The appearance whose wording matched best: whose text this page reproduces. */
  readonly via: SourceId;
  /** Span in the original page text: `[start, end)`, JavaScript string offsets. */
  readonly start: number;
  readonly end: number;
  /** 1 − errors / length of the matched wording: 1 for an exact match. */
  readonly score: number;
}

export interface ClaimMatcher {
  find(text: string): ClaimMatch[];
}

const N = 3;
/** A chain shorter than this many words is too likely to occur by chance... */
const MIN_WORDS = 5;
/** ...unless it is a whole wording of at least this many characters ("very, very comfortable"). */
const MIN_WHOLE_CHARS = 16;
/** A part of a wording counts when it is at least half of it, or this long a run. */
const LONG_RUN_WORDS = 10;
/** Words a page may insert or drop between two matching 3-grams. */
const MAX_GAP = 4;
const MIN_SCORE = 0.8;
/**
 * A long seeded run (another outlet's translation: "un club muy malo" for "un club realmente
 * malo") is specific enough to allow more errors.
 */
const LONG_RUN_MIN_SCORE = 0.7;

const minScore = (chain: Chain) =>
  chain.j1 - chain.j0 + 1 >= LONG_RUN_WORDS + 2 ? LONG_RUN_MIN_SCORE : MIN_SCORE;
/** 3-grams shared by more wordings than this ("one of the") point nowhere in particular. */
const MAX_POSTINGS = 64;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

function tokenize(folded: string): Token[] {
  return [...folded.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const gramAt = (tokens: readonly Token[], i: number) =>
  `${tokens[i]!.text} ${tokens[i + 1]!.text} ${tokens[i + 2]!.text}`;

interface Wording {
  readonly claimId: ClaimId;
  readonly source: SourceId;
  readonly folded: string;
  readonly tokens: readonly Token[];
}

function wordingsOf(claim: Claim): Wording[] {
  return claim.appearances.flatMap((a) => {
    if (a.text === null) return [];
    const folded = fold(a.text).text;
    const tokens = tokenize(folded);
    return tokens.length >= N ? [{ claimId: claim.id, source: a.source, folded, tokens }] : [];
  });
}

interface Posting {
  readonly wording: number;
  readonly at: number;
}

function buildIndex(wordings: readonly Wording[]): Map<string, Posting[]> {
  const index = new Map<string, Posting[]>();
  wordings.forEach((wording, w) => {
    for (let j = 0; j + N <= wording.tokens.length; j++) {
      const gram = gramAt(wording.tokens, j);
      const postings = index.get(gram) ?? [];
      postings.push({ wording: w, at: j });
      index.set(gram, postings);
    }
  });
  for (const [gram, postings] of index) if (postings.length > MAX_POSTINGS) index.delete(gram);
  return index;
}

/** A run of 3-gram hits in page order and wording order: page tokens [i0, i1], wording tokens [j0, j1]. */
interface Chain {
  i0: number;
  j0: number;
  i1: number;
  j1: number;
}

function chainHits(hits: readonly { i: number; j: number }[]): Chain[] {
  const chains: Chain[] = [];
  // A hit extends a chain when it starts after the chain's first words, at most MAX_GAP words
  // past its last covered word in both texts, and drifts at most MAX_GAP from its diagonal.
  const extends_ = (c: Chain, i: number, j: number) =>
    i > c.i0 &&
    j > c.j0 &&
    i - c.i1 <= MAX_GAP + 1 &&
    j - c.j1 <= MAX_GAP + 1 &&
    Math.abs(i - j - (c.i0 - c.j0)) <= MAX_GAP;
  for (const { i, j } of hits) {
    const chain = chains.find((c) => extends_(c, i, j));
    if (chain === undefined) chains.push({ i0: i, j0: j, i1: i + N - 1, j1: j + N - 1 });
    else {
      chain.i1 = Math.max(chain.i1, i + N - 1);
      chain.j1 = Math.max(chain.j1, j + N - 1);
    }
  }
  return chains;
}

function longEnough(chain: Chain, wording: Wording): boolean {
  const words = chain.j1 - chain.j0 + 1;
  const whole = words === wording.tokens.length;
  if (whole) return words >= MIN_WORDS || wording.folded.length >= MIN_WHOLE_CHARS;
  return words >= MIN_WORDS && (2 * words >= wording.tokens.length || words >= LONG_RUN_WORDS);
}

/** Verifies a chain: the covered part of the wording, searched approximately near the chain's page span. */
function verify(page: string, pageTokens: readonly Token[], chain: Chain, wording: Wording) {
  const pattern = wording.folded.slice(
    wording.tokens[chain.j0]!.start,
    wording.tokens[chain.j1]!.end,
  );
  const slack = Math.ceil(pattern.length * (1 - minScore(chain))) + 2;
  const from = Math.max(0, pageTokens[chain.i0]!.start - slack);
  const window = page.slice(from, pageTokens[chain.i1]!.end + slack);
  const maxErrors = Math.floor(pattern.length * (1 - minScore(chain)));
  let best: { start: number; end: number; errors: number } | undefined;
  for (const m of search(window, pattern, maxErrors)) {
    if (
      best === undefined ||
      m.errors < best.errors ||
      (m.errors === best.errors && m.end - m.start > best.end - best.start)
    )
      best = m;
  }
  if (best === undefined) return null;
  // The chain's first and last 3-grams are exact hits: the span covers at least them, where the
  // aligner chose an equally cheap start or end further in.
  return {
    start: Math.min(from + best.start, pageTokens[chain.i0]!.start),
    end: Math.max(from + best.end, pageTokens[chain.i1]!.end),
    score: 1 - best.errors / pattern.length,
  };
}

/** Trims a span of folded text to the word characters at its edges. */
function trimToWords(text: string, start: number, end: number): [number, number] {
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

export function compileClaimMatcher(dataset: Dataset): ClaimMatcher {
  const wordings = dataset.claims.flatMap(wordingsOf);
  const index = buildIndex(wordings);
  return {
    find(text) {
      const folded = fold(text);
      const tokens = tokenize(folded.text);
      const hits = new Map<number, { i: number; j: number }[]>();
      for (let i = 0; i + N <= tokens.length; i++) {
        for (const posting of index.get(gramAt(tokens, i)) ?? []) {
          const list = hits.get(posting.wording) ?? [];
          list.push({ i, j: posting.at });
          hits.set(posting.wording, list);
        }
      }
      const candidates: ClaimMatch[] = [];
      for (const [w, list] of hits) {
        const wording = wordings[w]!;
        for (const chain of chainHits(list)) {
          if (!longEnough(chain, wording)) continue;
          const verified = verify(folded.text, tokens, chain, wording);
          if (verified === null) continue;
          const [start, end] = trimToWords(folded.text, verified.start, verified.end);
          if (end <= start) continue;
          candidates.push({
            claimId: wording.claimId,
            via: wording.source,
            ...toOriginalSpan(folded, start, end, text),
            score: verified.score,
          });
        }
      }
      // The longest, then best-scored, candidate claims its span; overlapping ones give way.
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
      const taken: ClaimMatch[] = [];
      for (const c of candidates) {
        if (!taken.some((m) => m.start < c.end && c.start < m.end)) taken.push(c);
      }
      return taken.sort((a, b) => a.start - b.start);
    },
  };
}
