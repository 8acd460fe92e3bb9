/**
 * Issue 21: a named page receives only the slice of the dataset its texts' keys reach
 * (core/slice-keys.ts, core/analyzer-slice.ts), and reads each text over it exactly as over the
 * whole dataset: every page of the corpus, changed pages, long pages read in windows, and random
 * stretches of pages cut anywhere (inside words, quotations and names).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../eval/corpus';
import { withFirstLooks, withAnalyzerIndex } from '../../scripts/dataset/vite-plugin';
import { compileAnalyzer, compileSlicedAnalyzer } from '../../src/core/analyze';
import { analyzePageInSteps, LARGE_PAGE } from '../../src/core/analyze-page';
import type { AnalyzerBase, DatasetSlice } from '../../src/core/analyzer-index';
import { compileSlicer } from '../../src/core/analyzer-slice';
import { viewClaim } from '../../src/core/claim-view';
import { growingIndex, indexDataset } from '../../src/core/dataset';
import { comparePage } from '../../src/core/page-compare';
import { planReread } from '../../src/core/reread';
import type { SliceKeys } from '../../src/core/slice-keys';
import { runSteps, type SliceAsk, type Steps } from '../../src/core/steps';
import { CLAIM_REACH } from '../../src/core/windows';
import { MATCHING_CASES } from '../fixtures/matching-cases';
import { realDataset } from '../support/dataset';

// As the extension has it: built, each person with their first look, sent as JSON.
const dataset = withFirstLooks(withAnalyzerIndex(realDataset()));
const whole = compileAnalyzer(dataset);
const slicer = compileSlicer(dataset);
const base: AnalyzerBase = JSON.parse(
  JSON.stringify({ people: dataset.people, places: dataset.places, cues: dataset.index.cues }),
) as AnalyzerBase;

const corpus = resolve('../shared/corpus');
const pages = existsSync(corpus) ? readCorpus(corpus) : [];

/** A sliced analyzer, and what it asked for: each slice made and sent as the background does. */
function slicedReader() {
  const asked: { keys: SliceKeys; slice: DatasetSlice }[] = [];
  const analyzer = compileSlicedAnalyzer(base);
  const answer = ({ keys }: SliceAsk): DatasetSlice => {
    const slice = JSON.parse(JSON.stringify(slicer(keys))) as DatasetSlice;
    asked.push({ keys, slice });
    return slice;
  };
  const run = <T>(steps: Steps<T>) => runSteps(steps, answer);
  const analyze = (text: string) => run(analyzer.analyzeInSteps(text));
  return { analyzer, asked, run, analyze };
}

describe('a text read over its slice of the dataset', () => {
  it('finds on every page of the corpus what the whole dataset finds', () => {
    expect(pages.length, `the corpus is read from ${corpus}`).toBeGreaterThan(100);
    // One analyzer for all: a page its last slice covers is read over that one.
    const reader = slicedReader();
    let found = 0;
    for (const { path, body } of pages) {
      const analysis = whole.analyze(body);
      expect(reader.analyze(body), path).toEqual(analysis);
      found += analysis.claims.length;
    }
    expect(found).toBeGreaterThan(200);
    // A page's slice holds its few claims, not the dataset's.
    const held = reader.asked.map(({ slice }) => slice.claims.length).sort((a, b) => a - b);
    expect(held[Math.floor(held.length / 2)]).toBeLessThan(dataset.claims.length / 5);
  });

  it('gives the card and the comparison, over the slices received, what the whole dataset gives', () => {
    const reader = slicedReader();
    // As the content script keeps them (src/content/annotate.ts).
    const received = growingIndex(base);
    const full = indexDataset(dataset);
    let compared = 0;
    for (const { path, body } of pages) {
      const before = reader.asked.length;
      const analysis = reader.analyze(body);
      for (const { slice } of reader.asked.slice(before)) received.add(slice);
      for (const claim of analysis.claims) {
        expect(viewClaim(received, claim.id), path).toEqual(viewClaim(full, claim.id));
        const language = claim.language ?? full.source(claim.via)!.language;
        expect(received.source(claim.via)?.language ?? null).toBe(full.source(claim.via)!.language);
        const found = { ...claim, language };
        expect(comparePage(body, found, received), path).toEqual(comparePage(body, found, full));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('finds, after a page changes, what the whole dataset finds in the changed page', () => {
    const reader = slicedReader();
    pages.forEach(({ path, body }, k) => {
      const other = pages[(k + 1) % pages.length]!.body;
      const middle = Math.floor(body.length / 2);
      const changes = [
        // Another page's text put in: claims the first slice lacked.
        `${body.slice(0, middle)}\n${other.slice(0, 3_000)}\n${body.slice(middle)}`,
        // A third taken out, and a stretch cut mid-word.
        body.slice(0, Math.floor(body.length / 3)) + body.slice(Math.floor((2 * body.length) / 3)),
      ];
      const before = reader.analyze(body);
      for (const after of changes) {
        const plan = planReread(body, before, after);
        expect(reader.run(analyzePageInSteps(reader.analyzer, after, plan)), path).toEqual(
          whole.analyze(after),
        );
      }
    });
  });

  it('reads a long page a window at a time, each window over its own slice', () => {
    let long = '';
    for (let k = 0; long.length <= 1.5 * LARGE_PAGE; k++)
      long += `${pages[k % pages.length]!.body}\n`;
    const reader = slicedReader();
    const analysis = reader.run(analyzePageInSteps(reader.analyzer, long, null));
    expect(analysis).toEqual(runSteps(analyzePageInSteps(whole, long, null)));
    expect(analysis.claims.length).toBeGreaterThan(50);
    expect(reader.asked.length).toBeGreaterThan(1);
  });

  it('finds what the whole dataset finds in stretches of pages cut anywhere, and put together', () => {
    const texts = [...pages.map((p) => p.body), ...MATCHING_CASES.map((c) => c.text)];
    const stretch = fc
      .tuple(fc.nat(texts.length - 1), fc.nat(), fc.nat(6_000))
      .map(([k, at, length]) => {
        const text = texts[k]!;
        const start = at % text.length;
        return text.slice(start, start + length);
      });
    const reader = slicedReader();
    let found = 0;
    fc.assert(
      fc.property(fc.array(stretch, { minLength: 1, maxLength: 4 }), fc.string(), (parts, glue) => {
        const text = parts.join(glue);
        const analysis = whole.analyze(text);
        expect(reader.analyze(text)).toEqual(analysis);
        found += analysis.claims.length;
      }),
      { numRuns: 200 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('keys a word cut where a stretch read for claims starts, as it is read there', () => {
    // The only name stands `CLAIM_REACH` after the "e" of "every": the stretch read for claims
    // starts at "very, very comfortable", a whole wording of the dataset's.
    const head = 'Nobody was every, very comfortable';
    let filler = '';
    while (filler.length < CLAIM_REACH + 100) filler += ' The harbour council met again.';
    const name = head.indexOf('very, very') + CLAIM_REACH;
    const text = `${(head + filler).slice(0, name - 1)} Witkoff said so.`;
    const analysis = whole.analyze(text);
    expect(analysis.claims.map((c) => text.slice(c.start, c.end))).toEqual([
      'very, very comfortable',
    ]);
    expect(slicedReader().analyze(text)).toEqual(analysis);
  });

  it('asks for nothing on a page naming nobody, and again only for what its last slice lacks', () => {
    const reader = slicedReader();
    expect(reader.analyze('The harbour council met again and adjourned without a vote.')).toEqual({
      people: [],
      claims: [],
    });
    expect(reader.asked).toHaveLength(0);
    const text = MATCHING_CASES[0]!.text;
    reader.analyze(text);
    reader.analyze(text);
    expect(reader.asked).toHaveLength(1);
    reader.analyze(`${text} The talks went on into the evening, said nobody in particular.`);
    expect(reader.asked).toHaveLength(2);
  });
});
