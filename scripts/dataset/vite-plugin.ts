/**
 * Serves the validated dataset to the extension as two virtual modules:
 * `virtual:sourcelight/people` (the watched people's aliases, for the content script's cheap gate) and
 * `virtual:sourcelight/dataset` (everything, loaded only where a page names someone).
 * A broken data file fails the build with the validator's message.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Dataset } from '../../src/core/dataset';
import type { PersonAliases } from '../../src/core/people';
import { loadDataset } from './load.ts';

const PEOPLE = 'virtual:sourcelight/people';
const DATASET = 'virtual:sourcelight/dataset';

/** What the content script's gate needs: the watched people's aliases, and nothing else. */
export function gatePeople(dataset: Dataset): PersonAliases[] {
  return dataset.people
    .filter((person) => person.watch)
    .map(({ id, aliases, guardedAliases, context }) => ({ id, aliases, guardedAliases, context }));
}

export function datasetPlugin(dataDir = resolve('data')): Plugin {
  return {
    name: 'sourcelight:dataset',
    resolveId(id) {
      return id === PEOPLE || id === DATASET ? `\0${id}` : null;
    },
    load(id) {
      if (id !== `\0${PEOPLE}` && id !== `\0${DATASET}`) return null;
      this.addWatchFile(dataDir);
      let dataset;
      try {
        dataset = loadDataset({ dir: dataDir });
      } catch (error) {
        this.error((error as Error).message);
      }
      const value =
        id === `\0${PEOPLE}` ? dataset.people.map(({ id, aliases }) => ({ id, aliases })) : dataset;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
