import type { FirstLookAt } from '../core/people';
import type { TextSource } from '../core/text-source';
import { asRead, TextCursor } from './visible-text';

/** What a reading of the page made (page-text-reader.ts), for a `PageText`. */
export interface PageTextParts {
  /** The text in pieces, `chunkStarts[i]` where `chunks[i]` begins. */
  readonly chunks: readonly string[];
  readonly chunkStarts: readonly number[];
  /** The root the text was read from, and the marks: text nodes, `markStarts[i]` where `marks[i]` begins. */
  readonly root: Node;
  readonly marks: readonly Text[];
  readonly markStarts: readonly number[];
  /** Where the reader's first look found a word of a name, in order; none if read without one. */
  readonly firstLookAt?: FirstLookAt;
  /**
   * Where each stretch of the page read ends in the text, in order: a page read near its
   * names only (near-names.ts) is its stretches, a line break between two; read whole, one.
   */
  readonly stretchEnds?: readonly number[];
  /**
   * How many characters the page's text nodes hold, every one of them: what a page costs to
   * paint (highlights.ts) is its size, not the size of what was read.
   */
  readonly pageCharacters?: number;
}

/**
 * The page's visible text, and the way back from any character of it to its text node, so a
 * span of the text becomes a DOM Range. Reading never changes the page.
 *
 * The text is kept in the chunks it was read in: a 20 MB page joined into one string would
 * take one long task (and a copy the size of the page) for nothing, as every reader of it
 * wants a window at a time. `slice` gives a window; `text` the whole, joined when first asked.
 *
 * Only every `MARK_EVERY`th text node is kept (page-text-reader.ts) ("marks"), with where it starts: a node is found
 * by walking on from the mark before it. Keeping every node held a wrapper for each of a 20 MB
 * page's 200,000 nodes for as long as the page was open: 27.5 MB of retained heap on that page,
 * 22.4 MB with marks (Chromium, 2026-11-25), most of the rest being its text. Finding a node
 * costs a short walk: about 0.05 ms more for the claims of the bench's article.
 */
export class PageText implements TextSource {
  readonly length: number;
  readonly pageCharacters: number;
  #text: string | undefined;

  private readonly chunks: readonly string[];
  private readonly chunkStarts: readonly number[];
  private readonly root: Node;
  private readonly marks: readonly Text[];
  private readonly markStarts: readonly number[];
  private readonly stretchEnds: readonly number[];
  /**
   * Where the reader's first look found a word of a name, in order (people.ts's
   * `FirstLookAt`); undefined when it was read without one.
   */
  readonly firstLookAt: FirstLookAt | undefined;

  constructor(parts: PageTextParts) {
    this.chunks = parts.chunks;
    this.chunkStarts = parts.chunkStarts;
    this.root = parts.root;
    this.marks = parts.marks;
    this.markStarts = parts.markStarts;
    this.stretchEnds = parts.stretchEnds ?? [Infinity];
    this.firstLookAt = parts.firstLookAt;
    this.length = this.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    this.pageCharacters = parts.pageCharacters ?? this.length;
    if (this.chunks.length === 1) this.#text = this.chunks[0];
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
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
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
      // The walk ended with its stretch (`textNodes`): the span is in another.
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
