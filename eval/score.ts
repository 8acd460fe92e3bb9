/** Scores the pipeline's output against a corpus's labels, as the corpus README defines it. */
import type { PageAnalysis } from '../src/core/analyze';
import type { Labels } from './corpus';

/** The people the labels speak of; others the dataset knows may be found too and are not scored. */
export const SCORED_PEOPLE = ['witkoff', 'kushner', 'al-hayya'];

/** Found and labelled. */
export type Ratio = [found: number, all: number];

/** Why a found claim is a false highlight (corpus README). */
export type FalseReason =
  /** Found on a page under negative/, which names none of the people. */
  | 'negative page'
  /** A key claim the page neither carries nor paraphrases. */
  | 'key claim not on the page'
  /** A claim of an event the page is not about. */
  | 'another event';

export interface FalseHighlight {
  readonly path: string;
  readonly claim: string;
  readonly reason: FalseReason;
}

/** One folder of the corpus (an event's pages, or negative/): what is scored per page. */
export interface FolderScore {
  readonly pages: number;
  readonly falseHighlights: number;
  readonly peopleExact: number;
}

export interface Score {
  /** Per claim id: found, labelled. */
  readonly recallByClaim: Map<string, Ratio>;
  /** Per event (the key claim's): English pages and pages in other languages. */
  readonly recallByEvent: Map<string, { en: Ratio; other: Ratio }>;
  readonly recallByLanguage: Map<string, Ratio>;
  /** Labelled claims not found. */
  readonly missed: { path: string; claim: string }[];
  readonly falseHighlights: FalseHighlight[];
  /** Pages whose scored people differ from the labels. */
  readonly peopleMismatches: { path: string; found: string[]; labelled: string[] }[];
  /** Per top folder: `<event>` or `negative`. */
  readonly byFolder: Map<string, FolderScore>;
  readonly pagesScored: number;
}

const bump = <K>(map: Map<K, Ratio>, key: K, hit: boolean) => {
  const [found, all] = map.get(key) ?? [0, 0];
  map.set(key, [found + (hit ? 1 : 0), all + 1]);
};

/** Whether a claim found on a page is a false highlight there, and why. */
export function falseReason(
  path: string,
  claim: string,
  label: { events: readonly string[]; claims: readonly string[]; optional: readonly string[] },
  labels: Pick<Labels, 'keyClaims'>,
  claimEvent: string | undefined,
): FalseReason | null {
  if (path.startsWith('negative/')) return 'negative page';
  if (
    labels.keyClaims.has(claim) &&
    !label.claims.includes(claim) &&
    !label.optional.includes(claim)
  )
    return 'key claim not on the page';
  if (claimEvent === undefined || !label.events.includes(claimEvent)) return 'another event';
  return null;
}

/**
 * `claimEvents`: the dataset's event of each claim id. Recall counts the labelled `claims` of
 * each page; every claim found is judged by `falseReason`; people are right where the scored
 * people found are exactly the labelled ones.
 */
export function score(
  results: ReadonlyMap<string, PageAnalysis>,
  labels: Pick<Labels, 'keyClaims' | 'pages'>,
  claimEvents: ReadonlyMap<string, string>,
): Score {
  const s: Score = {
    recallByClaim: new Map(),
    recallByEvent: new Map(),
    recallByLanguage: new Map(),
    missed: [],
    falseHighlights: [],
    peopleMismatches: [],
    byFolder: new Map(),
    pagesScored: 0,
  };
  for (const [path, label] of labels.pages) {
    const result = results.get(path);
    if (result === undefined) continue;
    (s as { pagesScored: number }).pagesScored++;
    const found = new Set(result.claims.map((c) => c.id));
    const falses = [...found].flatMap((claim) => {
      const reason = falseReason(path, claim, label, labels, claimEvents.get(claim));
      return reason === null ? [] : [{ path, claim, reason }];
    });
    s.falseHighlights.push(...falses);
    for (const claim of label.claims) {
      const hit = found.has(claim);
      if (!hit) s.missed.push({ path, claim });
      bump(s.recallByClaim, claim, hit);
      bump(s.recallByLanguage, label.lang, hit);
      const event = labels.keyClaims.get(claim)?.event ?? claimEvents.get(claim) ?? '?';
      const byLanguage = s.recallByEvent.get(event) ?? { en: [0, 0], other: [0, 0] };
      const ratio = label.lang === 'en' ? byLanguage.en : byLanguage.other;
      ratio[0] += hit ? 1 : 0;
      ratio[1] += 1;
      s.recallByEvent.set(event, byLanguage);
    }
    const people = result.people.filter((p) => SCORED_PEOPLE.includes(p)).sort();
    const labelled = [...label.people].sort();
    const peopleRight = people.join() === labelled.join();
    if (!peopleRight) s.peopleMismatches.push({ path, found: people, labelled });
    const folder = path.split('/')[0]!;
    const sum = s.byFolder.get(folder) ?? { pages: 0, falseHighlights: 0, peopleExact: 0 };
    s.byFolder.set(folder, {
      pages: sum.pages + 1,
      falseHighlights: sum.falseHighlights + falses.length,
      peopleExact: sum.peopleExact + (peopleRight ? 1 : 0),
    });
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
