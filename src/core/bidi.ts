/**
 * Bidirectional-text controls that reorder what a reader sees: embeddings and overrides
 * (U+202A–U+202E) and isolates (U+2066–U+2069). A quote printed inside one may show the reader
 * other words than its characters hold (an RLO prints them backwards), so such a span is never
 * taken for a claim. The implicit marks (LRM, RLM, ALM), which reorder no letters, are folded
 * away with the other invisible characters (normalize.ts).
 */
const CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const POP_DIRECTIONAL_FORMATTING = 0x202c;
const isEmbeddingOrOverride = (code: number) =>
  code === 0x202a || code === 0x202b || code === 0x202d || code === 0x202e;

/** How far back an embedding or override that reaches a span is looked for: a paragraph. */
const PARAGRAPH_REACH = 2_000;

/**
 * Whether `text[start, end)` is printed under a bidi control: one inside it, or an embedding or
 * override opened before it in its paragraph (a line of the page's text) and not closed.
 */
export function isUnderBidiControl(text: string, start: number, end: number): boolean {
  if (CONTROL.test(text.slice(start, end))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let open = 0;
  for (let i = Math.max(lineStart, start - PARAGRAPH_REACH); i < start; i++) {
    const code = text.charCodeAt(i);
    if (isEmbeddingOrOverride(code)) open++;
    else if (code === POP_DIRECTIONAL_FORMATTING && open > 0) open--;
  }
  return open > 0;
}
