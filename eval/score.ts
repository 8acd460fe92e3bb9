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
  readonly wrong: { path: string; claim: string; found: (string | null)[]; recorded: string }[];
}

/**
 * Compares whom the pipeline credits with each quote on a page with whom the dataset records the
 * page crediting, once per page and quote. Right where a highlight of it credits the recorded
 * person and none credits anyone else. A highlight that credits nobody besides (the same words
 * in a headline that names no one) is no misattribution: the record is of the span it cites.
 */
export function scoreAttribution(
  results: ReadonlyMap<string, PageAnalysis>,
  truth: AttributionTruth,
): AttributionScore {
  let right = 0;
  const wrong: AttributionScore['wrong'] = [];
  for (const [path, recorded] of truth) {
    const credits = new Map<string, Set<string | null>>();
    for (const claim of results.get(path)?.claims ?? []) {
      if (!recorded.has(claim.id)) continue;
      const found = credits.get(claim.id) ?? new Set();
      credits.set(claim.id, found.add(claim.attributedTo));
    }
    for (const [claim, found] of credits) {
      const expected = recorded.get(claim)!;
      const others = [...found].filter((person) => person !== null && person !== expected);
      if (found.has(expected) && others.length === 0) right++;
      else wrong.push({ path, claim, found: [...found], recorded: expected });
    }
  }
  return { right, wrong };
}
