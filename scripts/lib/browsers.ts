/**
 * Starts real Chromium (over CDP) or Firefox (over WebDriver BiDi) with the built extension
 * loaded, using Debian's browsers (DESIGN.md §7). Shared by the e2e tests and `npm start`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

const EXECUTABLES: Record<BrowserName, { path: string; debianPackage: string }> = {
  chromium: { path: '/usr/lib/chromium/chromium', debianPackage: 'chromium' },
  firefox: { path: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
};

const DIST: Record<BrowserName, string> = {
  chromium: resolve('dist/chrome'),
  firefox: resolve('dist/firefox'),
};

/** Firefox's id for the extension, from manifest.json. */
const GECKO_ID = (
  JSON.parse(readFileSync(resolve('manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;

export class MissingBrowserError extends Error {
  constructor(name: BrowserName) {
    const { path, debianPackage } = EXECUTABLES[name];
    super(
      `${name} is not installed (looked for ${path}). The real-browser tests need it; install it with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${debianPackage} fonts-dejavu-core`,
    );
    this.name = 'MissingBrowserError';
  }
}

export function executableFor(
  name: BrowserName,
  exists: (path: string) => boolean = existsSync,
): string {
  const { path } = EXECUTABLES[name];
  if (!exists(path)) throw new MissingBrowserError(name);
  return path;
}

export interface ExtensionSession {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  readonly extensionOrigin: string;
  /** Opens one of the extension's pages (e.g. the popup) in a new tab and waits until it is ready. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly headless?: boolean;
  readonly windowSize?: { width: number; height: number };
}

export async function launchWithExtension(
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  const dist = DIST[name];
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist} has no build; run \`npm run build\` first.`);
  return name === 'chromium' ? launchChromium(dist, options) : launchFirefox(dist, options);
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

async function launchChromium(dist: string, options: LaunchOptions): Promise<ExtensionSession> {
  const { width, height } = options.windowSize ?? { width: 1280, height: 900 };
  const browser = await puppeteer.launch({
    executablePath: executableFor('chromium'),
    headless: options.headless ?? true,
    enableExtensions: [dist],
    pipe: true,
    userDataDir: await mkdtemp(join(tmpdir(), 'sourcelight-chromium-')),
    defaultViewport: null,
    args: [...CHROMIUM_ARGS, `--window-size=${width},${height}`],
  });
  // The extension's id is in the URL of its service worker.
  const worker = await browser.waitForTarget(
    (target) =>
      target.type() === 'service_worker' && target.url().endsWith('/service-worker-loader.js'),
    { timeout: 15_000 },
  );
  // Node's URL gives no origin for chrome-extension: URLs, so cut it by hand.
  const extensionOrigin = worker.url().replace(/^(chrome-extension:\/\/[^/]+\/).*$/, '$1');
  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(extensionOrigin + path.replace(/^\//, ''));
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Polls `predicate` in the page until it holds. Unlike `page.waitForFunction`, it survives
 * the evaluation errors Firefox's BiDi raises while the tab moves between about:blank and
 * the moz-extension:// page.
 */
async function pollPage(page: Page, predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(predicate)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(
    `${page.url()} did not become ready in ${timeoutMs} ms (last error: ${String(lastError)})`,
  );
}

async function launchFirefox(dist: string, options: LaunchOptions): Promise<ExtensionSession> {
  const { width, height } = options.windowSize ?? { width: 1280, height: 900 };
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executableFor('firefox'),
    headless: options.headless ?? true,
    defaultViewport: null,
    // Lets the test open moz-extension:// pages; fixes the extension's UUID so we know its origin.
    args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(dist);
  const extensionOrigin = `moz-extension://${uuid}/`;
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // Firefox loads moz-extension:// pages but never resolves the navigation: do not await it.
      void page.goto(extensionOrigin + path.replace(/^\//, '')).catch(() => undefined);
      await pollPage(
        page,
        () =>
          location.protocol === 'moz-extension:' &&
          document.documentElement.dataset.ready === 'true',
      );
      return page;
    },
    close: () => browser.close(),
  };
}
