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
import type { Claim, ClaimEvent, ClaimId, PersonId, SourceId } from './dataset';
import type { ClaimMatch } from './match';
import { foldText } from './normalize';
import type { PersonMention } from './people';
import { tokenize, wordSpans } from './words';

export interface ShortQuotes {
  /** The short quotations of `text` that pass (`mentions` in its offsets). */
  find(text: string, mentions: readonly PersonMention[]): ClaimMatch[];
}

/** How near one of its people's names a short quotation must stand, before and after it. */
export const SHORT_NAME_BEFORE = 600;
export const SHORT_NAME_AFTER = 300;
/** How far either side of the quotation its context is read. */
export const CONTEXT_REACH = 400;
/** The longest quotation read as a short one, in characters between its marks. */
const LONGEST = 60;
/** A word of context is known by this many first letters (a stem, roughly, in most languages). */
const STEM = 5;
/** ...and is at least this long: shorter words are mostly grammar. */
const SHORTEST_CONTEXT_WORD = 4;
/** A context word carried by more than this share of the claims says nothing of which one. */
const MOST_SHARED = 0.1;

/** Double quotation marks as pages print them (single ones are also apostrophes). */
const MARK = /["\u201C-\u201F\u2033\u00AB\u00BB\u300C\u300D]/g;

interface ShortWording {
  readonly claimId: ClaimId;
  readonly via: SourceId;
  readonly people: ReadonlySet<PersonId | null>;
  readonly context: ReadonlySet<string>;
}

/** A word's stem, roughly: its first letters (a four-letter word is its own). */
const stemOf = (word: string) => word.slice(0, STEM);

/** The stems of texts' words long enough to say something. */
function stemsOf(texts: readonly string[]): Set<string> {
  const words = tokenize(foldText(texts.join(' \n '))).texts;
  return new Set(words.filter((w) => w.length >= SHORTEST_CONTEXT_WORD).map(stemOf));
}

/** Whether at most `most` of `sets` hold a stem. */
function fewHave(sets: readonly ReadonlySet<string>[], most: number): (stem: string) => boolean {
  const count = new Map<string, number>();
  for (const set of sets) for (const stem of set) count.set(stem, (count.get(stem) ?? 0) + 1);
  return (stem) => (count.get(stem) ?? 0) <= most;
}

/** A claim's wordings of fewer than three words (one word is too little to go on). */
function shortWordingsOf(claim: Claim): { text: string; via: SourceId }[] {
  if (claim.kind !== 'quote') return [];
  return claim.appearances.flatMap((a) => {
    if (a.text === null) return [];
    const text = tokenize(foldText(a.text)).texts.join(' ');
    const count = text.split(' ').length;
    return count === 2 ? [{ text, via: a.source }] : [];
  });
}

export function compileShortQuotes(
  claims: readonly Claim[],
  events: readonly ClaimEvent[],
): ShortQuotes {
  // Of a claim's own words, those few other claims share; of its event's title, those no
  // other event's title has ("Davos", "master plan"): the title's are shared by all the
  // event's claims, so they are chosen among titles, not claims.
  const ownStems = new Map(
    claims.map((c) => [c.id, stemsOf([c.statement, ...c.appearances.map((a) => a.text ?? '')])]),
  );
  const distinctiveOwn = fewHave([...ownStems.values()], MOST_SHARED * claims.length);
  const titleStems = new Map(events.map((e) => [e.id, stemsOf([e.title])]));
  const distinctiveTitle = fewHave([...titleStems.values()], 1);
  const contextOf = (claim: Claim) =>
    new Set([
      ...[...ownStems.get(claim.id)!].filter(distinctiveOwn),
      ...[...(titleStems.get(claim.event) ?? [])].filter(distinctiveTitle),
    ]);

  const byText = new Map<string, ShortWording[]>();
  for (const claim of claims) {
    const people = new Set([claim.speaker, ...claim.appearances.map((a) => a.attributedTo)]);
    for (const { text, via } of shortWordingsOf(claim)) {
      // The quote's own words are not its context.
      const own = new Set(text.split(' ').map(stemOf));
      const context = new Set([...contextOf(claim)].filter((stem) => !own.has(stem)));
      const list = byText.get(text) ?? [];
      if (!list.some((w) => w.claimId === claim.id))
        list.push({ claimId: claim.id, via, people, context });
      byText.set(text, list);
    }
  }

  /** Whether a word of `context` stands within reach of `[start, end)`, outside it. */
  function contextNear(text: string, start: number, end: number, context: ReadonlySet<string>) {
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
  }

  return {
    find(text, mentions) {
      if (byText.size === 0 || mentions.length === 0) return [];
      const found: ClaimMatch[] = [];
      // Marks open and close in turn, and a paragraph starts afresh.
      let open = -1;
      for (const mark of text.matchAll(MARK)) {
        const at = mark.index;
        // A `"` between two letters is Hebrew's gershayim (ארה"ב), not a quotation mark.
        if (isGershayim(text, at)) continue;
        const newline = open === -1 ? -1 : text.indexOf('\n', open);
        if (open === -1 || (newline !== -1 && newline < at)) {
          open = at;
          continue;
        }
        const from = open;
        open = -1;
        if (at - from - 1 > LONGEST) continue;
        const key = tokenize(foldText(text.slice(from + 1, at))).texts.join(' ');
        for (const wording of byText.get(key) ?? []) {
          const [start, end] = wordsOf(text, from + 1, at);
          const named = mentions.some(
            (m) =>
              wording.people.has(m.personId) &&
              m.end >= start - SHORT_NAME_BEFORE &&
              m.start <= end + SHORT_NAME_AFTER,
          );
          if (named && contextNear(text, from, at + 1, wording.context))
            found.push({ claimId: wording.claimId, via: wording.via, start, end, score: 1 });
        }
      }
      return found;
    },
  };
}

function isGershayim(text: string, at: number): boolean {
  const letter = /\p{L}/u;
  return text[at] === '"' && letter.test(text[at - 1] ?? '') && letter.test(text[at + 1] ?? '');
}

/** `[from, to)` trimmed to its first and last letters or digits. */
function wordsOf(text: string, from: number, to: number): [number, number] {
  const word = /[\p{L}\p{N}]/u;
  while (from < to && !word.test(text[from]!)) from++;
  while (to > from && !word.test(text[to - 1]!)) to--;
  return [from, to];
}
