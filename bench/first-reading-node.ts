/**
 * `npx tsx bench/first-reading-node.ts [--runs N]`: a named page's first reading of the bench's
 * article, cold, in Node (V8, the engine of Chromium), with the dataset and 10 or 10,000
 * synthetic claims (bench/scaling.ts): what issue 21 asks to grow less than 1.5×. Two ways:
 * - whole: the page receives the whole dataset (as until issue 21: parsed as sent), compiles
 *   the analyzer over it, analyses the article;
 * - sliced: the page receives the base, compiles the sliced analyzer, analyses the article,
 *   its steps asking for the slice its text needs, which arrives as sent (parsed; the
 *   background made it beforehand: its cost is the background's, bench/scaling.ts's).
 * Each reading runs in a process of its own, as each page has a content script of its own: none
 * of the code has run before, as on a person's first named page. Prints milliseconds as
 * min / median of `--runs` processes each (default 7), per step and in all.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDataset } from '../scripts/dataset/load';
import { withAnalyzerIndex, withFirstLooks } from '../scripts/dataset/vite-plugin';
import { compileAnalyzer, compileSlicedAnalyzer } from '../src/core/analyze';
import type { AnalyzerBase, DatasetSlice, IndexedDataset } from '../src/core/analyzer-index';
import { compileSlicer } from '../src/core/analyzer-slice';
import { compilePeopleMatcher } from '../src/core/people';
import { sliceKeys } from '../src/core/slice-keys';
import { runSteps } from '../src/core/steps';
import { benchArticle, syntheticDataset } from './scaling';

const COUNTS = [10, 10_000] as const;
const WAYS = ['whole', 'sliced'] as const;
export type Way = (typeof WAYS)[number];
/** Issue 21: a named page's cold first reading grows less than this from 10 to 10,000 claims. */
export const FIRST_READING_GROWTH = 1.5;
const SELF = fileURLToPath(import.meta.url);

/** One reading, in this process: its files read, then each step timed. */
function readOnce(dir: string, way: Way): Record<string, number> {
  const text = readFileSync(join(dir, 'article.txt'), 'utf8');
  const files = Object.fromEntries(
    ['whole', 'base', 'slice'].map((name) => [
      name,
      readFileSync(join(dir, `${name}.json`), 'utf8'),
    ]),
  );
  const times: Record<string, number> = {};
  let at = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    times[name] = (times[name] ?? 0) + now - at;
    at = now;
  };
  if (way === 'whole') {
    const dataset = JSON.parse(files.whole!) as IndexedDataset;
    step('receive');
    const analyzer = compileAnalyzer(dataset);
    step('compile');
    analyzer.analyze(text);
    step('analyze');
  } else {
    const base = JSON.parse(files.base!) as AnalyzerBase;
    step('receive');
    const analyzer = compileSlicedAnalyzer(base);
    step('compile');
    runSteps(analyzer.analyzeInSteps(text), () => {
      step('analyze');
      const slice = JSON.parse(files.slice!) as DatasetSlice;
      step('receive');
      return slice;
    });
    step('analyze');
  }
  times.total = Object.values(times).reduce((sum, t) => sum + t, 0);
  return times;
}

/** Milliseconds (min and median) of one step or the total, over a way and size's readings. */
export interface Stat {
  readonly min: number;
  readonly median: number;
}

/**
 * Each way's and size's cold readings of the bench's article, `runs` processes each, from the
 * repository's `data/` (run from its root): per row (`"sliced 10000"`), per step, min and median.
 */
export function firstReadings(
  runs: number,
  ways: readonly Way[] = WAYS,
): Record<string, Record<string, Stat>> {
  const dataset = loadDataset({ dir: resolve('data') });
  const text = benchArticle().replace(/<[^>]+>/g, ' ');
  const dirs = COUNTS.map((count) => {
    const grown = withFirstLooks(withAnalyzerIndex(syntheticDataset(dataset, count)));
    const base: AnalyzerBase = {
      people: grown.people,
      places: grown.places,
      cues: grown.index.cues,
    };
    const keys = sliceKeys(text, compilePeopleMatcher(base.people).mentions(text));
    const dir = mkdtempSync(join(tmpdir(), `sourcelight-first-reading-${count}-`));
    writeFileSync(join(dir, 'article.txt'), text);
    writeFileSync(join(dir, 'whole.json'), JSON.stringify(grown));
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    writeFileSync(join(dir, 'slice.json'), JSON.stringify(compileSlicer(grown)(keys)));
    return dir;
  });
  const times: Record<string, Record<string, number>[]> = {};
  // Each way and size in turn, run after run: the machine's pace drifts.
  for (let run = 0; run < runs; run++)
    for (const way of ways)
      COUNTS.forEach((count, k) => {
        const output = execFileSync(
          process.execPath,
          ['--import', 'tsx', SELF, `--child=${dirs[k]},${way}`],
          { encoding: 'utf8' },
        );
        (times[`${way} ${count}`] ??= []).push(JSON.parse(output) as Record<string, number>);
      });
  const stat = (values: number[]): Stat => {
    const sorted = [...values].sort((a, b) => a - b);
    return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
  };
  return Object.fromEntries(
    Object.entries(times).map(([row, list]) => [
      row,
      Object.fromEntries(
        ['receive', 'compile', 'analyze', 'total'].map((step) => [
          step,
          stat(list.map((t) => t[step] ?? 0)),
        ]),
      ),
    ]),
  );
}

/** How much more the median cold reading takes with 10,000 claims than with 10, one way. */
export const firstReadingGrowth = (rows: Record<string, Record<string, Stat>>, way: Way) =>
  rows[`${way} ${COUNTS[1]}`]!.total!.median / rows[`${way} ${COUNTS[0]}`]!.total!.median;

function main(): void {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '7' }, child: { type: 'string' } },
  });
  if (values.child !== undefined) {
    const [dir, way] = values.child.split(',') as [string, Way];
    console.log(JSON.stringify(readOnce(dir, way)));
    return;
  }
  const runs = Number(values.runs);
  const rows = firstReadings(runs);
  const fmt = ({ min, median }: Stat) => `${min.toFixed(1)} / ${median.toFixed(1)}`;
  console.log(
    `A named page's first reading of the bench's article, cold, ms (min / median of ${runs})`,
  );
  console.log('way, claims      receive       compile       analyze       total');
  for (const [name, steps] of Object.entries(rows)) {
    const column = (step: string) => fmt(steps[step]!).padStart(14);
    console.log(
      `${name.padEnd(14)}${column('receive')}${column('compile')}${column('analyze')}${column('total')}`,
    );
  }
  for (const way of WAYS)
    console.log(`${way}: growth 10 → 10,000 ${firstReadingGrowth(rows, way).toFixed(2)}×`);
}

// Run as a script (and as each reading's child process), not when imported by bench/run.ts.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === SELF) main();
