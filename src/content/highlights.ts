/**
 * Paints matches with the CSS Custom Highlight API: the page's DOM is never touched. One
 * highlight per kind (corroborated, sources disagree, this page differs) and painting (marker,
 * underline, plain), and one for the quote whose card is open.
 *
 * Nothing of this exists on a page until a claim is painted there (issue 19). The names are
 * drawn at random for each page, so no page can tell the extension is installed by asking for
 * their style, nor register highlights of its own under them before Sourcelight paints; their
 * styles (highlight-styles.ts, written under the page's prefix) are adopted by the document
 * with the first painting, instead of being injected into every page.
 *
 * Once painted, the names are the page's to read (a page can list the registry), so each
 * painting checks that the registry still holds Sourcelight's own highlights under them.
 *
 * Each quote is painted in the palette that reads best on the page around it, light or dark
 * (issue 23), judged from the colours its text starts in, read when it is first painted.
 */
import type { Scheme } from '../core/contrast';
import type { HighlightKind } from '../core/page-compare';
import { pageScheme, paletteFor } from '../core/palette';
import type { HighlightStyle } from '../core/settings';
import {
  DRAWN_NAME,
  activeSuffix,
  drawPrefix,
  highlightSuffix,
  type Painting,
} from './highlight-names';
import { highlightCss } from './highlight-styles';
import { coloursAt, type TextColours } from './page-colours';
import { watchTheme } from './theme-watch';

/**
 * Pages with more text than this are painted `plain`: backgrounds, no underline. While a
 * highlight draws a text decoration, Chromium recomputes the overflow of the boxes along the
 * highlighted text's ancestors at every change to the DOM, the page's own or ours (a card
 * shown). On a page of 100,000 paragraphs (19 million characters) that added 45–85 ms to each
 * such frame; a news article has under 100,000 characters.
 *
 * And a page that is this large when first painted is not painted at all: adopting the styles
 * makes the browser restyle every element of the page at once (Chromium, 2026-12-05: 430 ms on
 * the 20 MB hostile page, in one task). Its claims are still found, counted and listed, and
 * the popup still opens each one's card. A page that grows past it after its first painting
 * goes on being painted, plain.
 */
export const PLAIN_ABOVE_CHARACTERS = 1_000_000;

export const paintingFor = (style: HighlightStyle, textLength: number): Painting =>
  textLength > PLAIN_ABOVE_CHARACTERS ? 'plain' : style;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Above this many claims, only those near the viewport are in the highlights (see
 * `ClaimPainter`): a live blog's, not an article's.
 */
export const NEAR_ONLY_ABOVE = 500;
/** How far beyond the viewport claims are painted then, above and below, in viewport heights. */
const NEAR_SCREENS = 2;

/**
 * One page's highlights. `paint` is given every claim's range and kind, in page order, each
 * time the page is read, and changes only what changed.
 *
 * Whatever changes on a page, its own DOM or a highlight, Chromium revisits every range
 * highlighted (and, with a text decoration, the overflow of the boxes along them): on a live blog
 * of 3,000 quotes each new entry cost 140-340 ms of rendering, against 10 ms for the same page
 * unpainted (Chromium, 2026-12-05). So on a page of more than `NEAR_ONLY_ABOVE` claims only those
 * within `NEAR_SCREENS` of the viewport are in the highlights, found again as the reader
 * scrolls: by halving the claims in page order, which on a page that long (a feed) is their
 * order on screen. An IntersectionObserver on each quote's element would not assume that order,
 * but it cost 15 ms a frame itself with 3,000 elements observed. Which claims the page holds
 * (the count, the popup, the keyboard) is told apart from what is painted.
 */
export class ClaimPainter {
  readonly #prefix = drawPrefix();
  readonly #highlights = new Map<string, Highlight>();
  /** Each claim's range, in page order, and its kind and painting. */
  #wanted = new Map<Range, { kind: HighlightKind; painting: Painting }>();
  /** Each range's colours, read once, and again when the page's theme may have changed. */
  #colours = new WeakMap<Range, TextColours>();
  /** Following the page's theme, once painted. */
  #theme: AbortController | null = null;
  /** The open card's quote, and the suffix of its highlight. */
  #active: { range: Range; suffix: string } | null = null;
  #order: Range[] = [];
  /** The ranges in a highlight now, and which. */
  #painted = new Map<Range, string>();
  #sheet: CSSStyleSheet | null = null;
  /** Following the scroll, on a page of many claims. */
  #following: AbortController | null = null;
  #frame = 0;

  constructor(private readonly doc: Document) {
    if (highlightsSupported()) removeLeftHighlights(doc);
  }

  paint(targets: readonly { range: Range; kind: HighlightKind }[], painting: Painting): void {
    if (!highlightsSupported() || !this.#mayPaint(painting)) return;
    this.#wanted = new Map(targets.map(({ range, kind }) => [range, { kind, painting }]));
    this.#order = targets.map(({ range }) => range);
    const nearOnly = this.#order.length > NEAR_ONLY_ABOVE;
    if (nearOnly) this.#followScroll();
    else this.#stopFollowing();
    this.#show(nearOnly ? this.#near() : this.#order);
  }

  /** Marks the quote whose card is open (null: none), in its kind's palette. */
  paintActive(range: Range | null): void {
    if (!highlightsSupported() || this.#sheet === null) return;
    if (this.#active !== null) this.#highlight(this.#active.suffix).clear();
    this.#active = null;
    if (range !== null) {
      const suffix = activeSuffix(this.#schemeOfPainted(range));
      const active = this.#highlight(suffix);
      // Over its kind's, whichever was registered first.
      active.priority = 1;
      active.add(range);
      this.#active = { range, suffix };
    }
    this.#register();
  }

  /** Whether the quote at `range` is read on a light or a dark page (the card follows it). */
  schemeOf(range: Range): Scheme {
    const { text, backdrop } = this.#coloursOf(range);
    return pageScheme(text, backdrop);
  }

  #coloursOf(range: Range): TextColours {
    let colours = this.#colours.get(range);
    if (colours === undefined) {
      colours = coloursAt(range.startContainer);
      this.#colours.set(range, colours);
    }
    return colours;
  }

  /** The palette a claim's range is painted with, or the page's for a range of none. */
  #schemeOfPainted(range: Range): Scheme {
    const wanted = this.#wanted.get(range);
    if (wanted === undefined) return this.schemeOf(range);
    const { text, backdrop } = this.#coloursOf(range);
    return paletteFor(wanted.kind, wanted.painting !== 'underline', text, backdrop);
  }

  /** Takes every highlight and the styles off the page. */
  clear(): void {
    if (!highlightsSupported()) return;
    this.#stopFollowing();
    this.#theme?.abort();
    this.#theme = null;
    for (const suffix of this.#highlights.keys()) CSS.highlights.delete(this.#name(suffix));
    this.#highlights.clear();
    this.#painted.clear();
    this.#wanted.clear();
    this.#active = null;
    this.#order = [];
    const sheet = this.#sheet;
    if (sheet !== null)
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }

  /** Whether painting may start or go on (see PLAIN_ABOVE_CHARACTERS). */
  #mayPaint(painting: Painting): boolean {
    return painting !== 'plain' || this.#sheet !== null;
  }

  /** Puts exactly `ranges` in the highlights, each in its kind's, changing only what changed. */
  #show(ranges: readonly Range[]): void {
    const next = new Map<Range, string>();
    for (const range of ranges) {
      const { kind, painting } = this.#wanted.get(range)!;
      next.set(range, highlightSuffix(kind, painting, this.#schemeOfPainted(range)));
    }
    for (const [range, suffix] of this.#painted)
      if (next.get(range) !== suffix) this.#highlight(suffix).delete(range);
    for (const [range, suffix] of next)
      if (this.#painted.get(range) !== suffix) this.#highlight(suffix).add(range);
    this.#painted = next;
    if (next.size > 0) this.#register();
  }

  /** The claims within `NEAR_SCREENS` of the viewport, found by halving the page's order. */
  #near(): Range[] {
    const view = this.doc.defaultView;
    const height = view?.innerHeight ?? 0;
    const [top, bottom] = [-NEAR_SCREENS * height, (1 + NEAR_SCREENS) * height];
    const order = this.#order;
    let [low, high] = [0, order.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (order[mid]!.getBoundingClientRect().bottom < top) low = mid + 1;
      else high = mid;
    }
    const near: Range[] = [];
    for (let k = low; k < order.length; k++) {
      const range = order[k]!;
      if (range.getBoundingClientRect().top > bottom) break;
      near.push(range);
    }
    return near;
  }

  /** Paints what comes near as the page or any box in it scrolls, or the window resizes. */
  #followScroll(): void {
    if (this.#following !== null) return;
    this.#following = new AbortController();
    const options = { capture: true, passive: true, signal: this.#following.signal };
    const again = () => {
      if (this.#frame !== 0) return;
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#show(this.#near());
      });
    };
    this.doc.addEventListener('scroll', again, options);
    this.doc.defaultView?.addEventListener('resize', again, options);
  }

  /** Reads the painted quotes' colours again, and repaints those whose palette changed. */
  #followTheme(): void {
    this.#theme = new AbortController();
    const repaint = () => {
      this.#colours = new WeakMap();
      this.#show([...this.#painted.keys()]);
      if (this.#active !== null) this.paintActive(this.#active.range);
    };
    watchTheme(this.doc, repaint, this.#theme.signal);
  }

  #stopFollowing(): void {
    this.#following?.abort();
    this.#following = null;
    if (this.#frame !== 0) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #name(suffix: string): string {
    return `${this.#prefix}-${suffix}`;
  }

  #highlight(suffix: string): Highlight {
    let highlight = this.#highlights.get(suffix);
    if (highlight === undefined) {
      highlight = new Highlight();
      this.#highlights.set(suffix, highlight);
    }
    return highlight;
  }

  /**
   * Puts the styles and the highlights in place, again where the page took them away or put
   * its own under their names.
   */
  #register(): void {
    this.#sheet ??= makeSheet(highlightCss(this.#prefix));
    if (this.#theme === null) this.#followTheme();
    const sheets = this.doc.adoptedStyleSheets;
    if (!sheets.includes(this.#sheet)) this.doc.adoptedStyleSheets = [...sheets, this.#sheet];
    for (const [suffix, highlight] of this.#highlights) {
      const name = this.#name(suffix);
      if (highlight.size === 0) CSS.highlights.delete(name);
      else if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }
}

/** Whether a sheet holds nothing but highlight styles under drawn names: one this module made. */
function isLeftSheet(sheet: CSSStyleSheet): boolean {
  try {
    const rules = [...sheet.cssRules];
    return (
      rules.length > 0 &&
      rules.every((rule) =>
        /^::highlight\(sl-[0-9a-f]{16}-/.test((rule as CSSStyleRule).selectorText),
      )
    );
  } catch {
    // Made by a script Firefox has stopped: a page's own sheet is never out of reach.
    return true;
  }
}

/**
 * Takes away highlights and styles an earlier run of this script left: Firefox stops the
 * script of an extension being disabled without notice, and runs it again in the open tabs when
 * the extension is enabled (lifecycle.ts).
 */
function removeLeftHighlights(doc: Document): void {
  try {
    for (const name of registeredNames()) if (DRAWN_NAME.test(name)) CSS.highlights.delete(name);
    const sheets = doc.adoptedStyleSheets;
    if (sheets.some(isLeftSheet)) doc.adoptedStyleSheets = sheets.filter((s) => !isLeftSheet(s));
  } catch (error) {
    // Best effort: what is left is only what the last run drew.
    console.debug('[Sourcelight] could not take away what an earlier run left:', error);
  }
}

/**
 * The names in the registry. Firefox's content scripts can neither iterate it ("Xray wrapping of
 * iterators not supported") nor visit with forEach an entry made by a script it has stopped: they
 * read the page's own view of it (2026-12-05, Firefox 153).
 */
function registeredNames(): string[] {
  const registry = CSS.highlights as HighlightRegistry & { wrappedJSObject?: HighlightRegistry };
  return [...(registry.wrappedJSObject ?? registry).keys()];
}

function makeSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}
