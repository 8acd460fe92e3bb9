/**
 * The content script's work, bundled for injection into a page by bench/run.ts, next to the
 * baseline it is measured against: a bare walk of the same page's text nodes.
 */
import { compileAnalyzer } from '../src/core/analyze';
import type { Dataset } from '../src/core/dataset';
import { compilePeopleMatcher, type PersonAliases } from '../src/core/people';
import { rangeFor, readPageText } from '../src/content/page-text';

declare global {
  interface Window {
    sourcelightBench: {
      bareWalk(): number;
      gate(people: readonly PersonAliases[]): boolean;
      fullMatch(people: readonly PersonAliases[], dataset: Dataset): number;
      /** Medians over `iterations` runs of each, interleaved so they share the page's conditions. */
      measure(
        iterations: number,
        people: readonly PersonAliases[],
        dataset: Dataset,
      ): { walk: number; gate: number; full: number };
    };
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

window.sourcelightBench = {
  /** The baseline: visit every text node and touch its text, as any reader of the page must. */
  bareWalk() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      length += (node as Text).data.length;
    return length;
  },
  /** What the content script does on every page: read the text, ask whether it names anyone. */
  gate(people) {
    return compilePeopleMatcher(people).namesAnyone(readPageText(document.body).text);
  },
  /** What it does on a page that names someone: the whole pipeline, and the ranges to paint. */
  fullMatch(people, dataset) {
    const page = readPageText(document.body);
    if (!compilePeopleMatcher(people).namesAnyone(page.text)) return 0;
    const claims = compileAnalyzer(dataset).analyze(page.text).claims;
    for (const claim of claims) rangeFor(page, claim.start, claim.end);
    return claims.length;
  },
  measure(iterations, people, dataset) {
    const runs = { walk: [] as number[], gate: [] as number[], full: [] as number[] };
    for (let i = 0; i < iterations; i++) {
      runs.walk.push(time(() => this.bareWalk()));
      runs.gate.push(time(() => this.gate(people)));
      runs.full.push(time(() => this.fullMatch(people, dataset)));
    }
    return { walk: median(runs.walk), gate: median(runs.gate), full: median(runs.full) };
  },
};
