/**
 * Quotes of two words ("catastrophic success", „katastrophalen Erfolg“): too short for the
 * matcher's 3-grams (match.ts), and too common words to count alone. One counts where three
 * things meet, as a reader would check them:
 * 1. the page prints it as a whole quotation, marks right around it;
 * 2. a name of one of its claim's people stands near;
 * 3. a word of the claim's own context stands near too: a distinctive word of its statement,
 *    of its other wordings (in any language) or of its event's title ("plan", "master plan",
 *    "Gaza", "Davos"), so the same two words said about another matter are not the claim.
 */
import type { Claim, ClaimId, PersonId, SourceId } from './dataset';
import type { Finding } from './found-claim';
import { contextStem, type ClaimContext } from './claim-context';
import { creditedPeople } from './claim-people';
import { foldText } from './normalize';
import type { PersonMention } from './people';
import { trimToWords } from './quotation';
import { isQuoteMark } from './quote-reading';
import { tokenize } from './words';

export interface ShortQuotes {
  /** The short quotations of `text` that pass (`mentions` in its offsets). */
  find(text: string, mentions: readonly PersonMention[]): Finding[];
}

/** How near one of its people's names a short quotation must stand, before and after it. */
export const SHORT_NAME_BEFORE = 600;
export const SHORT_NAME_AFTER = 300;
/** The longest quotation read as a short one, in characters between its marks. */
const LONGEST = 60;

/** Double quotation marks as pages print them (single ones are also apostrophes). */
const MARK = /["\u201C-\u201F\u2033\u00AB\u00BB\u300C\u300D]/g;

/**
 * The claims' quotes' two-word wordings, by their folded words joined by a space: `[claim,
 * appearance]` pairs of indices, flat, one per claim (build time: analyzer-index.ts).
 */
export type ShortQuoteIndex = Readonly<Record<string, readonly number[]>>;

interface ShortWording {
  readonly claimId: ClaimId;
  readonly via: SourceId;
  readonly people: ReadonlySet<PersonId>;
  readonly context: ReadonlySet<string>;
}

/** Two words are a short wording; one word is too little to go on. */
const SHORT_WORDS = 2;

export function shortQuoteIndex(claims: readonly Claim[]): ShortQuoteIndex {
  const byText: Record<string, number[]> = {};
  claims.forEach((claim, c) => {
    if (claim.kind !== 'quote') return;
    claim.appearances.forEach((a, k) => {
      if (a.text === null) return;
      const words = tokenize(foldText(a.text)).texts;
      if (words.length !== SHORT_WORDS) return;
      const list = (byText[words.join(' ')] ??= []);
      if (!list.some((other, i) => i % 2 === 0 && other === c)) list.push(c, k);
    });
  });
  return byText;
}

export function compileShortQuotes(
  claims: readonly Claim[],
  index: ShortQuoteIndex,
  context: ClaimContext,
): ShortQuotes {
  /** A short wording's claim, people and context (its own words are not its context). */
  const wordingOf = (text: string, c: number, k: number): ShortWording => {
    const claim = claims[c]!;
    const own = new Set(text.split(' ').map(contextStem));
    return {
      claimId: claim.id,
      via: claim.appearances[k]!.source,
      people: new Set(creditedPeople(claim)),
      context: new Set([...context.of(c)].filter((stem) => !own.has(stem))),
    };
  };
  const wordingsOf = (text: string): ShortWording[] => {
    // Own keys only: a page's words are not to reach the object's prototype ("constructor").
    const list = Object.hasOwn(index, text) ? index[text]! : [];
    const wordings: ShortWording[] = [];
    for (let i = 0; i < list.length; i += 2) wordings.push(wordingOf(text, list[i]!, list[i + 1]!));
    return wordings;
  };
  const anyShort = hasAnyKey(index);

  return {
    find(text, mentions) {
      if (!anyShort || mentions.length === 0) return [];
      const found: Finding[] = [];
      for (const { from, at, key } of shortQuotations(text))
        for (const wording of wordingsOf(key)) {
          const [start, end] = trimToWords(text, from + 1, at);
          const named = mentions.some(
            (m) =>
              wording.people.has(m.personId) &&
              m.end >= start - SHORT_NAME_BEFORE &&
              m.start <= end + SHORT_NAME_AFTER,
          );
          if (named && context.near(text, from, at + 1, wording.context))
            found.push({ id: wording.claimId, via: wording.via, start, end, score: 1 });
        }
      return found;
    },
  };
}

/**
 * The quotations of `text` short enough to be a short quote's, of two words: their marks (at
 * `from` and `at`) and their words folded, joined by a space (the index's keys). What `find`
 * looks up, and what a named page asks the background about (slice-keys.ts).
 */
export function shortQuotations(text: string): { from: number; at: number; key: string }[] {
  const quotations: { from: number; at: number; key: string }[] = [];
  // Marks open and close in turn, and a paragraph starts afresh.
  let open = -1;
  for (const mark of text.matchAll(MARK)) {
    const at = mark.index;
    // Hebrew's gershayim (ארה"ב) is no quotation mark.
    if (mark[0] === '"' && !isQuoteMark(text, at)) continue;
    const newline = open === -1 ? -1 : text.indexOf('\n', open);
    if (open === -1 || (newline !== -1 && newline < at)) {
      open = at;
      continue;
    }
    const from = open;
    open = -1;
    if (at - from - 1 > LONGEST) continue;
    const words = tokenize(foldText(text.slice(from + 1, at))).texts;
    if (words.length === SHORT_WORDS) quotations.push({ from, at, key: words.join(' ') });
  }
  return quotations;
}

/** Whether `record` has a key of its own, without listing them all. */
function hasAnyKey(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
