/**
 * The slice of an indexed dataset that a text's keys reach (slice-keys.ts): made by the
 * background for a named page (src/background/index.ts), which then reads the text over it
 * exactly as over the whole dataset. Not in the content script: it reads the whole index.
 *
 * What the slice holds, and why that is all the matchers can use (match.ts):
 * - Wordings: every 3-gram of the keys that the index holds (one in too many wordings to point
 *   anywhere too: the sieve still stops there), with all its wordings, and the numbers of its
 *   words. Every other 3-gram of the text is one the index lacks, or holds a word it lacks.
 * - Translations (stem-match.ts): the texts of claims whose people are named that the keys'
 *   beginnings could hold enough of: three of their telling words (a short text's two) and
 *   `LEAST_SHARE` of their weight (or of it without their framing), as `mayHoldEnough` asks of
 *   the hits of any stretch of the text (a stretch holds no more than all of them). Each with
 *   every beginning of the keys it holds, and the beginnings of the keys that mark their
 *   claims' events.
 *   Or a report rendering whose numbers, and the unit of one, the keys' beginnings hold.
 * - Short quotes of the keys whose claims' people are named.
 * - Those claims whole, their sources and events, their contexts.
 * Weights, contexts, event words and the longest wording come from the whole index unchanged:
 * the slice restricts what is looked up, never what is computed from all the claims.
 */
import type { DatasetSlice, IndexedDataset } from './analyzer-index';
import { peopleNear } from './claim-people';
import type { Claim, ClaimEvent, PersonId, Source } from './dataset';
import { lookUp, makeIntTable } from './int-table';
import type { ShortQuoteIndex } from './short-quotes';
import type { SliceKeys } from './slice-keys';
import { FEWEST_WORDS, forEachPosting, mayHoldFigures, SHORT_TEXT_WORDS } from './stem-index';
import { CUT_SHARE, LEAST_SHARE } from './stem-match';
import { gramKey, wordHash } from './word-sieve';

/** Below `LEAST_SHARE` by no more than rounding: a share summed in another order may differ. */
const ROUNDING = 1e-9;

export type Slicer = (keys: SliceKeys) => DatasetSlice;

/**
 * The slicer of `dataset`. What it makes once (the beginnings and short quotes by their keys'
 * hashes) it makes at its first slice: its cost is the background's, once per start.
 */
export function compileSlicer(dataset: IndexedDataset): Slicer {
  const { wordings, stems, contexts, shortQuotes } = dataset.index;
  let beginningsByHash: Map<number, number[]> | undefined;
  let quotesByHash: Map<number, string[]> | undefined;
  let sourceById: Map<string, Source> | undefined;
  let eventById: Map<string, ClaimEvent> | undefined;
  /** Whom each claim's translations are found near (claim-people.ts). */
  const peopleOf = (claim: Claim): PersonId[] => peopleNear(claim, stems.eventPeople);

  return (keys) => {
    const named = new Set(keys.people);
    const namedIn = new Map<number, boolean>();
    const isNamed = (c: number) => {
      let is = namedIn.get(c);
      if (is === undefined)
        namedIn.set(c, (is = peopleOf(dataset.claims[c]!).some((p) => named.has(p))));
      return is;
    };
    const claims = new Set<number>();

    // The 3-grams of the keys the index holds, by their key: what the sieve looks up.
    const numbers = keys.words.map((hash) => lookUp(wordings.vocabulary, hash));
    const grams = new Map<number, number>();
    const vocabulary = new Map<number, number>();
    for (let i = 0; i < keys.grams.length; i += 3) {
      const at = [keys.grams[i]!, keys.grams[i + 1]!, keys.grams[i + 2]!];
      const [a, b, c] = at.map((k) => numbers[k]!) as [number, number, number];
      if (a < 0 || b < 0 || c < 0) continue;
      const key = gramKey(a, b, c);
      const g = lookUp(wordings.grams, key);
      if (g < 0) continue;
      grams.set(key, g);
      for (const k of at) vocabulary.set(keys.words[k]!, numbers[k]!);
    }
    const reachedWordings = new Set<number>();
    for (const g of grams.values())
      for (let k = wordings.postingStarts[g]!; k < wordings.postingStarts[g + 1]!; k++)
        reachedWordings.add(wordings.postings[2 * k]!);
    for (const w of reachedWordings) claims.add(wordings.wordings[2 * w]!);

    // The beginnings the keys hold, and the texts of named people's claims they may hold enough of.
    beginningsByHash ??= byHash(stems.beginnings.map((beginning, b) => [beginning, b] as const));
    const beginnings = keys.stems.flatMap((hash) => beginningsByHash!.get(hash) ?? []);
    const held = new Map<number, Set<number>>();
    for (const b of beginnings)
      forEachPosting(stems.words[b]!, (_, text, word) => {
        if (!isNamed(stems.texts[text]!.claim)) return;
        let words = held.get(text);
        if (words === undefined) held.set(text, (words = new Set()));
        words.add(word);
      });
    const texts = new Set<number>();
    for (const [text, words] of held) {
      const { weights, claim, framing } = stems.texts[text]!;
      let [total, telling, weight] = [0, 0, 0];
      for (const w of weights) if (w > 0) [total, telling] = [total + w, telling + 1];
      for (const word of words) weight += weights[word]!;
      // As stem-match.ts's `mayHoldEnough`: a short text's every word, else three; the share
      // of its whole weight, or of its weight without its framing (a reported quote's). Or as
      // its `cutsOf`: two of its words at `CUT_SHARE` of its weight (a few words quoted of it).
      const needed = telling < FEWEST_WORDS ? telling : FEWEST_WORDS;
      if (telling < SHORT_TEXT_WORDS || total <= 0) continue;
      const cut =
        telling >= FEWEST_WORDS &&
        words.size >= SHORT_TEXT_WORDS &&
        weight / total >= CUT_SHARE - ROUNDING;
      const enough =
        words.size >= needed &&
        (weight / total >= LEAST_SHARE - ROUNDING ||
          shareWithout(framing ?? [], weights, words) >= LEAST_SHARE - ROUNDING);
      // Or as its `figuresOf`: a report rendering's numbers, one with its unit.
      const figures = mayHoldFigures(stems.texts[text]!, (word) => words.has(word));
      if (!cut && !enough && !figures) continue;
      texts.add(text);
      claims.add(claim);
    }

    // The two-word quotations of the keys that named people's claims print.
    quotesByHash ??= byHash(Object.keys(shortQuotes).map((key) => [key, key] as const));
    const quoted: [string, number[]][] = [];
    for (const hash of keys.quotes)
      for (const key of quotesByHash.get(hash) ?? []) {
        const list = shortQuotes[key]!;
        const kept: number[] = [];
        for (let i = 0; i < list.length; i += 2)
          if (isNamed(list[i]!)) {
            kept.push(list[i]!, list[i + 1]!);
            claims.add(list[i]!);
          }
        if (kept.length > 0) quoted.push([key, kept]);
      }

    // The slice: the claims in dataset order, and everything numbered anew in the same order.
    const order = [...claims].sort((x, y) => x - y);
    const claimAt = new Map(order.map((c, k) => [c, k]));
    const sliceClaims = order.map((c) => dataset.claims[c]!);
    const events = new Set(sliceClaims.map((claim) => claim.event));

    const wordingOrder = [...reachedWordings].sort((x, y) => x - y);
    const wordingAt = new Map(wordingOrder.map((w, k) => [w, k]));
    const gramOrder = [...new Set(grams.values())].sort((x, y) => x - y);
    const gramAt = new Map(gramOrder.map((g, k) => [g, k]));
    const postingStarts = [0];
    const postings: number[] = [];
    for (const g of gramOrder) {
      for (let k = wordings.postingStarts[g]!; k < wordings.postingStarts[g + 1]!; k++)
        postings.push(wordingAt.get(wordings.postings[2 * k]!)!, wordings.postings[2 * k + 1]!);
      postingStarts.push(postings.length / 2);
    }

    const textOrder = [...texts].sort((x, y) => x - y);
    const textAt = new Map(textOrder.map((p, k) => [p, k]));
    const eventWords = Object.fromEntries(
      [...events].map((event) => [event, stems.eventWords[event] ?? []] as const),
    );
    const marks = new Set(Object.values(eventWords).flat());
    const sliceBeginnings: string[] = [];
    const sliceWords: number[][] = [];
    for (const b of [...new Set(beginnings)].sort((x, y) => x - y)) {
      const byLanguage: number[][] = [];
      forEachPosting(stems.words[b]!, (language, text, word) => {
        const k = textAt.get(text);
        if (k !== undefined) (byLanguage[language] ??= []).push(k, word);
      });
      const list = byLanguage.flatMap((pairs, l) =>
        pairs === undefined ? [] : [l, pairs.length / 2, ...pairs],
      );
      if (list.length === 0 && !marks.has(stems.beginnings[b]!)) continue;
      sliceBeginnings.push(stems.beginnings[b]!);
      sliceWords.push(list);
    }

    sourceById ??= new Map(dataset.sources.map((s) => [s.id, s]));
    eventById ??= new Map(dataset.events.map((e) => [e.id, e]));
    const sources = new Set<string>();
    const addSource = (id: string | null) => {
      // With the source it copies, rewrites or translates: the card names it.
      for (; id !== null && !sources.has(id); id = sourceById!.get(id)?.copyOf ?? null)
        sources.add(id);
    };
    for (const claim of sliceClaims) for (const a of claim.appearances) addSource(a.source);

    const sliceQuotes: Record<string, number[]> = {};
    for (const [key, list] of quoted)
      sliceQuotes[key] = list.map((n, i) => (i % 2 === 0 ? claimAt.get(n)! : n));

    return {
      claims: sliceClaims,
      sources: dataset.sources.filter((s) => sources.has(s.id)),
      events: dataset.events.filter((e) => events.has(e.id)),
      index: {
        wordings: {
          wordings: wordingOrder.flatMap((w) => [
            claimAt.get(wordings.wordings[2 * w]!)!,
            wordings.wordings[2 * w + 1]!,
          ]),
          vocabulary: makeIntTable(vocabulary),
          grams: makeIntTable([...grams].map(([key, g]) => [key, gramAt.get(g)!] as const)),
          postingStarts,
          postings,
          longest: wordings.longest,
        },
        stems: {
          languages: stems.languages,
          texts: textOrder.map((p) => ({
            ...stems.texts[p]!,
            claim: claimAt.get(stems.texts[p]!.claim)!,
          })),
          beginnings: sliceBeginnings,
          words: sliceWords,
          eventWords,
          eventPeople: Object.fromEntries(
            [...events].map((event) => [event, stems.eventPeople[event] ?? []] as const),
          ),
        },
        contexts: order.map((c) => contexts[c] ?? []),
        shortQuotes: sliceQuotes satisfies ShortQuoteIndex,
      },
    };
  };
}

/** Each value by its key's hash (`wordHash`): hashes may collide, so a list for each. */
function byHash<T>(entries: readonly (readonly [string, T])[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const [key, value] of entries) {
    const hash = wordHash(key);
    const list = map.get(hash);
    if (list === undefined) map.set(hash, [value]);
    else list.push(value);
  }
  return map;
}

/** The share of a text's weight, without its `framing` words, that its `held` words hold. */
function shareWithout(
  framing: readonly number[],
  weights: readonly number[],
  held: ReadonlySet<number>,
): number {
  const left = new Set(framing);
  let [total, weight] = [0, 0];
  weights.forEach((w, word) => {
    if (left.has(word)) return;
    total += w;
    if (held.has(word)) weight += w;
  });
  return total > 0 ? weight / total : 0;
}
