/** `npm run check:data`: validates data/ as the build does, and says what it holds. */
import { resolve } from 'node:path';
import { DatasetError, loadDataset } from './dataset/load';

try {
  const dataset = loadDataset({ dir: resolve('data') });
  const appearances = dataset.claims.reduce((sum, claim) => sum + claim.appearances.length, 0);
  console.log(
    `data/ is valid: ${dataset.claims.length} claims, ${appearances} appearances, ` +
      `${dataset.sources.length} sources, ${dataset.people.length} people.`,
  );
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
