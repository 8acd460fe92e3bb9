/**
 * `npm run eval -- [--corpus DIR] [--json FILE] [--leave-one-out]`: runs the core pipeline on
 * every page of a corpus (default ../shared/corpus: <event>/positive/, <event>/near-negative/,
 * negative/) and prints, against DIR/labels.json where there is one, recall per event (English
 * and other languages), per language and per claim, the false highlights (corpus README), and
 * people detection. A page that names none of the watched people is not read, as the content
 * script does not read it.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileAnalyzer, type PageAnalysis } from '../src/core/analyze';
import { buildAnalyzerIndex } from '../src/core/analyzer-index';
import { compilePeopleMatcher } from '../src/core/people';
import { loadDataset } from '../scripts/dataset/load';
import { gatePeople } from '../scripts/dataset/vite-plugin';
import { readCorpus, readLabels } from './corpus';
import { score, scoreAttribution, type Ratio, type Score } from './score';

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
const claimEvents = new Map(dataset.claims.map((c) => [c.id, c.event]));

/**
 * With --leave-one-out, each page is read with a dataset that has none of that page's own
 * wordings (matched by URL), as if the extension had never seen it: a proxy for unseen pages.
 */
function analyzerFor(path: string) {
  if (!values['leave-one-out']) return analyzer;
  const url = labels?.pages.get(path)?.url;
  const own = new Set(
    dataset.sources.filter((s) => url !== undefined && sameUrl(s.url, url)).map((s) => s.id),
  );
  if (own.size === 0) return analyzer;
  const claims = dataset.claims.map((c) => ({
    ...c,
    // The page's appearances stay on the record (a claim needs one), without their wordings.
    appearances: c.appearances.map((a) => (own.has(a.source) ? { ...a, text: null } : a)),
    // Its wordings' stems go with them; the statement's and the renderings' stay.
    stems: c.stems?.filter((p) => p.source === null || !own.has(p.source)),
  }));
  return compileAnalyzer({ ...dataset, claims, index: buildAnalyzerIndex({ ...dataset, claims }) });
}

/** The dataset's record of whom each corpus page credits with each quote. */
function attributionTruth(): Map<string, Map<string, string>> {
  const truth = new Map<string, Map<string, string>>();
  for (const [path, label] of labels?.pages ?? []) {
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

/**
 * The content script's gate, made as the build makes it (the watched people, default settings):
 * a page that names none of them is not read, whoever else it names (src/content/index.ts), so
 * the eval reports nothing there either, as a reader would see.
 */
const gate = compilePeopleMatcher(gatePeople(dataset));
const NOTHING: PageAnalysis = { people: [], claims: [] };

const unread: string[] = [];
const results = new Map<string, PageAnalysis>(
  readCorpus(dir).map((page) => {
    if (gate.namesAnyone(page.body)) return [page.path, analyzerFor(page.path).analyze(page.body)];
    unread.push(page.path);
    return [page.path, NOTHING];
  }),
);

if (values.json !== undefined) {
  const pages = Object.fromEntries(
    [...results].map(([path, r]) => [
      path,
      {
        people: r.people,
        // The fields issue 4 specifies, and the claim's event (issue 20).
        claims: r.claims.map(({ id, start, end, attributedTo, score }) => ({
          id,
          event: claimEvents.get(id) ?? null,
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

const ratio = ([found, all]: Ratio) =>
  `${found}/${all} = ${all === 0 ? '-' : (found / all).toFixed(2)}`;
console.log(
  `${results.size} pages read from ${dir}${values['leave-one-out'] ? ', each without its own wordings' : ''}`,
);
const unreadCarrying = unread.filter((path) => (labels?.pages.get(path)?.claims.length ?? 0) > 0);
console.log(
  `${unread.length} of them name none of the watched people, so the extension does not read them and neither does the eval${unreadCarrying.length > 0 ? `; labelled with key claims among them: ${unreadCarrying.join(', ')}` : ''}`,
);
if (labels === null) console.log('No labels.json: nothing to score.');
else report(score(results, labels, claimEvents));

function sum(ratios: readonly Ratio[]): Ratio {
  return ratios.reduce<Ratio>(([f, a], [g, b]) => [f + g, a + b], [0, 0]);
}

function report(s: Score): void {
  console.log(
    '\nRecall per event (English pages, other languages); per folder: false highlights, people exact',
  );
  const folders = [...new Set([...s.recallByEvent.keys(), ...s.byFolder.keys()])].sort();
  for (const folder of folders) {
    const recall = s.recallByEvent.get(folder);
    const pages = s.byFolder.get(folder);
    console.log(
      `  ${folder.padEnd(26)} recall en ${recall === undefined ? '-' : ratio(recall.en)}, other ${recall === undefined ? '-' : ratio(recall.other)}; ` +
        `false highlights ${pages?.falseHighlights ?? 0}; people exact ${pages?.peopleExact ?? 0}/${pages?.pages ?? 0}`,
    );
  }
  console.log('\nRecall per language');
  for (const [lang, r] of [...s.recallByLanguage].sort())
    console.log(`  ${lang.padEnd(4)} ${ratio(r)}`);
  console.log('\nRecall per claim');
  for (const [claim, r] of [...s.recallByClaim].sort())
    console.log(`  ${claim.padEnd(40)} ${ratio(r)}`);
  console.log(`\nMissed: ${s.missed.length}`);
  for (const m of s.missed) console.log(`  ${m.path}: ${m.claim}`);
  console.log(`\nFalse highlights: ${s.falseHighlights.length}`);
  for (const f of s.falseHighlights)
    console.log(
      `  ${f.path}: ${f.claim} (${f.reason}${f.reason === 'another event' ? `: ${claimEvents.get(f.claim) ?? '?'}` : ''})`,
    );
  console.log(
    `People detected exactly as labelled: ${s.pagesScored - s.peopleMismatches.length}/${s.pagesScored} pages`,
  );
  for (const m of s.peopleMismatches)
    console.log(`  ${m.path}: found [${m.found.join(', ')}], labelled [${m.labelled.join(', ')}]`);
  const attribution = scoreAttribution(results, attributionTruth());
  const attributed = attribution.right + attribution.wrong.length;
  console.log(
    `Attribution right, against the dataset's record for these pages (per page and quote): ${attribution.right}/${attributed}`,
  );
  for (const w of attribution.wrong)
    console.log(
      `  ${w.path}: ${w.claim}: found [${w.found.map((p) => p ?? 'no one').join(', ')}], recorded ${w.recorded}`,
    );
  const events = [...s.recallByEvent.values()];
  const [en, other] = [sum(events.map((e) => e.en)), sum(events.map((e) => e.other))];
  console.log(
    `\nSummary: recall en ${ratio(en)}, other languages ${ratio(other)}; false highlights ${s.falseHighlights.length}; attribution ${attribution.right}/${attributed}; people exact ${s.pagesScored - s.peopleMismatches.length}/${s.pagesScored}`,
  );
}
