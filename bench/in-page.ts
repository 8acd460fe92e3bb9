/**
 * The content script's work, bundled for injection into a page by bench/run.ts, next to the
 * baselines it is measured against: bare walks of the same page's text nodes.
 */
import { compileSlicedAnalyzer, type Analyzer } from '../src/core/analyze';
import type { IndexedDataset } from '../src/core/analyzer-index';
import { compileSlicer, type Slicer } from '../src/core/analyzer-slice';
import { runSteps } from '../src/core/steps';
import {
  compileFirstLook,
  lookForAll,
  lookForPeople,
  type FirstLook,
} from '../src/core/first-look';
import { compilePeopleMatcher } from '../src/core/people';
import type { GatePerson } from '../scripts/dataset/vite-plugin';
import { lookAtTextNodes, textWalker } from '../src/content/first-look';
import { readNearNames } from '../src/content/near-names';
import { rangesFor } from '../src/content/page-text';

export interface InPageTimes {
  /** How many times each measured function ran per sample (enough to rise above timer precision). */
  readonly repeat: number;
  /** Medians per run, in ms. */
  readonly nodeWalk: number;
  readonly textWalk: number;
  readonly oneName: number;
  readonly firstLook: number;
  readonly fullMatch: number;
  /**
   * Every sample's time per run, in ms, in the order taken. The four measures of a sample ran
   * one after another, so a ratio is taken sample by sample: the two times share the machine's
   * conditions of that moment (bench/run.ts).
   */
  readonly samples: Readonly<Record<Measure, readonly number[]>>;
}

type Measure = 'nodeWalk' | 'textWalk' | 'oneName' | 'firstLook' | 'fullMatch';

declare global {
  interface Window {
    sourcelightBench: {
      measure(samples: number, people: readonly GatePerson[], dataset: IndexedDataset): InPageTimes;
    };
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Baseline 1: visit every text node and take its text, reading none of its characters. */
function nodeWalk(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    length += (node as Text).data.length;
  return length;
}

/**
 * Baseline 2, DESIGN.md's "bare text walk": the same walk collecting the page's text into one
 * string, which is what reading a page's text costs before anything is looked for in it.
 */
function textWalk(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    parts.push((node as Text).data);
  return parts.join('').length;
}

/**
 * Baseline 3, no budget's: the text walk, then one look for one name in what it collected, as
 * the least a look that reads the page's characters costs (`/witkoff/i`: the engine skips
 * through text for a literal). The first look looks for every spelling of everyone watched, in
 * each script, across node boundaries; this shows what that costs over looking for one name.
 */
const ONE_NAME = /witkoff/i;
function oneName(): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    parts.push((node as Text).data);
  return ONE_NAME.test(parts.join(''));
}

/** What the content script does on every page (src/content/index.ts): make the first look, look. */
function firstLook(people: readonly GatePerson[]): boolean | null {
  const look = compileFirstLook(lookForAll(people.map((person) => person.lookFor)));
  return lookAtTextNodes(textWalker(document.body), look);
}

/**
 * What it does on a page that names someone: read the text near names (noting where names may
 * be, with the look for everyone), check, analyse, find the ranges (as annotate.ts does).
 */
function fullMatch(
  people: readonly GatePerson[],
  everyone: FirstLook,
  analyzer: Analyzer,
  slicer: Slicer,
): number {
  if (!firstLook(people)) return 0;
  const page = readNearNames(document.body, everyone);
  const { text, firstLookAt } = page;
  if (!compilePeopleMatcher(people).namesAnyone(text, firstLookAt)) return 0;
  // Over the slice of the dataset the page's text needs: its keys are made each time, and the
  // slice is asked for (of the background, here of a slicer on the page) only the first time.
  const steps = analyzer.analyzeInSteps(text, { firstLookAt });
  const claims = runSteps(steps, ({ keys }) => slicer(keys)).claims;
  return rangesFor(page, claims).length;
}

/** How long each page's measures run untimed before the samples (see `measure`). */
const WARM_MS = 2_000;

/** Milliseconds per run of `work`, over `repeat` runs, after collecting the last one's garbage. */
function timePer(repeat: number, work: () => unknown): number {
  // bench/run.ts starts Chromium with --expose-gc, so no measure pays for another's garbage,
  // which is young. A minor collection, not a full one: after a full collection (one untimed
  // run aside) Chromium ran the article's pipeline at twice its median for the next 50 runs
  // (0.87 against 0.44 ms), the walks alike either way; a minor one left it at 0.40 (2026-12-04).
  (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc?.({ type: 'minor' });
  const start = performance.now();
  for (let i = 0; i < repeat; i++) work();
  return (performance.now() - start) / repeat;
}

window.sourcelightBench = {
  measure(samples, people, dataset) {
    // The analyzer is compiled once per page in the content script too: bench/run.ts times that
    // apart (its scaling rows), and the cold long-task row includes it. As there, it holds the
    // base, and reads the claims over the slice of the dataset its text needs.
    const { people: everybody, places, index } = dataset;
    const analyzer = compileSlicedAnalyzer({ people: everybody, places, cues: index.cues });
    const slicer = compileSlicer(dataset);
    // Made at build time (virtual:sourcelight/look-for-everyone); the background sends it to the
    // content script (content/reading-look.ts).
    const everyone = compileFirstLook(lookForPeople(dataset.people));
    // Untimed runs of each first, for WARM_MS: a page just loaded in a browser just started is
    // slow to settle, and the engine compiles what runs often; samples taken meanwhile measure
    // that, not the work. Without, Chromium's first five or six samples of the article ran slow,
    // the walks too (full match 1.69, 0.91, 0.59, 0.30, 0.64, 0.69, then 0.25-0.26 ms; text walk
    // 0.12, then 0.054-0.069), 2026-12-05. What a page's first reading costs, cold, is bench/run.ts's
    // long-task row.
    for (const until = performance.now() + WARM_MS; performance.now() < until;) {
      nodeWalk();
      textWalk();
      oneName();
      firstLook(people);
      fullMatch(people, everyone, analyzer, slicer);
    }
    // Enough runs per sample that the slowest baseline takes ~20 ms: browsers' clocks are coarse.
    let repeat = 1;
    while (timePer(repeat, nodeWalk) * repeat < 20 && repeat < 4096) repeat *= 2;
    const runs: Record<Measure, number[]> = {
      nodeWalk: [],
      textWalk: [],
      oneName: [],
      firstLook: [],
      fullMatch: [],
    };
    // Interleaved, so all four share the page's conditions.
    for (let i = 0; i < samples; i++) {
      runs.nodeWalk.push(timePer(repeat, nodeWalk));
      runs.textWalk.push(timePer(repeat, textWalk));
      runs.oneName.push(timePer(repeat, oneName));
      runs.firstLook.push(timePer(repeat, () => firstLook(people)));
      runs.fullMatch.push(
        timePer(Math.max(1, repeat >> 3), () => fullMatch(people, everyone, analyzer, slicer)),
      );
    }
    return {
      repeat,
      nodeWalk: median(runs.nodeWalk),
      textWalk: median(runs.textWalk),
      oneName: median(runs.oneName),
      firstLook: median(runs.firstLook),
      fullMatch: median(runs.fullMatch),
      samples: runs,
    };
  },
};
