import { resolve } from 'node:path';
import type { IndexedDataset } from '../../src/core/analyzer-index';
import { loadDataset } from '../../scripts/dataset/load';

/** The dataset in data/, validated as the build validates it. */
export function realDataset(): IndexedDataset {
  return loadDataset({ dir: resolve('data') });
}
