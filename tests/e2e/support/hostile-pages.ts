/**
 * Hostile pages, made at test time: huge, deep, restless, locked down, tricky. Each runs a
 * ticker (`window.ticks`, every 10 ms) so a test can see the page's own scripts keep running,
 * and prints one claim in a plain paragraph so a test can see the extension still works.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const QUOTE =
  'I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children';
const CLAIM_PARAGRAPH = `<p>Witkoff recalled the talks. “${QUOTE},” Witkoff said.</p>`;
const TICKER = 'window.ticks = 0; setInterval(() => { window.ticks += 1; }, 10);';

export interface HostilePage {
  readonly file: string;
  readonly name: string;
  /** How many claims the extension should highlight there. */
  readonly highlights: number;
  /** The text of the one claim highlighted, when not QUOTE as printed. */
  readonly text?: string;
  /**
   * Over a million characters: the claim is found and counted but not painted, as styling it
   * would restyle the whole page at once (src/content/highlights.ts).
   */
  readonly plain?: true;
  /** Whether the page's DOM stays as served and can be compared with its source. */
  readonly staticDom: boolean;
}

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}<script>${TICKER}</script></head><body>${body}</body></html>`;
}

const filler = (n: number) =>
  `<p>Paragraph ${n}. The harbour council met again on Tuesday to discuss the ferry terminal, the dredging of the main channel and the repairs to the north pier, and adjourned without a vote.</p>`;

/**
 * How deep the deep page nests. Chromium freezes or crashes on a 10,000-deep DOM as soon as its
 * style is recalculated or it is walked, with no extension loaded (seen 2026-11-24, Chromium 156:
 * appending one element froze it, a TreeWalker in the page crashed the renderer). So Chromium is
 * tested at the depth it survives, Firefox at the 10,000 of DESIGN.md §5.
 */
export const DEEP_NESTING = { chromium: 3_000, firefox: 10_000 } as const;

/**
 * Firefox lays out no text nested deeper than a few hundred elements: at 10,000 the page shows
 * a blank window (seen 2026-12-05, Firefox ESR 153: the text's range has no box). The extension
 * highlights and counts what a reader sees (issue 19), so there it highlights nothing.
 */
const DRAWN_DEPTH = 3_000;

const pages = (depth: number): readonly (HostilePage & { html: () => string })[] => [
  {
    file: 'hostile-20mb.html',
    name: '20 MB of text',
    highlights: 0,
    plain: true,
    staticDom: true,
    html: () => {
      const parts: string[] = [];
      let size = 0;
      for (let n = 0; size < 20_000_000; n++) {
        const p = filler(n);
        parts.push(p);
        size += p.length;
      }
      parts.splice(parts.length - 10, 0, CLAIM_PARAGRAPH);
      return page('Twenty megabytes', parts.join('\n'));
    },
  },
  {
    file: 'hostile-200k-nodes.html',
    name: '200,000 nodes',
    highlights: 0,
    // A million characters of spans and the claim: just over the line.
    plain: true,
    staticDom: true,
    html: () =>
      page('Many nodes', `${CLAIM_PARAGRAPH}<div>${'<span>word </span>'.repeat(200_000)}</div>`),
  },
  {
    file: 'hostile-deep.html',
    name: `${depth.toLocaleString('en')}-deep nesting`,
    highlights: depth <= DRAWN_DEPTH ? 1 : 0,
    staticDom: false,
    // The HTML parser caps nesting, so the page builds the depth itself, of inline elements:
    // nested block <div>s freeze Chromium's layout even when nothing touches the page.
    html: () =>
      page(
        'Deep',
        `<div id="root"></div><script>
          const DEPTH_TAG = 'span';
          let node = document.getElementById('root');
          for (let i = 0; i < ${depth}; i++) { const child = document.createElement(DEPTH_TAG); node.appendChild(child); node = child; }
          const p = document.createElement('span');
          p.textContent = ${JSON.stringify(`Witkoff recalled the talks. “${QUOTE},” Witkoff said.`)};
          node.appendChild(p);
        </script>`,
      ),
  },
  {
    file: 'hostile-mutations.html',
    name: 'a mutation every 10 ms for 10 s',
    highlights: 1,
    staticDom: false,
    html: () =>
      page(
        'Restless',
        `${CLAIM_PARAGRAPH}<p id="clock">0</p><ul id="feed"></ul><script>
          const started = Date.now();
          const timer = setInterval(() => {
            document.getElementById('clock').textContent = String(Date.now() - started);
            const item = document.createElement('li');
            item.textContent = 'Update at ' + (Date.now() - started) + ' ms';
            document.getElementById('feed').prepend(item);
            if (Date.now() - started > 10000) clearInterval(timer);
          }, 10);
        </script>`,
      ),
  },
  {
    file: 'hostile-csp.html',
    name: 'a strict Content-Security-Policy',
    highlights: 1,
    // Its policy forbids the fetch the DOM comparison needs.
    staticDom: false,
    html: () => page('Locked down', CLAIM_PARAGRAPH),
  },
  {
    file: 'hostile-shadow-iframe-forms.html',
    name: 'shadow DOM, an iframe, contenteditable and form fields',
    // Only the plain paragraph: text people type, or that lives in other documents, is not read.
    highlights: 1,
    staticDom: false,
    html: () =>
      page(
        'Tricky',
        `${CLAIM_PARAGRAPH}
        <textarea id="draft">“${QUOTE},” Witkoff said.</textarea>
        <div contenteditable="true" id="editor">“${QUOTE},” Witkoff said.</div>
        <input id="field" value="${QUOTE}">
        <iframe srcdoc="<p>“${QUOTE},” Witkoff said.</p>"></iframe>
        <x-quote id="component"></x-quote>
        <script>
          const host = document.getElementById('component');
          host.attachShadow({ mode: 'open' }).textContent = '“${QUOTE},” Witkoff said.';
        </script>`,
      ),
  },
  {
    file: 'hostile-styles.html',
    name: 'a page whose CSS styles every element and popover',
    highlights: 1,
    staticDom: true,
    html: () =>
      page(
        'Restyled',
        CLAIM_PARAGRAPH,
        `<style>
          *, [popover], :popover-open {
            border: 6px solid rgb(255, 0, 0) !important;
            padding: 24px !important;
            background: rgb(255, 0, 0) !important;
          }
        </style>`,
      ),
  },
  {
    file: 'hostile-builtins.html',
    name: 'a page that redefines built-ins',
    highlights: 1,
    staticDom: true,
    html: () =>
      page(
        'Redefined',
        CLAIM_PARAGRAPH,
        `<script>
          document.createTreeWalker = () => { throw new Error('hostile page'); };
          Node.prototype.appendChild = function () { throw new Error('hostile page'); };
          Element.prototype.attachShadow = function () { throw new Error('hostile page'); };
          String.prototype.normalize = function () { return ''; };
          window.MutationObserver = function () { throw new Error('hostile page'); };
          window.Highlight = undefined;
          Object.defineProperty(window, 'chrome', { value: undefined });
        </script>`,
      ),
  },
];

/** A script that defines `sourcelight-ui`, the tag the card's host once had, as the page's own element. */
const definesHostTag = (body: string) =>
  `<script>customElements.define('sourcelight-ui', class extends HTMLElement { ${body} });</script>`;

/** The quote with invisible format characters inside its words (issue 19). */
export const QUOTE_WITH_FORMAT_CHARACTERS = QUOTE.replace('members', 'mem\u00ADbers')
  .replace('really', 'real\u200Dly')
  .replace('parents', 'par\u2060ents');

/** Issue 19's attacking pages: each still shows the one visible claim, and no other. */
const issue19Pages: readonly (HostilePage & { html: () => string })[] = [
  {
    file: 'hostile-custom-element.html',
    name: 'a custom element under the host tag that steals its shadow root (issue 19: the card can be taken over)',
    highlights: 1,
    staticDom: true,
    html: () =>
      page(
        'Taken over',
        CLAIM_PARAGRAPH,
        definesHostTag(`constructor() {
            super();
            const internals = this.attachInternals();
            setInterval(() => {
              const root = internals.shadowRoot;
              if (root === null) return;
              window.stolen = true;
              root.querySelectorAll('p').forEach((p) => { p.textContent = 'VERIFIED TRUE by Sourcelight'; });
              root.querySelectorAll('a').forEach((a) => { a.href = 'https://attacker.example/'; });
            }, 20);
          }`),
      ),
  },
  {
    file: 'hostile-preempted-shadow.html',
    name: 'a custom element under the host tag that attaches its own shadow root first (issue 19)',
    highlights: 1,
    staticDom: true,
    html: () =>
      page(
        'Pre-empted',
        CLAIM_PARAGRAPH,
        definesHostTag(`constructor() { super(); this.attachShadow({ mode: 'open' }); }`),
      ),
  },
  {
    file: 'hostile-disabled-shadow.html',
    name: "a custom element under the host tag with disabledFeatures = ['shadow'] (issue 19)",
    highlights: 1,
    staticDom: true,
    html: () =>
      page('Disabled', CLAIM_PARAGRAPH, definesHostTag(`static disabledFeatures = ['shadow'];`)),
  },
  {
    file: 'hostile-hidden-quotes.html',
    name: 'quotes no reader sees beside one they do (issue 19: claims the reader cannot see)',
    highlights: 1,
    staticDom: true,
    html: () => {
      const hidden = (style: string) => `<p style="${style}">“${QUOTE},” Witkoff said.</p>`;
      return page(
        'Hidden',
        [
          hidden('display:none'),
          hidden('visibility:hidden'),
          hidden('opacity:0'),
          hidden('font-size:0'),
          hidden('position:absolute;left:-10000px;top:0'),
          hidden('position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)'),
          `<details><summary>More</summary><p>“${QUOTE},” Witkoff said.</p></details>`,
          CLAIM_PARAGRAPH,
        ].join('\n'),
      );
    },
  },
  {
    file: 'hostile-own-attribute.html',
    name: 'a quote wrapped in an element carrying data-sourcelight (issue 19)',
    highlights: 1,
    staticDom: true,
    html: () => page('Marked', `<div data-sourcelight>${CLAIM_PARAGRAPH}</div>`),
  },
  {
    file: 'hostile-format-characters.html',
    name: 'soft hyphens, zero-width joiners and word joiners inside a quote (issue 19)',
    highlights: 1,
    text: QUOTE_WITH_FORMAT_CHARACTERS,
    staticDom: true,
    html: () =>
      page(
        'Joined',
        `<p>Witkoff recalled the talks. “${QUOTE_WITH_FORMAT_CHARACTERS},” Witkoff said.</p>`,
      ),
  },
  {
    file: 'hostile-rlo.html',
    name: 'a quote reversed with a right-to-left override beside a plain one (issue 19)',
    highlights: 1,
    staticDom: true,
    html: () => page('Reversed', `<p>Witkoff said: “\u202E${QUOTE}\u202C.”</p>${CLAIM_PARAGRAPH}`),
  },
  {
    file: 'hostile-overlay.html',
    name: 'a transparent overlay over the whole page (issue 19: lifecycle)',
    highlights: 1,
    staticDom: true,
    html: () =>
      page(
        'Overlaid',
        `${CLAIM_PARAGRAPH}<div id="overlay" style="position:fixed;inset:0;z-index:2147483000;background:transparent"></div>`,
      ),
  },
];

export const hostilePages = (depth: number): readonly HostilePage[] => [
  ...pages(depth),
  ...issue19Pages,
];

/** The words a hostile page inserts into a quote, hoping the card shows them as its own. */
export const INSERTED_WORDS = 'VERIFIED TRUE BY SOURCELIGHT';

/**
 * Pages for issue 19's tests that do not fit the loop above: each holds the one claim, and
 * something a test asks of the extension there.
 */
export const ISSUE_19_PAGES = {
  /** The quote with words the page inserted into it. */
  insertedWords: {
    file: 'hostile-inserted-words.html',
    html: () =>
      page(
        'Inserted',
        `<p>Witkoff recalled the talks. “${QUOTE.replace('a really bad club', `a really bad club ${INSERTED_WORDS}`)},” Witkoff said.</p>`,
      ),
  },
  /** Script-made pointer moves over the quote and Alt+Shift+S presses, every 50 ms. */
  untrustedEvents: {
    file: 'hostile-untrusted-events.html',
    html: () =>
      page(
        'Untrusted',
        `<div style="height:1500px"></div>${CLAIM_PARAGRAPH}<div style="height:1500px"></div>
        <button id="focus-me">Keep focus here</button>
        <script>
          document.getElementById('focus-me').focus({ preventScroll: true });
          window.dispatched = 0;
          setInterval(() => {
            const p = document.querySelector('p');
            const box = p.getBoundingClientRect();
            const at = { clientX: box.left + 20, clientY: box.top + 10, bubbles: true };
            p.dispatchEvent(new PointerEvent('pointermove', at));
            document.dispatchEvent(new PointerEvent('pointermove', at));
            document.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true }));
            window.dispatched += 1;
          }, 50);
        </script>`,
      ),
  },
  /** Registers highlights of its own under the names the extension once used, over its own text. */
  borrowedNames: {
    file: 'hostile-borrowed-names.html',
    html: () =>
      page(
        'Borrowed',
        `${CLAIM_PARAGRAPH}<p id="fake">This sentence was never said by anyone.</p>
        <script>
          const range = document.createRange();
          range.selectNodeContents(document.getElementById('fake'));
          for (const kind of ['corroborated', 'disputed', 'differs'])
            CSS.highlights.set('sourcelight-' + kind, new Highlight(range));
        </script>`,
      ),
  },
  /** After load, the page writes itself anew with document.open() and write(). */
  documentWrite: {
    file: 'hostile-document-write.html',
    html: () =>
      page(
        'Rewritten',
        `<p>Nothing here names anyone yet.</p><script>
          setTimeout(() => {
            document.open();
            document.write(${JSON.stringify(`<!doctype html><html><body>${CLAIM_PARAGRAPH}</body></html>`)});
            document.close();
          }, 1000);
        </script>`,
      ),
  },
  /** After load, the page puts a new <html> in place of its own. */
  replacedRoot: {
    file: 'hostile-replaced-root.html',
    html: () =>
      page(
        'Replaced',
        `<p>Nothing here names anyone yet.</p><script>
          setTimeout(() => {
            const root = document.createElement('html');
            const body = document.createElement('body');
            body.innerHTML = ${JSON.stringify(CLAIM_PARAGRAPH)};
            root.append(document.createElement('head'), body);
            document.replaceChild(root, document.documentElement);
          }, 1000);
        </script>`,
      ),
  },
  /** The article a reader leaves and comes back to: served so the browser may keep it in its back/forward cache. */
  bfcacheArticle: {
    file: 'bfcache-article.html',
    html: () =>
      page(
        'Kept',
        `${CLAIM_PARAGRAPH}<a id="away" href="/names-only.html">Another story</a><script>
          window.restored = 0;
          addEventListener('pageshow', (event) => { if (event.persisted) window.restored += 1; });
        </script>`,
      ),
  },
  /** A page that prerenders the next one (speculation rules, Chromium) and links to it. */
  prerenderStart: {
    file: 'prerender-start.html',
    html: () =>
      page(
        'Before',
        `<p>The next story is ready.</p><a id="next" href="/prerendered-article.html">Read it</a>
        <script type="speculationrules">{"prerender": [{"source": "list", "urls": ["/prerendered-article.html"]}]}</script>`,
      ),
  },
  prerenderedArticle: {
    file: 'prerendered-article.html',
    html: () =>
      page(
        'Prerendered',
        `${CLAIM_PARAGRAPH}<script>
          window.wasPrerendered = document.prerendering === true;
        </script>`,
      ),
  },
} as const;

/** The strict policy for hostile-csp.html: nothing but its own inline ticker may run. */
/** Pages a browser may keep in its back/forward cache, or prerender: not `no-store`. */
const CACHEABLE = [
  '/bfcache-article.html',
  '/names-only.html',
  '/prerender-start.html',
  '/prerendered-article.html',
];

export function hostileHeaders(path: string): Record<string, string> {
  if (CACHEABLE.includes(path)) return { 'cache-control': 'no-cache' };
  if (!path.endsWith('/hostile-csp.html')) return {};
  const ticker = createHash('sha256').update(TICKER).digest('base64');
  return {
    'content-security-policy': `default-src 'none'; script-src 'sha256-${ticker}'; style-src 'none'; img-src 'none'; connect-src 'none'`,
  };
}

export function writeHostilePages(dir: string, depth: number): void {
  for (const hostile of [...pages(depth), ...issue19Pages, ...Object.values(ISSUE_19_PAGES)])
    writeFileSync(join(dir, hostile.file), hostile.html());
}
