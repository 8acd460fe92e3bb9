/**
 * The quotation around a span of a page's folded text, as the keyword and stem matchers ask for
 * it: a quote's translation counts only inside quotation marks.
 */
import { foldText, type Folded } from './normalize';
import { isQuoteMark as isQuoteMarkOfText } from './quote-reading';
import { isWordAt } from './words';

/** Trims a span of folded text to the word characters at its edges. */
export function trimToWords(text: string, start: number, end: number): [number, number] {
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Whether the `"` at `at` marks a quotation: not one between two letters, which is Hebrew's
 * gershayim typed as a quote (ארה"ב, "USA"), not a quotation mark.
 */
const isQuoteMark = (text: string, at: number) =>
  text.charCodeAt(at) === 0x22 &&
  !(at > 0 && isWordAt(text, at - 1) && at + 1 < text.length && isWordAt(text, at + 1));

/** The quotation marks in `[from, to)` of folded text, in order. */
export function quoteMarks(text: string, from: number, to: number): number[] {
  const marks: number[] = [];
  for (let at = text.indexOf('"', from); at !== -1 && at < to; at = text.indexOf('"', at + 1))
    if (isQuoteMark(text, at)) marks.push(at);
  return marks;
}

/** How far from a finding by keywords or stems the quotation around it may open or close. */
export const QUOTATION_REACH = 300;

/**
 * The quotation around `[start, end)` of folded text, or null. Quote marks all fold to `"`, and
 * which one opens depends on the language („…“, »…«, “…”), so a quotation is told by count: it
 * opens in its paragraph, after an even number of marks there, and closes in it or the next. `folded` folds
 * the piece of `text` that starts at `offset`; the paragraph is read in `text`.
 */
export function quotationAround(
  text: string,
  offset: number,
  folded: Folded,
  start: number,
  end: number,
): [number, number] | null {
  const open = quoteMarks(folded.text, Math.max(0, start - QUOTATION_REACH), start).at(-1);
  const close = quoteMarks(folded.text, end, end + QUOTATION_REACH)[0];
  if (open === undefined || close === undefined) return null;
  if (quoteMarks(folded.text, open + 1, close).length > 0) return null;
  const [openAt, closeAt] = [offset + folded.map[open]!, offset + folded.map[close]!];
  // A quote may run on over one line break (a <br>, or a quote split into two <p>), not more.
  const inside = text.slice(openAt, closeAt);
  if (inside.indexOf('\n') !== inside.lastIndexOf('\n')) return null;
  const paragraph = foldText(text.slice(text.lastIndexOf('\n', openAt) + 1, openAt));
  // An odd count before it: the mark at `open` closes an earlier quotation.
  if (quoteMarks(paragraph, 0, paragraph.length).length % 2 !== 0) return null;
  return trimToWords(folded.text, open + 1, close);
}

/**
 * The quotations of a page's text (not folded), as `[start, end)` inside their marks. Marks
 * open and close in turn within a paragraph. A quotation left open at a paragraph's end runs on
 * into the next, once: a quote split into two paragraphs or by a line break, the second often
 * opening with a mark of its own (“…¶“…”), which then continues it. A mark left open longer
 * opens nothing.
 */
export function quotationsIn(text: string): [number, number][] {
  const quotations: [number, number][] = [];
  let open = -1;
  let breaks = 0;
  let reopening = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) {
      if (open === -1) continue;
      if (++breaks > 1) open = -1;
      else reopening = isQuoteMarkOfText(text, nextPrinted(text, at + 1));
      continue;
    }
    if (!isQuoteMarkOfText(text, at)) continue;
    if (reopening) reopening = false;
    else if (open === -1) [open, breaks] = [at, 0];
    else {
      quotations.push([open + 1, at]);
      open = -1;
    }
  }
  return quotations;
}

/** The first character at or after `at` that is not white space. */
function nextPrinted(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}
