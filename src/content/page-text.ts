import type { FirstLook } from '../core/first-look';
import type { FirstLookAt } from '../core/people';
import type { TextSource } from '../core/text-source';
import { CLAIM_REACH, SPEAKER_AFTER_REACH, SPEAKER_REACH, withinReach } from '../core/windows';
import { isCutWord, SEAM_REACH, seamOf, tailAfter, textWalker } from './first-look';

/**
 * The page's visible text, and the way back from any character of it to its text node, so a
 * span of the text becomes a DOM Range. Reading never changes the page.
 *
 * The text is kept in the chunks it was read in: a 20 MB page joined into one string would
 * take one long task (and a copy the size of the page) for nothing, as every reader of it
 * wants a window at a time. `slice` gives a window; `text` the whole, joined when first asked.
 *
 * Only every `MARK_EVERY`th text node is kept ("marks"), with where it starts: a node is found
 * by walking on from the mark before it. Keeping every node held a wrapper for each of a 20 MB
 * page's 200,000 nodes for as long as the page was open: 27.5 MB of retained heap on that page,
 * 22.4 MB with marks (Chromium, 2026-11-25), most of the rest being its text. Finding a node
 * costs a short walk: about 0.05 ms more for the claims of the bench's article.
 */
export class PageText implements TextSource {
  readonly length: number;
  readonly pageCharacters: number;
  #text: string | undefined;

  constructor(
    /** The text in pieces, `chunkStarts[i]` where `chunks[i]` begins. */
    private readonly chunks: readonly string[],
    private readonly chunkStarts: readonly number[],
    /** The root the text was read from, and the marks: text nodes, `markStarts[i]` where `marks[i]` begins. */
    private readonly root: Node,
    private readonly marks: readonly Text[],
    private readonly markStarts: readonly number[],
    /**
     * Where the reader's first look found a word of a name, in order (people.ts's
     * `FirstLookAt`); undefined when it was read without one.
     */
    readonly firstLookAt?: FirstLookAt,
    /**
     * Where each stretch of the page read ends in the text, in order: a page read near its
     * names only (`readNearNames`) is its stretches, a line break between two; read whole, one.
     */
    private readonly stretchEnds: readonly number[] = [Infinity],
    /**
     * How many characters the page's text nodes hold, every one of them: what a page costs to
     * paint (highlights.ts) is its size, not the size of what was read.
     */
    pageCharacters?: number,
  ) {
    this.length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    this.pageCharacters = pageCharacters ?? this.length;
    if (chunks.length === 1) this.#text = chunks[0];
  }

  /**
   * The text nodes read, each with where it starts in the text, from the last one that starts
   * at or before `from`, as the page is now (a page changed since it was read is read again).
   */
  *textNodes(from = 0): Generator<{ readonly node: Text; readonly start: number }> {
    if (this.marks.length === 0) return;
    const i = lastAtOrBefore(this.markStarts, from);
    const mark = { node: this.marks[i]!, start: this.markStarts[i]! };
    // Each stretch starts with a mark: the walk from one never leaves its stretch.
    const end = this.stretchEnds.find((stretchEnd) => stretchEnd > mark.start) ?? Infinity;
    const cursor = new TextCursor(this.root, mark);
    // The node holding `from`: the last that starts at or before it.
    let holding = mark;
    let reached = false;
    while (cursor.step()) {
      if (cursor.text === null) continue;
      if (cursor.start >= end) break;
      const next = { node: cursor.text, start: cursor.start };
      if (!reached) {
        if (next.start <= from) {
          holding = next;
          continue;
        }
        reached = true;
        yield holding;
      }
      yield next;
    }
    if (!reached) yield holding;
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
  // The extension's own UI needs no test here: its host holds nothing but a closed shadow
  // root, which no walk of the page enters. An attribute would be the page's to set too.
  return element.hasAttribute('hidden') || isEditorRoot(element);
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
 * A text node's text as the page's text holds it: white space as the browser shows it. A node
 * that is only white space (the indentation between the elements of a page's markup) is one
 * space: kept whole, a template's indentation stood between a quote and its speaker's name, 1,182
 * of 1,397 characters on one page, beyond every distance attribution reads (core/windows.ts). In
 * a node with words, a line break of the markup is a space, one for one, so a span of the text
 * maps back to the node offset for offset: only a block starts a line (`TextCursor`).
 */
function asRead(data: string): string {
  // Most nodes start with a word: only those that start with white space may be all of it.
  if (isSpaceCode(data.charCodeAt(0)) && data !== ' ' && data.trim() === '') return ' ';
  return data.includes('\n') || data.includes('\r') ? data.replace(LINE_BREAKS, ' ') : data;
}

const isSpaceCode = (code: number) =>
  code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
const LINE_BREAKS = /[\n\r]/g;

/**
 * A walk through the text nodes a reader sees, one DOM node a step, knowing where each starts
 * in the page's text: what is left out is skipped, and a block starts a new line. The reader
 * and the way back from a character to its node (`PageText.textNodes`) both walk with it, so
 * they cannot disagree about where a node starts.
 */
class TextCursor {
  private readonly root: Node;
  private readonly walker: TreeWalker;
  /** The DOM node the next step takes, null at the end. */
  private next: Node | null;
  private pendingBreak = false;
  /** The text's length so far. */
  length = 0;
  /** What the last step took: a text node with text, or null. */
  text: Text | null = null;
  data = '';
  /** Where `text` starts, and whether a line break stands before it. */
  start = 0;
  broken = false;

  /** From the start of `root`, or just after `after`, a text node read that starts at `start`. */
  constructor(root: Node, after?: { readonly node: Text; readonly start: number }) {
    this.root = root;
    const doc = root.ownerDocument ?? (root as Document);
    // No filter callback: calling into script for every node costs more than the reading.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    if (after !== undefined) {
      this.walker.currentNode = after.node;
      // As the text holds the node: a node of white space only is one space (`asRead`).
      this.length = after.start + asRead(after.node.data).length;
    }
    this.next = this.walker.nextNode();
  }

  /**
   * Whether the walk has gone past `node` (it will not take it): then a stretch that starts
   * there is read on from here rather than from it again.
   */
  isPast(node: Node): boolean {
    const next = this.next;
    if (next === null) return true;
    return (
      next !== node && (node.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_PRECEDING) === 0
    );
  }

  /**
   * Goes on from `node` (a text node of `root`), after a line break: it starts a stretch of a
   * page read near its names only. Where an element around it is left out (a script, a hidden
   * block), the walk goes on past that element.
   */
  jumpTo(node: Node): void {
    let outermost: Element | null = null;
    for (let e = node.parentElement; e !== null && e !== this.root; e = e.parentElement)
      if (isLeftOut(e, e.localName)) outermost = e;
    this.walker.currentNode = outermost ?? node;
    this.next = outermost === null ? node : skipSubtree(this.walker);
    this.pendingBreak = true;
  }

  /** Takes one DOM node; false at the end of the walk. */
  step(): boolean {
    const node = this.next;
    this.text = null;
    if (node === null) return false;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const name = element.localName;
      if (isLeftOut(element, name)) {
        this.next = skipSubtree(this.walker);
        return true;
      }
      if (BLOCKS.has(name)) this.pendingBreak = true;
    } else {
      const data = asRead((node as Text).data);
      if (data.length > 0) {
        this.broken = this.pendingBreak && this.length > 0;
        if (this.broken) this.length += 1;
        this.pendingBreak = false;
        this.text = node as Text;
        this.data = data;
        this.start = this.length;
        this.length += data.length;
      }
    }
    this.next = this.walker.nextNode();
    return true;
  }
}

/**
 * The text is kept in chunks of about this many characters: small enough to stay under the
 * engine's large-object size (see slices.ts), large enough to be few.
 */
const CHUNK = 32_000;

/** How many nodes are read between two looks at the clock. */
const NODES_PER_CHECK = 256;

/** One text node in this many is kept as a mark (see `PageText`): a node is found within as many. */
const MARK_EVERY = 16;

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
  private readonly cursor: TextCursor;
  private readonly marks: Text[] = [];
  private readonly markStarts: number[] = [];
  private texts = 0;
  private readonly firstLookAt: number[] = [];
  /** The end of the text read so far, back to a break at most, for a word cut across nodes. */
  private previous = '';
  /** Earlier steps' text, joined once per step so no step joins the whole page. */
  private readonly chunks: string[] = [];
  private readonly chunkStarts: number[] = [];
  /** Given stretches: the next one to read, where the one being read ends, where each ended. */
  private stretch = 0;
  private stretchEnd = Infinity;
  private readonly stretchEnds: number[] = [];

  /** Reads the whole of `root`, or, given what a `NameSpotter` found there, only its stretches. */
  constructor(
    private readonly root: Node,
    private readonly firstLook?: FirstLook,
    private readonly spotted?: Spotted,
  ) {
    this.cursor = new TextCursor(root);
  }

  /** The walk's next step, or the start of the next stretch once this one is read. */
  private advance(): boolean {
    const cursor = this.cursor;
    if (this.spotted === undefined) return cursor.step();
    const { stretches } = this.spotted;
    if (cursor.length >= this.stretchEnd || this.stretch === 0) {
      // A stretch whose first node has left the page since it was spotted is not read: the
      // change that took it away brings a new reading.
      let next = stretches[this.stretch++];
      while (next !== undefined && !next.from.isConnected) next = stretches[this.stretch++];
      if (next === undefined) return false;
      if (!cursor.isPast(next.from)) {
        if (this.marks.length > 0) this.stretchEnds.push(cursor.length);
        cursor.jumpTo(next.from);
        // The stretch's first node is a mark, and no word runs into it from the last one.
        this.texts = 0;
        this.previous = '';
      }
      this.stretchEnd = cursor.length + next.length;
    }
    return cursor.step();
  }

  read(pause: () => boolean = () => false): PageText | null {
    const cursor = this.cursor;
    let parts: string[] = [];
    let chunkStart = cursor.length;
    let count = 0;
    let more = this.advance();
    while (more) {
      if (cursor.text !== null) {
        this.take(cursor.text, cursor, parts);
        if (cursor.length - chunkStart >= CHUNK) {
          this.keep(parts, chunkStart);
          parts = [];
          chunkStart = cursor.length;
        }
      }
      // Pausing only on a node done with: the next call goes on with the walk's next node.
      if (++count % NODES_PER_CHECK === 0 && pause()) break;
      more = this.advance();
    }
    this.keep(parts, chunkStart);
    if (more) return null;
    return new PageText(
      this.chunks,
      this.chunkStarts,
      this.root,
      this.marks,
      this.markStarts,
      // A seam's words come before the node's own: put them in order.
      this.firstLook && [...new Set(this.firstLookAt)].sort((a, b) => a - b),
      [...this.stretchEnds, Infinity],
      this.spotted?.characters,
    );
  }

  /** Joins `parts` into a chunk of the text starting at `start`. */
  private keep(parts: readonly string[], start: number): void {
    if (parts.length === 0) return;
    this.chunks.push(parts.join(''));
    this.chunkStarts.push(start);
  }

  /** Takes the text node `cursor` just stepped on into `parts`, after its line break. */
  private take(node: Text, cursor: TextCursor, parts: string[]): void {
    const { data, start, broken } = cursor;
    if (broken) parts.push('\n');
    if (this.texts++ % MARK_EVERY === 0) {
      this.marks.push(node);
      this.markStarts.push(start);
    }
    parts.push(data);
    if (this.firstLook !== undefined) this.lookAt(this.firstLook, node, data, start, broken);
  }

  /** Notes where `firstLook` finds a word of a name in `data`, `node`'s text, which starts at `start`. */
  private lookAt(
    firstLook: FirstLook,
    node: Text,
    data: string,
    start: number,
    broken: boolean,
  ): void {
    // The nodes the spotter saw a name in are the only ones the same look says yes to.
    const mayName =
      this.spotted === undefined
        ? data.length >= firstLook.shortest && firstLook.mayName(data)
        : this.spotted.named.has(node);
    if (mayName) for (const at of firstLook.positions(data)) this.firstLookAt.push(start + at);
    // A break between the nodes is in the text: no word runs across it.
    if (broken) this.previous = '';
    if (isCutWord(this.previous, data)) {
      const seam = seamOf(this.previous, data);
      const seamStart = start - Math.min(SEAM_REACH, this.previous.length);
      if (firstLook.mayName(seam))
        for (const at of firstLook.positions(seam)) this.firstLookAt.push(seamStart + at);
    }
    this.previous = tailAfter(this.previous, data);
  }
}

export function readPageText(root: Node, firstLook?: FirstLook): PageText {
  return new PageTextReader(root, firstLook).read()!;
}

/** A stretch of a page to read: from a text node on, for at least `length` characters. */
export interface Stretch {
  readonly from: Text;
  readonly length: number;
}

/** What a `NameSpotter` found, for the reader. */
export interface Spotted {
  /** The stretches to read, in page order. */
  readonly stretches: readonly Stretch[];
  /** How many characters the page's text nodes hold, every one of them (see `PageText`). */
  readonly characters: number;
  /** The text nodes whose own text the look said yes to (seams aside): the reader asks no more. */
  readonly named: ReadonlySet<Text>;
}

/**
 * How far before a word of a name a page is read: a claim's reach from a name (core/windows.ts),
 * and beyond it the look back for the speaker of a quote at its edge. Measured in the
 * characters of every text node, scripts' too, so the text read reaches at least as far.
 */
export const READ_BEFORE = CLAIM_REACH + SPEAKER_REACH;
/** How far after one: a claim's reach, and a name just after a quote at its edge. */
export const READ_AFTER = CLAIM_REACH + SPEAKER_AFTER_REACH;

/** How many text nodes the spotter passes between two it keeps as places a stretch may start. */
const SPOT_MARK_EVERY = 32;

/**
 * The first of a named page's two walks (see `readNearNames`): through its text nodes only,
 * as the first look walks, asking the look of every node and keeping no text. It notes where,
 * in the characters of every text node, a word of a name may stand, and keeps one node in
 * `SPOT_MARK_EVERY` with where it starts: a stretch starts at one of these.
 */
export class NameSpotter {
  private readonly walker: TreeWalker;
  /** The characters of the text nodes walked so far, and how many nodes. */
  private total = 0;
  private count = 0;
  private readonly namedNodes = new Set<Text>();
  private previous = '';
  private readonly marks: Text[] = [];
  private readonly markStarts: number[] = [];
  /** Where the nodes that may name someone start and end, in order. */
  private readonly names: { start: number; end: number }[] = [];

  constructor(
    root: Node,
    private readonly look: FirstLook,
  ) {
    this.walker = textWalker(root);
  }

  /** Walks on until the end (true) or until `pause()` says to stop for now (false). */
  spot(pause: () => boolean = () => false): boolean {
    const { look, walker, marks, markStarts, names, namedNodes } = this;
    // In locals while walking: the loop runs for every text node of the page.
    let [characters, count, previous] = [this.total, this.count, this.previous];
    let done = true;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const data = (node as Text).data;
      if (count++ % SPOT_MARK_EVERY === 0) {
        marks.push(node as Text);
        markStarts.push(characters);
      }
      const itself = data.length >= look.shortest && look.mayName(data);
      if (itself) namedNodes.add(node as Text);
      if (itself || (isCutWord(previous, data) && look.mayName(seamOf(previous, data))))
        names.push({ start: characters, end: characters + data.length });
      previous = tailAfter(previous, data);
      characters += data.length;
      if (count % NODES_PER_CHECK === 0 && pause()) {
        done = false;
        break;
      }
    }
    [this.total, this.count, this.previous] = [characters, count, previous];
    return done;
  }

  /**
   * What the walk found: the stretches from `before` characters before a node that may name
   * someone to `after` after it (merged), the page's size, and the nodes the look said yes to.
   */
  spotted(before = READ_BEFORE, after = READ_AFTER): Spotted {
    const stretches = this.stretches(before, after);
    return { stretches, characters: this.total, named: this.namedNodes };
  }

  private stretches(before: number, after: number): Stretch[] {
    return withinReach(this.names, before, Infinity, after).map(([from, to]) => {
      const i = lastAtOrBefore(this.markStarts, from);
      return { from: this.marks[i]!, length: to - this.markStarts[i]! };
    });
  }
}

/**
 * A named page's text near its names only: one walk spots where names may stand, a second
 * reads the stretches around them (`READ_BEFORE` before, `READ_AFTER` after). The claims are
 * read within a shorter reach of a name (core/windows.ts), so this finds what reading the whole
 * page finds, and a long page that names someone in one paragraph is read in that paragraph's
 * stretch.
 */
export function readNearNames(root: Node, look: FirstLook): PageText {
  const spotter = new NameSpotter(root, look);
  spotter.spot();
  return new PageTextReader(root, look, spotter.spotted()).read()!;
}

/**
 * The text around `added`, a node a page just added to `root` (a live blog's new entry): from
 * `READ_BEFORE` characters before it to `READ_AFTER` past it, as `readNearNames` reads a
 * stretch. Everything a claim inside `added` depends on lies there: its words, the names within
 * its reach and its speaker (core/windows.ts). The walk back counts only text a reader could
 * see, so it reaches at least that far.
 */
export function readAround(root: Node, added: Node, look: FirstLook): PageText {
  const walker = textWalker(root);
  walker.currentNode = added;
  const first = added.nodeType === Node.TEXT_NODE ? added : walker.nextNode();
  if (first === null) return new PageTextReader(root, look, noStretch).read()!;
  walker.currentNode = first;
  let from = first as Text;
  for (let before = 0, node = walker.previousNode(); node !== null && before < READ_BEFORE;) {
    from = node as Text;
    if (!isInLeftOut(node, root)) before += (node as Text).data.length;
    node = walker.previousNode();
  }
  // Read on over the node's own text and `READ_AFTER` past it, noting which nodes the look
  // says yes to, as a `NameSpotter` would have.
  const length = READ_BEFORE + (added.textContent?.length ?? 0) + READ_AFTER;
  const named = new Set<Text>();
  walker.currentNode = from;
  for (let node: Node | null = from, read = 0; node !== null && read < length;) {
    const data = (node as Text).data;
    if (data.length >= look.shortest && look.mayName(data)) named.add(node as Text);
    read += data.length;
    node = walker.nextNode();
  }
  const spotted = { stretches: [{ from, length }], characters: length, named };
  return new PageTextReader(root, look, spotted).read()!;
}

const noStretch: Spotted = { stretches: [], characters: 0, named: new Set() };

/** Whether a text node of `root` lies in an element whose text is left out (a script, a hidden block). */
function isInLeftOut(node: Node, root: Node): boolean {
  for (let e = node.parentElement; e !== null && e !== root; e = e.parentElement)
    if (isLeftOut(e, e.localName)) return true;
  return false;
}

/**
 * How far past the last node a walk for the ranges of spans goes on to the next span, in
 * characters, before it starts again from the mark before it (about a mark's worth of nodes).
 */
const WALK_ON = 1_000;

/**
 * The DOM Ranges behind spans of the page's text: one walk serves spans in order that stand
 * near each other, as a page's claims mostly do; for one before or far after the last, a walk
 * starts again from the mark before it.
 */
export function rangesFor(
  page: PageText,
  spans: readonly { readonly start: number; readonly end: number }[],
): Range[] {
  type Entry = { readonly node: Text; readonly start: number };
  let nodes: Iterator<Entry> | undefined;
  // The last node taken, and the one after it, not taken yet.
  let held: Entry | undefined;
  let next: Entry | undefined;
  const take = () => {
    held = next;
    next = nodes!.next().value as Entry | undefined;
  };
  const startAt = (start: number) => {
    // From the node holding `start` (a break character belongs to the node before).
    nodes = page.textNodes(start)[Symbol.iterator]();
    next = nodes.next().value as Entry | undefined;
    take();
  };
  return spans.map(({ start, end }) => {
    if (held === undefined || held.start > start || start - held.start > WALK_ON) startAt(start);
    else {
      while (next !== undefined && next.start <= start) take();
      // The walk ended with its stretch (page-text's `textNodes`): the span is in another.
      if (next === undefined && start > held!.start + asRead(held!.node.data).length)
        startAt(start);
    }
    const first = held;
    // To the one holding `end - 1`.
    while (next !== undefined && next.start <= end - 1) take();
    if (first === undefined || held === undefined)
      throw new RangeError(`no text node holds character ${start}: the page has no text`);
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, Math.min(Math.max(start - first.start, 0), first.node.length));
    range.setEnd(held.node, Math.min(end - held.start, held.node.length));
    return range;
  });
}
