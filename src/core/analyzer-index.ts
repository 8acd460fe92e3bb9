/**
 * Everything the analyzer reads that depends on the claims, made once by the build
 * (scripts/dataset/load.ts) and loaded by a named page as data: the page builds nothing from
 * it, so what it pays does not grow with the dataset (issue 21; docs/map-of-the-core.md).
 * `npm run eval` makes it in Node from the same claims, and again without a page's own
 * wordings for `--leave-one-out`; a test shows the loaded value analyses as the one made here.
 */
import { claimContexts } from './claim-context';
import type { Claim, ClaimEvent, Dataset, Person, Place, Source } from './dataset';
import { shortQuoteIndex, type ShortQuoteIndex } from './short-quotes';
import { SPEECH_CUES, type SpeechCues } from './speech-cues';
import { buildStemIndex, type StemIndex } from './stem-index';
import { buildWordingIndex, type WordingIndex } from './wording-index';

export interface AnalyzerIndex {
  /** The claim matcher's wordings, words and 3-grams (match.ts). */
  readonly wordings: WordingIndex;
  /** The stem matcher's beginnings (stem-match.ts). */
  readonly stems: StemIndex;
  /** Each claim's distinctive words, in dataset order (claim-context.ts). */
  readonly contexts: readonly (readonly string[])[];
  /** The claims' two-word wordings (short-quotes.ts). */
  readonly shortQuotes: ShortQuoteIndex;
  /** The words pages say who spoke with (speech-cues.ts), for attribution.ts. */
  readonly cues: SpeechCues;
}

/** A dataset with its index: what the analyzer reads (analyze.ts). */
export interface IndexedDataset extends Dataset {
  readonly index: AnalyzerIndex;
}

/**
 * What a named page receives first (src/content/dataset.ts): what every analysis reads,
 * whatever the page prints. Its claims come after, a slice at a time (`DatasetSlice`).
 */
export interface AnalyzerBase {
  readonly people: readonly Person[];
  readonly places: readonly Place[];
  readonly cues: SpeechCues;
}

/**
 * The part of an indexed dataset that a text's keys reach (slice-keys.ts; made by
 * analyzer-slice.ts, in the background): the claims a text could show, with their sources and
 * events, and the index restricted to them, every weight and statistic the whole dataset's. With
 * the base, it is a dataset the analyzer reads that text over as over the whole (analyze.ts).
 */
export interface DatasetSlice {
  readonly claims: readonly Claim[];
  readonly sources: readonly Source[];
  readonly events: readonly ClaimEvent[];
  readonly index: Omit<AnalyzerIndex, 'cues'>;
}

/** The dataset a slice and the base make: what the analyzer reads of it is all there. */
export const withBase = (base: AnalyzerBase, slice: DatasetSlice): IndexedDataset => ({
  ...slice,
  people: base.people,
  places: base.places,
  index: { ...slice.index, cues: base.cues },
});

/**
 * `dataset` with its index, made here where it has none (a dataset made by hand, in Node). The
 * content script never makes one: its dataset comes indexed by the build, and the analyzer
 * takes only an indexed dataset, so none of this module's making is in its bundle.
 */
export const withIndex = (dataset: Dataset): IndexedDataset =>
  dataset.index === undefined
    ? { ...dataset, index: buildAnalyzerIndex(dataset) }
    : { ...dataset, index: dataset.index };

export function buildAnalyzerIndex(
  dataset: Pick<Dataset, 'claims' | 'events' | 'people'>,
): AnalyzerIndex {
  const { claims, events, people } = dataset;
  return {
    wordings: buildWordingIndex(claims),
    stems: buildStemIndex(claims, events),
    contexts: claimContexts(claims, events, people, [
      ...SPEECH_CUES.englishSpeechVerbs,
      ...SPEECH_CUES.speechVerbs,
      ...SPEECH_CUES.addressVerbs,
    ]),
    shortQuotes: shortQuoteIndex(claims),
    cues: SPEECH_CUES,
  };
}
