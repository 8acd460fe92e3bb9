import type { TextSource } from '../core/text-source';

/**
 * The page's visible text, with the text node behind every character, so a span of the text
 * becomes a DOM Range. Reading never changes the page.
 *
 * The text is kept in the chunks it was read in: a 20 MB page joined into one string would
 * take one long task (and a copy the size of the page) for nothing, as every reader of it
 * wants a window at a time. `slice` gives a window; `text` the whole, joined when first asked.
 */
export class PageText implements TextSource {
  readonly length: number;
  #text: string | undefined;

  constructor(
    /** The text in pieces, `chunkStarts[i]` where `chunks[i]` begins. */
    private readonly chunks: readonly string[],
    private readonly chunkStarts: readonly number[],
    readonly nodes: readonly Text[],
    /** `starts[i]` is where `nodes[i]` begins in the text. */
    readonly starts: readonly number[],
  ) {
    this.length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (chunks.length === 1) this.#text = chunks[0];
  }

  get text(): string {
    this.#text ??= this.chunks.join('');
    return this.#text;
  }

  /** `[start, end)` of the text, copying no more than the chunks it spans. */
  slice(start = 0, end = this.length): string {
    if (this.#text !== undefined) return this.#text.slice(start, end);
    start = Math.max(0, start);
    end = Math.min(this.length, end);
    const pieces: string[] = [];
    for (let i = lastAtOrBefore(this.chunkStarts, start); i < this.chunks.length; i++) {
      const from = this.chunkStarts[i]!;
      if (from >= end) break;
      pieces.push(this.chunks[i]!.slice(Math.max(0, start - from), end - from));
    }
    return pieces.join('');
  }
}

/** The index of the last of the ascending `starts` that is at most `offset` (0 if none). */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
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
  // A block is handed to the reader, which starts a new line; other elements are skipped over
  // (their children are read either way).
  return BLOCKS.has(element.tagName.toUpperCase())
    ? NodeFilter.FILTER_ACCEPT
    : NodeFilter.FILTER_SKIP;
}

/** How many nodes are read between two looks at the clock. */
const NODES_PER_CHECK = 256;

/**
 * Reads a page's text in as many steps as the caller wants: `read` goes on until `pause()`
 * says so (asked every few hundred nodes), and returns the text once the walk is complete.
 */
export class PageTextReader {
  private readonly walker: TreeWalker;
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  /** Earlier steps' text, joined once per step so no step joins the whole page. */
  private readonly chunks: string[] = [];
  private readonly chunkStarts: number[] = [];
  private length = 0;
  private pendingBreak = false;

  constructor(root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode,
    });
  }

  read(pause: () => boolean = () => false): PageText | null {
    const parts: string[] = [];
    const chunkStart = this.length;
    let count = 0;
    let node = this.walker.nextNode();
    for (; node !== null; node = this.walker.nextNode()) {
      if (node.nodeType !== Node.TEXT_NODE) {
        this.pendingBreak = true; // only blocks are handed over (acceptNode)
        continue;
      }
      const data = (node as Text).data;
      if (data.length === 0) continue;
      if (this.pendingBreak && this.length > 0) {
        parts.push('\n');
        this.length += 1;
      }
      this.pendingBreak = false;
      this.nodes.push(node as Text);
      this.starts.push(this.length);
      parts.push(data);
      this.length += data.length;
      if (++count % NODES_PER_CHECK === 0 && pause()) break;
    }
    if (parts.length > 0) {
      this.chunks.push(parts.join(''));
      this.chunkStarts.push(chunkStart);
    }
    if (node !== null) return null;
    return new PageText(this.chunks, this.chunkStarts, this.nodes, this.starts);
  }
}

export function readPageText(root: Node): PageText {
  return new PageTextReader(root).read()!;
}

/** The index of the node holding character `offset` (a break character belongs to the next node). */
const nodeAt = (page: PageText, offset: number) => lastAtOrBefore(page.starts, offset);

/** The DOM Range behind `[start, end)` of the page's text. */
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
