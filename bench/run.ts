/**
 * `npm run bench`: the content script's cost, as ratios to baselines measured in the same run
 * on this machine (DESIGN.md §5). Prints a table and writes bench/results.json.
 *   1. pages naming nobody (news-size, 5 MB, news-size in Russian): the first look vs bare walks
 *      of the page's text nodes (one collecting their text, DESIGN.md's "bare text walk"; one
 *      reading no character); and, without a budget, vs the text walk then a look for one name
 *      in its text (the least a look reading the characters costs: "÷ name");
 *   2. an article naming the people: the whole pipeline vs the same walks;
 *      and what each further character of it costs: the same article with 100,000 characters
 *      naming nobody instead of 50,000, the difference in cost over the difference in walks;
 *      (1 and 2 in real Chromium and real Firefox, each against its own walks;)
 *   3. matching as the dataset grows 10 → 10,000 synthetic claims, vs a naive per-claim scan;
 *      and what a named page pays before matching: compiling the analyzer over the index the
 *      build made, and receiving the dataset (parsing the base and the slice of the dataset
 *      the article needs, as the background sends them); budget for both: growth under 1.5×
 *      (issue 21); and, apart, what making the slice costs the background; and a named page's
 *      whole first reading of the article, cold (a Node process each: bench/first-reading-node.ts),
 *      receiving, compiling and analysing: budget, growth 10 → 10,000 under 1.5× (issue 21);
 *   4. the longest main-thread task after load on a 20 MB page, with the extension loaded (worst of 3);
 *   5. the longest main-thread task of the extension's first reading of a named news article,
 *      cold (a fresh browser each load, as on a person's first page: none of its code compiled);
 *   6. what one more entry costs on a live blog of 300, 1,000 and 3,000 quotes, in Chromium
 *      (bench/live-blog.ts): budget, its growth from 300 to 3,000 under 1.5×.
 */
import { build } from 'esbuild';
import type { InPageTimes } from './in-page';
import { liveBlogCosts } from './live-blog';
import { prose, RUSSIAN, wrap } from './prose';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { loadDataset } from '../scripts/dataset/load';
import { gatePeople, withFirstLooks, withAnalyzerIndex } from '../scripts/dataset/vite-plugin';
import {
  BROWSER_NAMES,
  executableFor,
  launchWithExtension,
  type BrowserName,
  type ExtensionSession,
} from '../scripts/lib/browsers';
import { highlightedTexts } from '../scripts/lib/page-probes';
import { serveFolder } from '../scripts/lib/static-server';
import type { Dataset } from '../src/core/dataset';
import { benchArticle, COMPILE_GROWTH, RECEIVE_GROWTH, scaling } from './scaling';
import { FIRST_READING_GROWTH, firstReadingGrowth, firstReadings } from './first-reading-node';
import { writeHostilePages } from '../tests/e2e/support/hostile-pages';

const SAMPLES = 15;
/** Loads of the 20 MB page with the extension: its longest task is the worst of them. */
const LONG_TASK_RUNS = 3;
/**
 * Cold loads of a named article with the extension: its longest task is their median. On this
 * two-core machine the page alone now and then shows a task over 50 ms as it loads; the worst
 * of a few loads would measure the machine.
 */
const ARTICLE_LOADS = 5;
/** Cold first readings in Node per size (bench/first-reading-node.ts): about a second each. */
const FIRST_READING_RUNS = 7;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The pages measured in each browser, by file name. */
const IN_PAGE_FILES = [
  'news.html',
  'news-5mb.html',
  'news-ru.html',
  'article.html',
  'article-longer.html',
] as const;
type InPageFile = (typeof IN_PAGE_FILES)[number];

/** A plain browser (no extension): the content script's work is injected by `inPage`. */
function launchPlain(name: BrowserName) {
  return name === 'chromium'
    ? puppeteer.launch({
        executablePath: executableFor('chromium'),
        headless: true,
        // --expose-gc: each measure starts with the garbage of the one before collected (in-page.ts).
        args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
      })
    : puppeteer.launch({
        browser: 'firefox',
        executablePath: executableFor('firefox'),
        headless: true,
        // Firefox rounds performance.now() to a millisecond by default: too coarse to time by.
        extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
      });
}

/** Each page's times in one browser. */
async function inPages(
  name: BrowserName,
  url: (file: string) => string,
  script: string,
  dataset: Dataset,
): Promise<Record<InPageFile, InPageTimes>> {
  const browser = await launchPlain(name);
  const times = {} as Record<InPageFile, InPageTimes>;
  try {
    for (const file of IN_PAGE_FILES) {
      const page = await browser.newPage();
      await page.goto(url(file), { waitUntil: 'load', timeout: 120_000 });
      await page.addScriptTag({ content: script });
      times[file] = await inPage(page, dataset);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

/**
 * `ours` over `base`, sample by sample, and the median of those ratios: the machine's pace
 * drifts during a run (two cores, other processes), and each sample's measures share theirs.
 */
function medianRatio(ours: readonly number[], base: readonly number[]): number {
  return median(ours.map((time, i) => time / base[i]!));
}

/**
 * What each further character of a named page costs, where it quotes nothing: the longer
 * article's extra cost over its extra walk. No budget: DESIGN.md's is for the whole article,
 * and this shows how much of that is the claims' own stretch (docs/why-seed-and-extend-matching.md).
 */
function furtherCharacters(article: InPageTimes, longer: InPageTimes) {
  return {
    extraMs: longer.fullMatch - article.fullMatch,
    toTextWalk: (longer.fullMatch - article.fullMatch) / (longer.textWalk - article.textWalk),
    toNodeWalk: (longer.fullMatch - article.fullMatch) / (longer.nodeWalk - article.nodeWalk),
  };
}

async function inPage(page: Page, dataset: Dataset): Promise<InPageTimes> {
  return page.evaluate(
    (samples, people, data) => window.sourcelightBench.measure(samples, people, data),
    SAMPLES,
    gatePeople(dataset),
    // As the content script has it: each person's first look and the stem index made at build time.
    withFirstLooks(withAnalyzerIndex(dataset)),
  );
}

/** When a page's own loading is over, so that a long task after it is not the page's parsing. */
type PageSettled = 'loadEventEnd' | 'domContentLoadedEventEnd';

interface LongestTasks {
  /** The worst of `runs` (the 20 MB page) or their median (the article): see `main`. */
  readonly withExtension: number;
  /** The longest task of each load with the extension, in ms. */
  readonly runs: number[];
  /** The same loads without the extension. */
  readonly without: number[];
  readonly highlights: number;
}

/**
 * The longest main-thread task after `settled` in each of `loads` loads of `url`, with the
 * extension (each in a fresh browser, so its code runs cold, as on a person's first page) and
 * without it.
 */
/** The extension APIs the bench asks of an extension page. */
interface ChromeApi {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

async function longestTasks(
  url: string,
  { loads, settled, waitMs }: { loads: number; settled: PageSettled; waitMs: number },
): Promise<Omit<LongestTasks, 'withExtension'>> {
  const measure = async (page: Page) => {
    await page.evaluateOnNewDocument((settledAt: PageSettled) => {
      const w = window as unknown as { longestAfterLoad: number };
      w.longestAfterLoad = 0;
      new PerformanceObserver((list) => {
        const loaded = performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        for (const entry of list.getEntries()) {
          if (loaded !== undefined && loaded[settledAt] > 0 && entry.startTime >= loaded[settledAt])
            w.longestAfterLoad = Math.max(w.longestAfterLoad, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
    }, settled);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await new Promise((settle) => setTimeout(settle, waitMs));
    return page.evaluate(
      () => (window as unknown as { longestAfterLoad: number }).longestAfterLoad,
    );
  };
  /**
   * Until the extension has counted the page's claims (the badge: a page too large to paint is
   * not painted, highlights.ts) and how many it highlighted: else there was nothing to measure.
   */
  const countedIn = async (session: ExtensionSession, page: Page) => {
    const control = await session.openExtensionPage('src/popup/index.html');
    await page.bringToFront();
    const badge = () =>
      control.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? '' : api.action.getBadgeText({ tabId: tab.id });
      });
    const deadline = Date.now() + 30_000;
    while ((await badge()) === '') {
      if (Date.now() > deadline)
        throw new Error(
          `The extension did not count the claims of ${url}: its cost was not measured.`,
        );
      await new Promise((wait) => setTimeout(wait, 200));
    }
    return (await highlightedTexts(page)).length;
  };
  // Garbage collection and painting land where they will: several loads each.
  const runs: number[] = [];
  const without: number[] = [];
  let highlights = 0;
  for (let load = 0; load < loads; load++) {
    const session = await launchWithExtension('chromium');
    const extensionPage = await session.browser.newPage();
    runs.push(await measure(extensionPage));
    highlights = await countedIn(session, extensionPage);
    await session.close();
    const bare = await puppeteer.launch({
      executablePath: executableFor('chromium'),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    without.push(await measure(await bare.newPage()));
    await bare.close();
  }
  return { runs, without, highlights };
}

async function main(): Promise<void> {
  const dataset = loadDataset({ dir: resolve('data') });
  const bundle = await build({
    entryPoints: [resolve('bench/in-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: ['chrome120', 'firefox128'],
  });
  const script = bundle.outputFiles[0]!.text;

  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  const interview = readFileSync(resolve('tests/fixtures/pages/interview-article.html'), 'utf8');
  const article = benchArticle();
  writeFileSync(join(dir, 'news.html'), wrap('News naming nobody', prose(60_000)));
  writeFileSync(join(dir, 'news-5mb.html'), wrap('5 MB naming nobody', prose(5_000_000, 2)));
  writeFileSync(join(dir, 'news-ru.html'), wrap('Новости', prose(60_000, 4, RUSSIAN)));
  writeFileSync(join(dir, 'article.html'), article);
  writeFileSync(join(dir, 'interview-article.html'), interview);
  writeFileSync(
    join(dir, 'article-longer.html'),
    interview.replace('</article>', `${prose(100_000, 3)}</article>`),
  );
  writeHostilePages(dir, 3_000);

  const server = await serveFolder(dir);
  const measured = {} as Record<BrowserName, Record<InPageFile, InPageTimes>>;
  for (const name of BROWSER_NAMES)
    measured[name] = await inPages(name, (file) => server.url(`/${file}`), script, dataset);
  await server.close();

  const articleText = article.replace(/<[^>]+>/g, ' ');
  const scale = scaling(dataset, articleText);
  // A fresh Node process per reading: none of the code compiled, as on a first named page.
  const firstReading = firstReadings(FIRST_READING_RUNS, ['sliced']);
  const taskServer = await serveFolder(dir);
  // The 20 MB page parses for seconds: only what comes after its load is the extension's.
  const hugeTasks = await longestTasks(taskServer.url('/hostile-20mb.html'), {
    loads: LONG_TASK_RUNS,
    settled: 'loadEventEnd',
    waitMs: 8_000,
  });
  const tasks = { ...hugeTasks, withExtension: Math.max(...hugeTasks.runs) };
  // A named article is read as soon as it is parsed (document_idle), often before its load ends.
  const articleLoads = await longestTasks(taskServer.url('/interview-article.html'), {
    loads: ARTICLE_LOADS,
    settled: 'domContentLoadedEventEnd',
    waitMs: 3_000,
  });
  const articleTasks = { ...articleLoads, withExtension: median(articleLoads.runs) };
  await taskServer.close();
  const liveBlog = await liveBlogCosts();

  const ratios = (times: InPageTimes, ours: 'firstLook' | 'fullMatch', budget: number) => ({
    ...times,
    toTextWalk: medianRatio(times.samples[ours], times.samples.textWalk),
    toNodeWalk: medianRatio(times.samples[ours], times.samples.nodeWalk),
    toOneName: medianRatio(times.samples[ours], times.samples.oneName),
    budget,
  });
  const inBrowser = (pages: Record<InPageFile, InPageTimes>) => ({
    noMention: {
      news: ratios(pages['news.html'], 'firstLook', 1.2),
      news5mb: ratios(pages['news-5mb.html'], 'firstLook', 1.2),
      newsRussian: ratios(pages['news-ru.html'], 'firstLook', 1.2),
    },
    article: ratios(pages['article.html'], 'fullMatch', 5),
    furtherCharacters: furtherCharacters(pages['article.html'], pages['article-longer.html']),
  });
  const results = {
    date: new Date().toISOString(),
    chromium: inBrowser(measured.chromium),
    firefox: inBrowser(measured.firefox),
    scaling: { ...scale, budget: 2, compileBudget: COMPILE_GROWTH, receiveBudget: RECEIVE_GROWTH },
    firstReading: {
      rows: firstReading,
      growth: firstReadingGrowth(firstReading, 'sliced'),
      budget: FIRST_READING_GROWTH,
    },
    longestTaskMs: { ...tasks, budget: 50 },
    articleLongestTaskMs: { ...articleTasks, budget: 50 },
    liveBlogEntry: { ...liveBlog, budget: 1.5 },
  };
  writeFileSync(resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const verdict = (value: number, budget: number) => (value <= budget ? 'within' : 'OVER');
  const fmt = (n: number, digits = 2) => n.toFixed(digits);
  console.log(
    'Sourcelight bench (times are medians; ratios the median of ratios taken sample by sample)\n',
  );
  type Ratios = ReturnType<typeof ratios>;
  const row = (name: string, r: Ratios, ours: 'firstLook' | 'fullMatch') =>
    console.log(
      `${name.padEnd(40)}${fmt(r.textWalk, 3).padStart(10)}${fmt(r.nodeWalk, 3).padStart(11)}${fmt(r[ours], 3).padStart(11)}${fmt(r.toTextWalk).padStart(9)}${fmt(r.toNodeWalk).padStart(8)}${fmt(r.toOneName).padStart(8)}   ≤ ${r.budget}× ${verdict(r.toTextWalk, r.budget)}`,
    );
  for (const name of BROWSER_NAMES) {
    const { noMention, article: named, furtherCharacters: further } = results[name];
    console.log(
      `${`${name}: measure`.padEnd(40)} text walk  node walk    ours ms   ÷ text  ÷ node  ÷ name   budget (÷ text walk)`,
    );
    row('page naming nobody, news-size (look)', noMention.news, 'firstLook');
    row('page naming nobody, 5 MB (look)', noMention.news5mb, 'firstLook');
    row('page naming nobody, Russian (look)', noMention.newsRussian, 'firstLook');
    row('article naming the people (match)', named, 'fullMatch');
    console.log(
      `${'  each further character of it (match)'.padEnd(40)}${' '.repeat(32)}${fmt(further.toTextWalk).padStart(9)}${fmt(further.toNodeWalk).padStart(8)}   (no budget: 50,000 → 100,000 characters)`,
    );
    console.log('');
  }
  console.log(
    'claims    matcher ms   naive scan ms   compiling ms   receiving the dataset ms (kB, claims)   (compiling and receiving: once per named page)',
  );
  for (const r of scale.rows)
    console.log(
      `${String(r.claims).padEnd(10)}${fmt(r.matcherMs).padStart(10)}${fmt(r.naiveMs).padStart(16)}${fmt(r.compileMs, 3).padStart(15)}${fmt(r.receiveMs).padStart(20)} (${fmt(r.receivedBytes / 1e3, 0)}, ${r.sliceClaims})   [the whole dataset: ${fmt(r.datasetReceiveMs)} ms, ${fmt(r.datasetBytes / 1e6, 1)} MB]`,
    );
  console.log(
    `growth 10 → 10,000: matcher ${fmt(scale.matcherGrowth)}×, naive ${fmt(scale.naiveGrowth)}×   (budget < 2×: ${verdict(scale.matcherGrowth, 2)}); compiling ${fmt(scale.compileGrowth)}× (budget < ${COMPILE_GROWTH}×: ${verdict(scale.compileGrowth, COMPILE_GROWTH)}); receiving the dataset ${fmt(scale.receiveGrowth)}× (budget < ${RECEIVE_GROWTH}×: ${verdict(scale.receiveGrowth, RECEIVE_GROWTH)}; the whole dataset's ${fmt(scale.datasetReceiveGrowth)}×)`,
  );
  console.log(
    `the background, making the article's slice (ms; its first slice also makes the slicer's tables): ${scale.rows.map((r) => `${r.claims} claims ${fmt(r.sliceMs)} (first ${fmt(r.firstSliceMs)})`).join(', ')}; growth ${fmt(scale.sliceGrowth)}× (no budget: the background's, not the page's); the page sends ${fmt(scale.rows[0]!.keysBytes / 1e3, 1)} kB of keys`,
  );
  const reading = (claims: number) => firstReading[`sliced ${claims}`]!.total!.median;
  console.log(
    `a named page's first reading of the article, cold (Node, a process each, median of ${FIRST_READING_RUNS}): ${fmt(reading(10), 1)} ms with 10 claims, ${fmt(reading(10_000), 1)} with 10,000; growth ${fmt(results.firstReading.growth)}× (budget < ${FIRST_READING_GROWTH}×: ${verdict(results.firstReading.growth, FIRST_READING_GROWTH)})`,
  );
  const ms = (values: readonly number[]) => values.map((r) => fmt(r, 0)).join(', ');
  console.log(
    `\nlongest task after load on a 20 MB page: ${fmt(tasks.withExtension)} ms with the extension, the worst of ${ms(tasks.runs)} (it counted the claim and highlighted ${tasks.highlights}: too large to paint); ${ms(tasks.without)} ms without   (budget ≤ 50 ms: ${verdict(tasks.withExtension, 50)})`,
  );
  console.log(
    `longest task after parsing a named article, cold: ${fmt(articleTasks.withExtension)} ms with the extension, the median of ${ms(articleTasks.runs)} (it highlighted ${articleTasks.highlights} claims); ${ms(articleTasks.without)} ms without   (budget ≤ 50 ms: ${verdict(articleTasks.withExtension, 50)})`,
  );
  console.log('\none more entry on a live blog (Chromium main-thread ms, median of 5 entries)');
  console.log('quotes    with   without   the extension');
  for (const r of liveBlog.rows)
    console.log(
      `${String(r.quotes).padEnd(8)}${fmt(r.withExtension, 1).padStart(6)}${fmt(r.without, 1).padStart(10)}${fmt(r.extensionMs, 1).padStart(14)}`,
    );
  console.log(
    `growth 300 → 3,000: ${fmt(liveBlog.growth)}×   (budget < 1.5×: ${verdict(liveBlog.growth, 1.5)})`,
  );
  console.log('\nWritten to bench/results.json');
}

await main();
