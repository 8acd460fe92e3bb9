/**
 * Loads the annotation (annotation.js) into the page, once someone is named there. The content
 * script every page parses holds only the first look and the people gate; the rest is asked of
 * the background, which runs the extension's own file in this world (`scripting.executeScript`).
 * No file of the extension is web-accessible, so no page can fetch one to learn Sourcelight is
 * installed (issue 19), and no page can run it: only the background can.
 */
import browser from 'webextension-polyfill';
import { isAck, type LoadAnnotation } from '../core/protocol';
import { takeAnnotation, type AnnotatePage } from './annotation-handoff';

/** What the background said went wrong (its `handle` answers a failure with its error). */
const errorOf = (answer: unknown): string =>
  typeof answer === 'object' && answer !== null && 'error' in answer
    ? String(answer.error)
    : 'no error given';

export async function loadAnnotation(): Promise<AnnotatePage> {
  // Already run in this world: the content script started again on a replaced document.
  const loaded = takeAnnotation();
  if (loaded !== undefined) return loaded;
  const request: LoadAnnotation = { type: 'load-annotation' };
  const answer: unknown = await browser.runtime.sendMessage(request);
  const entry = takeAnnotation();
  if (!isAck(answer) || !answer.ok || entry === undefined)
    throw new Error(`the background did not load the annotation: ${errorOf(answer)}`);
  return entry;
}
