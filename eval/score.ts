/** Scores the pipeline's output against a corpus's labels. */
import type { PageAnalysis } from '../src/core/analyze';
import type { PageLabel } from './corpus';

/** The people the labels speak of; others the dataset knows may be found too and are not scored. */
export const SCORED_PEOPLE = ['witkoff', 'kushner', 'al-hayya'];

export interface Score {
  /** Per claim id and per language: [found, labelled]. */
  readonly recallByClaim: Map<string, [number, number]>;
  readonly recallByLanguage: Map<string, [number, number]>;
  /** Labelled claims not found. */
  readonly missed: { path: string; claim: string }[];
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
    missed: [],
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
      if (!found.has(claim)) s.missed.push({ path, claim });
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

/** For each page, whom it credits with each quote, as the dataset records it. */
export type AttributionTruth = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface AttributionScore {
  readonly right: number;
  readonly wrong: { path: string; claim: string; found: string | null; recorded: string }[];
}

/** Compares the speaker the pipeline found for each quote with the one the dataset records. */
export function scoreAttribution(
  results: ReadonlyMap<string, PageAnalysis>,
  truth: AttributionTruth,
): AttributionScore {
  const score: AttributionScore = { right: 0, wrong: [] };
  for (const [path, recorded] of truth) {
    for (const claim of results.get(path)?.claims ?? []) {
      const expected = recorded.get(claim.id);
      if (expected === undefined) continue;
      if (claim.attributedTo === expected) (score as { right: number }).right++;
      else
        score.wrong.push({ path, claim: claim.id, found: claim.attributedTo, recorded: expected });
    }
  }
  return score;
}
