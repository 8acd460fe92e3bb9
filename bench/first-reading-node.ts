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
type Way = (typeof WAYS)[number];

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
  const self = fileURLToPath(import.meta.url);
  const times: Record<string, Record<string, number>[]> = {};
  // Each way and size in turn, run after run: the machine's pace drifts.
  for (let run = 0; run < runs; run++)
    for (const way of WAYS)
      COUNTS.forEach((count, k) => {
        const output = execFileSync(
          process.execPath,
          ['--import', 'tsx', self, `--child=${dirs[k]},${way}`],
          { encoding: 'utf8' },
        );
        (times[`${way} ${count}`] ??= []).push(JSON.parse(output) as Record<string, number>);
      });
  const stat = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
  };
  const fmt = ({ min, median }: { min: number; median: number }) =>
    `${min.toFixed(1)} / ${median.toFixed(1)}`;
  console.log(
    `A named page's first reading of the bench's article, cold, ms (min / median of ${runs})`,
  );
  console.log('way, claims      receive       compile       analyze       total');
  for (const [name, list] of Object.entries(times)) {
    const column = (step: string) => fmt(stat(list.map((t) => t[step] ?? 0))).padStart(14);
    console.log(
      `${name.padEnd(14)}${column('receive')}${column('compile')}${column('analyze')}${column('total')}`,
    );
  }
  for (const way of WAYS) {
    const total = (count: number) => stat(times[`${way} ${count}`]!.map((t) => t.total!)).median;
    console.log(`${way}: growth 10 → 10,000 ${(total(10_000) / total(10)).toFixed(2)}×`);
  }
}

main();
