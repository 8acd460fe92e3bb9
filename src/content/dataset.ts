/**
 * What a page that names someone asks of the background: first the analyzer's base (the
 * people, the places, the speech cues), then, for each text it reads for claims, the slice of
 * the dataset that text's keys reach (core/slice-keys.ts). The content script does not carry
 * the dataset: every page parses the script, and what a page naming nobody pays must not grow
 * with the dataset (scripts/build/content-script.ts); nor does what a named page receives.
 */
import browser from 'webextension-polyfill';
import type { AnalyzerBase, DatasetSlice } from '../core/analyzer-index';
import { isBaseResult, isSliceResult, type GetBase, type GetSlice } from '../core/protocol';
import type { SliceKeys } from '../core/slice-keys';

export async function requestBase(): Promise<AnalyzerBase> {
  const request: GetBase = { type: 'get-analyzer-base' };
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!isBaseResult(answer)) throw new Error('the background sent no base');
  return answer.base as unknown as AnalyzerBase;
}

export async function requestSlice(keys: SliceKeys): Promise<DatasetSlice> {
  const request: GetSlice = { type: 'get-slice', keys: keys as GetSlice['keys'] };
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!isSliceResult(answer)) throw new Error('the background sent no slice');
  return answer.slice as unknown as DatasetSlice;
}
