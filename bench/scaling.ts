/**
 * `npm run bench`'s scaling rows (bench/run.ts), in Node: matching as the dataset grows from 10
 * to 10,000 synthetic claims, against a naive per-claim scan; and what a named page pays before
 * matching: compiling the analyzer, and receiving what it reads (the base, then the slice of the
 * dataset the bench's article needs), with what making that slice costs the background.
 *
 * `npx tsx bench/scaling.ts` prints these rows alone (a few seconds, no browser).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDataset } from '../scripts/dataset/load';
import { profileWords } from '../scripts/dataset/stem-profiles';
import { withFirstLooks, withAnalyzerIndex } from '../scripts/dataset/vite-plugin';
import { compileAnalyzer } from '../src/core/analyze';
import type { AnalyzerBase, IndexedDataset } from '../src/core/analyzer-index';
import { compileSlicer } from '../src/core/analyzer-slice';
import type { Claim, Dataset } from '../src/core/dataset';
import { fold, foldText } from '../src/core/normalize';
import { compilePeopleMatcher } from '../src/core/people';
import { sliceKeys } from '../src/core/slice-keys';
import { prose } from './prose';

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
/** Timings of what a page receives, per row. */
const RECEIVE_SAMPLES = 9;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * English's commonest words, which about two words in five of any English sentence are. Without
 * them, claims of made-up words only would make "the" and "said" rare in the dataset's English
 * and so telling (stem-index.ts weighs a word by how few claims hold it): every real claim
 * would then reach every English page.
 */
const COMMON_WORDS =
  'the of and to in that is was he for it with as his on be at by said had not are but from have they this which we'.split(
    ' ',
  );
const COMMON_SHARE = 0.4;

/**
 * Synthetic claims: each with two wordings of a dozen words, English's commonest words among
 * words from a large made-up vocabulary, at English's rate.
 */
export function syntheticDataset(base: Dataset, count: number): Dataset {
  const syllables = 'ka lo mi nu pe ra si to va ze bo du fi gu ha je'.split(' ');
  let x = 7;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const word = () => {
    if (next() % 100 < COMMON_SHARE * 100) return COMMON_WORDS[next() % COMMON_WORDS.length]!;
    let w = '';
    for (let i = 0; i < 3; i++) w += syllables[next() % syllables.length];
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
  const start = performance.now();
  const slicer = compileSlicer(grown);
  const slice = slicer(keys);
  const firstSliceMs = performance.now() - start;
  return {
    // The page: the base, then the slice, as the background sends them (JSON); parsed, and the
    // slice made again, by `scaling`.
    messages: [JSON.stringify(base), JSON.stringify(slice)],
    slice: () => slicer(keys),
    sliceClaims: slice.claims.length,
    keysBytes: JSON.stringify(keys).length,
    firstSliceMs,
  };
}

/** The median of each sample's `last` over its `first`. */
const medianRatio = (last: readonly number[], first: readonly number[]) =>
  median(last.map((time, i) => time / first[i]!));

export function scaling(dataset: Dataset, pageText: string) {
  const made = [10, 100, 1_000, 10_000].map((count) => {
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
    const { messages, slice, ...receiving } = received(grown, pageText);
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
    // What a named page received until issue 21: the whole dataset, as sent.
    const sent = JSON.stringify(grown);
    const row = {
      claims: count,
      matcherMs: median(matcher),
      naiveMs: median(naive),
      compileMs: median(compile),
      ...receiving,
      receivedBytes: messages[0]!.length + messages[1]!.length,
      datasetBytes: sent.length,
    };
    return { row, messages, slice, sent };
  });
  // Parsing, after every row is made, the rows in turn sample by sample: a millisecond or so
  // each (what a page receives now), on a machine whose pace drifts; growth is the median of
  // the samples' ratios. So with the background's slicing, and the whole dataset as a page
  // received it until issue 21.
  const receive = made.map(() => [] as number[]);
  const whole = made.map(() => [] as number[]);
  const slicing = made.map(() => [] as number[]);
  for (let i = 0; i < RECEIVE_SAMPLES; i++)
    made.forEach(({ messages, slice, sent }, r) => {
      let start = performance.now();
      slice();
      slicing[r]!.push(performance.now() - start);
      start = performance.now();
      for (let k = 0; k < RECEIVES; k++) for (const message of messages) JSON.parse(message);
      receive[r]!.push((performance.now() - start) / RECEIVES);
      start = performance.now();
      JSON.parse(sent);
      whole[r]!.push(performance.now() - start);
    });
  const rows = made.map(({ row }, r) => ({
    ...row,
    receiveMs: median(receive[r]!),
    sliceMs: median(slicing[r]!),
    datasetReceiveMs: median(whole[r]!),
  }));
  return {
    rows,
    matcherGrowth: rows.at(-1)!.matcherMs / rows[0]!.matcherMs,
    naiveGrowth: rows.at(-1)!.naiveMs / rows[0]!.naiveMs,
    compileGrowth: rows.at(-1)!.compileMs / rows[0]!.compileMs,
    receiveGrowth: medianRatio(receive.at(-1)!, receive[0]!),
    sliceGrowth: medianRatio(slicing.at(-1)!, slicing[0]!),
    datasetReceiveGrowth: medianRatio(whole.at(-1)!, whole[0]!),
  };
}

/** The bench's named article (bench/run.ts): the interview, then 50,000 characters naming nobody. */
export function benchArticle(): string {
  const interview = readFileSync(resolve('tests/fixtures/pages/interview-article.html'), 'utf8');
  return interview.replace('</article>', `${prose(50_000, 3)}</article>`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scale = scaling(
    loadDataset({ dir: resolve('data') }),
    benchArticle().replace(/<[^>]+>/g, ' '),
  );
  console.log(`scaling rows (bench/scaling.ts), ${new Date().toISOString()}`);
  for (const row of scale.rows) console.log(JSON.stringify(row));
  console.log(JSON.stringify({ ...scale, rows: undefined }));
}
