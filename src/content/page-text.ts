/**
 * The page's visible text as one string, with the text node behind every character,
 * so a span of the string becomes a DOM Range. Reading never changes the page.
 */
export interface PageText {
  readonly text: string;
  readonly nodes: readonly Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  readonly starts: readonly number[];
}

/** Elements whose text a reader does not see as prose, or that the page owns as input. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'CODE',
]);
/** Elements that start a new line: their text must not run into the previous word. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'TD',
  'TH',
  'TR',
  'DT',
  'DD',
  'BR',
  'HR',
  'MAIN',
  'FIGURE',
  'TABLE',
]);

/** The extension's own UI is marked with this attribute and never read. */
export const OWN_UI_ATTRIBUTE = 'data-sourcelight';

function acceptNode(node: Node): number {
  if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
  const element = node as Element;
  if (SKIPPED.has(element.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_UI_ATTRIBUTE))
    return NodeFilter.FILTER_REJECT;
  if ((element as HTMLElement).isContentEditable) return NodeFilter.FILTER_REJECT;
  return NodeFilter.FILTER_SKIP; // not a text node, but its children are read
}

export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode,
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let pendingBreak = false;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if (BLOCKS.has((node as Element).tagName.toUpperCase())) pendingBreak = true;
      continue;
    }
    const data = (node as Text).data;
    if (data.length === 0) continue;
    if (pendingBreak && length > 0) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The index of the node holding character `offset` (a break character belongs to the next node). */
function nodeAt(page: PageText, offset: number): number {
  let low = 0;
  let high = page.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (page.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The DOM Range behind `[start, end)` of `page.text`. */
export function rangeFor(page: PageText, start: number, end: number): Range {
  const first = nodeAt(page, start);
  const last = nodeAt(page, end - 1);
  const startNode = page.nodes[first]!;
  const endNode = page.nodes[last]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(Math.max(start - page.starts[first]!, 0), startNode.length));
  range.setEnd(endNode, Math.min(end - page.starts[last]!, endNode.length));
  return range;
}
