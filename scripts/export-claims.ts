/** `npm run export:claims [-- --out FILE]`: writes the dataset as schema.org Claim JSON-LD. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, loadDataset } from './dataset/load';
import { toClaimsGraph } from './export/claims';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist/claims.jsonld' } },
});
try {
  const graph = toClaimsGraph(loadDataset({ dir: resolve('data') }));
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(graph, null, 2)}\n`);
  const nodes = graph['@graph'] as { '@type': string }[];
  const claims = nodes.filter((n) => n['@type'] === 'Claim').length;
  console.log(`Wrote ${claims} claims and ${nodes.length - claims} sources to ${out}`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
