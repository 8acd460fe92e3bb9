/**
 * The passages a page prints inside quotation marks, in the styles of the corpus's languages:
 * “…” and „…“ (or „…”), «…», "…", ‘…’ and 「…」. A quotation closes on its own line; quotes
 * nested in it are part of it. An apostrophe (it’s, Trump’s) neither opens nor closes one.
 */

export interface Quotation {
  /** The quoted words, without their marks: `[start, end)` in the text. */
  readonly start: number;
  readonly end: number;
}

const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '"': '"',
  '‘': '’',
  '「': '」',
};
const LETTER = /[\p{L}\p{N}]/u;
/** Marks that are apostrophes too: they open only after a non-letter, close only before one. */
const AMBIGUOUS = new Set(['"', '‘', '’']);

const isLetter = (char: string | undefined) => char !== undefined && LETTER.test(char);

function closingAt(text: string, from: number, opener: string): number {
  const closers = CLOSERS[opener]!;
  for (let i = from; i < text.length && text[i] !== '\n'; i++) {
    const char = text[i]!;
    if (!closers.includes(char)) continue;
    if (AMBIGUOUS.has(char) && isLetter(text[i + 1])) continue;
    return i;
  }
  return -1;
}

export function quotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (CLOSERS[char] === undefined) continue;
    if (AMBIGUOUS.has(char) && isLetter(text[i - 1])) continue;
    const close = closingAt(text, i + 1, char);
    if (close === -1) continue;
    if (close > i + 1) found.push({ start: i + 1, end: close });
    i = close;
  }
  return found;
}

/** Words in a quotation: runs of letters or digits, a Chinese or Japanese character as half a word. */
export function wordCount(text: string): number {
  let count = 0;
  for (const [token] of text.matchAll(
    /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|[\p{L}\p{N}]+/gu,
  ))
    count += /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(token) ? 0.5 : 1;
  return count;
}
