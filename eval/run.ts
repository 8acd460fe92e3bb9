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
import { score, scoreAttribution } from './score';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    json: { type: 'string' },
    'leave-one-out': { type: 'boolean', default: false },
  },
});
const dir = resolve(values.corpus);
const dataset = loadDataset({ dir: resolve('data') });
const analyzer = compileAnalyzer(dataset);
const labels = readLabels(dir);

/**
 * With --leave-one-out, each page is read with a dataset that has none of that page's own
 * wordings (matched by URL), as if the extension had never seen it: a proxy for unseen pages.
 */
function analyzerFor(path: string) {
  if (!values['leave-one-out']) return analyzer;
  const url = labels?.get(path)?.url;
  const own = new Set(
    dataset.sources.filter((s) => url !== undefined && sameUrl(s.url, url)).map((s) => s.id),
  );
  if (own.size === 0) return analyzer;
  return compileAnalyzer({
    ...dataset,
    claims: dataset.claims.map((c) => ({
      ...c,
      appearances: c.appearances.filter((a) => !own.has(a.source)),
    })),
  });
}

/** The dataset's record of whom each corpus page credits with each quote. */
function attributionTruth(): Map<string, Map<string, string>> {
  const truth = new Map<string, Map<string, string>>();
  for (const [path, label] of labels ?? []) {
    const own = new Set(
      dataset.sources
        .filter((s) => label.url !== undefined && sameUrl(s.url, label.url))
        .map((s) => s.id),
    );
    const credits = new Map<string, string>();
    for (const claim of dataset.claims) {
      if (claim.kind !== 'quote') continue;
      const appearance = claim.appearances.find(
        (a) => own.has(a.source) && a.attributedTo !== null,
      );
      if (appearance?.attributedTo) credits.set(claim.id, appearance.attributedTo);
    }
    if (credits.size > 0) truth.set(path, credits);
  }
  return truth;
}

function sameUrl(a: string, b: string): boolean {
  const plain = (u: string) =>
    decodeURI(u)
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
  return plain(a) === plain(b);
}

const results = new Map<string, PageAnalysis>(
  readCorpus(dir).map((page) => [page.path, analyzerFor(page.path).analyze(page.body)]),
);

if (values.json !== undefined) {
  const pages = Object.fromEntries(
    [...results].map(([path, r]) => [
      path,
      {
        people: r.people,
        // Exactly the fields issue 4 specifies.
        claims: r.claims.map(({ id, start, end, attributedTo, score }) => ({
          id,
          start,
          end,
          attributedTo,
          score,
        })),
      },
    ]),
  );
  writeFileSync(resolve(values.json), `${JSON.stringify({ pages }, null, 2)}\n`);
}

const ratio = ([found, all]: [number, number]) =>
  `${found}/${all} = ${all === 0 ? '-' : (found / all).toFixed(2)}`;
console.log(
  `${results.size} pages read from ${dir}${values['leave-one-out'] ? ', each without its own wordings' : ''}`,
);
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
  console.log(`\nMissed: ${s.missed.length}`);
  for (const m of s.missed) console.log(`  ${m.path}: ${m.claim}`);
  console.log(`\nFalse highlights on negative/ and near-negative/: ${s.falseHighlights.length}`);
  for (const f of s.falseHighlights) console.log(`  ${f.path}: ${f.claim}`);
  console.log(
    `People detected exactly as labelled: ${s.pagesScored - s.peopleMismatches.length}/${s.pagesScored} pages`,
  );
  for (const m of s.peopleMismatches)
    console.log(`  ${m.path}: found [${m.found.join(', ')}], labelled [${m.labelled.join(', ')}]`);
  const attribution = scoreAttribution(results, attributionTruth());
  const attributed = attribution.right + attribution.wrong.length;
  console.log(
    `Attribution right, against the dataset's record for these pages: ${attribution.right}/${attributed}`,
  );
  for (const w of attribution.wrong)
    console.log(`  ${w.path}: ${w.claim}: found ${w.found}, recorded ${w.recorded}`);
  const [en, other] = [...s.recallByLanguage].reduce<[[number, number], [number, number]]>(
    ([e, o], [lang, [f, a]]) =>
      lang === 'en' ? [[e[0] + f, e[1] + a], o] : [e, [o[0] + f, o[1] + a]],
    [
      [0, 0],
      [0, 0],
    ],
  );
  console.log(
    `\nSummary: recall en ${ratio(en)}, other languages ${ratio(other)}; false highlights ${s.falseHighlights.length}; attribution ${attribution.right}/${attributed}; people exact ${s.pagesScored - s.peopleMismatches.length}/${s.pagesScored}`,
  );
}
