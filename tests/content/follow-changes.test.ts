// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { followChanges } from '../../src/content/follow-changes';
import { parsePage } from '../support/dom';

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows the test's document with short delays; returns what was handed over, call by call. */
function follow(): {
  calls: string[];
  nodes: (readonly Node[] | null)[];
  replaced: () => number;
  stop: () => void;
} {
  const calls: string[] = [];
  const nodes: (readonly Node[] | null)[] = [];
  let replaced = 0;
  const controller = new AbortController();
  followChanges(
    document,
    {
      changed: (added, nodesAdded) => {
        calls.push(added);
        nodes.push(nodesAdded);
      },
      replaced: () => replaced++,
    },
    controller.signal,
    { delayMs: 5, maxWaitMs: 20 },
  );
  return { calls, nodes, replaced: () => replaced, stop: () => controller.abort() };
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

describe('followChanges', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('hands over the text a live blog adds, several changes at once', async () => {
    const body = parsePage('<main><h1>Live: the talks in Cairo</h1></main>');
    const following = follow();
    stop = following.stop;
    body.querySelector('main')!.append(paragraph('12:01 Witkoff arrives.'));
    body.querySelector('main')!.append(paragraph('12:02 Talks begin.'));
    await settle();
    expect(following.calls).toHaveLength(1);
    expect(following.calls[0]).toContain('12:01 Witkoff arrives.');
    expect(following.calls[0]).toContain('12:02 Talks begin.');
  });

  it('hands over the nodes added where nothing else changed, for a reading around them only', async () => {
    const body = parsePage('<main><h1>Live: the talks in Cairo</h1></main>');
    const following = follow();
    stop = following.stop;
    const [first, second] = [paragraph('12:01 Witkoff arrives.'), paragraph('12:02 Talks begin.')];
    body.querySelector('main')!.append(first, second);
    await settle();
    expect(following.nodes).toEqual([[first, second]]);
  });

  it('hands over no nodes where a change also took something away or changed text in place', async () => {
    const body = parsePage('<main><p id="old">12:00 Waiting.</p></main>');
    const following = follow();
    stop = following.stop;
    body.querySelector('main')!.append(paragraph('12:01 Witkoff arrives.'));
    body.querySelector('#old')!.remove();
    await settle();
    body.querySelector('p')!.firstChild!.nodeValue = '12:01 Kushner arrives.';
    await settle();
    expect(following.nodes).toEqual([null, null]);
  });

  it('ignores changes inside a closed shadow root, where the extension’s own UI lives', async () => {
    parsePage('<main><p>The talks in Cairo</p></main>');
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    document.documentElement.append(host);
    const following = follow();
    stop = following.stop;
    root.append(paragraph('Witkoff, in our card'));
    await settle();
    expect(following.calls).toEqual([]);
    host.remove();
  });

  it('reads text the page adds inside an element carrying data-sourcelight', async () => {
    const body = parsePage('<main><p>The talks in Cairo</p></main>');
    const following = follow();
    stop = following.stop;
    const wrapper = document.createElement('div');
    wrapper.setAttribute('data-sourcelight', '');
    wrapper.append(paragraph('Witkoff recalled the talks.'));
    body.append(wrapper);
    await settle();
    expect(following.calls.join('')).toContain('Witkoff recalled the talks.');
  });

  it('follows a new <body> put in place of the old, and no longer the old one', async () => {
    const old = parsePage('<main><p>The harbour council met.</p></main>');
    const following = follow();
    stop = following.stop;
    const next = document.createElement('body');
    next.append(paragraph('Witkoff recalled the meeting in Egypt.'));
    old.replaceWith(next);
    await settle();
    expect(following.calls).toHaveLength(1);
    expect(following.calls[0]).toContain('Witkoff recalled the meeting in Egypt.');

    old.append(paragraph('Detached: nobody reads this.'));
    next.append(paragraph('Kushner said the talks went well.'));
    await settle();
    expect(following.calls).toHaveLength(2);
    expect(following.calls[1]).toContain('Kushner said the talks went well.');
    expect(following.calls.join('')).not.toContain('Detached');
  });

  it('hands over a blank change when a new <body> holds no text: the page’s text went away', async () => {
    const old = parsePage('<main><p>Witkoff recalled the meeting in Egypt.</p></main>');
    const following = follow();
    stop = following.stop;
    old.replaceWith(document.createElement('body'));
    await settle();
    expect(following.calls).toHaveLength(1);
    expect(following.calls[0]!.trim()).toBe('');
  });

  it('stops when aborted', async () => {
    const body = parsePage('<main></main>');
    const following = follow();
    following.stop();
    body.append(paragraph('Witkoff arrives.'));
    await settle();
    expect(following.calls).toEqual([]);
  });

  // Issue 19, "Lifecycle": after document.open() or a new <html>, new quotes were never read.
  it('reports a new <html> put in place of the old, and hands over nothing of it', async () => {
    parsePage('<main><p>The talks in Cairo</p></main>');
    const following = follow();
    stop = following.stop;
    const old = document.documentElement;
    const next = document.createElement('html');
    next.append(document.createElement('body'));
    next.querySelector('body')!.append(paragraph('Witkoff recalled the talks.'));
    old.remove();
    document.append(next);
    await settle();
    expect(following.replaced()).toBe(1);
    expect(following.calls).toEqual([]);
    next.remove();
    document.append(old);
  });
});
