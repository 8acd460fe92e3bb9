/** A saved news page as the add-source tool reads it: its text and what it says about itself. */
export interface SavedPage {
  /** The article's text, paragraphs on lines of their own. */
  readonly text: string;
  readonly url: string | null;
  readonly title: string | null;
  /** The title was read off the URL's slug (a corpus page's `title: [from URL slug] …`). */
  readonly titleFromUrl: boolean;
  readonly outlet: string | null;
  /** YYYY-MM-DD, or null where the page does not say. */
  readonly published: string | null;
  /** BCP 47 language tag, or null where the page does not say. */
  readonly language: string | null;
}

/** The day of an ISO date or date-time ("2025-10-20T14:03:00Z"), or null. */
export function isoDay(value: string | null | undefined): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(value?.trim() ?? '')?.[0] ?? null;
}
