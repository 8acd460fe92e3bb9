/**
 * Reading a named page near its names only: where names may stand (`NameSpotter`), and the
 * stretches around them, or around what a page just added (`readAround`).
 */
import type { FirstLook } from '../core/first-look';
import { CLAIM_REACH, SPEAKER_AFTER_REACH, SPEAKER_REACH, withinReach } from '../core/windows';
import { isCutWord, seamOf, tailAfter, textWalker } from './first-look';
import { lastAtOrBefore, type PageText } from './page-text';
import { NODES_PER_CHECK, PageTextReader, type Spotted, type Stretch } from './page-text-reader';
import { isInLeftOut } from './visible-text';

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
