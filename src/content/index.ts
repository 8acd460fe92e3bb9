/**
 * The content script's entry: it runs on every page, so it only reads the text and asks
 * whether the page names anyone the reader watches. Only then is the matcher, the dataset
 * and the card UI loaded. Pages that change later are followed: until someone is named, only
 * the added text is looked at; after, the page is read again (debounced). On a site the reader
 * paused, it does nothing at all.
 */
import people from 'virtual:sourcelight/people';
import { compilePeopleMatcher } from '../core/people';
import { isPaused, watchedPeople } from '../core/settings';
import type { PageAnnotator } from './annotate';
import { followChanges } from './follow-changes';
import { readPageText } from './page-text';
import { readSettings } from './read-settings';

function quietly(work: Promise<void>): void {
  // Degrade quietly: the page must never notice the extension failing.
  work.catch((error: unknown) => console.debug('[Sourcelight]', error));
}

async function main(): Promise<void> {
  const settings = await readSettings();
  if (isPaused(settings, location.hostname) || document.body === null) return;
  const body = document.body;
  const controller = new AbortController();
  const gate = compilePeopleMatcher(watchedPeople(people, settings));
  let annotator: Promise<PageAnnotator> | null = null;

  async function scan(): Promise<void> {
    const page = readPageText(body);
    if (annotator === null) {
      if (!gate.namesAnyone(page.text)) return;
      annotator = import('./annotate').then(({ annotatePage }) =>
        annotatePage(controller.signal, settings.highlightStyle),
      );
    }
    (await annotator).run(page);
  }

  quietly(scan());
  followChanges(
    body,
    (added) => {
      if (annotator !== null || gate.namesAnyone(added)) quietly(scan());
    },
    controller.signal,
  );
}

quietly(main());
