import { describe, expect, it } from 'vitest';
import { turnsBefore } from '../../src/core/dialogue';

/** The words each turn of `text` before `at` opens with, nearest first. */
function openings(text: string, at: number): string[] {
  return turnsBefore(text, 0, at).map((dash) => text.slice(dash + 2, dash + 8));
}

describe('turnsBefore', () => {
  it('finds turns in a paragraph, after a colon or a sentence’s end, before a capital', () => {
    const text = 'Er fragte: — Wie geht es? — Gut, sagte sie. — Schön.';
    expect(openings(text, text.indexOf('Schön'))).toEqual(['Schön.', 'Gut, s', 'Wie ge']);
  });

  it('takes a dash after a comma or before a small letter for the end of a turn’s words', () => {
    const text = '— Как дела? — спросил он.\n— Хорошо, — ответила она.';
    expect(openings(text, text.indexOf('Хорошо'))).toEqual(['Хорошо', 'Как де']);
  });

  it('stops at a line of narration, and finds none in plain prose', () => {
    const text = '— Wie geht es?\nSie lächelte lange.\n— Gut.';
    expect(openings(text, text.indexOf('Gut'))).toEqual(['Gut.']);
    const prose = 'The talks ended late — Witkoff left at midnight.';
    expect(turnsBefore(prose, 0, prose.indexOf('Witkoff'))).toEqual([]);
  });
});
