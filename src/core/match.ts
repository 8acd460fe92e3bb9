/**
 * Finds the dataset's claims in a page's text, as real outlets print them: reworded, cut
 * short, with words inserted ("[Palestinians]", "you know"), typographic variants.
 *
 * Seed and extend: every word 3-gram of every known wording is indexed once; the page's
 * 3-grams look up candidate wordings (cost grows with the page, not the dataset); hits that
 * follow each other in both texts are chained, allowing small gaps; each chain is verified
 * with approximate string matching (approx-string-match, Myers' algorithm) against the part
 * of the wording it covers, and scored by length-normalised errors.
 *
 * A page is only folded and read this way where the word sieve (word-sieve.ts) sees three words
 * in a row that may be a dataset 3-gram: one cheap pass over the rest of the page. A page's own
 * translation is found near the names of people by the stems of the claims' texts
 * (stem-match.ts), and two-word quotes by short-quotes.ts. Reading the whole page finds the
 * same (a property test compares the two; `{ sieve: false }` reads it whole).
 */
import search from 'approx-string-match';
import type { Claim, ClaimId, Dataset, SourceId } from './dataset';
import { fold, toOriginalSpan, type Folded } from './normalize';
import type { PersonMention } from './people';
import { compileWordSieve, type SiftedText, type WordSieve } from './word-sieve';
import { compileShortQuotes } from './short-quotes';
import { compileStemMatcher } from './stem-match';
import { compileClaimContext } from './claim-context';
import { runSteps, type Steps } from './steps';
import { trimToWords } from './quotation';
import { CLAIM_REACH, withinReach } from './windows';
import { tokenize, wordSpans, wordTexts, type Tokens, type WordSpans } from './words';

export interface ClaimMatch {
  readonly claimId: ClaimId;
  /** The appearance whose wording matched best: whose text this page reproduces. */
  readonly via: SourceId;
  /** Span in the original page text: `[start, end)`, JavaScript string offsets. */
  readonly start: number;
  readonly end: number;
  /** 1 − errors / length of the matched wording: 1 for an exact match. */
  readonly score: number;
  /** Found by stems: the language of the text it was found by (`via` may be in another). */
  readonly language?: string;
}

export interface ClaimMatcher {
  /**
   * The claims `text` prints. With `mentions` (the people it names, in its offsets), only those
   * within `CLAIM_REACH` of one (windows.ts), and also the claims it prints in a translation of
   * its own, found by the stems of their texts near one of their people's names (stem-match.ts),
   * and two-word quotes (short-quotes.ts). Without,
   * the whole text is read.
   */
  find(text: string, mentions?: readonly PersonMention[]): ClaimMatch[];
}

const N = 3;
/** A chain shorter than this many words is too likely to occur by chance... */
const MIN_WORDS = 5;
/** ...unless it is a whole wording of at least this many characters ("very, very comfortable"). */
const MIN_WHOLE_CHARS = 16;
/**
 * A part of a wording counts when it holds more than half of its characters, or is this long a run.
 * Characters, not words: common words are short, so five of nine words that are all common ("find
 * a way to help" of "...help the Palestinian people thrive") say little of which quote it is.
 */
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

interface Wording {
  readonly claimId: ClaimId;
  readonly source: SourceId;
  readonly folded: string;
  readonly tokens: Tokens;
}

function wordingsOf(claim: Claim): Wording[] {
  return claim.appearances.flatMap((a) => {
    if (a.text === null) return [];
    const folded = fold(a.text).text;
    const tokens = tokenize(folded);
    return tokens.texts.length >= N
      ? [{ claimId: claim.id, source: a.source, folded, tokens }]
      : [];
  });
}

interface Posting {
  readonly wording: number;
  readonly at: number;
}

/**
 * Every word of every wording has a number (the sieve's, word-sieve.ts); a 3-gram is looked up
 * by its words' numbers, and only where all three are words the dataset uses (most of a page's
 * 3-grams are not).
 */
interface GramIndex {
  readonly postings: Map<number | string, Posting[]>;
  /** A 3-gram's key, by its words' numbers. */
  readonly gramKey: (a: number, b: number, c: number) => number | string;
}

function buildIndex(wordings: readonly Wording[], sieve: WordSieve): GramIndex {
  // A number for each of a page's 3-grams makes no string; past ~200,000 words, not exact.
  const size = sieve.vocabularySize;
  const gramKey =
    size ** 3 <= Number.MAX_SAFE_INTEGER
      ? (a: number, b: number, c: number) => (a * size + b) * size + c
      : (a: number, b: number, c: number) => `${a} ${b} ${c}`;
  const postings = new Map<number | string, Posting[]>();
  wordings.forEach((wording, w) => {
    const ids = wording.tokens.texts.map(sieve.idOf);
    for (let j = 0; j + N <= ids.length; j++) {
      const key = gramKey(ids[j]!, ids[j + 1]!, ids[j + 2]!);
      const list = postings.get(key) ?? [];
      list.push({ wording: w, at: j });
      postings.set(key, list);
    }
  });
  for (const [gram, list] of postings) if (list.length > MAX_POSTINGS) postings.delete(gram);
  return { postings, gramKey };
}

/**
 * Where a page's 3-grams are also a wording's: page word `i`, wording word `j`, by wording.
 * `ids`: the page's words' numbers. A word whose 32-bit hash is a dataset word's (rare: a few
 * thousand words in the dataset) may hit where that word is not: verifying finds nothing there.
 */
function hitsOf(index: GramIndex, ids: readonly number[]): Map<number, { i: number; j: number }[]> {
  const hits = new Map<number, { i: number; j: number }[]>();
  for (let i = 0; i + N <= ids.length; i++) {
    const [a, b, c] = [ids[i]!, ids[i + 1]!, ids[i + 2]!];
    if (a < 0 || b < 0 || c < 0) continue;
    for (const posting of index.postings.get(index.gramKey(a, b, c)) ?? []) {
      const list = hits.get(posting.wording) ?? [];
      list.push({ i, j: posting.at });
      hits.set(posting.wording, list);
    }
  }
  return hits;
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
  const whole = words === wording.tokens.texts.length;
  if (whole) return words >= MIN_WORDS || wording.folded.length >= MIN_WHOLE_CHARS;
  const { starts, ends } = wording.tokens;
  const chars = ends[chain.j1]! - starts[chain.j0]!;
  const all = ends.at(-1)! - starts[0]!;
  return words >= MIN_WORDS && (2 * chars > all || words >= LONG_RUN_WORDS);
}

/**
 * Verifies a chain: the covered part of the wording, searched near the chain's page span. First
 * exactly; where it is not printed exactly, approximately (`align`), or else `undefined`.
 */
function verify(
  page: string,
  pageTokens: WordSpans,
  chain: Chain,
  wording: Wording,
  align: boolean,
): { start: number; end: number; score: number } | null | undefined {
  const pattern = wording.folded.slice(
    wording.tokens.starts[chain.j0]!,
    wording.tokens.ends[chain.j1]!,
  );
  const slack = Math.ceil(pattern.length * (1 - minScore(chain))) + 2;
  const from = Math.max(0, pageTokens.starts[chain.i0]! - slack);
  const window = page.slice(from, pageTokens.ends[chain.i1]! + slack);
  const maxErrors = Math.floor(pattern.length * (1 - minScore(chain)));
  // Most pages quote a wording as it is: its first exact occurrence is what the aligner would
  // choose (no match has fewer errors, none without errors is longer), found far faster.
  const exact = window.indexOf(pattern);
  let best: { start: number; end: number; errors: number } | undefined =
    exact === -1 ? undefined : { start: exact, end: exact + pattern.length, errors: 0 };
  if (best === undefined && !align) return undefined;
  for (const m of best === undefined ? search(window, pattern, maxErrors) : []) {
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
    start: Math.min(from + best.start, pageTokens.starts[chain.i0]!),
    end: Math.max(from + best.end, pageTokens.ends[chain.i1]!),
    score: 1 - best.errors / pattern.length,
  };
}

/**
 * The longest, then best-scored, candidate claims its span; overlapping ones give way. On a
 * tie, the one given first.
 */
function resolveOverlaps(candidates: ClaimMatch[], taken: ClaimMatch[] = []): ClaimMatch[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score);
  for (const c of candidates) {
    if (!taken.some((m) => m.start < c.end && c.start < m.end)) taken.push(c);
  }
  return taken;
}

/** A stretch of a page's text, from the gap between two words to another, and its folding. */
interface Piece {
  readonly start: number;
  readonly text: string;
  readonly folded: Folded;
  /** Its words, in its folded text. */
  readonly tokens: WordSpans;
  /** Its words' numbers in the dataset's vocabulary (word-sieve.ts). */
  readonly ids: readonly number[];
  /** The index of its first word among the sifted text's words (0 for a text read whole). */
  readonly firstWord: number;
}

/** A span of a piece's folded text as a span of the page. */
function pageSpan(piece: Piece, start: number, end: number) {
  const span = toOriginalSpan(piece.folded, start, end, piece.text);
  return { start: piece.start + span.start, end: piece.start + span.end };
}

/**
 * Runs of words `[first, last]` (in order of `first`) widened by `margin` words either side,
 * within a text of `count` words, overlapping or adjacent ones merged.
 */
function widenRuns(
  runs: Iterable<readonly [number, number]>,
  margin: number,
  count: number,
): [number, number][] {
  const words: [number, number][] = [];
  for (const [first, last] of runs) {
    const [from, to] = [Math.max(0, first - margin), Math.min(count - 1, last + margin)];
    const previous = words.at(-1);
    if (previous !== undefined && from <= previous[1] + 1) previous[1] = Math.max(previous[1], to);
    else words.push([from, to]);
  }
  return words;
}

/**
 * The stretches of a sifted page that hold `margin` words either side of each run of words
 * `[first, last]` (in order of `first`), overlapping ones merged: the parts of the page read.
 */
function stretchesAround(
  sifted: SiftedText,
  length: number,
  runs: Iterable<readonly [number, number]>,
  margin: number,
): [number, number][] {
  const count = sifted.starts.length;
  // Each stretch ends where the next word starts; at the text's ends, it reaches them (a quote
  // mark may stand before the first word or after the last).
  return widenRuns(runs, margin, count).map(([from, to]) => [
    from === 0 ? 0 : sifted.starts[from]!,
    to === count - 1 ? length : sifted.starts[to + 1]!,
  ]);
}

/** The first word that starts at or after `at` (`count` if none). */
function firstWordFrom(sifted: SiftedText, at: number): number {
  let [low, high] = [0, sifted.starts.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sifted.starts[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface ClaimMatcherOptions {
  /**
   * Read only where the sieve points (word-sieve.ts): the default. Off, every page is read
   * whole, which finds the same claims slower; the tests compare the two.
   */
  readonly sieve?: boolean;
}

export function compileClaimMatcher(
  dataset: Dataset,
  options: ClaimMatcherOptions = {},
): ClaimMatcher {
  return runSteps(compileClaimMatcherInSteps(dataset, options));
}

/** Claims whose wordings are folded between two pauses of `compileClaimMatcherInSteps`. */
const CLAIMS_PER_STEP = 10;

/**
 * `compileClaimMatcher` a step at a time: folding every wording is most of it, and run cold
 * (a page's first named article) it took one task of 40-65 ms in Chromium.
 */
export function* compileClaimMatcherInSteps(
  dataset: Dataset,
  options: ClaimMatcherOptions = {},
): Steps<ClaimMatcher> {
  // Sources that print a claim alike (copies, agencies) are one wording: checked once, found
  // via the first of them, as the first would win anyway.
  const seen = new Set<string>();
  const wordings: Wording[] = [];
  for (const [k, claim] of dataset.claims.entries()) {
    for (const wording of wordingsOf(claim)) {
      const key = `${wording.claimId}\n${wording.folded}`;
      if (!seen.has(key)) wordings.push(wording);
      seen.add(key);
    }
    if (k % CLAIMS_PER_STEP === CLAIMS_PER_STEP - 1) yield;
  }
  // The sieve and the index, a step each: 5-25 ms each, cold.
  const sieve = compileWordSieve(wordings.map((w) => w.tokens.texts));
  yield;
  const index = buildIndex(wordings, sieve);
  yield;
  const languageOf = new Map(dataset.sources.map((source) => [source.id, source.language]));
  const context = compileClaimContext(dataset.claims, dataset.events, dataset.people);
  const shortQuotes = compileShortQuotes(dataset.claims, context);
  // Without an index (a dataset made by hand), claims are found by their wordings alone.
  const stems =
    dataset.stemIndex === undefined
      ? null
      : compileStemMatcher(dataset.stemIndex, dataset.claims, context, (source) =>
          languageOf.get(source),
        );
  // How many words around a 3-gram a stretch holds: more than the widest verification window
  // (verify's slack) reaches, at two folded characters a word at the least.
  const longest = Math.max(0, ...wordings.map((w) => w.folded.length));
  const wordingMargin =
    Math.ceil((Math.ceil(longest * (1 - LONG_RUN_MIN_SCORE)) + 2) / 2) + MAX_GAP + N;

  /**
   * `[start, end)` of `text` folded, its words, and their numbers: those the sieve gave where it
   * read the text (a stretch starts at a word, or at 0), else by their hashes.
   */
  function pieceOf(text: string, start: number, end: number, sifted?: SiftedText): Piece {
    const piece = text.slice(start, end);
    const folded = fold(piece);
    // Only the words' places: their numbers come from the sieve, or from their hashes.
    const tokens = wordSpans(folded.text);
    const firstWord = sifted === undefined ? 0 : firstWordFrom(sifted, start);
    const ids =
      sifted === undefined
        ? wordTexts(folded.text, tokens).map(sieve.idOf)
        : sifted.ids.slice(firstWord, firstWord + tokens.starts.length);
    return { start, text: piece, folded, tokens, ids, firstWord };
  }

  /**
   * The wordings a piece of the page reproduces. Every chain is verified exactly first; one
   * not printed exactly is aligned only where its words do not lie inside an exact match of
   * its claim. The aligner is what costs, and what it could find there would be the same claim,
   * its span differing from that match's at most by the aligner's slack at the edges: a page
   * that quotes one source's wording whole holds the other sources' wordings of it in part.
   */
  function byWordings(piece: Piece): ClaimMatch[] {
    const { folded, tokens } = piece;
    // In the dataset's order of wordings: of two equally long and good matches of a span, the
    // first wording's wins, however much of the page around it was read.
    const byWording = [...hitsOf(index, piece.ids)].sort(([a], [b]) => a - b);
    const chains = byWording.flatMap(([w, list]) =>
      chainHits(list)
        .filter((chain) => longEnough(chain, wordings[w]!))
        .map((chain) => ({ chain, wording: wordings[w]! })),
    );
    /** A verified chain's span of the folded text, trimmed to words, and its score. */
    const trimmed = (v: { start: number; end: number; score: number } | null) => {
      if (v === null) return null;
      const [start, end] = trimToWords(folded.text, v.start, v.end);
      return end > start ? { start, end, score: v.score } : null;
    };
    // `undefined` where the page does not print the chain's part of the wording exactly.
    const exactly = chains.map(({ chain, wording }) =>
      verify(folded.text, tokens, chain, wording, false),
    );
    const exactSpans = exactly.map((v) => (v === undefined ? null : trimmed(v)));
    const insideExact = ({ chain, wording }: (typeof chains)[number]) =>
      exactSpans.some(
        (span, k) =>
          span !== null &&
          chains[k]!.wording.claimId === wording.claimId &&
          span.start <= tokens.starts[chain.i0]! &&
          tokens.ends[chain.i1]! <= span.end,
      );
    /** A chain not printed exactly, aligned; none where its words lie in an exact match. */
    const aligned = (c: (typeof chains)[number]) =>
      insideExact(c)
        ? null
        : trimmed(verify(folded.text, tokens, c.chain, c.wording, true) ?? null);
    return chains.flatMap((c, k) => {
      const match = exactly[k] === undefined ? aligned(c) : (exactSpans[k] ?? null);
      if (match === null) return [];
      const { claimId, source } = c.wording;
      return [
        { claimId, via: source, ...pageSpan(piece, match.start, match.end), score: match.score },
      ];
    });
  }

  /** The claims of `text`, read whole (`mentions` in its offsets, for stems and short quotes). */
  function findIn(text: string, mentions: readonly PersonMention[] | undefined): ClaimMatch[] {
    const named = mentions !== undefined && mentions.length > 0;
    // Read whole: one piece, for wordings (the reference the tests compare with).
    if (options.sieve === false) {
      const piece = pieceOf(text, 0, text.length);
      const taken = resolveOverlaps(byWordings(piece));
      if (named) {
        if (stems !== null) resolveOverlaps(stems.find(text, mentions), taken);
        resolveOverlaps(shortQuotes.find(text, mentions), taken);
      }
      return taken.sort((a, b) => a.start - b.start);
    }
    const sifted = sieve.sift(text);
    const stretches = stretchesAround(
      sifted,
      text.length,
      sifted.grams.map((first) => [first, first + N - 1] as const),
      wordingMargin,
    );
    const pieces = stretches.map(([start, end]) => pieceOf(text, start, end, sifted));
    const taken = resolveOverlaps(pieces.flatMap(byWordings));
    // Never over a wording match: the words it matched are surer than stems. (Only what
    // is near decides, so a page read in windows finds the same: core/windows.ts.)
    if (named) {
      if (stems !== null) resolveOverlaps(stems.find(text, mentions), taken);
      // Last: a two-word quotation is the least sure of them.
      resolveOverlaps(shortQuotes.find(text, mentions), taken);
    }
    return taken.sort((a, b) => a.start - b.start);
  }

  return {
    find(text, mentions) {
      if (mentions === undefined) return findIn(text, undefined);
      // Only the stretches within reach of a name are read, each on its own: on a long page
      // that names someone in one paragraph, the rest costs nothing.
      return withinReach(mentions, CLAIM_REACH, text.length).flatMap(([start, end]) => {
        const inside = mentions
          .filter((m) => m.start >= start && m.end <= end)
          .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
        return findIn(text.slice(start, end), inside).map((claim) => ({
          ...claim,
          start: claim.start + start,
          end: claim.end + start,
        }));
      });
    },
  };
}
