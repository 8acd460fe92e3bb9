/** Scores the pipeline's output against a corpus's labels. */
import type { PageAnalysis } from '../src/core/analyze';
import type { PageLabel } from './corpus';

/** The people the labels speak of; others the dataset knows may be found too and are not scored. */
export const SCORED_PEOPLE = ['witkoff', 'kushner', 'al-hayya'];

export interface Score {
  /** Per claim id and per language: [found, labelled]. */
  readonly recallByClaim: Map<string, [number, number]>;
  readonly recallByLanguage: Map<string, [number, number]>;
  /** Claims found on pages under negative/ and near-negative/. */
  readonly falseHighlights: { path: string; claim: string }[];
  /** Pages whose scored people differ from the labels. */
  readonly peopleMismatches: { path: string; found: string[]; labelled: string[] }[];
  readonly pagesScored: number;
}

const bump = (map: Map<string, [number, number]>, key: string, hit: boolean) => {
  const [found, all] = map.get(key) ?? [0, 0];
  map.set(key, [found + (hit ? 1 : 0), all + 1]);
};

export function score(
  results: ReadonlyMap<string, PageAnalysis>,
  labels: ReadonlyMap<string, PageLabel>,
): Score {
  const s: Score = {
    recallByClaim: new Map(),
    recallByLanguage: new Map(),
    falseHighlights: [],
    peopleMismatches: [],
    pagesScored: 0,
  };
  for (const [path, label] of labels) {
    const result = results.get(path);
    if (result === undefined) continue;
    (s as { pagesScored: number }).pagesScored++;
    const found = new Set(result.claims.map((c) => c.id));
    const negative = path.startsWith('negative/') || path.startsWith('near-negative/');
    if (negative) for (const claim of found) s.falseHighlights.push({ path, claim });
    for (const claim of label.claims) {
      bump(s.recallByClaim, claim, found.has(claim));
      bump(s.recallByLanguage, label.lang, found.has(claim));
    }
    const people = result.people.filter((p) => SCORED_PEOPLE.includes(p)).sort();
    const labelled = [...label.people].sort();
    if (people.join() !== labelled.join())
      s.peopleMismatches.push({ path, found: people, labelled });
  }
  return s;
}
