// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage, parseWholePage } from '../support/dom';
import { realDataset } from '../support/dataset';
import { NameSpotter, READ_AFTER, READ_BEFORE, readNearNames } from '../../src/content/near-names';
import { rangesFor, type PageText } from '../../src/content/page-text';
import { PageTextReader, readPageText } from '../../src/content/page-text-reader';
import { compileAnalyzer } from '../../src/core/analyze';
import { compileFirstLook } from '../../src/core/first-look';
import { compilePeopleMatcher, type PersonMention } from '../../src/core/people';

/** The DOM Range behind one span of the page's text. */
const rangeFor = (page: PageText, start: number, end: number) =>
  rangesFor(page, [{ start, end }])[0]!;

/** A news page: headline, byline, paragraphs with inline markup and a script. */
function articleBody(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, n) =>
      `<p>Paragraph ${n}: the envoy <a href="/p">Steve <b>Witkoff</b></a> met the <i>Hamas</i> delegation.</p>`,
  ).join('\n');
  return `<article><h1>Talks in Cairo</h1><p class="byline">By a correspondent</p>${body}<script>var x = "Witkoff";</script></article>`;
}

/** White space as the browser shows it: a run of it as one space. */
const shown = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Any span of the text within a line becomes a DOM Range holding that very text, white space
 * as shown (a node of white space only is read as one space).
 */
function expectSpansMapBack(page: PageText): void {
  const text = page.text;
  fc.assert(
    fc.property(fc.nat(text.length - 1), fc.nat(40), (at, size) => {
      const end = Math.min(text.length, at + 1 + size);
      // Within a line: across a block, the DOM has white space nodes where the text has a break.
      fc.pre(!text.slice(at, end).includes('\n'));
      expect(shown(rangeFor(page, at, end).toString())).toBe(shown(text.slice(at, end)));
    }),
    { numRuns: 300 },
  );
  // Many at once, as the content script asks for a page's claims: one walk serves the spans
  // in order near each other, and a walk starts again for one before or far after.
  const span = fc
    .tuple(fc.nat(text.length - 1), fc.nat(40))
    .map(([at, size]) => ({ start: at, end: Math.min(text.length, at + 1 + size) }))
    .filter(({ start, end }) => !text.slice(start, end).includes('\n'));
  fc.assert(
    fc.property(fc.array(span, { maxLength: 12 }), (candidates) => {
      // In order mostly, as claims come; in any order all the same.
      const spans =
        candidates.length % 3 === 0
          ? candidates
          : [...candidates].sort((a, b) => a.start - b.start);
      expect(rangesFor(page, spans).map((range) => shown(String(range)))).toEqual(
        spans.map(({ start, end }) => shown(text.slice(start, end))),
      );
    }),
    { numRuns: 300 },
  );
}

/** A text node's text as the page's text holds it: one space for a node of white space only. */
const asRead = (node: Text) => (node.data.trim() === '' ? ' ' : node.data);

/** A text node's text stands at `start`, as read. */
function expectNodeAt(page: PageText, node: Text, start: number): void {
  expect(page.slice(start, start + asRead(node).length)).toBe(asRead(node));
}

describe('readPageText', () => {
  it('reads the visible text with a line break between blocks, none inside one', () => {
    const body = parsePage(articleBody(2));
    const page = readPageText(body);
    expect(page.text).toBe(
      // The markup's "\n" between the paragraphs is white space as shown: a space.
      'Talks in Cairo\nBy a correspondent\nParagraph 0: the envoy Steve Witkoff met the Hamas delegation. \nParagraph 1: the envoy Steve Witkoff met the Hamas delegation.',
    );
    expect(page.length).toBe(page.text.length);
  });

  it('leaves out what a reader does not see as prose, and what the page owns as input', () => {
    const body = parsePage(
      '<p>Shown.</p><p hidden>Hidden.</p><div contenteditable="true"><p>Draft.</p></div>' +
        '<div contenteditable="false">Locked.</div><pre><code>Witkoff()</code></pre>' +
        '<svg><text>Label</text></svg><textarea>Typed.</textarea>',
    );
    expect(readPageText(body).text).toBe('Shown.\nLocked.');
  });

  // Issue 19, "Claims the reader cannot see": the extension knows its UI by identity, so an
  // attribute a page sets hides nothing from it.
  it('reads a quote the page wraps in an element carrying data-sourcelight', () => {
    const body = parsePage('<p>Before.</p><div data-sourcelight>Witkoff said it.</div>');
    expect(readPageText(body).text).toBe('Before.\nWitkoff said it.');
  });

  it('maps a span of the text back to the DOM', () => {
    const body = parsePage(articleBody(3));
    const page = readPageText(body);
    const at = page.text.indexOf('Steve Witkoff', 60);
    const range = rangeFor(page, at, at + 'Steve Witkoff'.length);
    expect(range.toString()).toBe('Steve Witkoff');
    expect(range.startContainer.parentElement?.tagName).toBe('A');
    expect(range.endContainer.parentElement?.tagName).toBe('B');
  });

  it('maps every character of a long page back to its place in the DOM', () => {
    // Many more nodes than the reader keeps marks for: most are found by walking on from one.
    expectSpansMapBack(readPageText(parsePage(articleBody(300))));
  });

  it('maps every character of an indented page back, its white space nodes read as one space', () => {
    // A template's indentation between elements: nodes of several characters read as one.
    const indented = articleBody(300).replaceAll('</p>\n<p>', '</p>\n        <p>');
    expectSpansMapBack(readPageText(parsePage(indented)));
    expectSpansMapBack(readNearNames(parsePage(indented), compileFirstLook(realDataset().people)));
  });

  it('lists the text nodes read, each where it starts, from any character on', () => {
    const body = parsePage(articleBody(100));
    const page = readPageText(body);
    const all = [...page.textNodes()];
    // The text is the nodes' text (white space as shown), with a line break before each block.
    const lines = (text: string) => shown(text.replace(/\n/g, ''));
    expect(lines(all.map(({ node }) => asRead(node)).join(''))).toBe(lines(page.text));
    for (const { node, start } of all) expectNodeAt(page, node, start);
    const from = all[77]!.start + 2;
    expect([...page.textNodes(from)]).toEqual(all.slice(77));
  });

  it('reads the same in steps as at once, and any slice of the chunks equals the same slice of the whole', () => {
    const body = parsePage(articleBody(700));
    const whole = readPageText(body);
    const reader = new PageTextReader(body);
    let steps = 0;
    let page = reader.read(() => true);
    for (; page === null; steps++) page = reader.read(() => true);
    expect(steps).toBeGreaterThan(3); // it did stop, every few hundred nodes
    expect(page.length).toBe(whole.length);
    expect([...page.textNodes()]).toEqual([...whole.textNodes()]);
    fc.assert(
      fc.property(fc.nat(page.length), fc.nat(page.length), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(page.slice(start, end)).toBe(whole.text.slice(start, end));
      }),
    );
    expect(page.text).toBe(whole.text);
  });
});

describe('reading with a first look', () => {
  const { people } = realDataset();
  const look = compileFirstLook(people);
  const matcher = compilePeopleMatcher(people);

  it('notes where a word of a name starts, in a node and in a word cut across two', () => {
    const body = parsePage(
      '<h1>Envoys</h1><p>Talks with <a href="/w">Steve W<i>it</i><b>koff</b></a> and Jared Kushner.</p>' +
        '<p>Хамас и аль-Хайя.</p><p>Witkoff</p><p>no names here</p>',
    );
    const page = readPageText(body, look);
    const text = page.text;
    expect(page.firstLookAt).toEqual([...look.positions(text)]);
    expect(page.firstLookAt).toContain(text.indexOf('Witkoff'));
    expect(matcher.mentions(text, page.firstLookAt)).toEqual(matcher.mentions(text));
    expect(readPageText(body).firstLookAt).toBeUndefined();
  });

  /** Names as pages print them, among words, cut into text nodes anywhere and laid out in blocks and inline elements. */
  const printed = fc
    .array(
      fc.oneof(
        fc.constantFrom(...people.flatMap((p) => p.aliases.map((a) => a.replace(/\*/g, '')))),
        fc.constantFrom('the', 'envoy', 'said', 'Hamas', 'حماس', '“quoted”', 'talks,', 'Wit'),
      ),
      { minLength: 1, maxLength: 14 },
    )
    .map((words) => words.join(' '));
  const layout = fc.array(fc.tuple(fc.nat(), fc.constantFrom('text', 'b', 'p')), {
    maxLength: 8,
  });

  /** The page `text` cut at `cuts`, each piece a text node, a <b> or a new paragraph. */
  function lay(text: string, cuts: [number, string][]): HTMLElement {
    const at = [...new Set(cuts.map(([n]) => n % (text.length + 1)))].sort((a, b) => a - b);
    document.body.replaceChildren();
    let paragraph = document.body.appendChild(document.createElement('p'));
    [0, ...at].forEach((start, i) => {
      const piece = document.createTextNode(text.slice(start, at[i] ?? text.length));
      const how = cuts[i]?.[1] ?? 'text';
      if (how === 'p') paragraph = document.body.appendChild(document.createElement('p'));
      if (how === 'b') paragraph.appendChild(document.createElement('b')).appendChild(piece);
      else paragraph.appendChild(piece);
    });
    return document.body;
  }

  const nodeStarts = (page: PageText) => [...page.textNodes()].map(({ start }) => start);

  /** Whether a mention runs across the start of a node, not in the middle of a word there. */
  const crossesAtGap = (m: PersonMention, starts: readonly number[], text: string) =>
    starts.some(
      (start) =>
        m.start < start &&
        start < m.end &&
        !(/[\p{L}\p{N}]/u.test(text[start - 1]!) && /[\p{L}\p{N}]/u.test(text[start]!)),
    );

  it('finds with what it noted the mentions a scan of the joined text finds', () => {
    fc.assert(
      fc.property(printed, layout, (words, cuts) => {
        const page = readPageText(lay(words, cuts), look);
        const text = page.text;
        const scanned = matcher.mentions(text);
        const noted = matcher.mentions(text, page.firstLookAt);
        // Every mention noted is one the scan finds; only a name cut across nodes between its
        // words may be missed (where the first look's word is the name's whole: "Ben Gvir").
        expect(scanned).toEqual(expect.arrayContaining(noted));
        expect(noted).toEqual(
          expect.arrayContaining(scanned.filter((m) => !crossesAtGap(m, nodeStarts(page), text))),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('reading near names', () => {
  const dataset = realDataset();
  const look = compileFirstLook(dataset.people);
  const analyzer = compileAnalyzer(dataset);
  const QUOTE =
    'I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children';

  /** A long report: paragraphs of council news, with what `at` says at some of them. */
  function report(paragraphs: number, at: Record<number, string>): HTMLElement {
    const body = Array.from(
      { length: paragraphs },
      (_, n) =>
        `<p>${at[n] ?? `Paragraph ${n}. The harbour council met again on Tuesday to discuss the ferry terminal and the <b>repairs</b> to the north pier, and adjourned without a vote.`}</p>`,
    ).join('\n');
    return parsePage(`<article><h1>The week in the harbour</h1>${body}</article>`);
  }

  /** The claims of a page read one way: what each is, and the DOM text it is painted on. */
  const claimsOf = (page: PageText) =>
    analyzer
      .analyze(page.text, { firstLookAt: page.firstLookAt })
      .claims.map((c) => [c.id, c.attributedTo, rangeFor(page, c.start, c.end).toString()]);

  it('reads a short page whole, as reading all of it does', () => {
    const body = parsePage(articleBody(20));
    const near = readNearNames(body, look);
    const whole = readPageText(body, look);
    expect(near.text).toBe(whole.text);
    expect(near.firstLookAt).toEqual(whole.firstLookAt);
    expect([...near.textNodes()]).toEqual([...whole.textNodes()]);
  });

  it('reads a long page only around its names, each stretch as the page prints it', () => {
    const body = report(600, {
      40: 'Steve Witkoff spoke to CBS.',
      500: 'Jared Kushner <script>var skipped = "Witkoff";</script>was there too.',
    });
    const whole = readPageText(body).text;
    const near = readNearNames(body, look);
    expect(near.length).toBeLessThan(whole.length / 2);
    // The page's size is all of its text, for the painting (highlights.ts).
    expect(near.pageCharacters).toBe(body.textContent!.length);
    // Every line it read is (part of) a line of the page: stretches start and end between nodes.
    for (const line of near.text.split('\n')) expect(whole).toContain(line);
    // Far enough either side of each name: what a claim's reach and its speaker's look back need.
    for (const name of ['Steve Witkoff spoke to CBS.', 'Jared Kushner was there too.']) {
      const at = whole.indexOf(name);
      expect(near.text).toContain(
        whole.slice(Math.max(0, at - READ_BEFORE * 0.9), at + READ_AFTER * 0.9),
      );
    }
    expect(near.text).not.toContain('Paragraph 300.');
    // Where names may stand, noted from the spotter's yeses: what a scan of the text finds.
    const matcher = compilePeopleMatcher(dataset.people);
    expect(matcher.mentions(near.text, near.firstLookAt)).toEqual(matcher.mentions(near.text));
    expect(matcher.mentions(near.text)).toHaveLength(2);
    expect(near.text).not.toContain('skipped');
  });

  it('maps every character it read back to its place in the DOM', () => {
    const body = report(600, {
      40: 'Steve Witkoff spoke.',
      300: 'Witkoff again.',
      590: 'Kushner.',
    });
    const page = readNearNames(body, look);
    expectSpansMapBack(page);
    for (const { node, start } of page.textNodes()) expectNodeAt(page, node, start);
  });

  it('finds the claims reading all of the page finds, credited and placed alike', () => {
    const quote = (who: string) => `“${QUOTE},” ${who} said.`;
    const body = report(700, {
      30: 'Steve Witkoff spoke to CBS on Sunday.',
      45: quote('he'), // within reach of the name
      120: quote('Witkoff'),
      400: quote('he'), // far from every name: no one the page names is credited
      640: `Kushner listened. ${quote('he')}`,
    });
    const near = readNearNames(body, look);
    expect(near.length).toBeLessThan(readPageText(body).length / 2);
    const claims = claimsOf(near);
    expect(claims).toEqual(claimsOf(readPageText(body, look)));
    expect(claims.map(([id]) => id)).toEqual([
      'witkoff-bad-club',
      'witkoff-bad-club',
      'witkoff-bad-club',
    ]);
  });

  it('reads on past a stretch whose first node left the page after it was spotted', () => {
    const body = report(600, { 40: 'Steve Witkoff spoke.', 500: 'Jared Kushner listened.' });
    const spotter = new NameSpotter(body, look);
    spotter.spot();
    const spotted = spotter.spotted();
    expect(spotted.stretches).toHaveLength(2);
    spotted.stretches[0]!.from.remove();
    const page = new PageTextReader(body, look, spotted).read()!;
    expect(page.text).toContain('Jared Kushner listened.');
    expect(page.text).not.toContain('Steve Witkoff');
    expectSpansMapBack(page);
  });

  it('reads nothing of a page where no name may stand, and stops when asked', () => {
    expect(readNearNames(report(50, {}), look).length).toBe(0);
    const spotter = new NameSpotter(report(2_000, { 1_900: 'Witkoff.' }), look);
    let steps = 0;
    while (!spotter.spot(() => true)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(spotter.spotted().stretches).toHaveLength(1);
  });
});

// Issue 22: real page structure. A CMS template indents its markup, and a quote may be cut by a
// <br>: the Italian page below is read as a reader reads it.
describe('a page written as a news template', () => {
  const html = readFileSync(resolve('tests/fixtures/pages/template-indented-it.html'), 'utf8');
  const body = parseWholePage(html);
  const page = readPageText(body);
  const dataset = realDataset();
  // As on a page no source of the dataset prints: found by the claim's Italian keywords.
  const analysis = compileAnalyzer(dataset).analyze(page.text);
  const claim = analysis.claims.find((c) => c.id === 'witkoff-bad-club');

  it('reads a node of white space only as one space, as the browser shows it', () => {
    const indented = parsePage(
      '<div>\n    <p><b>Witkoff</b>\n    <i>said</i></p>\n    <p>so</p>\n</div>',
    );
    expect(readPageText(indented).text).toBe(' \nWitkoff said \nso ');
    // Inside a node with words, a line break of the markup is a space, one for one.
    expect(readPageText(parsePage('<p>Witkoff\n  said</p>')).text).toBe('Witkoff   said');
  });

  it('finds a translated quote cut in two by a <br>', () => {
    expect(claim).toBeDefined();
    const span = page.text.slice(claim!.start, claim!.end);
    expect(span).toContain('terribile:\nquello');
    expect(shown(span)).toMatch(
      /^Gli ho spiegato .* terribile: quello dei genitori che hanno seppellito i loro figli$/,
    );
  });

  it('credits the speaker named three paragraphs and an advertisement before it', () => {
    expect(claim?.attributedTo).toBe('witkoff');
  });
});
