/**
 * The dataset, asked of the background by a page that names someone. The content script does
 * not carry it: every page parses the script, and what a page naming nobody pays must not grow
 * with the dataset (scripts/build/content-script.ts).
 */
import browser from 'webextension-polyfill';
import type dataset from 'virtual:sourcelight/dataset';
import { isDatasetResult, type GetDataset } from '../core/protocol';

export type LoadedDataset = typeof dataset;

export async function requestDataset(): Promise<LoadedDataset> {
  const request: GetDataset = { type: 'get-dataset' };
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!isDatasetResult(answer)) throw new Error('the background sent no dataset');
  return answer.dataset as LoadedDataset;
}
