/**
 * Reads the reader's settings on every page, without the webextension-polyfill (kept out of
 * the entry for size): Firefox's `browser` and Chrome's `chrome` both promise here in MV3.
 */
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}
interface ExtensionGlobals {
  browser?: { storage?: { local?: StorageArea } };
  chrome?: { storage?: { local?: StorageArea } };
}

export async function readSettings(): Promise<Settings> {
  const globals = globalThis as ExtensionGlobals;
  const storage = globals.browser?.storage?.local ?? globals.chrome?.storage?.local;
  try {
    return parseSettings(
      storage === undefined ? undefined : (await storage.get(SETTINGS_KEY))[SETTINGS_KEY],
    );
  } catch {
    return parseSettings(undefined);
  }
}
