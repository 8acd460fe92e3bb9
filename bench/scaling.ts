/**
 * `npm run bench`'s scaling rows (bench/run.ts), in Node: matching as the dataset grows from 10
 * to 10,000 synthetic claims, against a naive per-claim scan; and what a named page pays before
 * matching: compiling the analyzer, and receiving what it reads (the base, then the slice of the
 * dataset the bench's article needs), with what making that slice costs the background.
 */
import { profileWords } from '../scripts/dataset/stem-profiles';
import { withFirstLooks, withAnalyzerIndex } from '../scripts/dataset/vite-plugin';
import { compileAnalyzer } from '../src/core/analyze';
import type { AnalyzerBase, IndexedDataset } from '../src/core/analyzer-index';
import { compileSlicer } from '../src/core/analyzer-slice';
import type { Claim, Dataset } from '../src/core/dataset';
import { fold, foldText } from '../src/core/normalize';
import { compilePeopleMatcher } from '../src/core/people';
import { sliceKeys } from '../src/core/slice-keys';

/** Issue 21: compiling the analyzer on a named page grows less than this from 10 to 10,000 claims. */
export const COMPILE_GROWTH = 1.5;
/**
 * Issue 21: what a named page receives for the bench's article (the base, then the slice of the
 * dataset its text needs) grows less than this from 10 to 10,000 claims.
 */
export const RECEIVE_GROWTH = 1.5;
/** Compiles of the analyzer per timing: one takes a fraction of a millisecond. */
const COMPILES = 50;
/** Receptions of the base and the slice per timing: one takes about a millisecond. */
const RECEIVES = 20;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Synthetic claims: each with two wordings of a dozen words from a large made-up vocabulary. */
function syntheticDataset(base: Dataset, count: number): Dataset {
  const syllables = 'ka lo mi nu pe ra si to va ze bo du fi gu ha je'.split(' ');
  let x = 7;
  const word = () => {
    let w = '';
    for (let i = 0; i < 3; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      w += syllables[x % syllables.length];
    }
    return w;
  };
  const sentence = () => Array.from({ length: 12 }, word).join(' ');
  const source = base.sources[0]!.id;
  const claims: Claim[] = Array.from({ length: count }, (_, n) => {
    const statement = sentence();
    return {
      id: `synthetic-${n}`,
      kind: 'quote',
      speaker: 'witkoff',
      statement,
      // As the build makes them: the stem index is made from these (src/core/stem-index.ts).
      stems: [{ language: 'en', source: null, words: profileWords(statement, 'en') }],
      event: base.claims[0]!.event,
      appearances: [
        { source, text: sentence(), attributedTo: 'witkoff', details: [] },
        { source: base.sources[1]!.id, text: sentence(), attributedTo: 'witkoff', details: [] },
      ],
      differences: { attribution: { bySource: [], disagree: false }, details: [], wording: [] },
    };
  });
  // The index is made again, from every claim: as the build would make it (withAnalyzerIndex).
  return { ...base, claims: [...base.claims, ...claims], index: undefined };
}

/** What a named page receives of `grown` for `pageText`, and what making it costs the background. */
function received(grown: IndexedDataset, pageText: string) {
  const base: AnalyzerBase = { people: grown.people, places: grown.places, cues: grown.index.cues };
  // The keys the page sends: those of the article's text near its names (they do not depend on
  // the claims), as the content script's analysis makes them (analyze.ts).
  const keys = sliceKeys(pageText, compilePeopleMatcher(base.people).mentions(pageText));
  // The background: its slicer, made at the first slice asked for (the beginnings and short
  // quotes by their keys' hashes), then each slice.
  let start = performance.now();
  const slicer = compileSlicer(grown);
  let slice = slicer(keys);
  const firstSliceMs = performance.now() - start;
  const slicing: number[] = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    slice = slicer(keys);
    slicing.push(performance.now() - start);
  }
  // The page: the base, then the slice, as the background sends them (JSON), parsed: a
  // millisecond or so, so timed over many.
  const sent = [JSON.stringify(base), JSON.stringify(slice)];
  const receive: number[] = [];
  for (let i = 0; i < 9; i++) {
    start = performance.now();
    for (let k = 0; k < RECEIVES; k++) for (const message of sent) JSON.parse(message);
    receive.push((performance.now() - start) / RECEIVES);
  }
  return {
    receiveMs: median(receive),
    receivedBytes: sent[0]!.length + sent[1]!.length,
    sliceClaims: slice.claims.length,
    keysBytes: JSON.stringify(keys).length,
    sliceMs: median(slicing),
    firstSliceMs,
  };
}

export function scaling(dataset: Dataset, pageText: string) {
  const rows = [10, 100, 1_000, 10_000].map((count) => {
    // As the extension loads it: the stem index made by the build.
    const grown = withFirstLooks(withAnalyzerIndex(syntheticDataset(dataset, count)));
    const analyzer = compileAnalyzer(grown);
    const wordings = grown.claims.flatMap((c) =>
      c.appearances.flatMap((a) => (a.text === null ? [] : [foldText(a.text)])),
    );
    const matcher: number[] = [];
    const naive: number[] = [];
    // Paid once per named page, before any matching (annotate.ts compiles the analyzer there):
    // well under a millisecond, so timed over many.
    const compile: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      for (let k = 0; k < COMPILES; k++) compileAnalyzer(grown);
      compile.push((performance.now() - start) / COMPILES);
    }
    // What a named page receives: the base, then the slice of the dataset the article needs.
    const receiving = received(grown, pageText);
    // The naive scan gets the folded page for free: only its per-claim searching is timed.
    const folded = fold(pageText).text;
    let found = 0;
    // Warm: the first row would otherwise pay the engine's compiling of the matcher, and its
    // growth look smaller than it is.
    for (let i = 0; i < 5; i++) analyzer.analyze(pageText);
    for (let i = 0; i < 9; i++) {
      let start = performance.now();
      analyzer.analyze(pageText);
      matcher.push(performance.now() - start);
      start = performance.now();
      for (const wording of wordings) if (folded.includes(wording)) found++;
      naive.push(performance.now() - start);
    }
    if (found < 0) throw new Error('unreachable: keeps the searches observable');
    return {
      claims: count,
      matcherMs: median(matcher),
      naiveMs: median(naive),
      compileMs: median(compile),
      ...receiving,
      // What the whole dataset weighs as sent: what a named page received until issue 21.
      datasetBytes: JSON.stringify(grown).length,
    };
  });
  return {
    rows,
    matcherGrowth: rows.at(-1)!.matcherMs / rows[0]!.matcherMs,
    naiveGrowth: rows.at(-1)!.naiveMs / rows[0]!.naiveMs,
    compileGrowth: rows.at(-1)!.compileMs / rows[0]!.compileMs,
    receiveGrowth: rows.at(-1)!.receiveMs / rows[0]!.receiveMs,
    sliceGrowth: rows.at(-1)!.sliceMs / rows[0]!.sliceMs,
  };
}
