// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsePage } from '../support/dom';
import { lookAtTextNodes, textWalker } from '../../src/content/first-look';
import { compileFirstLook } from '../../src/core/first-look';
import { realDataset } from '../support/dataset';

const firstLook = compileFirstLook(realDataset().people);

const news = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Item ${i}: the harbour council met on <b>Tuesday</b> and adjourned.</p>`,
  ).join('\n');

const look = (html: string) => lookAtTextNodes(textWalker(parsePage(html)), firstLook);

describe('lookAtTextNodes', () => {
  it('says no on a page naming nobody, and yes on one naming someone anywhere', () => {
    expect(look(news(50))).toBe(false);
    expect(look(`${news(50)}<p>Later, <a href="/w">Steve Witkoff</a> spoke.</p>`)).toBe(true);
  });

  it('sees a name cut across two text nodes, or three', () => {
    expect(look(`${news(5)}<p>Envoy Wit<span>koff</span> spoke.</p>`)).toBe(true);
    expect(look(`${news(5)}<p>Envoy W<i>it</i><span>koff</span> spoke.</p>`)).toBe(true);
  });

  it('stops when asked and goes on from where it stopped', () => {
    const walker = textWalker(parsePage(`${news(2_000)}<p>Kushner said.</p>`));
    let pauses = 0;
    let answer = lookAtTextNodes(walker, firstLook, () => true);
    for (; answer === null; pauses++) answer = lookAtTextNodes(walker, firstLook, () => true);
    expect(pauses).toBeGreaterThan(5);
    expect(answer).toBe(true);
  });
});
