/**
 * How the annotation's script hands its entry to the content script. The background runs
 * annotation.js in the content script's own world (the extension's isolated world, which the
 * page cannot reach), so both share one global object: the script leaves its entry there, and
 * the content script takes it. A classic script has no other way to give another one a value.
 */
import type { annotatePage } from './annotate';

export type AnnotatePage = typeof annotatePage;

const KEY = 'sourcelightAnnotatePage';

type Handoff = { [KEY]?: AnnotatePage };

/** annotation.js, as it runs. */
export function offerAnnotation(entry: AnnotatePage): void {
  (globalThis as Handoff)[KEY] = entry;
}

/** The entry annotation.js left, if it has run in this world. */
export function takeAnnotation(): AnnotatePage | undefined {
  return (globalThis as Handoff)[KEY];
}
