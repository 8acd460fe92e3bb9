/**
 * Reading a page's text into a `PageText`: the whole page, or the stretches a `NameSpotter`
 * found (near-names.ts), in steps the caller paces.
 */
import type { FirstLook } from '../core/first-look';
import { isCutWord, SEAM_REACH, seamOf, tailAfter } from './first-look';
import { PageText } from './page-text';
import { TextCursor } from './visible-text';

/**
 * The text is kept in chunks of about this many characters: small enough to stay under the
 * engine's large-object size (see slices.ts), large enough to be few.
 */
const CHUNK = 32_000;

/** How many nodes are read between two looks at the clock. */
export const NODES_PER_CHECK = 256;

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
    return new PageText({
      chunks: this.chunks,
      chunkStarts: this.chunkStarts,
      root: this.root,
      marks: this.marks,
      markStarts: this.markStarts,
      // A seam's words come before the node's own: put them in order.
      firstLookAt: this.firstLook && [...new Set(this.firstLookAt)].sort((a, b) => a - b),
      stretchEnds: [...this.stretchEnds, Infinity],
      pageCharacters: this.spotted?.characters,
    });
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
