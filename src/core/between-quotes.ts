/**
 * The page's own words between two quoted parts of one span ("He delegates well,” said
 * Witkoff. “He gave us…"): a closing quote (double, or single but not an apostrophe inside a
 * word), a few words, then an opening one. Not the speaker's words: they say who spoke.
 */
export const BETWEEN_QUOTES =
  /(?:\u201D|\u2019(?!\p{L}))[^\u201C\u201D\u2018\u2019]{0,60}[\u201C\u2018]/gu;

/** Where the first quoted part of `text`'s `[start, end)` closes before another opens, or -1. */
export function innerClose(text: string, start: number, end: number): number {
  BETWEEN_QUOTES.lastIndex = 0;
  const match = BETWEEN_QUOTES.exec(text.slice(start, end));
  return match === null ? -1 : start + match.index;
}
