/**
 * The first look at a page, the only work done on a page that names nobody: a walk of its text
 * nodes, each asked `FirstLook.mayName`, stopping at the first yes. No string is built and no
 * node kept, so the cost is the walk itself and one regular expression per node.
 */
import type { FirstLook } from '../core/first-look';

/** How many nodes are looked at between two looks at the clock. */
const NODES_PER_CHECK = 512;

const isWordCode = (code: number) =>
  code > 0x7f || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

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
    if (
      previous.length > 0 &&
      data.length > 0 &&
      isWordCode(previous.charCodeAt(previous.length - 1)) &&
      isWordCode(data.charCodeAt(0)) &&
      firstLook.mayName(previous.slice(-24) + data.slice(0, 24))
    )
      return true;
    previous = data;
    if (++count % NODES_PER_CHECK === 0 && pause()) return null;
  }
  return false;
}

export function textWalker(root: Node): TreeWalker {
  return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
}
