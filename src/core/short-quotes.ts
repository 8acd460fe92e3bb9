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
import type { ClaimMatch } from './match';
import { contextStem, type ClaimContext } from './claim-context';
import { foldText } from './normalize';
import type { PersonMention } from './people';
import { tokenize } from './words';

export interface ShortQuotes {
  /** The short quotations of `text` that pass (`mentions` in its offsets). */
  find(text: string, mentions: readonly PersonMention[]): ClaimMatch[];
}

/** How near one of its people's names a short quotation must stand, before and after it. */
export const SHORT_NAME_BEFORE = 600;
export const SHORT_NAME_AFTER = 300;
/** The longest quotation read as a short one, in characters between its marks. */
const LONGEST = 60;

/** Double quotation marks as pages print them (single ones are also apostrophes). */
const MARK = /["\u201C-\u201F\u2033\u00AB\u00BB\u300C\u300D]/g;

interface ShortWording {
  readonly claimId: ClaimId;
  readonly via: SourceId;
  readonly people: ReadonlySet<PersonId | null>;
  readonly context: ReadonlySet<string>;
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

export function compileShortQuotes(claims: readonly Claim[], context: ClaimContext): ShortQuotes {
  const byText = new Map<string, ShortWording[]>();
  for (const claim of claims) {
    const people = new Set([claim.speaker, ...claim.appearances.map((a) => a.attributedTo)]);
    for (const { text, via } of shortWordingsOf(claim)) {
      // The quote's own words are not its context.
      const own = new Set(text.split(' ').map(contextStem));
      const distinctive = new Set([...context.of(claim)].filter((stem) => !own.has(stem)));
      const list = byText.get(text) ?? [];
      if (!list.some((w) => w.claimId === claim.id))
        list.push({ claimId: claim.id, via, people, context: distinctive });
      byText.set(text, list);
    }
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
          if (named && context.near(text, from, at + 1, wording.context))
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
