/**
 * The content script's entry: it runs on every page, so it first only looks through the text
 * nodes for a word of a watched person's name (first-look.ts). Only on a yes is the page's text
 * read and checked with the full people matcher, and only if someone is named are the claim
 * matcher, the dataset and the card UI loaded (annotation.js, which the background runs here).
 * Pages that change later are followed: until someone is named, only the added text is looked
 * at; after, the page is read again (debounced). On a site the reader paused, it does nothing at
 * all.
 *
 * It starts again from nothing where the page's document is replaced (`document.open()`, a new
 * <html>): that takes the page's text and every event listener with it. It stops for good, and
 * takes its highlights and card away, once the extension is gone (lifecycle.ts).
 */
import people from 'virtual:sourcelight/people';
import { compileFirstLook, lookForAll, type FirstLook } from '../core/first-look';
import { compilePeopleMatcher, type PeopleMatcher } from '../core/people';
import { isPaused, watchedPeople } from '../core/settings';
import type { PageAnnotator } from './annotate';
import { loadAnnotation } from './load-annotation';
import { followChanges } from './follow-changes';
import { extensionAlive, trackCurrent, whenExtensionGone, whenShownAgain } from './lifecycle';
import { readSettings } from './read-settings';
import { requestReadingLook } from './reading-look';
import { mayNameInSlices, namesAnyoneInSlices, nextTask, readNearNamesInSlices } from './slices';

function quietly(work: Promise<void>): void {
  // Degrade quietly: the page must never notice the extension failing.
  work.catch((error: unknown) => console.debug('[Sourcelight]', error));
}

/** Runs the content script until `controller` aborts; `restart` when the document is replaced. */
async function main(controller: AbortController, restart: () => void): Promise<void> {
  // From the start: a page put away in the back/forward cache while it is still being read
  // must not report for the page its tab shows then.
  const isCurrent = trackCurrent(document, controller.signal);
  const settings = await readSettings();
  if (isPaused(settings, location.hostname) || controller.signal.aborted) return;
  const watched = watchedPeople(people, settings);
  const firstLook = compileFirstLook(lookForAll(watched.map((person) => person.lookFor)));
  // A page that may name someone is read with a look for everyone the analysis knows (the
  // unwatched too: who else speaks decides whom a quote is credited to). Asked of the background
  // and made only then (reading-look.ts).
  let readingLook: FirstLook | null = null;
  // Made only once the first look says yes: most pages never need it.
  let gate: PeopleMatcher | null = null;
  let annotator: Promise<PageAnnotator> | null = null;

  /**
   * Reads the page, or, where `added` holds what a page already read added and nothing else
   * changed, only around those nodes (annotate.ts's `add`).
   */
  async function scan(added: readonly Node[] | null): Promise<void> {
    // Read afresh each time: a site may have put a new <body> in place of the old (follow-changes.ts).
    const body = document.body;
    if (body === null) return;
    if (annotator === null && !(await mayNameInSlices(body, firstLook))) return;
    // Each step of a named page's first reading is a task of its own: run at once, cold (the
    // engine has not compiled any of it yet), they took 50-105 ms together on a 2,000-character
    // article. Awaiting a promise alone would not let the page run in between.
    await nextTask();
    readingLook ??= compileFirstLook(await requestReadingLook());
    if (annotator !== null && added !== null && (await (await annotator).add(added, readingLook)))
      return;
    const page = await readNearNamesInSlices(body, readingLook);
    if (annotator === null) {
      await nextTask();
      gate ??= compilePeopleMatcher(watched);
      if (!(await namesAnyoneInSlices(gate, page))) return;
      // The annotation is a script of its own, which the background runs in the page now
      // (load-annotation.ts): every page parses this one, only a named page that.
      await nextTask();
      annotator ??= loadAnnotation().then(async (annotatePage) => {
        await nextTask();
        // A page with highlights to take away asks every second whether the extension is there.
        whenExtensionGone(() => controller.abort(), controller.signal);
        return annotatePage(controller.signal, settings.highlightStyle, isCurrent);
      });
    }
    const annotate = await annotator;
    await nextTask();
    await annotate.run(page);
  }

  // One scan at a time: what changes during a scan is scanned after it, the nodes added
  // meanwhile together, or the whole page where anything else changed.
  let scanning: Promise<void> | null = null;
  let pending: { added: Node[] | null } | null = null;
  function requestScan(added: readonly Node[] | null): void {
    if (pending === null) pending = { added: added === null ? null : [...added] };
    else if (added === null || pending.added === null) pending.added = null;
    else pending.added.push(...added);
    if (scanning === null) scanPending();
  }
  function scanPending(): void {
    const work = pending!;
    pending = null;
    scanning = scan(work.added)
      .catch((error: unknown) => console.debug('[Sourcelight]', error))
      .finally(() => {
        scanning = null;
        if (pending !== null) scanPending();
      });
  }

  requestScan(null);
  followChanges(
    document,
    {
      changed(added, nodes) {
        // An orphan reads nothing more (lifecycle.ts).
        if (!extensionAlive()) return controller.abort();
        if (annotator !== null || firstLook.mayName(added)) requestScan(nodes);
      },
      replaced: restart,
    },
    controller.signal,
  );
  // Shown again without loading: the background forgot what it was told (lifecycle.ts).
  whenShownAgain(
    document,
    () => void annotator?.then((annotate) => annotate.reportAgain()),
    controller.signal,
  );
}

/** Runs the content script, and again from nothing each time the document is replaced. */
function start(): void {
  const controller = new AbortController();
  quietly(
    main(controller, () => {
      controller.abort();
      start();
    }),
  );
}

start();
