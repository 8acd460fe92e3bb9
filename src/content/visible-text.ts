/**
 * What of a page's DOM a reader sees as its text, and a walk through it (`TextCursor`): the
 * page's text (page-text-reader.ts) and the way back from a character to its node (page-text.ts)
 * both walk with it, so they cannot disagree about where a node starts.
 */

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
export function asRead(data: string): string {
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
export class TextCursor {
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

/** Whether a text node of `root` lies in an element whose text is left out (a script, a hidden block). */
export function isInLeftOut(node: Node, root: Node): boolean {
  for (let e = node.parentElement; e !== null && e !== root; e = e.parentElement)
    if (isLeftOut(e, e.localName)) return true;
  return false;
}
