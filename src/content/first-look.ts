/**
 * The first look at a page, the only work done on a page that names nobody: a walk of its text
 * nodes, each asked `FirstLook.mayName`, stopping at the first yes. No string is built and no
 * node kept, so the cost is the walk itself and one scan of each node for the few units the
 * names' words are anchored on (core/anchor-scan.ts), whatever the number of spellings.
 */
import type { FirstLook } from '../core/first-look';

/** How many nodes are looked at between two looks at the clock. */
const NODES_PER_CHECK = 512;

const isWordCode = (code: number) =>
  code > 0x7f || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/** Whether the end of `before` and the start of `after` are one word cut in two. */
export const isCutWord = (before: string, after: string) =>
  before.length > 0 &&
  after.length > 0 &&
  isWordCode(before.charCodeAt(before.length - 1)) &&
  isWordCode(after.charCodeAt(0));

/** How much of either side of a seam is looked at: more than any word of a name. */
export const SEAM_REACH = 24;

/** The text around the seam of two nodes: `SEAM_REACH` characters of each. */
export const seamOf = (before: string, after: string) =>
  before.slice(-SEAM_REACH) + after.slice(0, SEAM_REACH);

/**
 * What stands before the next node, for its seam: the last node's text, with the ones before
 * it where it is short (a word may be cut into three: "W<b>it</b>koff"); nothing after the end
 * of a word, which no seam continues (most short nodes are white space between elements).
 */
export const tailAfter = (tail: string, data: string) =>
  data.length === 0 || !isWordCode(data.charCodeAt(data.length - 1))
    ? ''
    : data.length >= SEAM_REACH
      ? data
      : (tail + data).slice(-SEAM_REACH);

/**
 * Looks at text nodes until one may name someone (true), the walk ends (false), or `pause()`
 * says to stop for now (null: call again with the same walker to go on).
 */
export function lookAtTextNodes(
  walker: TreeWalker,
  firstLook: FirstLook,
  pause: () => boolean = () => false,
): boolean | null {
  let previous = '';
  let count = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length >= firstLook.shortest && firstLook.mayName(data)) return true;
    // A word cut across two nodes ("Wit<b>koff</b>"): the seam is looked at too. Rare, so cheap.
    if (isCutWord(previous, data) && firstLook.mayName(seamOf(previous, data))) return true;
    previous = tailAfter(previous, data);
    if (++count % NODES_PER_CHECK === 0 && pause()) return null;
  }
  return false;
}

export function textWalker(root: Node): TreeWalker {
  return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
}
