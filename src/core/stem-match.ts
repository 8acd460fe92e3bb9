/**
 * A claim found by the stems of its words, where a page prints it in a translation no source of
 * the dataset prints (issue 22; docs/how-a-translation-is-found.md). Each claim's statement, the
 * maintainers' renderings and its sources' wordings are word beginnings in an index the build
 * makes (stem-index.ts). A page's word stands for a text's word where it begins with one of its
 * beginnings (a few letters in, in Hebrew and Arabic script, past "and", "the", "to" written
 * onto it).
 *
 * A claim is found where a short run of the page's words near a name of one of its people (or
 * farther from it, where the page credits the run to one of them: `speakerOf`) holds
 * `THRESHOLD` of one of its texts' weight and more than half its telling words: a quote inside
 * one quotation (or nearly whole where a transcript prints no marks, unless the text is a report
 * rendering, a claim's core any account of it holds), a fact in the page's words. A short text
 * (two telling words) counts only as the whole of its quotation; a quotation of a few words
 * nearly all of which are a text's ("utili e costruttive"), as a cut of it (`cutsOf`). Unless
 * the run holds a text nearly whole, a word of its claim's context or of its event must stand
 * near. A quote the page
 * reports in its own words, outside quotation marks ("Ushakov called the talks useful and
 * constructive"), weighed without its source's framing, counts at `REPORTED_THRESHOLD` (a
 * report rendering's core at `REPORTED_CORE_THRESHOLD`) where the page credits that run to one
 * of its people (`speakerOf`: attribution.ts's rules; a narrated quote needs no credit, and is
 * found near its event's people: claim-people.ts), and always with its context near. A report
 * rendering's figures ("cinque ore", "250 … 1700") are a fact's on their own, where a surer
 * finding of its event stands near (`figuresOf`, `withoutLoneWeak`); so is a run without its
 * context near that the page credits to one of its people: Ushakov's «útil, constructiva y
 * sustantiva» a paragraph after the Kremlin and Witkoff's «ciudad magnífica». Four of a text's
 * telling words in a row, in its order, are a phrase of it (`phrasesOf`), read as a short
 * text is.
 */
import type { Attribute } from './attribution';
import { sameText, type ClaimContext } from './claim-context';
import { isNarrated, peopleNear } from './claim-people';
import { firstNotBefore } from './first-index';
import type { Claim, ClaimId, Dataset, EventId, PersonId, SourceId } from './dataset';
import type { Finding } from './found-claim';
import { fold, toOriginalSpan, type Folded } from './normalize';
import { joinNumbers } from './number-words';
import type { PersonMention } from './people';
import { inOwnWords, quotationsIn, trimToWords } from './quotation';
import { isPair, syllableWordSpans, VIETNAMESE_TEXT } from './syllables';
import {
  FEWEST_WORDS,
  forEachPosting,
  SHORT_TEXT_WORDS,
  unitOf,
  type StemIndex,
  type StemText,
} from './stem-index';
import { withinReach } from './windows';
import {
  isSemitic,
  lettersOf,
  PROCLITIC_REACH,
  scriptAt,
  scriptOf,
  type Tokens,
  type WordSpans,
} from './words';

/** The share of a text's weight a run of the page's words must hold. */
export const THRESHOLD = 0.5;
/** How far either side of a short text's run a word of its event may stand (folded characters). */
const CONTEXT_REACH = 400;
/** A run that holds this share of a text (not a short one) needs no context near. */
const SURE = 0.8;
/**
 * A long text's run is sure at this share: three quarters of a dozen words and more are not
 * found together by chance ("250 Palestinian prisoners serving life sentences and 1,700
 * detainees from Gaza arrested after 7 October", a Hindi page's words for 16 of its 22).
 */
const LONG_SURE = 0.75;
/** A text of this many words is long. */
const LONG_TEXT = 12;
/** A text of fewer words than this is short: a finding needs its claim's context near. */
const SHORT_TEXT = 6;
/** A fact is read in the page's words, not inside a quotation: it must hold more. */
const FACT_THRESHOLD = 0.65;
/**
 * A quote printed without quotation marks (a transcript, an interview written up as questions
 * and answers) counts nearly whole: this share of its text's weight, this many of its words.
 */
const UNQUOTED_THRESHOLD = 0.7;
const UNQUOTED_FEWEST_WORDS = 5;
/**
 * A quote reported in the page's own words, outside quotation marks, counts at this share where
 * the page credits the run to one of its people (a speech or source cue with them as its subject
 * or source: "X said …", "according to X", "X ha definito …", "по словам X").
 */
export const REPORTED_THRESHOLD = 0.4;
/** ...and holds this many of its words ("find a way to help" is four, and anyone's). */
const REPORTED_FEWEST_WORDS = 5;
/** A report rendering's core, reported: this share, and more than half its words (`mostOf`). */
const REPORTED_CORE_THRESHOLD = 0.6;
/** The least share any run needs: `mayHoldEnough` skips a text whose hits hold less. */
export const LEAST_SHARE = Math.min(THRESHOLD, FACT_THRESHOLD, REPORTED_THRESHOLD);
/** A quotation is the span where its run covers more than 1 / this of it. */
const QUOTATION_COVERED = 1.5;
/** A run of the page's words may be this many times as long as the text, and a few words more. */
const RUN_STRETCH = 1.5;
const RUN_SLACK = 4;
/** A page's word may run on this many letters past a beginning: an ending, not another word. */
const ENDING_ROOM = 8;
/** How near one of its people's names a finding must stand, before and after the name. */
const NAME_BEFORE = 600;
const NAME_AFTER = 300;
/** Around a finding, how far a quotation may open or close (quotation.ts) and a name stand. */
const READ_AROUND = 300;
/** A finding by stems is sure of the claim, not of its words: the lowest score that counts. */
export const STEM_SCORE = 0.7;

/**
 * A finding that says too little alone (a report rendering's figures, `figuresOf`; a run without
 * its claim's context near): kept only with a surer one of its event near (`withoutLoneWeak`).
 */
export const WEAK_SCORE = 0.6;
/** How far from a weak finding a surer one of its event keeps it (`withoutLoneWeak`). */
const CORROBORATION_REACH = 1_500;

/** How many page words' beginnings a matcher remembers (`beginningsOf`). */
const REMEMBERED = 20_000;
/** A short text's quotation may hold this many words more than the text. */
const SHORT_QUOTATION_SLACK = 2;
/** A quotation of at most this many words may be a few words cut from a text (`cutsOf`). */
const CUT_LONGEST = 8;
/** ...its words of this many letters or more are what it says; */
const CUT_WORD = 3;
/** ...and it holds this share of the text's weight at least. */
export const CUT_SHARE = 0.4;
/** Whether a text of `telling` words weighing anything is short (`FEWEST_WORDS`). */
const isShort = (telling: number) => telling < FEWEST_WORDS;
/**
 * A quotation holds more than half a text's telling words, not only its heaviest: "we just
 * needed to find a way to help everyone" holds the weight of "find a way to help the
 * Palestinian people thrive", where "Palestinian" and "people" weigh little, but not the quote.
 */
const mostOf = (telling: number) => Math.max(FEWEST_WORDS, Math.floor(telling / 2) + 1);
/** The fewest of a text's words a run must hold: all of a short one's. */
const fewestOf = (telling: number) => (isShort(telling) ? telling : FEWEST_WORDS);

/** A text's telling words in a row, in its order, that say it (`phrasesOf`). */
const PHRASE_WORDS = 4;
/** A page word this long or shorter is grammar ("о", "de"): in no text, and skipped in a phrase. */
const GRAMMAR_WORD = 2;
/** A phrase reads past this many of its text's words in a row that weigh nothing ("que a"). */
const COMMON_WORDS_SKIPPED = 2;

/** A report rendering's figure is this many words at least: a number and its unit. */
const FIGURE_WORDS = 2;

/** Beginnings are looked up by this many first units. */
const KEY = 3;
const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;

interface Profile {
  readonly claim: Claim;
  /** Its claim's index in the dataset. */
  readonly claimIndex: number;
  readonly language: string;
  readonly source: SourceId | null;
  /** Whom it is found near (claim-people.ts): its speaker and whoever a source credits it to. */
  readonly people: readonly PersonId[];
  /** Per word: its weight (0 for a word too common to tell claims apart). */
  readonly weights: readonly number[];
  readonly total: number;
  /** How many of its words weigh anything. */
  readonly telling: number;
  /** Its weights as a quote reported in a page's own words is read: without its framing. */
  readonly reported: Weighed;
  /** Its claim is narrated (claim-people.ts): reported in a page's own words, it needs no credit. */
  readonly narrated: boolean;
}

/** A text's words' weights and their sum. */
interface Weighed {
  readonly weights: readonly number[];
  readonly total: number;
}

/**
 * Page word `at` stands for a text's word `word`, as one number (`at * WORDS + word`): a page
 * near names makes thousands, and numbers cost no allocation. (Not a shift: a huge page's word
 * index passes 2^19.)
 */
type Hit = number;
const WORDS = 4096;
const hitOf = (at: number, word: number): Hit => at * WORDS + word;
const atOf = (hit: Hit) => Math.floor(hit / WORDS);
const wordOf = (hit: Hit) => hit % WORDS;

const NONE: readonly never[] = [];

/** The index of the first of `list`'s hits (in page order) at page word `at` or after. */
const hitFrom = (list: readonly Hit[], at: number) =>
  firstNotBefore(list.length, (i) => atOf(list[i]!) < at);

/**
 * Where a folded page word's beginnings are looked for: at its start; past "and", "the", "to"
 * written onto a Hebrew or Arabic word; after an apostrophe ("accord" of "l'accord").
 */
function beginningStarts(word: string): number[] {
  const starts = [0];
  // Two syllables of Vietnamese (syllables.ts): the pair whole, as a number is its own word
  // ("lạc bộ" is not "lạc bột").
  if (isPair(word)) return starts;
  if (isSemitic(word.charCodeAt(0)))
    for (let at = 1; at <= PROCLITIC_REACH && at + KEY <= word.length; at++) starts.push(at);
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) starts.push(apostrophe + 1);
  return starts;
}

/**
 * Every beginning a folded page word may stand for, whatever the index holds: what the matcher's
 * look-up (`beginningsFrom`) can find for it, from each of its starts, as `[from, shortest]`
 * pairs, flat: its units from `from`, `shortest` of them or more, up to its end. What a named page
 * asks the background about (slice-keys.ts).
 */
export function possibleBeginnings(word: string): number[] {
  const possible: number[] = [];
  for (const from of beginningStarts(word)) {
    const rest = word.length - from;
    // A beginning holds the look-up's key (`KEY` units, or what is left), and at most
    // `ENDING_ROOM` units of the word run on past it; a number is its own word.
    const shortest =
      isDigit(word.charCodeAt(from)) || isPair(word)
        ? rest
        : Math.max(Math.min(KEY, rest), rest - ENDING_ROOM);
    possible.push(from, shortest);
  }
  return possible;
}

/**
 * The words the stem matcher reads in `piece` (`folded` of it): `wordSpans`, with Vietnamese read
 * two syllables a word (syllables.ts) and each number's groups one word (number-words.ts). The
 * keys a page asks the background for are read alike (slice-keys.ts).
 */
export function stemWordsOf(piece: string, folded: Folded): Tokens {
  return joinNumbers(folded.text, syllableWordSpans(piece, folded));
}

/** A run of the page's words that holds enough of one text. */
interface Run {
  readonly profile: number;
  readonly first: number;
  readonly last: number;
  readonly share: number;
  /** Found in the page's own words at `REPORTED_THRESHOLD`: counts only if credited to its people. */
  readonly reported?: boolean;
  /** A short text's: counts only as the whole of its quotation, with its context near. */
  readonly short?: boolean;
  /** A few words cut from its text (`cutsOf`): the weight they hold, which orders cuts. */
  readonly cut?: number;
  /** A report rendering's figures (`figuresOf`): a weak finding (`WEAK_SCORE`). */
  readonly figure?: true;
  /** Where it began before `fromItsSentence` cut the sentence before off, which vouches for nothing. */
  readonly cutFrom?: number;
}

export interface StemMatcher {
  /**
   * The claims `text` prints in translations of its own near `mentions` (in its offsets). A
   * finding is shown grown over no span of `taken` (what the wordings found, which stand).
   */
  find(
    text: string,
    mentions: readonly PersonMention[],
    taken?: readonly { readonly start: number; readonly end: number }[],
  ): Finding[];
}

/**
 * The stem matcher of `index`. `speakerOf`: whom a page credits with a span (attribution.ts);
 * without it, no quote reported in the page's own words is found.
 */
export function compileStemMatcher(
  index: StemIndex,
  dataset: Pick<Dataset, 'claims' | 'sources'>,
  context: ClaimContext,
  speakerOf?: Attribute,
): StemMatcher {
  const { claims } = dataset;
  /** Each text's profile, made when a page's words first point at it. */
  const made = new Map<number, Profile>();
  const profileAt = (p: number): Profile => {
    let profile = made.get(p);
    if (profile === undefined) made.set(p, (profile = profileOf(index, claims, p)));
    return profile;
  };
  /** Each event's words, as a set, made when first asked for. */
  const eventWords = new Map<string, ReadonlySet<string>>();
  const eventWordsOf = (event: string) => {
    let words = eventWords.get(event);
    if (words === undefined)
      eventWords.set(event, (words = new Set(index.eventWords[event] ?? [])));
    return words;
  };
  let sourceLanguages: Map<SourceId, string> | undefined;
  const languageOf = (source: SourceId) =>
    (sourceLanguages ??= new Map(dataset.sources.map((s) => [s.id, s.language]))).get(source);

  /**
   * Whether a word of the claim's event stands among words `[from, to]` of a region, of the
   * run's own text (its `script`, or Latin: claim-context.ts `sameText`), outside the runs
   * `apart` (by their words: the run itself, and other printings of its claim).
   */
  const eventWordNear = (
    claim: Claim,
    hits: readonly (readonly number[])[],
    apart: readonly Run[],
    [from, to]: readonly [number, number],
    { script, scriptOfWord }: { script: number; scriptOfWord: (k: number) => number },
  ) => {
    const words = eventWordsOf(claim.event);
    if (words.size === 0) return false;
    for (let k = from; k <= to; k++)
      if (
        !apart.some((r) => r.first <= k && k <= r.last) &&
        sameText(scriptOfWord(k), script) &&
        hits[k]!.some((b) => words.has(index.beginnings[b]!))
      )
        return true;
    return false;
  };

  /**
   * The beginnings of the words read so far: a page repeats its words, and a word's beginnings
   * cost more to look up than to remember. Forgotten past `REMEMBERED` words (a huge page's).
   */
  const known = new Map<string, readonly number[]>();

  /** The beginnings a folded page word stands for, by their indices. */
  function beginningsOf(word: string): readonly number[] {
    let found = known.get(word);
    if (found === undefined) {
      if (known.size >= REMEMBERED) known.clear();
      found = lookUpBeginnings(word);
      known.set(word, found);
    }
    return found;
  }

  function lookUpBeginnings(word: string): readonly number[] {
    let found: number[] | null = null;
    // A pair of syllables is looked up whole (`beginningStarts`): it stands for a pair exactly.
    const exact = isPair(word);
    for (const from of beginningStarts(word)) found = beginningsFrom(word, from, exact, found);
    return found ?? NONE;
  }

  /**
   * Adds to `found` the beginnings `word` holds from its unit `from` on, to its end or nearly;
   * to its end alone where it is `exact`.
   */
  function beginningsFrom(
    word: string,
    from: number,
    exact: boolean,
    found: number[] | null,
  ): number[] | null {
    const { beginnings } = index;
    const key = word.slice(from, from + KEY);
    const first = firstNotBefore(beginnings.length, (i) => beginnings[i]! < key);
    for (let b = first; b < beginnings.length; b++) {
      const beginning = beginnings[b]!;
      if (!beginning.startsWith(key)) break;
      if (!word.startsWith(beginning, from)) continue;
      const rest = word.length - from - beginning.length;
      // A number is its own word: 250 is not 2500; and so is a pair of syllables.
      if (rest !== 0 && (exact || isDigit(beginning.charCodeAt(0)) || rest > ENDING_ROOM)) continue;
      (found ??= []).push(b);
    }
    return found;
  }

  /**
   * Per text, for the region being read: whether its claim's people include one named near
   * (1, 0), and how many hits it has, valid where `stamps` holds the region's stamp. Typed
   * arrays kept between regions: a Map per region cost more than reading the region's words.
   */
  const allowed = new Uint8Array(index.texts.length);
  /** Per text, the fewest of its words a run must hold (`fewestOf`). */
  const fewest = new Uint8Array(index.texts.length);
  const hitCounts = new Uint32Array(index.texts.length);
  const stamps = new Uint32Array(index.texts.length);
  let stamp = 0;

  /**
   * The hits of each text whose claim has one of `named` among its people: page words `at`
   * that stand for its word `word`, in page order. Only texts with `fewestOf` hits or more:
   * most texts a region touches get a word or two.
   */
  function hitsByProfile(
    hits: readonly (readonly number[])[],
    named: ReadonlySet<PersonId>,
  ): Map<number, Hit[]> {
    stamp = (stamp + 1) >>> 0 || 1;
    // Every allowed hit as `profile, hit` pairs, in page order, counted per text. The postings
    // read inline, not by `forEachPosting`: this loop is most of a named page's stem matching.
    const pairs: number[] = [];
    for (let at = 0; at < hits.length; at++)
      for (const b of hits[at]!)
        for (let k = 0, words = index.words[b]!; k < words.length; k += 2 + 2 * words[k + 1]!) {
          const end = k + 2 + 2 * words[k + 1]!;
          for (let i = k + 2; i < end; i += 2) {
            const profile = words[i]!;
            if (stamps[profile] !== stamp) {
              stamps[profile] = stamp;
              hitCounts[profile] = 0;
              const { people, telling } = profileAt(profile);
              allowed[profile] = people.some((id) => named.has(id)) ? 1 : 0;
              // A report rendering's figure (`figuresOf`) may be two words: a number and its unit.
              fewest[profile] =
                index.texts[profile]!.numbers === undefined
                  ? fewestOf(telling)
                  : Math.min(FIGURE_WORDS, fewestOf(telling));
            }
            if (allowed[profile] === 0) continue;
            hitCounts[profile]!++;
            pairs.push(profile, hitOf(at, words[i + 1]!));
          }
        }
    const byProfile = new Map<number, Hit[]>();
    for (let i = 0; i < pairs.length; i += 2) {
      const profile = pairs[i]!;
      if (hitCounts[profile]! < fewest[profile]!) continue;
      const list = byProfile.get(profile);
      if (list === undefined) byProfile.set(profile, [pairs[i + 1]!]);
      else list.push(pairs[i + 1]!);
    }
    return byProfile;
  }

  /** Scratch for `bestWindow` and `mayHoldEnough`: a count per word of the longest text. */
  let counts = new Uint16Array(64);
  /** `counts`' first `length` zeroed, grown where a text is longer. */
  const zeroedCounts = (length: number) => {
    if (counts.length < length) counts = new Uint16Array(length);
    return counts.fill(0, 0, length);
  };

  /**
   * Whether a text's hits in a region, all together, hold the least share and the fewest words
   * any run of them needs (a fact's or a quote's): else none of their runs can.
   */
  function mayHoldEnough(p: number, list: readonly Hit[]): boolean {
    const { weights, total, telling, reported } = profileAt(p);
    const needed = fewestOf(telling);
    if (list.length < needed || total <= 0) return false;
    const seen = zeroedCounts(weights.length);
    let [weight, held, reportedWeight] = [0, 0, 0];
    for (const hit of list) {
      const word = wordOf(hit);
      if (seen[word] === 0)
        [weight, held, reportedWeight] = [
          weight + weights[word]!,
          held + 1,
          reportedWeight + reported.weights[word]!,
        ];
      seen[word] = 1;
    }
    if (held < needed) return false;
    if (isShort(telling)) return weight / total >= SURE;
    // A reported quote's share is of its words without their framing.
    return weight / total >= LEAST_SHARE || reportedWeight / reported.total >= LEAST_SHARE;
  }

  /**
   * Every run of a text's hits (in page order) that holds `threshold` of its weight and `needed`
   * of its words: each the best window of its stretch, the next looked for after it. Only what
   * is near decides (a page read again around a change finds the same: reread.ts).
   */
  function runsOf(
    p: number,
    list: readonly Hit[],
    threshold: number,
    needed: number,
    weighed: Weighed = profileAt(p),
  ): Run[] {
    const runs: Run[] = [];
    for (let start = 0; start < list.length;) {
      const best = bestWindow(weighed, list, start, threshold, needed);
      if (best === null) break;
      const inRun = list.slice(best.from, best.to + 1);
      if (countsWhatItCounts(index.texts[p]!, inRun)) runs.push(trimmed(p, inRun, best.share));
      start = best.to + 1;
    }
    return runs;
  }

  /**
   * Two pointers over hits from `start` on: the words held between them. The best window of the
   * first stretch that qualifies: looking ends once the window has moved past its start.
   */
  function bestWindow(
    { weights, total }: Weighed,
    list: readonly Hit[],
    start: number,
    threshold: number,
    needed: number,
  ): { from: number; to: number; share: number } | null {
    if (total <= 0) return null;
    const longest = Math.ceil(weights.length * RUN_STRETCH) + RUN_SLACK;
    // How many times each of its words is held between the pointers (zeroed: a fresh typed
    // array per window cost more than the window's reading).
    const count = zeroedCounts(weights.length);
    let weight = 0;
    let held = 0;
    let from = start;
    let best: { from: number; to: number; share: number } | null = null;
    for (let to = start; to < list.length; to++) {
      const [at, word] = [atOf(list[to]!), wordOf(list[to]!)];
      // A word that weighs nothing here (a reported quote's framing) is not held.
      if (count[word]!++ === 0 && weights[word]! > 0) {
        weight += weights[word]!;
        held++;
      }
      while (at - atOf(list[from]!) + 1 > longest) {
        const dropped = wordOf(list[from++]!);
        if (--count[dropped]! === 0 && weights[dropped]! > 0) {
          weight -= weights[dropped]!;
          held--;
        }
      }
      if (best !== null && from > best.from) break;
      const share = weight / total;
      if (held >= needed && share >= threshold && (best === null || share > best.share))
        best = { from, to, share };
    }
    return best;
  }

  /**
   * A window's hits as a run: from its first word held nowhere later in it ("we expressed our
   * condolences for his son" before "I told him I had lost a son too" is another claim's).
   */
  function trimmed(p: number, inRun: readonly Hit[], share: number): Run {
    let first = 0;
    while (inRun.slice(first + 1).some((h) => wordOf(h) === wordOf(inRun[first]!))) first++;
    return { profile: p, first: atOf(inRun[first]!), last: atOf(inRun.at(-1)!), share };
  }

  /**
   * The texts a short quotation was cut from ("utili e costruttive" of "the talks were useful,
   * constructive and substantive"): its words of three letters or more nearly all stand for a
   * text's words (all but one in three), two of its telling words or more, `CUT_SHARE` of its
   * weight. Each a short run: its claim's context must stand near.
   */
  function cutsOf(
    [first, last]: readonly [number, number],
    hits: readonly (readonly number[])[],
    named: ReadonlySet<PersonId>,
    text: string,
    starts: readonly number[],
    ends: readonly number[],
  ): Run[] {
    if (last - first + 1 < 2 || last - first + 1 > CUT_LONGEST) return [];
    /** Its words of `CUT_WORD` letters or more: what it says. */
    let content = 0;
    /**
     * Per text, its words the quotation holds, the page words that hold them, and those of
     * them that are what it says.
     */
    const held = new Map<number, { words: Set<number>; at: number[]; said: Set<number> }>();
    for (let at = first; at <= last; at++) {
      const says = lettersOf(text, starts[at]!, ends[at]!) >= CUT_WORD;
      if (says) content++;
      for (const b of hits[at]!)
        forEachPosting(index.words[b]!, (_, p, word) => {
          let entry = held.get(p);
          if (entry === undefined)
            held.set(p, (entry = { words: new Set(), at: [], said: new Set() }));
          entry.words.add(word);
          entry.at.push(at);
          if (says) entry.said.add(at);
        });
    }
    const cuts: Run[] = [];
    // A quotation of words of a letter or two ("20 28") says nothing a cut could hold.
    if (content === 0) return cuts;
    for (const [p, { words, at, said }] of held) {
      if (words.size < SHORT_TEXT_WORDS || content - said.size > Math.floor(content / 3)) continue;
      const profile = profileAt(p);
      if (isShort(profile.telling) || !profile.people.some((id) => named.has(id))) continue;
      let [weight, telling] = [0, 0];
      for (const w of words)
        if (profile.weights[w]! > 0)
          [weight, telling] = [weight + profile.weights[w]!, telling + 1];
      const share = weight / profile.total;
      if (telling < SHORT_TEXT_WORDS || share < CUT_SHARE) continue;
      cuts.push({
        profile: p,
        first: at[0]!,
        last: at.at(-1)!,
        share,
        short: true,
        cut: weight,
      });
    }
    return cuts;
  }

  /**
   * The runs of a report rendering's figures: each of its numbers, one of them with its unit
   * right after it on the page as in the text ("razgovarali punih pet sati", "Oltre cinque ore
   * di colloqui", "250 Filistinli … bin 700"), the others within a run's reach. A report of a
   * fact (or of a narrated quote, which the news states as a fact) keeps its figures however
   * it words the rest. As a short text's, its claim's context must stand near; and a figure
   * says too little alone: it is kept where a surer finding of its event is near
   * (`withoutLoneWeak`). A quote's figures ("a 20-point peace proposal", "October 7") are
   * other people's too: not read so.
   */
  function figuresOf(p: number, list: readonly Hit[]): Run[] {
    const text = index.texts[p]!;
    const { numbers, weights } = text;
    const { claim, narrated, total } = profileAt(p);
    if (numbers === undefined || (claim.kind === 'quote' && !narrated)) return [];
    const longest = Math.ceil(weights.length * RUN_STRETCH) + RUN_SLACK;
    const runs: Run[] = [];
    let after = -1;
    for (const hit of list) {
      const [at, number] = [atOf(hit), wordOf(hit)];
      if (at <= after || !numbers.includes(number)) continue;
      const unit = unitOf(text, number);
      if (unit === null || !holdsAt(list, at + 1, unit)) continue;
      // Each other number: its nearest hit within reach.
      const others = numbers
        .filter((n) => n !== number)
        .map((n) => nearestHit(list, at, n, longest));
      if (others.includes(null)) continue;
      const places = [at, at + 1, ...(others as number[])];
      const weight = numbers.reduce((sum, n) => sum + weights[n]!, weights[unit]!);
      after = Math.max(...places);
      runs.push({
        profile: p,
        first: Math.min(...places),
        last: after,
        share: weight / total,
        short: true,
        figure: true,
      });
    }
    return runs;
  }

  /**
   * The runs where the page prints `PHRASE_WORDS` or more of a text's telling words one after
   * another, in the text's order, with nothing between but words of a letter or two and, for
   * each of the text's words that weigh nothing, a word or none: "Rússia sempre quis um acordo
   * de paz" of "Eu disse ao presidente que a Rússia sempre quis um acordo de paz", in a
   * quotation the page leaves open. Words in a row say more than their share of a text:
   * `CUT_SHARE` of its weight will do. As a short text's, its claim's context must stand near;
   * a quote's, outside quotation marks, must be credited.
   */
  function phrasesOf(
    p: number,
    list: readonly Hit[],
    text: string,
    starts: readonly number[],
    ends: readonly number[],
    quotations: readonly { words: readonly [number, number] }[],
  ): Run[] {
    const { weights, total, claim, narrated, telling } = profileAt(p);
    if (telling < PHRASE_WORDS) return [];
    /** The page word before `at` that may say something (not a word of a letter or two). */
    const before = (at: number) => {
      let b = at - 1;
      while (b >= 0 && lettersOf(text, starts[b]!, ends[b]!) <= GRAMMAR_WORD) b--;
      return b;
    };
    /** Per hit, the phrase ending there: its telling words, first page word and weight. */
    const phrases = new Map<Hit, { words: number; first: number; weight: number }>();
    const runs: Run[] = [];
    let after = -1;
    for (const hit of list) {
      const [at, word] = [atOf(hit), wordOf(hit)];
      // The text's words before it that weigh nothing ("que", "bir") may stand on the page as
      // a word each, or be left out: the phrase before it ends at one of those places.
      let places = [before(at)];
      let previous = word - 1;
      for (let skipped = 0; previous >= 0 && weights[previous] === 0; previous--, skipped++) {
        if (skipped === COMMON_WORDS_SKIPPED) break;
        places = [...places, ...places.map(before)];
      }
      let phrase = { words: 1, first: at, weight: weights[word]! };
      if (previous >= 0 && weights[previous]! > 0)
        for (const place of places) {
          const earlier = place >= 0 ? phrases.get(hitOf(place, previous)) : undefined;
          if (earlier !== undefined && earlier.words + 1 > phrase.words)
            phrase = {
              words: earlier.words + 1,
              first: earlier.first,
              weight: earlier.weight + weights[word]!,
            };
        }
      phrases.set(hit, phrase);
      // As much of its weight as a cut holds (what the background's slice keeps a text for).
      if (phrase.words < PHRASE_WORDS || at <= after || phrase.weight / total < CUT_SHARE) continue;
      const { first } = phrase;
      const quoted = quotations.some(({ words }) => words[0] <= first && at <= words[1]);
      runs.push({
        profile: p,
        first,
        last: at,
        share: phrase.weight / total,
        short: true,
        ...(claim.kind === 'quote' && !narrated && !quoted ? { reported: true } : {}),
      });
      after = at;
    }
    return runs;
  }

  /** The findings in one stretch of `text`, `[start, end)`, near `mentions`. */
  function findInRegion(
    text: string,
    [start, end]: readonly [number, number],
    mentions: readonly PersonMention[],
    taken: readonly { readonly start: number; readonly end: number }[],
  ): Finding[] {
    const piece = text.slice(start, end);
    const folded = fold(piece);
    const { starts, ends, texts } = stemWordsOf(piece, folded);
    if (starts.length === 0) return [];
    const hits = texts.map(beginningsOf);
    const named = new Set(
      mentions
        .filter((m) => m.end >= start - NAME_BEFORE && m.start <= end + NAME_AFTER)
        .map((m) => m.personId),
    );
    const quotations = quotationWords(piece, folded, { starts, ends });
    const found: { run: Run; readonly quotation: [number, number] | null }[] = [];
    /** Each text's hits in the region, for `fromItsSentence`. */
    const hitsOf = new Map<number, readonly Hit[]>();
    for (const [p, list] of hitsByProfile(hits, named)) {
      hitsOf.set(p, list);
      const profile = profileAt(p);
      // One telling word is anyone's.
      if (profile.telling < SHORT_TEXT_WORDS) continue;
      // A report rendering's figures, whatever else the page words its own way.
      for (const figure of figuresOf(p, list)) found.push({ run: figure, quotation: null });
      // A stretch of the text's words in its order, word for word.
      for (const phrase of phrasesOf(p, list, folded.text, starts, ends, quotations))
        found.push({ run: phrase, quotation: null });
      // Most texts a region touches hold a word or two of it: no run of them can be enough.
      if (!mayHoldEnough(p, list)) continue;
      const run = (part: readonly Hit[], threshold: number, fewest: number, weighed?: Weighed) =>
        runsOf(p, part, threshold, fewest, weighed);
      if (isShort(profile.telling)) {
        // A short text ("удивительный город"): a quotation of its length, or two words more
        // (words of a letter or two are in no text: "sí", "és"), that holds it nearly whole;
        // its context must stand near (below).
        for (const { span, words } of quotations) {
          if (words[1] - words[0] + 1 > profile.weights.length + SHORT_QUOTATION_SLACK) continue;
          const inside = list.slice(hitFrom(list, words[0]), hitFrom(list, words[1] + 1));
          for (const quoted of run(inside, SURE, profile.telling))
            found.push({ run: { ...quoted, short: true }, quotation: span });
        }
        continue;
      }
      if (profile.claim.kind === 'fact') {
        // A fact, in the page's own words.
        for (const fact of run(list, FACT_THRESHOLD, FEWEST_WORDS))
          found.push({ run: fact, quotation: null });
        continue;
      }
      // A quote inside its quotation marks.
      for (const {
        span,
        words: [first, last],
      } of quotations) {
        const inside = list.slice(hitFrom(list, first), hitFrom(list, last + 1));
        for (const quoted of run(inside, THRESHOLD, mostOf(profile.telling)))
          found.push({ run: quoted, quotation: span });
      }
      // A quote printed without marks (a transcript, an interview as questions and answers):
      // nearly whole, so not a report's few words, which any account of it may hold. Between
      // the page's quotations, not across one's edge: a quotation is read as one (above).
      if (!index.texts[p]!.report)
        for (const [first, last] of gapsBetween(quotations, starts.length)) {
          const outside = list.slice(hitFrom(list, first), hitFrom(list, last + 1));
          for (const unquoted of run(outside, UNQUOTED_THRESHOLD, UNQUOTED_FEWEST_WORDS))
            found.push({ run: unquoted, quotation: null });
        }
      // A quote reported in the page's own words, between its quotations: if credited (below).
      if (speakerOf === undefined) continue;
      for (const [first, last] of gapsBetween(quotations, starts.length)) {
        const outside = list.slice(hitFrom(list, first), hitFrom(list, last + 1));
        // A report rendering is a claim's core: more than half its telling words will do, if
        // they hold more of its weight.
        const report = index.texts[p]!.report === true;
        const runs = report
          ? run(outside, REPORTED_CORE_THRESHOLD, mostOf(profile.telling), profile.reported)
          : run(outside, REPORTED_THRESHOLD, REPORTED_FEWEST_WORDS, profile.reported);
        for (const reported of runs) {
          const from = folded.map[starts[reported.first]!]!;
          const to = folded.map[ends[reported.last]! - 1]! + 1;
          if (inOwnWords(piece, from, to))
            found.push({ run: { ...reported, reported: true }, quotation: null });
        }
      }
    }
    // A few words the page quoted of a text (below).
    for (const quotation of quotations)
      for (const cut of cutsOf(quotation.words, hits, named, folded.text, starts, ends))
        found.push({ run: cut, quotation: quotation.span });
    for (const f of found) f.run = fromItsSentence(f.run);
    // Of two claims found in the same words (two near-identical lines of one speech), the one
    // whose text they hold more of, among those that pass: a run the checks turn down leaves
    // its words to the next.
    // A reported run, surer only once credited, after every other; on a tie (within rounding),
    // the run inside a quotation: its span is the quotation.
    // A cut after every other but a reported run; of two cuts, the one whose words weigh more.
    // A figure last of all: its two words are in most runs of its text.
    const rank = ({ run }: (typeof found)[number]) =>
      run.figure === true ? 3 : run.reported === true ? 2 : run.cut !== undefined ? 1 : 0;
    const byShare = (a: (typeof found)[number], b: (typeof found)[number]) =>
      rank(a) !== rank(b)
        ? rank(a) - rank(b)
        : a.run.cut !== undefined && b.run.cut !== undefined && a.run.cut !== b.run.cut
          ? b.run.cut - a.run.cut
          : Math.abs(b.run.share - a.run.share) > 1e-9
            ? b.run.share - a.run.share
            : Number(b.quotation !== null) - Number(a.quotation !== null);
    const kept: Run[] = [];
    const findings: Finding[] = [];
    for (const { run, quotation } of found.sort(byShare)) {
      if (kept.some((k) => mostlyOverlap(k, run))) continue;
      const finding = checked(run, quotation);
      if (finding === null) continue;
      kept.push(run);
      findings.push(finding);
    }
    return findings;

    /** The runs of `run`'s claim in other words of the region (another text's, or a repeat). */
    function otherPrintings(run: Run): Run[] {
      const claim = profileAt(run.profile).claim;
      return found
        .map((f) => f.run)
        .filter(
          (other) =>
            profileAt(other.profile).claim === claim &&
            (other.last < run.first || other.first > run.last),
        );
    }

    /**
     * The words of `run` and of the runs of its claim in `quotation` that overlap them: a long
     * quote in Chinese or Japanese holds a report rendering's half with a higher share than the
     * statement's whole, and the reader is shown the quote, not the half that scored best. Only
     * what is shown: whether it is found is judged on the run's own words, as before.
     */
    function extentIn(run: Run, quotation: [number, number]): [number, number] {
      const claim = profileAt(run.profile).claim;
      const inQuotation = found.filter((f) => f.quotation === quotation).map((f) => f.run);
      // The maintainers' renderings' runs only: a source's wording may hold its framing ("He
      // mentioned it. And I told him…", where the claim begins at "I told him").
      const same = inQuotation.filter(
        (r) => profileAt(r.profile).claim === claim && index.texts[r.profile]!.source === null,
      );
      // Another claim's words beside the run ("Переговоры продолжались около четырех часов" before
      // "…были содержательными"): never taken into it.
      const others = inQuotation.filter(
        (r) => profileAt(r.profile).claim !== claim && !overlap(r, run.first, run.last),
      );
      let [first, last] = [run.first, run.last];
      // Runs that overlap it, and those that overlap them: one printing, not two in a quotation.
      for (let grown = true; grown;) {
        grown = false;
        for (const r of same) {
          const [from, to] = [Math.min(first, r.first), Math.max(last, r.last)];
          if (!overlap(r, first, last) || (from === first && to === last)) continue;
          if (others.some((o) => overlap(o, from, to)) || takes(from, to, first, last)) continue;
          [first, last, grown] = [from, to, true];
        }
      }
      return [first, last];
    }

    /**
     * `run` from its second sentence where its first holds little of it, and only words the text
     * has later: the tail of the sentence before, which a longer text reaches back to ("…о
     * завершении войны, выводе … и проведении обмена пленными. Мы получили гарантии…": the
     * guarantees begin after the full stop; the end of the war before it is another claim's).
     * Little: at most `FRAGMENT_HITS` of its words, and `FRAGMENT_SHARE` of the weight it holds.
     * A short run, a cut or a figure is left whole: its few words are all it has.
     */
    function fromItsSentence(run: Run): Run {
      if (run.short === true || run.cut !== undefined || run.figure === true) return run;
      const end = sentenceEndWithin(run.first, run.last);
      if (end === -1) return run;
      const { weights } = profileAt(run.profile);
      const list = hitsOf.get(run.profile)!;
      const inRun = list.slice(hitFrom(list, run.first), hitFrom(list, run.last + 1));
      /** Each word held, and the last page word that holds it (hits are in page order). */
      const held = new Map<number, number>();
      for (const hit of inRun) held.set(wordOf(hit), atOf(hit));
      // The text's first word held after the full stop: a fragment before it that holds only
      // later words of the text is out of its order, not its opening ("Не знаю. Кто-то сливает…"
      // opens the claim; "…о завершении войны. Мы получили гарантии…" does not).
      let firstAfter = Infinity;
      for (const hit of inRun) if (atOf(hit) > end) firstAfter = Math.min(firstAfter, wordOf(hit));
      let [before, weight, beforeWeight] = [0, 0, 0];
      for (const [word, at] of held) {
        weight += weights[word]!;
        // A word held only before the full stop.
        if (at <= end) {
          if (word < firstAfter) return run;
          before++;
          beforeWeight += weights[word]!;
        }
      }
      if (before === 0 || before > FRAGMENT_HITS || beforeWeight > FRAGMENT_SHARE * weight)
        return run;
      const first = inRun.find((h) => atOf(h) > end);
      return first === undefined ? run : { ...run, first: atOf(first), cutFrom: run.first };
    }

    /** The first page word in `[first, last)` that a full stop follows, or -1. */
    function sentenceEndWithin(first: number, last: number): number {
      for (let k = first; k < last; k++)
        if (SENTENCE_END.test(folded.text.slice(ends[k]!, starts[k + 1]!))) return k;
      return -1;
    }

    /**
     * The span shown for `run` with folded `words`, in `text`'s offsets: its quotation where the
     * words fill most of it (or the run is short), else the words.
     */
    function shown(
      run: Run,
      words: [number, number],
      quotation: [number, number] | null,
    ): [number, number] {
      const fits = quotation !== null && (run.short === true || quotationFits(quotation, words));
      const [from, until] = fits ? quotation : trimToWords(folded.text, ...words);
      const span = toOriginalSpan(folded, from, until, piece);
      return [start + span.start, start + span.end];
    }

    /**
     * Whether words `[from, to]` reach a span of `taken` that words `[first, last]` do not: a
     * part of the claim a wording found is shown as the wording found it ("It might be a little
     * bit less…"), the rest as the stems did ("The estimates are in the $50bn range").
     */
    function takes(from: number, to: number, first: number, last: number): boolean {
      const [at, end] = offsetsOf({ first: from, last: to });
      const [ownAt, ownEnd] = offsetsOf({ first, last });
      return taken.some((t) => t.start < end && at < t.end && !(t.start < ownEnd && ownAt < t.end));
    }

    /** A run's words, in `text`'s offsets. */
    function offsetsOf(run: Pick<Run, 'first' | 'last'>): [number, number] {
      const span = toOriginalSpan(folded, starts[run.first]!, ends[run.last]!, piece);
      return [start + span.start, start + span.end];
    }

    /** `run` as a finding, if it passes what a run found by stems must (see the module's doc). */
    function checked(run: Run, quotation: [number, number] | null): Finding | null {
      const profile = profileAt(run.profile);
      const { claim } = profile;
      const words: [number, number] = [starts[run.first]!, ends[run.last]!];
      const [at, to] = shown(run, words, quotation);
      const near = mentions.some(
        (m) =>
          profile.people.includes(m.personId) &&
          m.end >= at - NAME_BEFORE &&
          m.start <= to + NAME_AFTER,
      );
      // Credited to one of its people by the page (attribution.ts), asked once.
      let credit: boolean | undefined;
      const credited = () => {
        if (credit === undefined) {
          const speaker = speakerOf?.(text, at, to, mentions) ?? null;
          credit = speaker !== null && profile.people.includes(speaker);
        }
        return credit;
      };
      // Near a name of its people, or farther from it where the page credits the span to them:
      // "Asimismo dijo que se liberarán 250 palestinos…", paragraphs after al-Hayya is named.
      if (!near && !credited()) return null;
      // Words that stand for a text's words are not its words: unless they hold it nearly whole
      // and it is not short, its claim's context must stand near ("a bomb had gone off" in a
      // kitchen is not Gaza's nuclear bomb).
      // A quote reported in the page's own words always needs it: its words are the page's.
      const length = profile.weights.length;
      const sure =
        run.share >= (length >= LONG_TEXT ? LONG_SURE : SURE) &&
        length >= SHORT_TEXT &&
        !run.short &&
        !run.reported;
      // Another printing of the claim cannot vouch for this one: the interview's "It looked
      // almost like a nuclear bomb had been set off" beside a kitchen that "looked almost like a
      // bomb had gone off" holds the claim's own words, not its context.
      const others = sure ? [] : otherPrintings(run);
      // Nor can the words `fromItsSentence` cut off it: the claim's own, out of their place.
      const cut = run.cutFrom === undefined ? [] : [{ first: run.cutFrom, last: run.first - 1 }];
      const apart = [...others, ...cut];
      const withContext =
        sure ||
        context.near(
          text,
          at,
          to,
          context.of(profile.claimIndex),
          apart.map((r) => offsetsOf(r)),
        ) ||
        eventWordNear(
          claim,
          hits,
          [run, ...others],
          wordsWithin(starts, words[0] - CONTEXT_REACH, words[1] + CONTEXT_REACH),
          {
            script: texts.slice(run.first, run.last + 1).some(isPair)
              ? VIETNAMESE_TEXT
              : scriptAt(folded.text, words[0], words[1]),
            scriptOfWord: (k) =>
              isPair(texts[k]!) ? VIETNAMESE_TEXT : scriptOf(folded.text.charCodeAt(starts[k]!)),
          },
        );
      // Without its context near, a run is the claim only where the page credits it to one of
      // its people and a surer finding of its event stands near (`withoutLoneWeak`): "A
      // neighbour of Kushner said the kitchen “looked almost like a bomb had gone off”" beside
      // the interview's claims is not his. A figure (a fact's, credited to no one) needs its
      // context, and so does a quote reported in the page's own words (above): "父母们看着孩子们
      // 踢球，俱乐部还在新看台下埋了一个时间胶囊" holds as many of the bad club's words as a report.
      if (!withContext && (run.figure === true || run.reported === true || !credited()))
        return null;
      // Reported in the page's own words: only where the page credits it to one of its people
      // (a narrated quote needs no credit).
      if (run.reported === true && !profile.narrated && !credited()) return null;
      // Shown whole: with its claim's other runs in the quotation (`extentIn`).
      const [first, last] = quotation === null ? [run.first, run.last] : extentIn(run, quotation);
      const [from, until] = shown(run, [starts[first]!, ends[last]!], quotation);
      return {
        id: claim.id,
        via: viaOf(claim, profile, languageOf),
        start: from,
        end: until,
        score: run.figure === true || !withContext ? WEAK_SCORE : STEM_SCORE,
        language: profile.language,
      };
    }
  }

  return {
    find(text, mentions, taken = []) {
      if (index.texts.length === 0 || mentions.length === 0) return [];
      return regionsNear(text, mentions).flatMap((region) =>
        findInRegion(text, region, mentions, taken),
      );
    },
  };
}

/**
 * `found` without the weak findings (`WEAK_SCORE`) that no surer finding of their event stands
 * near: "пять часов" in the Kremlin with Putin and Witkoff is the talks of December 2 where
 * the page also prints what Ushakov said of them, and an August meeting's five hours where it
 * prints nothing else of December's. Near, not anywhere on the page: a page read in windows
 * keeps the same (windows.ts).
 */
export function withoutLoneWeak(
  found: readonly Finding[],
  eventOf: (id: ClaimId) => EventId,
): Finding[] {
  return found.filter(
    (weak) =>
      weak.score !== WEAK_SCORE ||
      found.some(
        (surer) =>
          surer.score > WEAK_SCORE &&
          eventOf(surer.id) === eventOf(weak.id) &&
          surer.end >= weak.start - CORROBORATION_REACH &&
          surer.start <= weak.end + CORROBORATION_REACH,
      ),
  );
}

/**
 * The quotations of a piece: their spans of its folded text, and the words inside each (first
 * and last, by index).
 */
function quotationWords(
  piece: string,
  folded: Folded,
  { starts, ends }: WordSpans,
): { span: [number, number]; words: [number, number] }[] {
  const quotations = quotationsIn(piece);
  if (quotations.length === 0) return [];
  // Where each folded word starts in the piece.
  const at = starts.map((s) => folded.map[s]!);
  return quotations.flatMap(([open, close]) => {
    let first = 0;
    while (first < at.length && at[first]! < open) first++;
    let last = first - 1;
    while (last + 1 < at.length && at[last + 1]! < close) last++;
    if (last < first) return [];
    const span: [number, number] = [starts[first]!, ends[last]!];
    return [{ span, words: [first, last] }];
  });
}

/**
 * Whether a run that holds one of a report rendering's numbers holds the word it counts too:
 * "استمرت خمس دقائق" (the call's five minutes) holds "استمرت" and "خمس" of "استمرت المحادثات
 * خمس ساعات" (the talks' five hours), and is not it.
 */
function countsWhatItCounts(text: StemText, inRun: readonly Hit[]): boolean {
  if (text.numbers === undefined) return true;
  const held = new Set(inRun.map(wordOf));
  return text.numbers.every((n) => {
    const unit = unitOf(text, n);
    return !held.has(n) || unit === null || held.has(unit);
  });
}

/** Whether `list` (hits in page order) holds text word `word` at page word `at`. */
function holdsAt(list: readonly Hit[], at: number, word: number): boolean {
  for (let i = hitFrom(list, at); i < list.length && atOf(list[i]!) === at; i++)
    if (wordOf(list[i]!) === word) return true;
  return false;
}

/** The page word nearest `at`, within `reach` words, at which `list` holds text word `word`. */
function nearestHit(list: readonly Hit[], at: number, word: number, reach: number): number | null {
  let nearest: number | null = null;
  for (let i = hitFrom(list, at - reach); i < list.length && atOf(list[i]!) <= at + reach; i++)
    if (
      wordOf(list[i]!) === word &&
      (nearest === null || Math.abs(atOf(list[i]!) - at) < Math.abs(nearest - at))
    )
      nearest = atOf(list[i]!);
  return nearest;
}

/** The stretches of a piece's `count` words between its quotations: first and last word. */
function gapsBetween(
  quotations: readonly { words: readonly [number, number] }[],
  count: number,
): [number, number][] {
  const gaps: [number, number][] = [];
  let from = 0;
  for (const { words } of quotations) {
    if (words[0] > from) gaps.push([from, words[0] - 1]);
    from = Math.max(from, words[1] + 1);
  }
  if (from < count) gaps.push([from, count - 1]);
  return gaps;
}

/** At most this many of a run's words before a full stop are the sentence before's... */
const FRAGMENT_HITS = 2;
/** ...holding at most this share of the weight it holds (`fromItsSentence`). */
const FRAGMENT_SHARE = 0.25;
/** A full stop between two words (not a decimal point: a space follows it). */
const SENTENCE_END = /[.!?。！？؟]\s|[。！？]/u;

/** Whether `run` holds a word of `[first, last]`. */
const overlap = (run: Run, first: number, last: number) => run.first <= last && run.last >= first;

/** Whether two runs share more than half the words of the shorter: one line read twice. */
function mostlyOverlap(a: Run, b: Run): boolean {
  const shared = Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1;
  return shared * 2 > Math.min(a.last - a.first, b.last - b.first) + 1;
}

/** The first and last of words (by their folded starts) that start within `[from, to]`. */
function wordsWithin(starts: readonly number[], from: number, to: number): [number, number] {
  let first = 0;
  while (first < starts.length && starts[first]! < from) first++;
  let last = starts.length - 1;
  while (last >= 0 && starts[last]! > to) last--;
  return [first, last];
}

/**
 * Whether the run found in a quotation covers most of it: then the quotation is the span (a
 * translation's last words may stand for none of the text's). Where it holds much more
 * (another claim's words), the run is: two claims in one quotation each get theirs.
 */
function quotationFits(
  [from, to]: readonly [number, number],
  [start, end]: readonly [number, number],
) {
  return (end - start) * QUOTATION_COVERED >= to - from;
}

/** The source a finding stands for: one in the text's language, else the claim's first. */
function viaOf(
  claim: Claim,
  profile: Profile,
  languageOf: (source: SourceId) => string | undefined,
): SourceId {
  if (profile.source !== null) return profile.source;
  const same = claim.appearances.find((a) => languageOf(a.source) === profile.language);
  return (same ?? claim.appearances[0]!).source;
}

/** How far back a stretch starts at its paragraph's start, so its quotation marks pair up. */
const PARAGRAPH_REACH = 2000;

/**
 * The stretches of a text within reach of a name, with room for a quotation around, each from
 * its paragraph's start (where that is near): merged.
 */
export function regionsNear(text: string, mentions: readonly PersonMention[]): [number, number][] {
  const paragraphStart = (at: number) => {
    const newline = text.lastIndexOf('\n', at);
    return newline >= at - PARAGRAPH_REACH ? newline + 1 : at;
  };
  // Each from its paragraph's start (a mention's, earlier or later, moves it the same way).
  const spans = [...mentions]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({
      start: paragraphStart(Math.max(0, m.start - NAME_AFTER - READ_AROUND)),
      end: m.end,
    }));
  return withinReach(spans, 0, text.length, NAME_BEFORE + READ_AROUND);
}

/**
 * A text read two syllables a word (Vietnamese, syllables.ts) counts its weight as this share of
 * what it holds: a translation in its own words keeps fewer pairs of syllables than syllables,
 * as one syllable changed breaks two pairs. Of 42 Vietnamese news passages written apart from the
 * renderings (tests/fixtures/passages/vi.json, 2026-12-07), 19 were found at 1, 29 at
 * 0.8 and 31 at 0.75; of their 12 look-alikes, 3 were highlighted at 1 and 4 at 0.8 or 0.75,
 * each as an English page worded as closely is.
 */
const PAIR_SHARE = 0.8;

/** Text `p`'s profile: its claim, people, weights and their sums. */
function profileOf(index: StemIndex, claims: readonly Claim[], p: number): Profile {
  const { claim: c, language, source, weights, framing, pairs } = index.texts[p]!;
  const claim = claims[c]!;
  const share = pairs === true ? PAIR_SHARE : 1;
  let [total, telling] = [0, 0];
  for (const w of weights) if (w > 0) [total, telling] = [total + w, telling + 1];
  total *= share;
  const name = index.languages[language]!;
  return {
    claim,
    claimIndex: c,
    language: name,
    source,
    weights,
    total,
    telling,
    reported: framing === undefined ? { weights, total } : withoutFraming(weights, framing, share),
    people: peopleNear(claim, index.eventPeople),
    narrated: isNarrated(claim),
  };
}

/** `weights` with those of words `framing` zeroed, and their sum, counted at `share` (`PAIR_SHARE`). */
function withoutFraming(
  weights: readonly number[],
  framing: readonly number[],
  share: number,
): Weighed {
  const kept = [...weights];
  for (const word of framing) kept[word] = 0;
  return { weights: kept, total: kept.reduce((sum, w) => sum + w, 0) * share };
}
