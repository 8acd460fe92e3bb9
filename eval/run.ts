/**
 * `npm run eval -- [--corpus DIR] [--json FILE]`: runs the core pipeline on every page of a corpus
 * (default ../shared/corpus) and prints recall per claim and per language, false highlights on
 * negative pages, and people detection, against DIR/labels.json where there is one.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileAnalyzer, type PageAnalysis } from '../src/core/analyze';
import { loadDataset } from '../scripts/dataset/load';
import { readCorpus, readLabels } from './corpus';
import { score } from './score';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: '../shared/corpus' }, json: { type: 'string' } },
});
const dir = resolve(values.corpus);
const analyzer = compileAnalyzer(loadDataset({ dir: resolve('data') }));
const results = new Map<string, PageAnalysis>(
  readCorpus(dir).map((page) => [page.path, analyzer.analyze(page.body)]),
);

if (values.json !== undefined) {
  const pages = Object.fromEntries(
    [...results].map(([path, r]) => [path, { people: r.people, claims: r.claims }]),
  );
  writeFileSync(resolve(values.json), `${JSON.stringify({ pages }, null, 2)}\n`);
}

const ratio = ([found, all]: [number, number]) =>
  `${found}/${all} = ${all === 0 ? '-' : (found / all).toFixed(2)}`;
const labels = readLabels(dir);
console.log(`${results.size} pages read from ${dir}`);
if (labels === null) {
  console.log('No labels.json: nothing to score.');
} else {
  const s = score(results, labels);
  console.log('\nRecall per language');
  for (const [lang, r] of [...s.recallByLanguage].sort())
    console.log(`  ${lang.padEnd(4)} ${ratio(r)}`);
  console.log('\nRecall per claim');
  for (const [claim, r] of [...s.recallByClaim].sort())
    console.log(`  ${claim.padEnd(34)} ${ratio(r)}`);
  console.log(`\nFalse highlights on negative/ and near-negative/: ${s.falseHighlights.length}`);
  for (const f of s.falseHighlights) console.log(`  ${f.path}: ${f.claim}`);
  console.log(
    `People detected exactly as labelled: ${s.pagesScored - s.peopleMismatches.length}/${s.pagesScored} pages`,
  );
  for (const m of s.peopleMismatches)
    console.log(`  ${m.path}: found [${m.found.join(', ')}], labelled [${m.labelled.join(', ')}]`);
  console.log('Attribution: not scored yet (the pipeline does not attribute; issue 4).');
  const [en, other] = [...s.recallByLanguage].reduce<[[number, number], [number, number]]>(
    ([e, o], [lang, [f, a]]) =>
      lang === 'en' ? [[e[0] + f, e[1] + a], o] : [e, [o[0] + f, o[1] + a]],
    [
      [0, 0],
      [0, 0],
    ],
  );
  console.log(
    `\nSummary: recall en ${ratio(en)}, other languages ${ratio(other)}; false highlights ${s.falseHighlights.length}; people exact ${s.pagesScored - s.peopleMismatches.length}/${s.pagesScored}`,
  );
}
