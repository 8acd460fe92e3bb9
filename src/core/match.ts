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
import type { Attribute } from './attribution';
import type { ClaimId, EventId, SourceId } from './dataset';
import type { Finding } from './found-claim';
import { firstNotBefore } from './first-index';
import { fold, foldText, toOriginalSpan, type Folded } from './normalize';
import type { IndexedDataset } from './analyzer-index';
import type { PersonMention } from './people';
import { gramKey, wordSieve, type SiftedText } from './word-sieve';
import { N, type WordingIndex } from './wording-index';
import { lookUp } from './int-table';
import { compileShortQuotes } from './short-quotes';
import { runSteps } from './steps';
import { compileStemMatcher, withoutLoneWeak } from './stem-match';
import { compileClaimContext } from './claim-context';
import { trimToWords } from './quotation';
import { CLAIM_REACH, withinReach } from './windows';
import { tokenize, wordSpans, wordTexts, type Tokens, type WordSpans } from './words';

export interface ClaimMatcher {
  /**
   * The claims `text` prints. With `mentions` (the people it names, in its offsets), only those
   * within `CLAIM_REACH` of one (windows.ts), and also the claims it prints in a translation of
   * its own, found by the stems of their texts near one of their people's names (stem-match.ts),
   * and two-word quotes (short-quotes.ts). Without,
   * the whole text is read.
   */
  find(text: string, mentions?: readonly PersonMention[]): Finding[];
  /** `find` a step at a time (steps.ts): its wordings, stems and two-word quotes, each a step. */
  findInSteps(text: string, mentions?: readonly PersonMention[]): Generator<undefined, Finding[]>;
}

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

interface Wording {
  readonly claimId: ClaimId;
  readonly source: SourceId;
  readonly folded: string;
  readonly tokens: Tokens;
}

/**
 * Where a page's 3-grams are also a wording's: page word `i`, wording word `j`, by wording.
 * `ids`: the page's words' numbers. A word whose 32-bit hash is a dataset word's (rare: a few
 * thousand words in the dataset), or a 3-gram whose key is another's, may hit where that word
 * is not: verifying finds nothing there.
 */
function hitsOf(
  index: WordingIndex,
  ids: readonly number[],
): Map<number, { i: number; j: number }[]> {
  const hits = new Map<number, { i: number; j: number }[]>();
  const { grams, postingStarts, postings } = index;
  for (let i = 0; i + N <= ids.length; i++) {
    const [a, b, c] = [ids[i]!, ids[i + 1]!, ids[i + 2]!];
    if (a < 0 || b < 0 || c < 0) continue;
    const g = lookUp(grams, gramKey(a, b, c));
    if (g < 0) continue;
    for (let k = postingStarts[g]!; k < postingStarts[g + 1]!; k++) {
      const [w, j] = [postings[2 * k]!, postings[2 * k + 1]!];
      const list = hits.get(w);
      if (list === undefined) hits.set(w, [{ i, j }]);
      else list.push({ i, j });
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

/** A span of a text, `[start, end)`, and how well it matches: 1 − errors / length. */
interface Scored {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** The part of its wording a chain covers, and the stretch of the page it is looked for in. */
function targetOf(page: string, pageTokens: WordSpans, chain: Chain, wording: Wording) {
  const pattern = wording.folded.slice(
    wording.tokens.starts[chain.j0]!,
    wording.tokens.ends[chain.j1]!,
  );
  const slack = Math.ceil(pattern.length * (1 - minScore(chain))) + 2;
  const from = Math.max(0, pageTokens.starts[chain.i0]! - slack);
  const window = page.slice(from, pageTokens.ends[chain.i1]! + slack);
  return { pattern, from, window };
}

/**
 * A match found at `[start, end)` of the target's window, with `errors`, as a span of the page.
 * The chain's first and last 3-grams are exact hits: the span covers at least them, where the
 * aligner chose an equally cheap start or end further in.
 */
function pageMatch(
  { pattern, from }: ReturnType<typeof targetOf>,
  pageTokens: WordSpans,
  chain: Chain,
  { start, end, errors }: { start: number; end: number; errors: number },
): Scored {
  return {
    start: Math.min(from + start, pageTokens.starts[chain.i0]!),
    end: Math.max(from + end, pageTokens.ends[chain.i1]!),
    score: 1 - errors / pattern.length,
  };
}

/**
 * The chain's part of its wording printed exactly near the chain: its first occurrence, which
 * is what the aligner would choose (no match has fewer errors, none without errors is longer),
 * found far faster. Null where the page does not print it exactly.
 */
function exactMatch(
  page: string,
  pageTokens: WordSpans,
  chain: Chain,
  wording: Wording,
): Scored | null {
  const target = targetOf(page, pageTokens, chain, wording);
  const at = target.window.indexOf(target.pattern);
  if (at === -1) return null;
  return pageMatch(target, pageTokens, chain, {
    start: at,
    end: at + target.pattern.length,
    errors: 0,
  });
}

/**
 * The chain's part of its wording aligned with the page near the chain (approx-string-match):
 * the match with the fewest errors, then the longest. Null where none has few enough errors.
 */
function alignedMatch(
  page: string,
  pageTokens: WordSpans,
  chain: Chain,
  wording: Wording,
): Scored | null {
  const target = targetOf(page, pageTokens, chain, wording);
  const maxErrors = Math.floor(target.pattern.length * (1 - minScore(chain)));
  let best: { start: number; end: number; errors: number } | null = null;
  for (const m of search(target.window, target.pattern, maxErrors)) {
    if (
      best === null ||
      m.errors < best.errors ||
      (m.errors === best.errors && m.end - m.start > best.end - best.start)
    )
      best = m;
  }
  return best === null ? null : pageMatch(target, pageTokens, chain, best);
}

/**
 * The longest, then best-scored, candidate claims its span; overlapping ones give way. On a
 * tie, the one given first.
 */
function resolveOverlaps(candidates: Finding[], taken: Finding[] = []): Finding[] {
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
  // Runs as spans of word indices, `[first, last + 1)`: widened, those that overlap or touch merged.
  const spans = Array.from(runs, ([first, last]) => ({ start: first, end: last + 1 }));
  return withinReach(spans, margin, count).map(([from, end]) => [
    from === 0 ? 0 : sifted.starts[from]!,
    end === count ? length : sifted.starts[end]!,
  ]);
}

/** The first word that starts at or after `at` (`count` if none). */
const firstWordFrom = (sifted: SiftedText, at: number) =>
  firstNotBefore(sifted.starts.length, (i) => sifted.starts[i]! < at);

/** A stretch of a text read for claims: where it starts, its text, and the mentions in it, in its offsets. */
export interface ClaimRegion {
  readonly start: number;
  readonly text: string;
  readonly mentions: readonly PersonMention[];
}

/**
 * The stretches of `text` read for claims near `mentions` (those within `CLAIM_REACH` of one),
 * each on its own: on a long page that names someone in one paragraph, the rest costs nothing.
 * What `find` reads, and what a named page asks the background about (slice-keys.ts).
 */
export function claimRegions(text: string, mentions: readonly PersonMention[]): ClaimRegion[] {
  return withinReach(mentions, CLAIM_REACH, text.length).map(([start, end]) => ({
    start,
    text: text.slice(start, end),
    mentions: mentions
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ ...m, start: m.start - start, end: m.end - start })),
  }));
}

export interface ClaimMatcherOptions {
  /**
   * Read only where the sieve points (word-sieve.ts): the default. Off, every page is read
   * whole, which finds the same claims slower; the tests compare the two.
   */
  readonly sieve?: boolean;
  /**
   * Whom the page credits with a span (attribution.ts): a quote reported in the page's own
   * words is found by its stems only where credited to one of its people (stem-match.ts).
   */
  readonly speakerOf?: Attribute;
}

export function compileClaimMatcher(
  dataset: IndexedDataset,
  options: ClaimMatcherOptions = {},
): ClaimMatcher {
  // Made by the build (loadDataset, analyzer-index.ts).
  const {
    wordings: index,
    stems: stemIndex,
    contexts,
    shortQuotes: shortQuoteIndex,
  } = dataset.index;
  const sieve = wordSieve(index);
  const context = compileClaimContext(contexts);
  const shortQuotes = compileShortQuotes(dataset.claims, shortQuoteIndex, context);
  const stems = compileStemMatcher(stemIndex, dataset, context, options.speakerOf);
  let events: Map<ClaimId, EventId> | undefined;
  const eventOf = (id: ClaimId) =>
    (events ??= new Map(dataset.claims.map((c) => [c.id, c.event]))).get(id)!;
  // How many words around a 3-gram a stretch holds: more than the widest verification window
  // (targetOf's slack) reaches, at two folded characters a word at the least.
  const wordingMargin =
    Math.ceil((Math.ceil(index.longest * (1 - LONG_RUN_MIN_SCORE)) + 2) / 2) + MAX_GAP + N;
  /** Each wording, folded and split when a page's 3-gram first points at it. */
  const made = new Map<number, Wording>();
  const wordingAt = (w: number): Wording => {
    let wording = made.get(w);
    if (wording === undefined) {
      const claim = dataset.claims[index.wordings[2 * w]!]!;
      const appearance = claim.appearances[index.wordings[2 * w + 1]!]!;
      const folded = foldText(appearance.text ?? '');
      wording = { claimId: claim.id, source: appearance.source, folded, tokens: tokenize(folded) };
      made.set(w, wording);
    }
    return wording;
  };

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
  function byWordings(piece: Piece): Finding[] {
    const { folded, tokens } = piece;
    // In the dataset's order of wordings: of two equally long and good matches of a span, the
    // first wording's wins, however much of the page around it was read.
    const byWording = [...hitsOf(index, piece.ids)].sort(([a], [b]) => a - b);
    const chains = byWording.flatMap(([w, list]) =>
      chainHits(list)
        .filter((chain) => longEnough(chain, wordingAt(w)))
        .map((chain) => ({ chain, wording: wordingAt(w) })),
    );
    /** A match's span of the folded text, trimmed to words, and its score. */
    const trimmed = (match: Scored | null): Scored | null => {
      if (match === null) return null;
      const [start, end] = trimToWords(folded.text, match.start, match.end);
      return end > start ? { start, end, score: match.score } : null;
    };
    // Every chain checked exactly first: whether the page prints its part of the wording as it
    // is, and where, trimmed to words.
    const checked = chains.map((c) => {
      const exact = exactMatch(folded.text, tokens, c.chain, c.wording);
      return { ...c, printed: exact !== null, span: trimmed(exact) };
    });
    /** Whether a chain's words lie inside an exact match of its claim. */
    const insideExact = ({ chain, wording }: (typeof chains)[number]) =>
      checked.some(
        ({ span, wording: other }) =>
          span !== null &&
          other.claimId === wording.claimId &&
          span.start <= tokens.starts[chain.i0]! &&
          tokens.ends[chain.i1]! <= span.end,
      );
    return checked.flatMap((c) => {
      // A chain not printed exactly is aligned, unless its words lie in an exact match.
      const match = c.printed
        ? c.span
        : insideExact(c)
          ? null
          : trimmed(alignedMatch(folded.text, tokens, c.chain, c.wording));
      if (match === null) return [];
      const { claimId: id, source: via } = c.wording;
      return [{ id, via, ...pageSpan(piece, match.start, match.end), score: match.score }];
    });
  }

  /**
   * The claims of `text`, read whole (`mentions` in its offsets, for stems and short quotes): by
   * its wordings, then its stems, then its two-word quotes, a step each (on a page's first
   * reading each runs cold, and together they held the page too long).
   */
  function* findIn(
    text: string,
    mentions: readonly PersonMention[] | undefined,
  ): Generator<undefined, Finding[]> {
    const named = mentions !== undefined && mentions.length > 0;
    let taken = resolveOverlaps(byWordingsOf(text));
    if (!named) return taken.sort(byStart);
    yield;
    // Never over a wording match: the words it matched are surer than stems. (Only what
    // is near decides, so a page read in windows finds the same: core/windows.ts.)
    resolveOverlaps(stems.find(text, mentions, taken), taken);
    taken = withoutLoneWeak(taken, eventOf);
    yield;
    // Last: a two-word quotation is the least sure of them.
    resolveOverlaps(shortQuotes.find(text, mentions), taken);
    return taken.sort(byStart);
  }

  /** What `text`'s wordings find: where the sieve sees them, or read whole (`sieve: false`). */
  function byWordingsOf(text: string): Finding[] {
    // Read whole: one piece (the reference the tests compare with).
    if (options.sieve === false) return byWordings(pieceOf(text, 0, text.length));
    const sifted = sieve.sift(text);
    const stretches = stretchesAround(
      sifted,
      text.length,
      sifted.grams.map((first) => [first, first + N - 1] as const),
      wordingMargin,
    );
    return stretches.flatMap(([start, end]) => byWordings(pieceOf(text, start, end, sifted)));
  }

  function* findInSteps(
    text: string,
    mentions?: readonly PersonMention[],
  ): Generator<undefined, Finding[]> {
    if (mentions === undefined) return yield* findIn(text, undefined);
    const found: Finding[] = [];
    for (const region of claimRegions(text, mentions)) {
      for (const claim of yield* findIn(region.text, region.mentions))
        found.push({ ...claim, start: claim.start + region.start, end: claim.end + region.start });
    }
    return found;
  }

  return {
    find: (text, mentions) => runSteps(findInSteps(text, mentions)),
    findInSteps,
  };
}

const byStart = (a: Finding, b: Finding) => a.start - b.start;
