// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../support/dom';
import { PageTextReader, rangeFor, readPageText } from '../../src/content/page-text';

/** A news page: headline, byline, paragraphs with inline markup, a script and our own UI. */
function articleBody(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, n) =>
      `<p>Paragraph ${n}: the envoy <a href="/p">Steve <b>Witkoff</b></a> met the <i>Hamas</i> delegation.</p>`,
  ).join('\n');
  return `<article><h1>Talks in Cairo</h1><p class="byline">By a correspondent</p>${body}<script>var x = "Witkoff";</script><div data-sourcelight>our card</div></article>`;
}

describe('readPageText', () => {
  it('reads the visible text with a line break between blocks, none inside one', () => {
    const body = parsePage(articleBody(2));
    const page = readPageText(body);
    expect(page.text).toBe(
      'Talks in Cairo\nBy a correspondent\nParagraph 0: the envoy Steve Witkoff met the Hamas delegation.\n\nParagraph 1: the envoy Steve Witkoff met the Hamas delegation.',
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

  it('maps a span of the text back to the DOM', () => {
    const body = parsePage(articleBody(3));
    const page = readPageText(body);
    const at = page.text.indexOf('Steve Witkoff', 60);
    const range = rangeFor(page, at, at + 'Steve Witkoff'.length);
    expect(range.toString()).toBe('Steve Witkoff');
    expect(range.startContainer.parentElement?.tagName).toBe('A');
    expect(range.endContainer.parentElement?.tagName).toBe('B');
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
    expect(page.nodes).toEqual(whole.nodes);
    expect(page.starts).toEqual(whole.starts);
    fc.assert(
      fc.property(fc.nat(page.length), fc.nat(page.length), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(page.slice(start, end)).toBe(whole.text.slice(start, end));
      }),
    );
    expect(page.text).toBe(whole.text);
  });
});
