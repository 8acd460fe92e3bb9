/**
 * Reads the colours a quote is printed in, for the palette it is painted with and the card's
 * scheme (issue 23). Only computed styles are read here; the judging is core/palette.ts's.
 */
import { backdropOf, parseColor, type Rgba } from '../core/contrast';

export interface TextColours {
  /** The text's colour; null where the browser gives a form we do not read. */
  readonly text: Rgba | null;
  /** The opaque colour behind it, or null where it cannot be known (see `backdropOf`). */
  readonly backdrop: Rgba | null;
}

/** The colours of the text at `node` (a text node, or an element). */
export function coloursAt(node: Node): TextColours {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const view = node.ownerDocument?.defaultView;
  if (element === null || view == null) return { text: null, backdrop: null };
  const text = parseColor(view.getComputedStyle(element).color);
  return { text, backdrop: backdropOf(backgroundLayers(element, view)) };
}

/**
 * The background colours from `element` out to the root, up to the first opaque one; an image
 * or gradient on the way ends them with `null`, its colours unknown.
 */
function backgroundLayers(element: Element, view: Window): (Rgba | null)[] {
  const layers: (Rgba | null)[] = [];
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    const style = view.getComputedStyle(at);
    if (style.backgroundImage !== 'none') return [...layers, null];
    const colour = parseColor(style.backgroundColor);
    layers.push(colour);
    if (colour === null || colour.a >= 1) break;
  }
  return layers;
}
