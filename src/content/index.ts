/**
 * The content script's entry: it runs on every page, so it only reads the text and asks
 * whether the page names anyone the dataset watches. Only then is the matcher, the dataset
 * and the card UI loaded. Pages that change later are followed: until someone is named, only
 * the added text is looked at; after, the page is read again (debounced).
 */
import people from 'virtual:sourcelight/people';
import { compilePeopleMatcher } from '../core/people';
import type { PageAnnotator } from './annotate';
import { followChanges } from './follow-changes';
import { readPageText } from './page-text';

const controller = new AbortController();
const gate = compilePeopleMatcher(people);
let annotator: Promise<PageAnnotator> | null = null;

async function scan(): Promise<void> {
  if (document.body === null) return;
  const page = readPageText(document.body);
  if (annotator === null) {
    if (!gate.namesAnyone(page.text)) return;
    annotator = import('./annotate').then(({ annotatePage }) => annotatePage(controller.signal));
  }
  (await annotator).run(page);
}

function quietly(work: Promise<void>): void {
  // Degrade quietly: the page must never notice the extension failing.
  work.catch((error: unknown) => console.debug('[Sourcelight]', error));
}

quietly(scan());
if (document.body !== null) {
  followChanges(
    document.body,
    (added) => {
      if (annotator !== null || gate.namesAnyone(added)) quietly(scan());
    },
    controller.signal,
  );
}
