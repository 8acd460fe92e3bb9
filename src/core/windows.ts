/**
 * Long pages in windows: each analysed on its own (a task each, in the content script), then
 * merged into the analysis of the whole page. Kept apart from the matcher so the content
 * script's entry can use it without loading the matcher.
 */
import type { FoundClaim, PageAnalysis } from './analyze';
import type { PersonId } from './dataset';
import type { TextSource } from './text-source';

/** How far back from a window's end a space is looked for, to end the window between words. */
const SPACE_REACH = 1_000;

/**
 * A page is read for claims only within this many characters of a name of someone in the
 * dataset, either side (about 800 words): a quote that far from every name is not credited to
 * anyone the page names, and reading only near names keeps a long page cheap (match.ts).
 */
export const CLAIM_REACH = 5_000;

/**
 * How far before a quote its speaker is read for (attribution.ts): the look back for the
 * speaker a quote continues, and the longest sentence read there.
 */
export const SPEAKER_REACH = 2_800;

/**
 * How far after a quote its speaker is read for (attribution.ts): where the quote closes, and
 * a name and speech verb just after (`,” Witkoff said`).
 */
export const SPEAKER_AFTER_REACH = 500;

/**
 * Room beyond the reach for the name itself and a claim's words: windows overlap by this much
 * more than the reach, so a claim and a name within reach of it always share a window.
 */
const REACH_ROOM = 1_000;

/** How much two windows overlap, and how far a change reaches claims (reread.ts). */
export const WINDOW_OVERLAP = CLAIM_REACH + REACH_ROOM;

/**
 * The stretches within `reach` before and `after` after each of `spans` (in order), within
 * `[0, length]`, overlapping ones merged: where a text is read around its names (match.ts, and
 * the page's reading in src/content/page-text.ts).
 */
export function withinReach(
  spans: Iterable<{ readonly start: number; readonly end: number }>,
  reach: number,
  length = Infinity,
  after = reach,
): [number, number][] {
  const stretches: [number, number][] = [];
  for (const { start, end } of spans) {
    const [from, to] = [Math.max(0, start - reach), Math.min(length, end + after)];
    const last = stretches.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else stretches.push([from, to]);
  }
  return stretches;
}

/** A stretch of a long page analysed on its own, so no single task takes long. */
export interface TextWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts `text` into windows of about `size` characters, each overlapping the previous by
 * `overlap` (more than a claim's reach, the longest wording and the attribution look-back),
 * ending at white space.
 */
export function windowsOf(
  text: TextSource,
  size = 100_000,
  overlap = WINDOW_OVERLAP,
): TextWindow[] {
  if (text.length <= size) return [{ start: 0, end: text.length }];
  const windows: TextWindow[] = [];
  for (let start = 0; ;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // The last space at or before `end`, looked for only near it: reading the whole window
      // here would copy the whole page once more (a page's text may be in chunks).
      const from = Math.max(start + overlap, end - SPACE_REACH);
      const space = text.slice(from, end + 1).lastIndexOf(' ');
      if (space > 0) end = from + space;
    }
    windows.push({ start, end });
    if (end >= text.length) return windows;
    start = end - overlap;
  }
}

/**
 * One analysis of a whole page from the analyses of its windows, offsets made page-wide. Where
 * two windows read the same stretch, the longer reading wins: a window that ends mid-quote holds
 * only part of it. On a tie, the earlier window's: it had more context before the quote.
 */
export function mergeWindows(
  parts: readonly { window: TextWindow; analysis: PageAnalysis }[],
): PageAnalysis {
  const people: PersonId[] = [];
  const readings: FoundClaim[] = [];
  for (const { window, analysis } of parts) {
    for (const person of analysis.people) if (!people.includes(person)) people.push(person);
    for (const claim of analysis.claims)
      readings.push({ ...claim, start: claim.start + window.start, end: claim.end + window.start });
  }
  // Stable: equally long readings keep window order.
  readings.sort((a, b) => b.end - b.start - (a.end - a.start));
  const claims: FoundClaim[] = [];
  for (const reading of readings) {
    if (!claims.some((c) => c.start < reading.end && reading.start < c.end)) claims.push(reading);
  }
  return { people, claims: claims.sort((a, b) => a.start - b.start) };
}
