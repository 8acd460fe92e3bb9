import { resolve } from 'node:path';
import type { Dataset } from '../../src/core/dataset';
import { loadDataset } from '../../scripts/dataset/load';

/** The dataset in data/, validated as the build validates it. */
export function realDataset(): Dataset {
  return loadDataset({ dir: resolve('data') });
}
