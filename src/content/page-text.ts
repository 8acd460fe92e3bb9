import type { FirstLook } from '../core/first-look';
import type { FirstLookAt } from '../core/people';
import type { TextSource } from '../core/text-source';
import { isCutWord, SEAM_REACH, seamOf, tailAfter } from './first-look';

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
    /**
     * Where the reader's first look found a word of a name, in order (people.ts's
     * `FirstLookAt`); undefined when it was read without one.
     */
    readonly firstLookAt?: FirstLookAt,
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
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'iframe',
  'object',
  'svg',
  'canvas',
  'code',
]);
/** Elements that start a new line: their text must not run into the previous word. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'br',
  'hr',
  'main',
  'figure',
  'table',
]);

/** The extension's own UI is marked with this attribute and never read. */
export const OWN_UI_ATTRIBUTE = 'data-sourcelight';

/** Where an editor starts: the page owns its text (its descendants are never reached). */
function isEditorRoot(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * Whether an element's text is left out, with all it holds. Asked of every element of the page:
 * names are compared as the DOM gives them (`localName` is lower case in HTML) and attributes
 * read directly, as `isContentEditable` needs style; most elements have none to read.
 */
function isLeftOut(element: Element, name: string): boolean {
  return SKIPPED.has(name) || (element.hasAttributes() && hasLeavingAttribute(element));
}

function hasLeavingAttribute(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.hasAttribute(OWN_UI_ATTRIBUTE) ||
    isEditorRoot(element)
  );
}

/** Moves `walker` past the subtree of its current node: its next sibling, or an ancestor's. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}

/**
 * The text is kept in chunks of about this many characters: small enough to stay under the
 * engine's large-object size (see slices.ts), large enough to be few.
 */
const CHUNK = 32_000;

/** How many nodes are read between two looks at the clock. */
const NODES_PER_CHECK = 256;

/**
 * Reads a page's text in as many steps as the caller wants: `read` goes on until `pause()`
 * says so (asked every few hundred nodes), and returns the text once the walk is complete.
 *
 * Given a first look, it also notes where the look finds a word of a name, node by node, so
 * the joined text need not be scanned for names again: a node's text is most often one byte a
 * character, which regular expressions skip through several times faster than the joined text
 * (two bytes a character as soon as one node holds a curly quote). A name cut across nodes is
 * seen where its word is ("Wit<b>koff</b>"), as the first look sees it.
 */
export class PageTextReader {
  private readonly walker: TreeWalker;
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly firstLookAt: number[] = [];
  /** The end of the text read so far, back to a break at most, for a word cut across nodes. */
  private previous = '';
  /** Earlier steps' text, joined once per step so no step joins the whole page. */
  private readonly chunks: string[] = [];
  private readonly chunkStarts: number[] = [];
  private length = 0;
  private pendingBreak = false;

  constructor(
    root: Node,
    private readonly firstLook?: FirstLook,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // No filter callback: calling into script for every node costs more than the reading.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  read(pause: () => boolean = () => false): PageText | null {
    let parts: string[] = [];
    let chunkStart = this.length;
    let count = 0;
    let node = this.walker.nextNode();
    while (node !== null) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        const name = element.localName;
        if (isLeftOut(element, name)) {
          node = skipSubtree(this.walker);
          continue;
        }
        if (BLOCKS.has(name)) this.pendingBreak = true;
      } else {
        this.take(node as Text, parts);
        if (this.length - chunkStart >= CHUNK) {
          this.keep(parts, chunkStart);
          parts = [];
          chunkStart = this.length;
        }
      }
      // Pausing only on a node done with: the next call goes on with the walker's next node.
      if (++count % NODES_PER_CHECK === 0 && pause()) break;
      node = this.walker.nextNode();
    }
    this.keep(parts, chunkStart);
    if (node !== null) return null;
    return new PageText(
      this.chunks,
      this.chunkStarts,
      this.nodes,
      this.starts,
      // A seam's words come before the node's own: put them in order.
      this.firstLook && [...new Set(this.firstLookAt)].sort((a, b) => a - b),
    );
  }

  /** Joins `parts` into a chunk of the text starting at `start`. */
  private keep(parts: readonly string[], start: number): void {
    if (parts.length === 0) return;
    this.chunks.push(parts.join(''));
    this.chunkStarts.push(start);
  }

  private take(node: Text, parts: string[]): void {
    const data = node.data;
    if (data.length === 0) return;
    if (this.pendingBreak && this.length > 0) {
      parts.push('\n');
      this.length += 1;
    }
    const broken = this.pendingBreak;
    this.pendingBreak = false;
    this.nodes.push(node);
    this.starts.push(this.length);
    parts.push(data);
    if (this.firstLook !== undefined) this.lookAt(this.firstLook, data, broken);
    this.length += data.length;
  }

  /** Notes where `firstLook` finds a word of a name in `data`, about to start at `length`. */
  private lookAt(firstLook: FirstLook, data: string, broken: boolean): void {
    if (data.length >= firstLook.shortest && firstLook.mayName(data))
      for (const at of firstLook.positions(data)) this.firstLookAt.push(this.length + at);
    // A break between the nodes is in the text: no word runs across it.
    if (broken) this.previous = '';
    if (isCutWord(this.previous, data)) {
      const seam = seamOf(this.previous, data);
      const seamStart = this.length - Math.min(SEAM_REACH, this.previous.length);
      if (firstLook.mayName(seam))
        for (const at of firstLook.positions(seam)) this.firstLookAt.push(seamStart + at);
    }
    this.previous = tailAfter(this.previous, data);
  }
}

export function readPageText(root: Node, firstLook?: FirstLook): PageText {
  return new PageTextReader(root, firstLook).read()!;
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
