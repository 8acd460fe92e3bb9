/** `npm run export:claimreview [-- --out FILE]`: writes the dataset as schema.org Claim JSON-LD. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, loadDataset } from './dataset/load';
import { toClaimReviewGraph } from './export/claimreview';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist/claimreview.jsonld' } },
});
try {
  const graph = toClaimReviewGraph(loadDataset({ dir: resolve('data') }));
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(graph, null, 2)}\n`);
  console.log(`Wrote ${(graph['@graph'] as unknown[]).length} claims to ${out}`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
