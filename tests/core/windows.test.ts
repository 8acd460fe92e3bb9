import { describe, expect, it } from 'vitest';
import { compileAnalyzer } from '../../src/core/analyze';
import { CLAIM_REACH, mergeWindows, WINDOW_OVERLAP, windowsOf } from '../../src/core/windows';
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
      expect(windows[i - 1]!.end - windows[i]!.start).toBe(WINDOW_OVERLAP);
    }
    for (const w of windows.slice(0, -1)) expect(text[w.end]).toBe(' ');
  });

  it('keeps a short text whole', () => {
    expect(windowsOf('short text')).toEqual([{ start: 0, end: 10 }]);
  });
});

/** The analysis of a page a window at a time, as src/content/slices.ts runs it. */
function byWindows(text: string) {
  return mergeWindows(
    windowsOf(text)
      .filter((w) => analyzer.named(text.slice(w.start, w.end)).length > 0)
      .map((window) => ({
        window,
        analysis: analyzer.analyze(text.slice(window.start, window.end)),
      })),
  );
}

/** `n` characters of filler news, naming nobody. */
function fillerOf(n: number): string {
  let text = '';
  for (let k = 0; text.length < n; k++) text += filler(k);
  return text.slice(0, n);
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

  it('finds a quote within reach of a name in another window, as the whole page does', () => {
    // A name just past the first window's end, the quote ("he said") within reach before it,
    // where the windows overlap; the first window's own name is out of the quote's reach.
    const quoteAt = 100_000 - 3_000;
    let text = `Steve Witkoff spoke to CBS on Sunday. ${fillerOf(quoteAt - 38)}`;
    text += quote.replace('Witkoff said', 'he said');
    text += fillerOf(CLAIM_REACH - 2 * quote.length) + 'Jared Kushner listened. ';
    text += fillerOf(250_000 - text.length);
    const boundary = windowsOf(text)[0]!.end;
    expect(text.indexOf('Jared Kushner')).toBeGreaterThan(boundary);
    expect(windowsOf(text)[1]!.start).toBeLessThan(quoteAt);
    const whole = analyzer.analyze(text);
    expect(whole.claims.map((c) => c.id)).toEqual(['witkoff-bad-club']);
    expect(byWindows(text)).toEqual(whole);
  });

  it('reads a page for claims only within reach of a name', () => {
    const far = `Steve Witkoff spoke to CBS on Sunday. ${fillerOf(CLAIM_REACH + 500)}`;
    const heSaid = quote.replace('Witkoff said', 'he said');
    expect(analyzer.analyze(far + heSaid).claims).toEqual([]);
    const near = `Steve Witkoff spoke to CBS on Sunday. ${fillerOf(CLAIM_REACH - 500 - heSaid.length)}`;
    expect(analyzer.analyze(near + heSaid).claims.map((c) => c.id)).toEqual(['witkoff-bad-club']);
    // A long page, in windows: nothing 450,000 characters from the name.
    const long = `Steve Witkoff spoke to CBS on Sunday. ${fillerOf(450_000)}${heSaid}`;
    expect(byWindows(long).claims).toEqual([]);
  });
});
