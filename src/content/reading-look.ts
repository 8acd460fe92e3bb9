/**
 * The first look for everyone the dataset knows, asked of the background by a page the watched
 * people's first look said yes to (core/protocol.ts `get-reading-look`): the content script every
 * page parses does not carry it.
 */
import browser from 'webextension-polyfill';
import type { LookFor } from '../core/first-look';
import { isReadingLookResult, type GetReadingLook } from '../core/protocol';

export async function requestReadingLook(): Promise<LookFor> {
  const request: GetReadingLook = { type: 'get-reading-look' };
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!isReadingLookResult(answer)) throw new Error('the background sent no look for everyone');
  return answer.look;
}
