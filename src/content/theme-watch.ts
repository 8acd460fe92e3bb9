/**
 * Tells when a page has changed its colours after its quotes were painted: the system's scheme
 * changed (a site that follows it switches too), or the site's own dark-mode switch set a
 * class, style or theme attribute on <html> or <body>, and either's colours changed with it (a
 * class set on scrolling costs two style reads, not a reading of every quote). At most once a
 * frame.
 */
const THEME_ATTRIBUTES = [
  'class',
  'style',
  'data-theme',
  'data-color-mode',
  'data-color-scheme',
  'data-mode',
];

export function watchTheme(doc: Document, changed: () => void, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (view === null) return;
  let frame = 0;
  let last = rootColours(doc, view);
  const soon = () => {
    if (frame === 0)
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        const now = rootColours(doc, view);
        if (now === last || signal.aborted) return;
        last = now;
        changed();
      });
  };
  view.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', soon, { signal });
  const observer = new MutationObserver(soon);
  for (const element of [doc.documentElement, doc.body])
    if (element !== null) observer.observe(element, { attributeFilter: THEME_ATTRIBUTES });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view.cancelAnimationFrame(frame);
  });
}

/** The colours of <html> and <body>, as one string. */
function rootColours(doc: Document, view: Window): string {
  return [doc.documentElement, doc.body]
    .map((element) => {
      if (element === null) return '';
      const style = view.getComputedStyle(element);
      return `${style.color} ${style.backgroundColor} ${style.backgroundImage}`;
    })
    .join(' / ');
}
