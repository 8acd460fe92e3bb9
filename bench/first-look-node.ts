/**
 * `npx tsx bench/first-look-node.ts [--corpus DIR] [--runs N] [--samples N] [--only NAME]`: what the first
 * look costs on pages naming nobody, in Node (V8, the engine of Chromium), without a browser:
 * the content script's walk (src/content/first-look.ts) over each page's text nodes, asking the
 * look for the watched people of each. Prints milliseconds a page, and a page of 60,000
 * characters, with the dataset's spellings and with twice and four times as many (synthetic
 * ones), which is where a look whose cost grows with the spellings shows it.
 *
 * Each page is measured in a process of its own, as each page has a content script of its own:
 * a regular expression is compiled for the first texts it is asked of (docs/why-a-first-look.md).
 * Times are of processor time, warm (after a second of walks, as `npm run bench` measures) and
 * on a new page: the content script's code run afresh in a new context of the same engine, as
 * a renderer runs it for each page, its walk the first (the engine has not compiled it for that
 * page yet, but keeps what every page shares, such as compiled regular expressions).
 * The pages: the bench's English and Russian pages naming nobody (bench/run.ts), the test
 * fixture naming nobody, prose in Arabic, Persian, Hebrew, Greek, Chinese and Japanese, a page
 * of five scripts, and where the corpus is there (`npm run eval`'s, default ../shared/corpus),
 * the lines of its pages in each language that name none of the watched people.
 */
import { execFileSync } from 'node:child_process';
import vm from 'node:vm';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { readCorpus, readLabels } from '../eval/corpus';
import { gatePeople } from '../scripts/dataset/vite-plugin';
import { loadDataset } from '../scripts/dataset/load';
import { lookAtTextNodes } from '../src/content/first-look';
import {
  compileFirstLook,
  firstLookNeedles,
  lookForAll,
  lookForPeople,
  type LookFor,
} from '../src/core/first-look';
import type { PersonAliases } from '../src/core/people';
import * as words from './prose';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    samples: { type: 'string', default: '15' },
    runs: { type: 'string', default: '2' },
    only: { type: 'string' },
    job: { type: 'string' },
    spellings: { type: 'string', default: '1' },
  },
});

/** A page's text nodes, as a walker of its body gives them. */
type Nodes = readonly string[];

const PAGE = 60_000;
/** The languages of the corpus measured, where it is there. */
const CORPUS_LANGUAGES = ['en', 'ru', 'ar', 'fa', 'he', 'zh', 'ja'];

/** The text nodes of an HTML page's body, in document order. */
function textNodes(html: string): Nodes {
  const window = new Window();
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const walker = document.createTreeWalker(document.body, window.NodeFilter.SHOW_TEXT);
  const nodes: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    nodes.push((node as unknown as Text).data);
  return nodes;
}

/** Every word of every spelling of the watched people, in lower case: a line holding none names none. */
function namesNobody(people: readonly PersonAliases[]): (line: string) => boolean {
  const parts = people
    .flatMap((p) => [...p.aliases, ...(p.guardedAliases ?? [])])
    .flatMap((alias) => alias.replace(/\*/g, '').split(/[\s-]+/))
    .filter((word) => word.length >= 3)
    .map((word) => word.toLowerCase());
  return (line) => {
    const lower = line.toLowerCase();
    return !parts.some((part) => lower.includes(part));
  };
}

/** The corpus's lines in `lang` that name none of the watched people, one node each, to 60,000 characters. */
function corpusPage(dir: string, lang: string, people: readonly PersonAliases[]): Nodes {
  const labels = readLabels(dir);
  const keep = namesNobody(people);
  const lines = readCorpus(dir)
    .filter((page) => labels?.pages.get(page.path)?.lang === lang)
    .flatMap((page) => page.body.split('\n'))
    .filter((line) => line.trim().length > 0 && keep(line));
  const nodes: string[] = [];
  for (let size = 0, i = 0; size < PAGE && lines.length > 0; i++) {
    const line = lines[i % lines.length]!;
    nodes.push(line, '\n');
    size += line.length + 1;
  }
  return nodes;
}

/** The pages measured, by name: made only when measured. */
function pages(people: readonly PersonAliases[]): Map<string, () => Nodes> {
  const page = (title: string, body: string) => () => textNodes(words.wrap(title, body));
  const list = new Map<string, () => Nodes>([
    ['bench: news', page('News', words.prose(PAGE))],
    ['bench: news, Russian', page('Новости', words.prose(PAGE, 4, words.RUSSIAN))],
    [
      'fixture: no-mentions.html',
      () => textNodes(readFileSync(resolve('tests/fixtures/pages/no-mentions.html'), 'utf8')),
    ],
    ['Arabic', page('أخبار', words.prose(PAGE, 6, words.ARABIC))],
    ['Persian', page('اخبار', words.prose(PAGE, 7, words.PERSIAN))],
    ['Hebrew', page('חדשות', words.prose(PAGE, 8, words.HEBREW))],
    ['Greek', page('Ειδήσεις', words.prose(PAGE, 9, words.GREEK))],
    ['Chinese', page('新闻', words.prose(PAGE, 10, words.CHINESE))],
    ['Japanese', page('ニュース', words.prose(PAGE, 11, words.JAPANESE))],
    [
      'mixed: five scripts',
      page(
        'News',
        words.mixedProse(PAGE, [
          words.ENGLISH,
          words.RUSSIAN,
          words.ARABIC,
          words.CHINESE,
          words.HEBREW,
        ]),
      ),
    ],
  ]);
  const corpus = resolve(values.corpus);
  if (existsSync(corpus))
    for (const lang of CORPUS_LANGUAGES)
      list.set(`corpus: ${lang}`, () => corpusPage(corpus, lang, people));
  return list;
}

/**
 * Each watched person with `times` as many spellings: each alias again with a letter of its
 * last word doubled ("Witkoff", "Wiitkoff", "Wittkoff"…), as a new transliteration would be.
 */
function withSpellings(people: readonly PersonAliases[], times: number): PersonAliases[] {
  const variant = (alias: string, k: number) => {
    const chars = [...alias.replace(/\*$/, '')];
    const lastWord = Math.max(chars.lastIndexOf(' '), chars.lastIndexOf('-')) + 1;
    const at = Math.min(lastWord + k, chars.length - 1);
    const doubled = [...chars.slice(0, at + 1), ...chars.slice(at)].join('');
    return alias.endsWith('*') ? `${doubled}*` : doubled;
  };
  const more = (aliases: readonly string[]) =>
    aliases.flatMap((alias) =>
      Array.from({ length: times }, (_, k) => (k === 0 ? alias : variant(alias, k))),
    );
  return people.map((p) => ({
    ...p,
    aliases: more(p.aliases),
    guardedAliases: more(p.guardedAliases ?? []),
  }));
}

const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;

/** A walker over `nodes`, as a TreeWalker gives a page's text nodes. */
function walkerOver(nodes: Nodes): TreeWalker {
  let next = 0;
  const walker = { nextNode: () => (next < nodes.length ? { data: nodes[next++] } : null) };
  return walker as unknown as TreeWalker;
}

interface Measured {
  readonly chars: number;
  readonly nodes: number;
  /** Making the look and its first walk of the page, on a new page (see the module's comment). */
  readonly newPageMs: number;
  readonly medianMs: number;
  readonly minMs: number;
}

/**
 * Milliseconds of processor time this process has used: on a machine shared with other work,
 * the time it was not running is not counted, as wall-clock time would count it.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
}

/** What the content script does on a page, bundled to be run afresh in new contexts. */
const ON_A_PAGE = `
import { compileFirstLook } from './src/core/first-look';
import { lookAtTextNodes } from './src/content/first-look';
globalThis.onAPage = (lookFor, nodes) => {
  const look = compileFirstLook(JSON.parse(lookFor));
  let next = 0;
  return lookAtTextNodes({ nextNode: () => (next < nodes.length ? { data: nodes[next++] } : null) }, look);
};`;

/** Making the look and walking `nodes` once, on each of several new pages: the median, in ms. */
async function onNewPages(lookFor: LookFor, nodes: Nodes): Promise<number> {
  const bundle = await build({
    stdin: { contents: ON_A_PAGE, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const script = new vm.Script(bundle.outputFiles[0]!.text);
  const times: number[] = [];
  // The first page also compiles what every later one shares: left out.
  for (let page = 0; page < 10; page++) {
    const context = vm.createContext({});
    script.runInContext(context);
    const start = cpuMs();
    (context as { onAPage: (lookFor: string, nodes: Nodes) => unknown }).onAPage(
      JSON.stringify(lookFor),
      nodes,
    );
    if (page > 0) times.push(cpuMs() - start);
  }
  return median(times);
}

/** One page, one dataset: what the content script does on a page naming nobody. */
async function measure(name: string, times: number): Promise<Measured> {
  const watched = gatePeople(loadDataset({ dir: resolve('data') }));
  const people = withSpellings(watched, times);
  const nodes = pages(watched).get(name)!();
  // As the content script has it: each person's look made at build time, merged on the page.
  const lookFor = lookForAll(people.map((person) => lookForPeople([person])));
  const look = compileFirstLook(lookFor);
  const walk = () => lookAtTextNodes(walkerOver(nodes), look);
  if (walk() !== false) throw new Error(`${name} names someone`);
  // Untimed for half a second, until the engine has compiled what runs often.
  for (const until = performance.now() + 500; performance.now() < until;) walk();
  // Enough walks a sample for 20 ms of processor time: its clock counts microseconds.
  let repeat = 0;
  let start = cpuMs();
  for (; cpuMs() - start < 20; repeat++) walk();
  const samples: number[] = [];
  for (let s = 0; s < Number(values.samples); s++) {
    start = cpuMs();
    for (let i = 0; i < repeat; i++) walk();
    samples.push((cpuMs() - start) / repeat);
  }
  return {
    chars: nodes.reduce((sum, node) => sum + node.length, 0),
    nodes: nodes.length,
    newPageMs: await onNewPages(lookFor, nodes),
    medianMs: median(samples),
    minMs: Math.min(...samples),
  };
}

/** Runs `measure` in a process of its own (see the module's comment). */
function measureApart(name: string, times: number): Measured {
  const args = [
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    ...['--job', name, '--spellings', String(times), '--samples', values.samples],
    ...['--corpus', values.corpus],
  ];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Measured;
}

/**
 * `name` measured with `1`, `2` and `4` times the spellings, each `--runs` times, in turn: of
 * each figure, the least. On a machine shared with other work, a process runs slower for as
 * long as another's work goes on beside it; the least is the one it disturbed least, and
 * taking the three in turn lets no one of them have all the quiet or all the noise.
 */
function measureSpellings(name: string): Measured[] {
  const runs: Measured[][] = [[], [], []];
  for (let run = 0; run < Number(values.runs); run++)
    [1, 2, 4].forEach((times, i) => runs[i]!.push(measureApart(name, times)));
  return runs.map((list) => {
    const least = (figure: (run: Measured) => number) => Math.min(...list.map(figure));
    return {
      chars: list[0]!.chars,
      nodes: list[0]!.nodes,
      newPageMs: least((run) => run.newPageMs),
      medianMs: least((run) => run.medianMs),
      minMs: least((run) => run.minMs),
    };
  });
}

async function main(): Promise<void> {
  if (values.job !== undefined) {
    console.log(JSON.stringify(await measure(values.job, Number(values.spellings))));
    return;
  }
  const watched = gatePeople(loadDataset({ dir: resolve('data') }));
  const names = [...pages(watched).keys()].filter(
    (name) => values.only === undefined || name.includes(values.only),
  );
  const fmt = (n: number, digits = 3) => n.toFixed(digits).padStart(9);
  console.log(
    `First look on pages naming nobody: Node ${process.version}, ${new Date().toISOString()}`,
  );
  console.log(
    [
      `Milliseconds of processor time a page, the least of ${values.runs} processes each. Warm: the median`,
      'of the samples of a walk of the page (and the least sample). New page: making the look and',
      'its first walk. Warm again with twice and four times the spellings (synthetic ones).\n',
    ].join('\n'),
  );
  console.log(
    `${'page'.padEnd(27)}${'chars'.padStart(7)}${'nodes'.padStart(6)}      warm   [least]  new page  ×2 warm  ×4 warm`,
  );
  for (const name of names) {
    const [one, two, four] = measureSpellings(name) as [Measured, Measured, Measured];
    console.log(
      `${name.padEnd(27)}${String(one.chars).padStart(7)}${String(one.nodes).padStart(6)}` +
        `${fmt(one.medianMs)} [${one.minMs.toFixed(3)}]${fmt(one.newPageMs, 2)}` +
        `${fmt(two.medianMs)}${fmt(four.medianMs)}`,
    );
  }
  const counts = [1, 2, 4].map((times) => firstLookNeedles(withSpellings(watched, times)).length);
  console.log(`\nneedles of the watched people: ×1 ${counts[0]}, ×2 ${counts[1]}, ×4 ${counts[2]}`);
}

await main();
