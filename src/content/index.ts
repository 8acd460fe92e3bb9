/**
 * The content script's entry: it runs on every page, so it only reads the text and asks
 * whether the page names anyone in the dataset. Only then is the matcher, the dataset
 * and the card UI loaded.
 */
import people from 'virtual:sourcelight/people';
import { compilePeopleMatcher } from '../core/people';
import { readPageText } from './page-text';

async function main(): Promise<void> {
  if (document.body === null) return;
  const page = readPageText(document.body);
  if (!compilePeopleMatcher(people).namesAnyone(page.text)) return;
  const { annotatePage } = await import('./annotate');
  annotatePage(new AbortController().signal).run(page);
}

main().catch((error: unknown) => {
  // Degrade quietly: the page must never notice the extension failing.
  console.debug('[Sourcelight]', error);
});
