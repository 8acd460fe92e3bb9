/**
 * The quotations of a page's text, as the stem matcher reads them (a quote's translation counts
 * only inside quotation marks), and a span trimmed to its words.
 */
import { isQuoteMark } from './quote-reading';
import { isWordAt } from './words';

/** Trims a span of folded text to the word characters at its edges. */
export function trimToWords(text: string, start: number, end: number): [number, number] {
  while (start < end && !isWordAt(text, start)) start++;
  while (end > start && !isWordAt(text, end - 1)) end--;
  return [start, end];
}

/**
 * The quotations of a page's text (not folded), as `[start, end)` inside their marks. Marks
 * open and close in turn within a paragraph. A quotation left open at a paragraph's end runs on
 * into the next, once: a quote split into two paragraphs or by a line break, the second often
 * opening with a mark of its own (“…¶“…”), which then continues it. A mark left open longer
 * quotes to the end of its paragraph (of the second, where that reopened it): the convention of
 * a quote over several paragraphs, each opening with a mark and only the last closing, and of
 * a quote whose closing mark the page dropped. A mark still open where the text ends opens
 * nothing.
 */
export function quotationsIn(text: string): [number, number][] {
  const quotations: [number, number][] = [];
  let open = -1;
  let breaks = 0;
  let reopening = false;
  /** Where the open quotation's text ends if it closes nowhere: its last quoted paragraph's end. */
  let quoted = -1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) {
      if (open === -1) continue;
      if (++breaks > 1) {
        quotations.push([open + 1, quoted]);
        open = -1;
        continue;
      }
      quoted = at;
      reopening = isQuoteMark(text, nextPrinted(text, at + 1));
      continue;
    }
    if (!isQuoteMark(text, at)) continue;
    if (reopening) {
      // The next paragraph opens with a mark: it is quoted too, to its end.
      reopening = false;
      quoted = text.indexOf('\n', at);
    } else if (open === -1) [open, breaks] = [at, 0];
    else {
      quotations.push([open + 1, at]);
      open = -1;
    }
  }
  // A mark still open where the text ends quotes nothing: the text may be cut there, and a
  // closing mark after a quotation given up would open one.
  return quotations;
}

/**
 * Whether `[start, end)` of `text` (not folded) is in the page's own words: no quotation left
 * open before it in its paragraph (an even number of marks there: a quote split over lines, or
 * one whose marks `quotationsIn` could not pair), and no mark inside it, nor a single one
 * opening a word (`the need to help Palestinians ’thrive and do better’`).
 */
export function inOwnWords(text: string, start: number, end: number): boolean {
  let marks = 0;
  for (let at = text.lastIndexOf('\n', start - 1) + 1; at < start; at++)
    if (isQuoteMark(text, at)) marks++;
  if (marks % 2 !== 0) return false;
  for (let at = start; at < end; at++)
    if (isQuoteMark(text, at) || opensSingleQuote(text, at)) return false;
  return true;
}

/** `‘`, `‚`, `‹`, `›`, or `’` or `'` before a word's first letter, after no letter. */
function opensSingleQuote(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0x2018 || code === 0x201a || code === 0x2039 || code === 0x203a) return true;
  return (
    (code === 0x2019 || code === 0x27) &&
    !LETTER.test(text[at - 1] ?? '') &&
    LETTER.test(text[at + 1] ?? '')
  );
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** The first character at or after `at` that is not white space. */
function nextPrinted(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}
