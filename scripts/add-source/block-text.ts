/**
 * The text a reader sees in an element, as a browser's `innerText` lays it out: each block
 * (a paragraph, a heading, a list item) on a line of its own, runs of white space as one space,
 * and the words of inline markup (`<a>`, `<em>` inside a quotation) in their place.
 */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 ' +
    'HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TR UL'
  ).split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The little of a DOM node this reads: happy-dom's and the browser's nodes both have it. */
interface TextNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function blockText(root: TextNode): string {
  const parts: string[] = [];
  const walk = (node: TextNode) => {
    if (node.nodeType === TEXT_NODE) {
      // HTML's white space, not a no-break space: the page prints that one.
      parts.push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
