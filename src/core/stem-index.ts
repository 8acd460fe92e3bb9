/**
 * The stem matcher's index (stem-match.ts), a plain value: made once by the build from the
 * claims' texts as word beginnings (scripts/dataset/stem-profiles.ts) and loaded as data, so a
 * page pays nothing for its making, however many claims the dataset holds (issue 21). `npm run
 * eval` makes it in Node from the same claims (and again, without a page's own wordings, for
 * `--leave-one-out`).
 *
 * A text's word weighs what it tells apart: (ln((C + 1) / c))² for a word c of the C claims with
 * a text in its language hold. A word more than a fifth of a language's claims hold ("the",
 * "said", "que") weighs nothing and is left out of the index: it tells no claim apart, and it
 * is on every page.
 */
import { peopleOfEvents } from './claim-people';
import type { Claim, ClaimEvent, ClaimId, EventId, PersonId, SourceId } from './dataset';
import { isPair } from './syllables';
import { isSemitic, lettersOf } from './words';

/** A claim's text in one language: its words' weights, in the order of its profile's words. */
export interface StemText {
  /** Its claim, by its index in the dataset's claims. */
  readonly claim: number;
  /** Its language, by its index in `StemIndex.languages`. */
  readonly language: number;
  /** The source whose wording it is; null for the statement or a rendering. */
  readonly source: SourceId | null;
  readonly weights: readonly number[];
  /**
   * A source's wording: its words that none of its claim's own texts in the language (the
   * statement, the maintainers' renderings) holds, where it has one: the page's framing ("the
   * Russian leader's conversation with the US president's special envoy was…"), who and when,
   * not what was said. A quote reported in a page's own words is read without them.
   */
  readonly framing?: readonly number[];
  /** A report rendering's (dataset.ts's `StemProfile`): never read as a transcript's line. */
  readonly report?: true;
  /**
   * Read two syllables a word, as Vietnamese is (syllables.ts): its share of a page's words is
   * read as a larger share of a text of single words would be (stem-match.ts `PAIR_SHARE`).
   */
  readonly pairs?: true;
  /**
   * A report rendering's words that are numbers (by index), where it has any: the figures its
   * claim is told by ("five hours", "250 … 1,700", "25 billion"), found on their own
   * (stem-match.ts `figuresOf`).
   */
  readonly numbers?: readonly number[];
}

export interface StemIndex {
  readonly languages: readonly string[];
  readonly texts: readonly StemText[];
  /** Every beginning that weighs something, in order of UTF-16 units. */
  readonly beginnings: readonly string[];
  /**
   * For each beginning, the texts' words it stands for, by language, as one list of indices:
   * `[language, n, text, word, … (n pairs), language, n, …]`. Compact: it is loaded as data.
   */
  readonly words: readonly (readonly number[])[];
  /**
   * Per event, the beginnings three or more of its claims' texts hold, in any language, and at
   * most one claim of another event's: "Kremlin", "Davos", "Rafah" and their renderings.
   */
  readonly eventWords: Readonly<Record<EventId, readonly string[]>>;
  /** Per event, the people its claims credit (claim-people.ts): whom a narrated claim is found near. */
  readonly eventPeople: Readonly<Record<EventId, readonly PersonId[]>>;
}

/** A text of fewer words is short: found only as a whole quotation, with its context near. */
export const FEWEST_WORDS = 3;
/** A text of fewer words than this is left out: one word is anyone's. */
export const SHORT_TEXT_WORDS = 2;
/** A word more than this share of a language's claims hold weighs nothing... */
const COMMON = 0.1;
/** ...where that many claims have a text in the language that the share says something. */
const JUDGED_BY = 20;
/**
 * An event's word is held by this many of its claims at least, and at most one claim of another
 * event; a beginning this long at least ("envi" of "enviado" says "envoy", of any event).
 */
const EVENT_WORD_CLAIMS = 3;
/** ...and a tenth of its claims: "thought" in three of an interview's forty lines is no mark of it. */
const EVENT_WORD_SHARE = 0.1;
const MOST_OTHERS = 1;
const EVENT_WORD_LENGTH = 5;
/** ...or this long in Hebrew and Arabic script, whose beginnings are four letters (کرمل of کرملین). */
const EVENT_WORD_LENGTH_SEMITIC = 4;
const eventWordLength = (beginning: string) =>
  isSemitic(beginning.charCodeAt(0)) ? EVENT_WORD_LENGTH_SEMITIC : EVENT_WORD_LENGTH;

/** A beginning's postings (`StemIndex.words`): each language's texts and their words. */
export function forEachPosting(
  list: readonly number[],
  visit: (language: number, text: number, word: number) => void,
): void {
  for (let k = 0; k < list.length; k += 2 + 2 * list[k + 1]!)
    for (let i = k + 2; i < k + 2 + 2 * list[k + 1]!; i += 2)
      visit(list[k]!, list[i]!, list[i + 1]!);
}

export function buildStemIndex(claims: readonly Claim[], events: readonly ClaimEvent[]): StemIndex {
  const weightOf = wordWeights(claims);
  const languages: string[] = [];
  const languageIndex = (language: string) => {
    const l = languages.indexOf(language);
    return l !== -1 ? l : languages.push(language) - 1;
  };
  const texts: StemText[] = [];
  const byBeginning = new Map<string, number[][]>();
  claims.forEach((claim, c) =>
    (claim.stems ?? []).forEach(({ language, source, words, report }) => {
      if (words.length < SHORT_TEXT_WORDS) return;
      const l = languageIndex(language);
      // One decimal: the index is data the extension loads.
      const weights = words.map((w) => Math.round(weightOf(language, w) * 10) / 10);
      const framing = source === null ? [] : framingOf(claim, language, words);
      const numbers = report === true ? numbersOf(words) : [];
      const text =
        texts.push({
          claim: c,
          language: l,
          source,
          weights,
          ...(framing.length > 0 ? { framing } : {}),
          ...(report === true ? { report } : {}),
          ...(words.some((beginnings) => beginnings.some(isPair)) ? { pairs: true as const } : {}),
          ...(numbers.length > 0 ? { numbers } : {}),
        }) - 1;
      words.forEach((beginnings, word) => {
        if (weights[word] === 0) return;
        for (const beginning of beginnings) {
          const byLanguage = byBeginning.get(beginning) ?? [];
          byBeginning.set(beginning, byLanguage);
          (byLanguage[l] ??= []).push(text, word);
        }
      });
    }),
  );
  // In order (of UTF-16 units): a page's word finds the beginnings it may hold by a binary search.
  const sorted = [...byBeginning].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    languages,
    texts,
    beginnings: sorted.map(([beginning]) => beginning),
    words: sorted.map(([, byLanguage]) =>
      byLanguage.flatMap((pairs, l) =>
        pairs === undefined ? [] : [l, pairs.length / 2, ...pairs],
      ),
    ),
    eventWords: distinctiveEventWords(claims, events),
    eventPeople: peopleOfEvents(claims),
  };
}

/**
 * Of a source's wording's `words`, those (by index) that none of its claim's own texts in
 * `language` holds a beginning of: none where the claim has no text of its own in the language.
 */
function framingOf(claim: Claim, language: string, words: readonly (readonly string[])[]) {
  const own = new Set<string>();
  for (const text of claim.stems ?? [])
    if (text.source === null && text.language === language)
      for (const beginnings of text.words) for (const b of beginnings) own.add(b);
  if (own.size === 0) return [];
  return words.flatMap((beginnings, word) => (beginnings.some((b) => own.has(b)) ? [] : [word]));
}

/**
 * A report rendering's figure unit: the word after number `n` in it ("hours" of "five hours",
 * "miliardi" of "25 miliardi"), where that word weighs something and is not a number itself.
 */
export function unitOf({ weights, numbers }: StemText, n: number): number | null {
  const unit = n + 1;
  return unit < weights.length && weights[unit]! > 0 && !numbers!.includes(unit) ? unit : null;
}

/**
 * Whether words `held` (by index) may make a figure run of a text (stem-match.ts `figuresOf`):
 * every number of it, and the unit of one. The slice keeps a text they may (analyzer-slice.ts).
 */
export function mayHoldFigures(text: StemText, held: (word: number) => boolean): boolean {
  const { numbers } = text;
  return (
    numbers !== undefined &&
    numbers.every(held) &&
    numbers.some((n) => {
      const unit = unitOf(text, n);
      return unit !== null && held(unit);
    })
  );
}

/** Which of a text's words (by index) are numbers: a beginning of digits (a number in words has one). */
function numbersOf(words: readonly (readonly string[])[]): number[] {
  return words.flatMap((beginnings, word) => (beginnings.some(isNumber) ? [word] : []));
}

const isNumber = (beginning: string) => /^\d+$/u.test(beginning);

/** Per language, a word's weight by how many claims with a text in the language hold it. */
function wordWeights(claims: readonly Claim[]) {
  const holders = new Map<string, Map<string, Set<ClaimId>>>();
  const claimsOf = new Map<string, Set<ClaimId>>();
  for (const claim of claims)
    for (const { language, words } of claim.stems ?? []) {
      const byWord = holders.get(language) ?? new Map<string, Set<ClaimId>>();
      holders.set(language, byWord);
      for (const beginnings of words) {
        const key = beginnings.join('|');
        byWord.set(key, (byWord.get(key) ?? new Set()).add(claim.id));
      }
      claimsOf.set(language, (claimsOf.get(language) ?? new Set()).add(claim.id));
    }
  return (language: string, beginnings: readonly string[]) => {
    const all = claimsOf.get(language)?.size ?? 0;
    const some = holders.get(language)?.get(beginnings.join('|'))?.size ?? 1;
    if (all >= JUDGED_BY && some > all * COMMON) return 0;
    return Math.log((all + 1) / some) ** 2;
  };
}

function distinctiveEventWords(
  claims: readonly Claim[],
  events: readonly ClaimEvent[],
): Record<EventId, string[]> {
  const holders = new Map<string, Set<Claim>>();
  for (const claim of claims)
    for (const { words } of claim.stems ?? [])
      for (const beginnings of words)
        for (const beginning of beginnings)
          holders.set(beginning, (holders.get(beginning) ?? new Set()).add(claim));
  const byEvent: Record<EventId, string[]> = Object.fromEntries(events.map((e) => [e.id, []]));
  const claimsOf = new Map<string, number>();
  for (const claim of claims) claimsOf.set(claim.event, (claimsOf.get(claim.event) ?? 0) + 1);
  for (const [beginning, held] of holders) {
    const count = new Map<string, number>();
    for (const claim of held) count.set(claim.event, (count.get(claim.event) ?? 0) + 1);
    for (const [event, own] of count)
      if (
        lettersOf(beginning) >= eventWordLength(beginning) &&
        own >= Math.max(EVENT_WORD_CLAIMS, EVENT_WORD_SHARE * (claimsOf.get(event) ?? 0)) &&
        held.size - own <= MOST_OTHERS
      )
        byEvent[event]?.push(beginning);
  }
  return byEvent;
}
