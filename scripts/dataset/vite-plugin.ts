/**
 * Serves the validated dataset to the extension as three virtual modules:
 * `virtual:sourcelight/people` (the watched people's aliases, and the first look's pattern for
 * each, made here so no page pays for making it),
 * `virtual:sourcelight/look-for-everyone` (the first look for every person of the dataset, with
 * which a page naming someone is read: see src/content/page-text.ts) and
 * `virtual:sourcelight/dataset` (everything, with the analyzer's index; each person with their
 * first look too, for the analyzer's people matcher). The content script imports the first; the
 * background the other two, and sends a page that may name someone the look for everyone
 * (src/content/reading-look.ts), and a page that names someone the base of the dataset and the
 * slices its texts need (src/core/analyzer-slice.ts). The extension's pages import the dataset.
 * A broken data file fails the build with the validator's message.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Dataset } from '../../src/core/dataset';
import { lookForPeople, type LookFor } from '../../src/core/first-look.ts';
import type { PersonAliases } from '../../src/core/people';
import { withIndex, type IndexedDataset } from '../../src/core/analyzer-index.ts';
import { loadDataset } from './load.ts';

const PEOPLE = 'virtual:sourcelight/people';
const DATASET = 'virtual:sourcelight/dataset';
const LOOK_FOR_EVERYONE = 'virtual:sourcelight/look-for-everyone';
const MODULES = [PEOPLE, DATASET, LOOK_FOR_EVERYONE];

/** A watched person as the content script's entry needs them: aliases, and what to look for. */
export interface GatePerson extends PersonAliases {
  readonly lookFor: LookFor;
}

/** What the content script's gate needs: the watched people's aliases, and nothing else. */
export function gatePeople(dataset: Dataset): GatePerson[] {
  return dataset.people
    .filter((person) => person.watch)
    .map(({ id, aliases, guardedAliases, context, namesakes }) => {
      const person = { id, aliases, guardedAliases, context, namesakes };
      return { ...person, lookFor: lookForPeople([person]) };
    });
}

/** The dataset with each person's first look made, so the page's analyzer makes none. */
export function withFirstLooks<D extends Dataset>(
  dataset: D,
): D & {
  readonly people: readonly (Dataset['people'][number] & { readonly lookFor: LookFor })[];
} {
  return {
    ...dataset,
    people: dataset.people.map((person) => ({ ...person, lookFor: lookForPeople([person]) })),
  };
}

/**
 * The dataset as the extension loads it: the analyzer's index made (src/core/analyzer-index.ts),
 * so the page's analyzer makes nothing, and the claims' stems it was made from left behind.
 */
export function withAnalyzerIndex(dataset: Dataset): IndexedDataset {
  return {
    ...dataset,
    claims: dataset.claims.map(({ stems: _stems, ...claim }) => claim),
    index: withIndex(dataset).index,
  };
}

export function datasetPlugin(dataDir = resolve('data')): Plugin {
  // Loaded once per build (both virtual modules need it), again after data/ changes.
  let dataset: Dataset | null = null;
  return {
    name: 'sourcelight:dataset',
    buildStart() {
      dataset = null;
    },
    watchChange() {
      dataset = null;
    },
    resolveId(id) {
      return MODULES.includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!MODULES.some((name) => id === `\0${name}`)) return null;
      this.addWatchFile(dataDir);
      try {
        dataset ??= loadDataset({ dir: dataDir });
      } catch (error) {
        this.error((error as Error).message);
      }
      const value =
        id === `\0${PEOPLE}`
          ? gatePeople(dataset)
          : id === `\0${LOOK_FOR_EVERYONE}`
            ? lookForPeople(dataset.people)
            : withFirstLooks(withAnalyzerIndex(dataset));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
