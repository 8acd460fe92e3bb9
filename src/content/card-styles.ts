/**
 * The card's styles, scoped by its shadow root: the page's CSS cannot reach in, nor ours out.
 * The card is light or dark as the page is at its quote (`.card.light`, `.card.dark`: issue 23),
 * not as the system is; every text colour reads at 4.5:1 or more on its background
 * (tests/content/card-styles.test.ts).
 */
export const CARD_CSS = `
/* Important, so no rule of the page's reaches the host (a shadow root's wins when both are). */
:host { all: initial !important; }
.visually-hidden { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.card:focus { outline: 2px solid var(--link); outline-offset: 2px; }
.card {
  --fg: #1d2430;
  --muted: #5b6472;
  --bg: #ffffff;
  --line: #c9ced6;
  --link: #1f5fbf;
  --warn: #a14a00;
  position: fixed;
  box-sizing: border-box;
  width: min(420px, calc(100vw - 16px));
  max-height: min(60vh, 480px);
  overflow: auto;
  padding: 12px 14px;
  border-radius: 8px;
  border: 1px solid var(--line);
  background: var(--bg);
  color: var(--fg);
  color-scheme: light;
  box-shadow: 0 6px 24px rgba(15, 23, 42, 0.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  text-align: left;
  z-index: 2147483647;
}
.card.dark {
  --fg: #e8ebf0;
  --muted: #a9b1bf;
  --bg: #1f2430;
  --line: #4a5366;
  --link: #8ab4ff;
  --warn: #ffb366;
  --verdict-bg: #3a4252;
  --verdict-fg: #e8ebf0;
  --conflict-bg: #5a2e12;
  --conflict-fg: #ffd0b0;
  --precision-bg: #1f3558;
  --precision-fg: #cfe0ff;
  --ins-bg: #1e4d2b;
  --ins-fg: #d9f2dc;
  --del-bg: #5a1f1f;
  --del-fg: #fbdcdc;
  color-scheme: dark;
  /* Firefox drew a white scrollbar track on the dark card without it. */
  scrollbar-color: var(--muted) var(--bg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6);
}
.statement { margin: 0 0 8px; font-size: 15px; font-style: italic; }
.speaker { margin: 0 0 10px; }
h2 { margin: 0 0 4px; font-size: 12px; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
.sources { margin: 0; padding: 0 0 0 18px; }
.sources li { margin: 2px 0; }
a { color: var(--link); }
.meta { color: var(--muted); }
.differs { color: var(--warn); font-weight: 600; }
`;
