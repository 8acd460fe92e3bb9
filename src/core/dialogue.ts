/**
 * Turns of dialogue, for attribution.ts: a dash opens each turn, at a line's start or after the
 * end of the turn before it, and a capital opens its words (`— Konnten Sie…? — Ein schöner
 * Spaziergang, antwortete Witkoff. — Die Moskauer…`, one turn a line or several in a paragraph).
 * A dash after a comma, or before a small letter, closes a turn's words instead: `— Прекрасный
 * город, — ответил Уиткофф`, `— Как дела? — спросил Путин`.
 */

/** A turn's dash: after a line's start, a sentence's end or a colon, before a capital. */
const TURN_DASH = /(?:^|(?<=[.!?…:]["'”’»]?))[^\S\n]*([–—])[^\S\n]+(?=\p{Lu})/gmu;
/** A line of narration: one that does not open with a dash. */
const NARRATION_LINE = /\n\s*[^\s–—]/u;

/** How far past a dash the capital that opens a turn is looked for. */
const CAPITAL_REACH = 8;

/** Where the turns open in `[from, to)`, in order: the positions of their dashes. */
function turnDashes(text: string, from: number, to: number): number[] {
  // Two characters before `from` for the sentence's end, a few after `to` for the capital.
  const start = Math.max(0, from - 2);
  const lineStart = start === 0 || text[start - 1] === '\n';
  const dashes: number[] = [];
  for (const m of text.slice(start, to + CAPITAL_REACH).matchAll(TURN_DASH)) {
    const at = start + m.index + m[0].indexOf(m[1]!);
    // `^` at the slice's start is a line's start only where the text's line starts there.
    if (m.index === 0 && !lineStart && !/[.!?…:]/u.test(text[start - 1] ?? '')) continue;
    if (at >= from && at < to) dashes.push(at);
  }
  return dashes;
}

/**
 * The turns of the dialogue that `at` is in, read back to `from`: where each opens, nearest
 * first (the turn that holds `at` first); back to a line of narration between two. Empty where
 * `at` is in no turn.
 */
export function turnsBefore(text: string, from: number, at: number): number[] {
  const dashes = turnDashes(text, from, at);
  const turns: number[] = [];
  for (let k = dashes.length - 1; k >= 0; k--) {
    if (NARRATION_LINE.test(text.slice(dashes[k]!, turns.at(-1) ?? at))) break;
    turns.push(dashes[k]!);
  }
  return turns;
}
