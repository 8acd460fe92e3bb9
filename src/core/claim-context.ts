/**
 * A claim's context: the words that tell it from other claims where its own words are few
 * (a two-word quote, a short rendering). A distinctive word of its statement or other wordings
 * (in any language), or of its event's title ("plan", "master plan", "Gaza", "Davos"), standing
 * near a short quote says it is this claim, not the same words said about another matter.
 */
import type { Claim, ClaimEvent, Person } from './dataset';
import { foldText } from './normalize';
import { tokenize, wordSpans } from './words';

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
  /** Whether a word of `context` stands within reach of `[start, end)` of `text`, outside it. */
  near(text: string, start: number, end: number, context: ReadonlySet<string>): boolean;
}

/** A folded word's stem, roughly: its first letters (a four-letter word is its own). */
export const contextStem = (word: string) => word.slice(0, STEM);

/** The stems of texts' words long enough to say something. */
function stemsOf(texts: readonly string[]): Set<string> {
  const words = tokenize(foldText(texts.join(' \n '))).texts;
  return new Set(words.filter((w) => w.length >= SHORTEST_CONTEXT_WORD).map(contextStem));
}

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
): string[][] {
  // A name says who, not which claim: "Steve" stands near every quote of Witkoff's.
  const names = stemsOf(people.flatMap((p) => p.aliases));
  // Of a claim's own words, those few other claims share; of its event's title, those no
  // other event's title has ("Davos", "master plan"): the title's are shared by all the
  // event's claims, so they are chosen among titles, not claims.
  const own = claims.map((c) => stemsOf([c.statement, ...c.appearances.map((a) => a.text ?? '')]));
  const distinctiveOwn = fewHave(own, MOST_SHARED * claims.length);
  const titleStems = new Map(events.map((e) => [e.id, stemsOf([e.title])]));
  const distinctiveTitle = fewHave([...titleStems.values()], 1);
  return claims.map((claim, c) => [
    ...new Set(
      [
        ...[...own[c]!].filter(distinctiveOwn),
        ...[...(titleStems.get(claim.event) ?? [])].filter(distinctiveTitle),
      ].filter((stem) => !names.has(stem)),
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
    near(text, start, end, context) {
      const around = `${text.slice(Math.max(0, start - CONTEXT_REACH), start)} \n ${text.slice(end, end + CONTEXT_REACH)}`;
      const folded = foldText(around);
      const { starts, ends } = wordSpans(folded);
      for (let k = 0; k < starts.length; k++) {
        if (ends[k]! - starts[k]! < SHORTEST_CONTEXT_WORD) continue;
        // "Gazastreifens" holds "gaza": a longer word holds a four-letter stem.
        const word = folded.slice(starts[k], Math.min(ends[k]!, starts[k]! + STEM));
        if (context.has(word) || context.has(word.slice(0, SHORTEST_CONTEXT_WORD))) return true;
      }
      return false;
    },
  };
}
