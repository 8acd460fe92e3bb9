import type { FirstLookAt } from './people';

/**
 * A text read a stretch at a time: a plain string is one, and so is a long page's text kept in
 * the chunks it was read in (src/content/page-text.ts), which is never joined whole.
 */
export interface TextSource {
  readonly length: number;
  slice(start?: number, end?: number): string;
  /** Where the first look found a word of a name, when the reading noted it (people.ts). */
  readonly firstLookAt?: FirstLookAt;
}
