/** The options page's side of the settings: read and write them in storage.local. */
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';

export async function loadSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  // Saved as parsed, so what is stored is always what the content script will read.
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}
