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
        `  sudo apt-get update && sudo apt-get install -y ${debianPackage} fonts-dejavu-core fonts-wqy-microhei fonts-lohit-deva fonts-sil-scheherazade fonts-tlwg-loma-otf`,
    );
    this.name = 'MissingBrowserError';
  }
}

/**
 * Where each browser keeps its interface in a language: Debian's `chromium-l10n` holds every
 * language's pack for Chromium; Firefox ESR takes one package per language. Without it a
 * browser asked for a language falls back to English, and so would the extension's messages.
 */
const LOCALE_PACKS: Record<
  BrowserName,
  (locale: string) => { path: string; debianPackage: string }
> = {
  chromium: (locale) => ({
    path: `/usr/lib/chromium/locales/${locale}.pak`,
    debianPackage: 'chromium-l10n',
  }),
  firefox: (locale) => ({
    path: `/usr/lib/firefox-esr/browser/extensions/langpack-${locale}@firefox-esr.mozilla.org.xpi`,
    debianPackage: `firefox-esr-l10n-${locale.toLowerCase()}`,
  }),
};

export class MissingLocaleError extends Error {
  constructor(name: BrowserName, locale: string) {
    const { path, debianPackage } = LOCALE_PACKS[name](locale);
    super(
      `${name} has no "${locale}" interface (looked for ${path}), so it would show Sourcelight in English; install it with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${debianPackage}`,
    );
    this.name = 'MissingLocaleError';
  }
}

/** Fails, saying what to install, where `name` cannot show its interface in `locale`. */
export function checkLocalePack(
  name: BrowserName,
  locale: string,
  exists: (path: string) => boolean = existsSync,
): void {
  if (!exists(LOCALE_PACKS[name](locale).path)) throw new MissingLocaleError(name, locale);
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
  /** Takes the extension out of the running browser, as a reader disabling it does (tests). */
  uninstall(): Promise<void>;
  /** Puts it back, from the same build: the same id and origin. */
  reinstall(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly headless?: boolean;
  readonly windowSize?: { width: number; height: number };
  /** The unpacked extension to load; the build in dist/ by default. */
  readonly extensionDir?: string;
  /**
   * The browser's interface language ("ar", "ru"), which chooses the extension's messages;
   * the system's (English here) by default.
   */
  readonly locale?: string;
}

export async function launchWithExtension(
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  const dist = options.extensionDir ?? DIST[name];
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist} has no build; run \`npm run build\` first.`);
  if (options.locale !== undefined) checkLocalePack(name, options.locale);
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

const chromiumLocaleArgs = ({ locale }: LaunchOptions) =>
  locale === undefined ? [] : [`--lang=${locale}`];

async function launchChromium(dist: string, options: LaunchOptions): Promise<ExtensionSession> {
  const { width, height } = options.windowSize ?? { width: 1280, height: 900 };
  const browser = await puppeteer.launch({
    executablePath: executableFor('chromium'),
    headless: options.headless ?? true,
    enableExtensions: [dist],
    pipe: true,
    userDataDir: await mkdtemp(join(tmpdir(), 'sourcelight-chromium-')),
    defaultViewport: null,
    args: [...CHROMIUM_ARGS, `--window-size=${width},${height}`, ...chromiumLocaleArgs(options)],
    // On Linux, Chromium takes its interface language from LANGUAGE, not from --lang.
    env: options.locale === undefined ? process.env : { ...process.env, LANGUAGE: options.locale },
  });
  // The extension's id is in the URL of its service worker.
  const worker = await browser.waitForTarget(
    (target) =>
      target.type() === 'service_worker' && target.url().endsWith('/service-worker-loader.js'),
    { timeout: 15_000 },
  );
  // Node's URL gives no origin for chrome-extension: URLs, so cut it by hand.
  const extensionOrigin = worker.url().replace(/^(chrome-extension:\/\/[^/]+\/).*$/, '$1');
  const id = extensionOrigin.slice('chrome-extension://'.length, -1);
  return {
    name: 'chromium',
    uninstall: () => browser.uninstallExtension(id),
    async reinstall() {
      const again = await browser.installExtension(dist);
      if (again !== id) throw new Error(`reinstalled as ${again}, not ${id}`);
    },
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
      ...(options.locale === undefined ? {} : { 'intl.locale.requested': options.locale }),
    },
  });
  await browser.installExtension(dist);
  let extensionOrigin = `moz-extension://${uuid}/`;
  return {
    name: 'firefox',
    uninstall: () => browser.uninstallExtension(GECKO_ID),
    async reinstall() {
      await browser.installExtension(dist);
      // Firefox forgets an uninstalled extension's UUID and draws a new one.
      extensionOrigin = `moz-extension://${await firefoxExtensionUuid(browser)}/`;
    },
    browser,
    get extensionOrigin() {
      return extensionOrigin;
    },
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

/** The parts of puppeteer's BiDi connection this needs (not public API: pinned version). */
interface BidiSession {
  send(
    method: string,
    params: object,
  ): Promise<{ result: { contexts?: { context: string }[]; result?: { value?: unknown } } }>;
}

/**
 * The extension's UUID as Firefox holds it now, read in the browser's own (chrome) scope, which
 * `--remote-allow-system-access` opens to WebDriver BiDi.
 */
async function firefoxExtensionUuid(browser: Browser): Promise<string> {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const session = (
    page.mainFrame() as unknown as {
      browsingContext?: { userContext?: { browser?: { session?: BidiSession } } };
    }
  ).browsingContext?.userContext?.browser?.session;
  if (session === undefined) throw new Error('puppeteer-core internals changed: no BiDi session');
  const tree = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = tree.result.contexts?.[0]?.context;
  if (chrome === undefined) throw new Error('Firefox shows no chrome context to BiDi');
  const answer = await session.send('script.evaluate', {
    expression: `Services.prefs.getStringPref('extensions.webextensions.uuids')`,
    target: { context: chrome },
    awaitPromise: false,
  });
  const uuids = JSON.parse(String(answer.result.result?.value ?? '{}')) as Record<string, string>;
  const found = uuids[GECKO_ID];
  if (found === undefined) throw new Error(`Firefox holds no UUID for ${GECKO_ID}`);
  return found;
}
