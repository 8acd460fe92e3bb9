/**
 * PRIVACY.md as the privacy page shows it: the few kinds of block and inline text it is
 * written in, parsed at build time (scripts/build/privacy-page.ts), so the page renders them
 * as elements and never parses markup.
 */
export interface Inline {
  readonly text: string;
  /** `**bold**` in the Markdown. */
  readonly strong?: true;
  /** `` `code` `` in the Markdown. */
  readonly code?: true;
}

export type Block =
  | { readonly kind: 'h1' | 'h2' | 'p'; readonly inlines: readonly Inline[] }
  | { readonly kind: 'ul'; readonly items: readonly (readonly Inline[])[] };
