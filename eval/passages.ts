/**
 * `npm run eval:passages -- [--verbose]`: reads the team's news passages in languages the
 * development corpus lacks (tests/fixtures/passages/<language>.json: each key claim worded as an
 * outlet of the language would word it, written apart from the dataset's renderings, and
 * look-alikes: the same people and words about other matters), each passage alone, and prints
 * per language how many passages' claims are found, other claims found on them, and the
 * look-alikes highlighted. A proxy, in the team's words, for pages nobody here has tuned to:
 * one passage alone has no other claim of its event near, so a finding without its context
 * near (stem-match.ts `withoutLoneWeak`) is not kept, as it may be on a whole article. Unlike
 * `npm run eval`, a passage is read whether or not it names a watched person: it stands for a
 * paragraph of an article that may name him elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileAnalyzer } from '../src/core/analyze';
import { loadDataset } from '../scripts/dataset/load';

interface Passages {
  readonly translations: readonly { readonly claim: string; readonly text: string }[];
  readonly lookalikes: readonly { readonly imitates: string; readonly text: string }[];
}

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const dir = resolve('tests/fixtures/passages');
const analyzer = compileAnalyzer(loadDataset({ dir: resolve('data') }));
const excerpt = (text: string) => text.replace(/\s+/gu, ' ').slice(0, 140);

const rows: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const language = basename(file, '.json');
  const passages = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Passages;
  let [found, others, highlighted] = [0, 0, 0];
  for (const { claim, text } of passages.translations) {
    const ids = analyzer.analyze(text).claims.map((c) => c.id);
    if (ids.includes(claim)) found++;
    else if (values.verbose) console.log(`${language} missed ${claim}: ${excerpt(text)}`);
    others += ids.filter((id) => id !== claim).length;
  }
  for (const { imitates, text } of passages.lookalikes) {
    const claims = analyzer.analyze(text).claims;
    if (claims.length === 0) continue;
    highlighted++;
    for (const c of claims)
      console.log(
        `${language} look-alike of ${imitates} highlighted as ${c.id}: "${text.slice(c.start, c.end)}"`,
      );
  }
  const total = passages.translations.length;
  rows.push(
    `| ${language} | ${found}/${total} = ${(found / total).toFixed(2)} | ${others} | ${highlighted}/${passages.lookalikes.length} |`,
  );
}
console.log(
  '\n| language | passages found | other claims on them | look-alikes highlighted |\n|---|---|---|---|',
);
for (const row of rows) console.log(row);
