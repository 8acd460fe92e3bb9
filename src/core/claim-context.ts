/**
 * A claim's context: the words that tell it from other claims where its own words are few
 * (a two-word quote, a short rendering). A distinctive word of its statement, its wordings or
 * its renderings (in any language), or of its event's title ("plan", "master plan", "Gaza",
 * "Davos"), standing near a short quote says it is this claim, not the
 * same words said about another matter.
 */
import type { Claim, ClaimEvent, Person } from './dataset';
import { fold, foldText } from './normalize';
import { isPair, syllableWordSpans, VIETNAMESE, VIETNAMESE_TEXT } from './syllables';
import {
  isSemitic,
  LATIN,
  lettersOf,
  PROCLITIC_REACH,
  scriptAt,
  scriptOf,
  tokenize,
} from './words';

/** How far either side of the quotation its context is read. */
export const CONTEXT_REACH = 400;
/** A word of context is known by this many first letters (a stem, roughly, in most languages). */
const STEM = 5;
/** ...and is at least this long: shorter words are mostly grammar. */
const SHORTEST_CONTEXT_WORD = 4;
/** A context word carried by more than this share of the claims says nothing of which one. */
const MOST_SHARED = 0.1;

export interface ClaimContext {
  /** The distinctive words of claim `c` (by its index in the dataset), as `contextStem` gives them. */
  of(c: number): ReadonlySet<string>;
  /**
   * Whether a word of `context` stands within reach of `[start, end)` of `text`, of its own text
   * (`sameText`), outside it and outside the spans `apart` (another printing of the same claim,
   * which cannot vouch for this one).
   */
  near(
    text: string,
    start: number,
    end: number,
    context: ReadonlySet<string>,
    apart?: readonly (readonly [number, number])[],
  ): boolean;
}

/** A folded word's stem, roughly: its first letters (a four-letter word is its own). */
export const contextStem = (word: string) => word.slice(0, STEM);

/** The stems of texts' words long enough to say something. */
function stemsOf(texts: readonly string[]): Set<string> {
  const words = tokenize(foldText(texts.join(' \n '))).texts;
  return new Set(words.filter((w) => lettersOf(w) >= SHORTEST_CONTEXT_WORD).map(contextStem));
}

/**
 * The maintainers' renderings' words, as the build left them: beginnings of their stems
 * (scripts/dataset/stem-profiles.ts), as long as a context stem or cut to one. A pair of
 * Vietnamese syllables (syllables.ts) whole: its first letters are one syllable, which any
 * sentence may hold ("viên" of "thành viên", member, is the envoy's "đặc phái viên").
 */
function renderingStems(claim: Claim): string[] {
  const stems: string[] = [];
  for (const { source, words } of claim.stems ?? [])
    if (source === null)
      for (const beginnings of words)
        for (const beginning of beginnings)
          if (isPair(beginning)) stems.push(beginning);
          else if (lettersOf(beginning) >= SHORTEST_CONTEXT_WORD)
            stems.push(contextStem(beginning));
  return stems;
}

/** The plain words of a cue list's entry (`said|says`); those written in syntax are left out. */
const plainWords = (entry: string) =>
  entry.split('|').filter((word) => !/[[\](){}?+*\\]/u.test(word));

/** Whether at most `most` of `sets` hold a stem. */
function fewHave(sets: readonly ReadonlySet<string>[], most: number): (stem: string) => boolean {
  const count = new Map<string, number>();
  for (const set of sets) for (const stem of set) count.set(stem, (count.get(stem) ?? 0) + 1);
  return (stem) => (count.get(stem) ?? 0) <= most;
}

/** Each claim's distinctive words, in dataset order (build time: analyzer-index.ts). */
export function claimContexts(
  claims: readonly Claim[],
  events: readonly ClaimEvent[],
  people: readonly Pick<Person, 'aliases'>[] = [],
  /** Entries of speech-cues.ts's lists of verbs of saying (`said|says`, `respondió`). */
  sayings: readonly string[] = [],
): string[][] {
  // A name says who, not which claim: "Steve" stands near every quote of Witkoff's. A verb of
  // saying says that someone spoke: "respondeu" stands near any quote in Portuguese.
  const whoNotWhat = stemsOf(people.flatMap((p) => p.aliases));
  for (const stem of stemsOf(sayings.flatMap(plainWords))) whoNotWhat.add(stem);
  // Of a claim's own words, those few other claims share; of its event's title, those no
  // other event's title has ("Davos", "master plan"): the title's are shared by all the
  // event's claims, so they are chosen among titles, not claims.
  const own = claims.map((c) => {
    const stems = stemsOf([c.statement, ...c.appearances.map((a) => a.text ?? '')]);
    for (const stem of renderingStems(c)) stems.add(stem);
    return stems;
  });
  const distinctiveOwn = fewHave(own, MOST_SHARED * claims.length);
  const titleStems = new Map(events.map((e) => [e.id, stemsOf([e.title])]));
  const distinctiveTitle = fewHave([...titleStems.values()], 1);
  return claims.map((claim, c) => [
    ...new Set(
      [
        ...[...own[c]!].filter(distinctiveOwn),
        ...[...(titleStems.get(claim.event) ?? [])].filter(distinctiveTitle),
      ].filter((stem) => !whoNotWhat.has(stem)),
    ),
  ]);
}

/** The context of claims whose distinctive words are `contexts` (`claimContexts`). */
export function compileClaimContext(contexts: readonly (readonly string[])[]): ClaimContext {
  // Made as asked for: a page asks for a few claims' of all the dataset's.
  const made = new Map<number, ReadonlySet<string>>();
  return {
    of(c) {
      let context = made.get(c);
      if (context === undefined) made.set(c, (context = new Set(contexts[c] ?? [])));
      return context;
    },
    near(text, start, end, context, apart = []) {
      const read = (from: number, to: number) => blanked(text, from, to, apart);
      const around = `${read(Math.max(0, start - CONTEXT_REACH), start)} \n ${read(end, end + CONTEXT_REACH)}`;
      const folded = fold(around);
      const words = folded.text;
      const { starts, ends } = syllableWordSpans(around, folded);
      const script = VIETNAMESE.test(text.slice(start, end))
        ? VIETNAMESE_TEXT
        : scriptAt(text, start, end);
      for (let k = 0; k < starts.length; k++) {
        // Two syllables of Vietnamese: the pair whole, of a Vietnamese span alone.
        const pair = words.slice(starts[k], ends[k]);
        if (isPair(pair)) {
          if (script === VIETNAMESE_TEXT && context.has(pair)) return true;
          continue;
        }
        if (!sameText(scriptOf(words.charCodeAt(starts[k]!)), script)) continue;
        // Hebrew and Arabic write "and", "the", "in" onto a word: past them too.
        const reach = isSemitic(words.charCodeAt(starts[k]!)) ? PROCLITIC_REACH : 0;
        for (let at = starts[k]!; at <= starts[k]! + reach; at++) {
          if (lettersOf(words, at, ends[k]!) < SHORTEST_CONTEXT_WORD) break;
          // "Gazastreifens" holds "gaza": a longer word holds a four-letter stem.
          const word = words.slice(at, Math.min(ends[k]!, at + STEM));
          if (context.has(word) || context.has(word.slice(0, SHORTEST_CONTEXT_WORD))) return true;
        }
      }
      return false;
    },
  };
}

/**
 * Whether a word of script `word` may be of the same text as a span of script `span`: of its
 * script, or Latin, which news in every script prints (names, "GDP", "60 Minutes"). Another
 * script's words beside a span are another language's, another text's: a Korean quote's
 * "아들" (son) is no context for an English sentence about a kitchen. Vietnamese's pairs of
 * syllables are a script of their own (syllables.ts `VIETNAMESE_TEXT`).
 */
export const sameText = (word: number, span: number) => word === span || word === LATIN;

/** `text`'s `[from, to)` with the parts within `apart` as spaces. */
function blanked(
  text: string,
  from: number,
  to: number,
  apart: readonly (readonly [number, number])[],
): string {
  let read = text.slice(from, to);
  for (const [start, end] of apart) {
    const [a, b] = [Math.max(start, from) - from, Math.min(end, to) - from];
    if (a < b) read = read.slice(0, a) + ' '.repeat(b - a) + read.slice(b);
  }
  return read;
}
