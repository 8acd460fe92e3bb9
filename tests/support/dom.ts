/**
 * Puts a page of the team's own fixture HTML in the test's document (parsed apart, then
 * imported: no HTML is ever assigned as text) and returns its body.
 */
export function parsePage(bodyHtml: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${bodyHtml}</body></html>`,
    'text/html',
  );
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
  );
  return document.body;
}

/** Puts a whole fixture page (a file of tests/fixtures/pages) in the test's document: its body. */
export function parseWholePage(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
  );
  return document.body;
}
