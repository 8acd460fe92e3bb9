import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { mergeWindows, windowsNearNames, windowsOf } from '../../src/core/windows';
import { realDataset } from '../support/dataset';

const analyzer = compileAnalyzer(realDataset());
const filler = (n: number) =>
  `The harbour council met again on day ${n} and adjourned without a vote. `;
const quote =
  '“I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children,” Witkoff said. ';

/** A long page with quotes throughout, one of them right across the first window boundary. */
function longPage(): string {
  let text = 'Steve Witkoff spoke to CBS. ';
  for (let n = 0; text.length < 99_850; n++) text += filler(n);
  // The quote starts at 99,940 and runs across the first boundary, near 100,000.
  text = text.padEnd(99_940, ' ') + quote;
  for (let n = 0; text.length < 450_000; n++) text += n % 400 === 7 ? quote : filler(n);
  return text;
}

describe('windowsOf', () => {
  it('covers the text with overlapping windows that end at white space', () => {
    const text = longPage();
    const windows = windowsOf(text);
    expect(windows[0]!.start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < windows.length; i++) {
      expect(windows[i]!.start).toBeLessThan(windows[i - 1]!.end);
      expect(windows[i - 1]!.end - windows[i]!.start).toBe(4_000);
    }
    for (const w of windows.slice(0, -1)) expect(text[w.end]).toBe(' ');
  });

  it('keeps a short text whole', () => {
    expect(windowsOf('short text')).toEqual([{ start: 0, end: 10 }]);
  });
});

/** The analysis of a page a window at a time, as src/content/slices.ts runs it. */
function byWindows(text: string) {
  const windows = windowsOf(text);
  const read = windowsNearNames(
    windows.map((w) => analyzer.named(text.slice(w.start, w.end)).length > 0),
  );
  return mergeWindows(
    windows
      .filter((_, i) => read[i])
      .map((window) => ({
        window,
        analysis: analyzer.analyze(text.slice(window.start, window.end), {
          partOfNamedPage: true,
        }),
      })),
  );
}

describe('mergeWindows', () => {
  it('finds in windows exactly what it finds in the whole page', () => {
    const text = longPage();
    const whole = analyzer.analyze(text);
    const merged = byWindows(text);
    expect(whole.claims.length).toBeGreaterThan(10);
    const boundary = windowsOf(text)[0]!.end;
    expect(
      whole.claims.some((c) => c.start < boundary && boundary < c.end),
      'a quote straddles the first boundary',
    ).toBe(true);
    expect(merged.claims).toEqual(whole.claims);
    expect(merged.people).toEqual(whole.people);
  });

  it('finds quotes in windows that name nobody, on a page that names someone', () => {
    // The name only at the top; far below, a quote with "he said" and no name near it.
    let text = 'Steve Witkoff spoke to CBS on Sunday. ';
    for (let n = 0; text.length < 150_000; n++) text += filler(n);
    text += quote.replace('Witkoff said', 'he said');
    const whole = analyzer.analyze(text);
    expect(whole.claims.map((c) => c.id)).toEqual(['witkoff-bad-club']);
    expect(byWindows(text)).toEqual(whole);
  });

  it('reads a long page for claims only within a window of a name', () => {
    expect(windowsNearNames([false, false, true, false, false, false])).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    let text = 'Steve Witkoff spoke to CBS on Sunday. ';
    for (let n = 0; text.length < 450_000; n++) text += filler(n);
    text += quote.replace('Witkoff said', 'he said'); // 450,000 characters from the name
    expect(byWindows(text).claims).toEqual([]);
  });
});
