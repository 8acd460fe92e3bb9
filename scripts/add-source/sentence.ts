/** The sentences of a page's text that hold a span: the `context` of an appearance. */
import { sentenceStartBefore } from '../../src/core/quote-reading.ts';

/** How far a sentence is looked for on either side of the span. */
const REACH = 600;
/** The end of a sentence: its mark and any closing quotes, before white space or the end; or a line's end. */
const SENTENCE_END = /[.!?؟。][”’"'»」)]*(?=\s|$)|\n/u;

/** `[start, end)` widened to the whole sentences it lies in, white space trimmed. */
export function sentencesAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = sentenceStartBefore(text, Math.max(0, start - REACH), start);
  // A span that ends with its sentence's mark ends that sentence.
  const scanFrom = Math.max(start, end - 1);
  const rest = text.slice(scanFrom, scanFrom + REACH);
  const mark = SENTENCE_END.exec(rest);
  let to =
    mark === null
      ? Math.min(text.length, scanFrom + REACH)
      : scanFrom + mark.index + (mark[0] === '\n' ? 0 : mark[0].length);
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return { start: from, end: Math.max(to, end) };
}
