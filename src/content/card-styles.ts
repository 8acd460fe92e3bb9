/** The card's styles, scoped by its shadow root: the page's CSS cannot reach in, nor ours out. */
export const CARD_CSS = `
/* Important, so no rule of the page's reaches the host (a shadow root's wins when both are). */
:host { all: initial !important; }
.visually-hidden { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.card:focus { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.card {
  position: fixed;
  box-sizing: border-box;
  width: min(420px, calc(100vw - 16px));
  max-height: min(60vh, 480px);
  overflow: auto;
  padding: 12px 14px;
  border-radius: 8px;
  border: 1px solid #c9ced6;
  background: #ffffff;
  color: #1d2430;
  box-shadow: 0 6px 24px rgba(15, 23, 42, 0.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  text-align: start;
  z-index: 2147483647;
}
.statement { margin: 0 0 8px; font-size: 15px; font-style: italic; }
.speaker { margin: 0 0 10px; }
h2 { margin: 0 0 4px; font-size: 12px; letter-spacing: 0.04em; text-transform: uppercase; color: #5b6472; }
/* Spaced letters would part Arabic and Persian letters that join; italics slant no script of these. */
.card:is(:lang(ar), :lang(fa), :lang(he)) h2 { letter-spacing: normal; font-size: 13px; }
.card:is(:lang(ar), :lang(fa), :lang(he)) .statement .meta { font-style: normal; }
.sources { margin: 0; padding: 0; padding-inline-start: 18px; }
.sources li { margin: 2px 0; }
a { color: #1f5fbf; }
.meta { color: #5b6472; }
.differs { color: #a14a00; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2430; color: #e8ebf0; border-color: #3a4252; }
  h2, .meta { color: #a9b1bf; }
  a { color: #8ab4ff; }
  .differs { color: #ffb366; }
}
`;
