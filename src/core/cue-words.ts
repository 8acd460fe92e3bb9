/**
 * Finding the words of speech-cues.ts's lists in a text, for attribution.ts, cheaply: a quote's
 * surroundings are read several times, with lists of a thousand entries.
 *
 * - The entries become one alternation shaped as a tree by their first characters (`sa(?:id|
 *   ys)|…`), so the engine tries a handful of branches where a word starts, not every entry.
 * - A whole word must not follow a letter or a hyphen (Romanian `i-a spus`, "told him", is not
 *   `a spus`, "said"); the character before it is matched, not looked behind, from a short class
 *   of the spaces, digits and punctuation of the scripts read.
 * - Case is ignored by lowering the text, not by the engine.
 */

/** Where a word of a list stands in a text. */
export interface Found {
  readonly start: number;
  readonly end: number;
}

/** A list's entries: a string holds several, split on its `|` outside brackets. */
function entriesOf(list: string): string[] {
  const entries: string[] = [];
  let [depth, entry] = [0, ''];
  for (let i = 0; i < list.length; i++) {
    const char = list[i]!;
    if (char === '\\') {
      entry += char + (list[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === '|' && depth === 0) {
      entries.push(entry);
      entry = '';
    } else entry += char;
  }
  entries.push(entry);
  return entries;
}

/** Characters that make an entry's next character no plain letter of it. */
const SYNTAX = /[\\[\](){}?+*|.^$]/u;
const QUANTIFIER = /[?+*{]/u;

/**
 * One alternation of `entries`, shaped as a tree by their plain first characters; an entry
 * from where it holds syntax on is one branch. A space stands for any white space. Longer
 * branches are tried first: `potrivit lui` before `potrivit`.
 */
function tree(entries: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  const branches: string[] = [];
  let ends = false;
  for (const entry of entries) {
    if (entry === '') ends = true;
    else if (SYNTAX.test(entry[0]!) || QUANTIFIER.test(entry[1] ?? ''))
      branches.push(entry.replaceAll(' ', '\\s+'));
    else byFirst.set(entry[0]!, [...(byFirst.get(entry[0]!) ?? []), entry.slice(1)]);
  }
  const grown = [...byFirst].map(([first, rests]) => {
    const head = first === ' ' ? '\\s+' : first;
    return rests.length === 1 && rests[0] === '' ? head : head + tree(rests);
  });
  const all = [...grown, ...branches, ...(ends ? [''] : [])];
  return all.length === 1 ? `(?:${all[0]})` : `(?:${all.join('|')})`;
}

/** One alternation of the entries of `lists`, in lower case. */
export function alternation(lists: readonly (readonly string[])[]): string {
  return tree(lists.flat().flatMap((list) => entriesOf(list.toLowerCase())));
}

/**
 * What may stand right before a whole word: white space, ASCII punctuation and digits, Latin-1
 * signs, general punctuation (dashes, curly quotes; not U+2010-2011, hyphens), Arabic and
 * Hebrew punctuation, CJK and fullwidth punctuation.
 */
const BEFORE_WORD =
  '(?:^|[\\s!-,./0-9:-@\\[-`{-~\\u00a0-\\u00bf\\u2012-\\u206f\\u060c\\u061b\\u061f\\u05c0\\u05c3\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

/** The words of some lists in a text: whole words, and words of unspaced scripts anywhere. */
export class Words {
  private readonly pattern: RegExp;

  constructor(
    spaced: readonly (readonly string[])[],
    unspaced: readonly (readonly string[])[] = [],
  ) {
    const whole = `${BEFORE_WORD}(${alternation(spaced)})${NOT_LETTER_AFTER}`;
    const anywhere = unspaced.length > 0 ? `|(${alternation(unspaced)})` : '';
    this.pattern = new RegExp(whole + anywhere, 'gu');
  }

  /** The first of the lists' words in `text`, or null. */
  first(text: string): Found | null {
    return this.find(text, true);
  }

  /** The last of the lists' words in `text`, or null. */
  last(text: string): Found | null {
    return this.find(text, false);
  }

  test(text: string): boolean {
    return this.find(text, true) !== null;
  }

  private find(text: string, first: boolean): Found | null {
    const lowered = lowerInPlace(text);
    let found: Found | null = null;
    this.pattern.lastIndex = 0;
    for (let match; (match = this.pattern.exec(lowered)) !== null;) {
      const word = match[1] ?? match[2] ?? '';
      const start = match.index + match[0].length - word.length;
      found = { start, end: start + word.length };
      if (first) break;
    }
    return found;
  }
}

/** `text` in lower case, each character where it was (one that lowers to two stays as it is). */
function lowerInPlace(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  return Array.from(text, (char) => {
    const low = char.toLowerCase();
    return low.length === char.length ? low : char;
  }).join('');
}
