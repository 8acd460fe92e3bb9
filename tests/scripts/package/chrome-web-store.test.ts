/**
 * The Chrome zip against the Chrome Web Store's rules for Manifest V3 that can be checked
 * offline: no remote code (every line of code it runs is in the package), only the
 * permissions README's "Permissions and privacy" justifies, and the icons the store asks for.
 * Each rule is also shown to catch what it is for, on packages made to break it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluatedStrings,
  iconProblems,
  justifiedPermissions,
  pageProblems,
  remoteScripts,
  unjustifiedPermissions,
  type PackageFiles,
} from '../../../scripts/package/chrome-web-store';
import { extensionZipName, packageVersion } from '../../../scripts/package/package';
import { readZip } from '../../../scripts/package/zip';

const zipPath = join('dist', extensionZipName('chrome', packageVersion()));
if (!existsSync(zipPath)) throw new Error(`${zipPath} is missing: run \`npm run package\` first.`);
const files = readZip(readFileSync(zipPath));
const text = (path: string) => new TextDecoder().decode(files.get(path));
const manifest = JSON.parse(text('manifest.json')) as {
  manifest_version: number;
  name: string;
  description: string;
  default_locale: string;
  permissions?: string[];
  content_scripts: { matches: string[] }[];
  background: { service_worker: string; scripts?: unknown };
  icons: Record<string, string>;
  action: { default_icon: Record<string, string> };
};

/** A package of text files. */
const made = (entries: Record<string, string>): PackageFiles =>
  new Map(
    Object.entries(entries).map(([path, content]) => [path, new TextEncoder().encode(content)]),
  );

describe('the Chrome zip: no remote code', () => {
  it('is Manifest V3, with its background a service worker in the package', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(files.has(manifest.background.service_worker)).toBe(true);
    expect(manifest.background.scripts).toBeUndefined();
  });

  it('evaluates no string as code in any script', () => {
    expect(evaluatedStrings(files)).toEqual([]);
  });

  it('loads no script from anywhere but the package', () => {
    expect(remoteScripts(files)).toEqual([]);
  });

  it("has pages whose scripts are the package's files, none inline, and loads nothing from elsewhere", () => {
    expect(pageProblems(files)).toEqual([]);
  });

  it('keeps the default content security policy, and holds no key Chrome does not read', () => {
    for (const key of ['content_security_policy', 'browser_specific_settings', 'update_url', 'key'])
      expect(manifest).not.toHaveProperty(key);
  });
});

describe('the Chrome zip: permissions and listing', () => {
  it('asks only for permissions, and runs its content script only where, README justifies', () => {
    const justified = justifiedPermissions(readFileSync('README.md', 'utf8'));
    expect([...justified]).toEqual(expect.arrayContaining(['storage', 'https://*/*']));
    expect(unjustifiedPermissions(manifest, justified)).toEqual([]);
  });

  it("has a name and a summary within the store's limits (75 and 132 characters), in each language", () => {
    const locales = [...files.keys()].flatMap(
      (path) => /^_locales\/([^/]+)\/messages\.json$/.exec(path)?.[1] ?? [],
    );
    expect(locales).toContain(manifest.default_locale);
    expect(locales.length).toBeGreaterThan(1);
    for (const locale of locales) {
      const messages = JSON.parse(text(`_locales/${locale}/messages.json`)) as Record<
        string,
        { message: string }
      >;
      const resolve = (value: string) =>
        value.replace(/^__MSG_(\w+)__$/, (_, name: string) => messages[name]!.message);
      expect(resolve(manifest.name).length, locale).toBeLessThanOrEqual(75);
      expect(resolve(manifest.description).length, locale).toBeLessThanOrEqual(132);
    }
  });
});

describe('the Chrome zip: icons', () => {
  it('has the 128-pixel icon the store requires and 16, 32 and 48, each a PNG of its size', () => {
    expect(iconProblems(files, manifest.icons)).toEqual([]);
    expect(
      iconProblems(files, manifest.action.default_icon).filter((p) => !/^no /.test(p)),
    ).toEqual([]);
  });
});

describe('each rule catches what it is for', () => {
  it('a string run as code', () => {
    for (const code of [
      'eval(x)',
      'new Function("a", b)',
      'const f = Function(s)',
      'setTimeout("go()", 1)',
    ])
      expect(evaluatedStrings(made({ 'a.js': code })), code).toHaveLength(1);
    // A property named eval (the polyfill's devtools.inspectedWindow.eval) is no call.
    expect(evaluatedStrings(made({ 'a.js': 'x={inspectedWindow:{eval:{minArgs:1}}}' }))).toEqual(
      [],
    );
  });

  it('code from elsewhere', () => {
    for (const code of [
      'importScripts("x.js")',
      'import "https://cdn.example/x.js"',
      'import x from"//cdn.example/x.js"',
      'await import("https://cdn.example/x.js")',
      'document.createElement("script")',
      'import "./gone.js"',
    ])
      expect(remoteScripts(made({ 'a.js': code })), code).toHaveLength(1);
    expect(remoteScripts(made({ 'a/b.js': 'import"../c.js"', 'c.js': '' }))).toEqual([]);
  });

  it('a page with an inline script, a remote script or a remote style', () => {
    const page = (body: string) => made({ 'p.html': body, 'x.js': '' });
    expect(pageProblems(page('<script src="./x.js"></script>'))).toEqual([]);
    expect(pageProblems(page('<script>alert(1)</script>'))).toEqual(['p.html: an inline script']);
    expect(pageProblems(page('<script src="https://cdn.example/x.js"></script>'))).toHaveLength(2);
    expect(pageProblems(page('<script src="y.js"></script>'))).toEqual([
      'p.html: a script from y.js',
    ]);
    expect(pageProblems(page('<link rel="stylesheet" href="https://cdn.example/a.css">'))).toEqual([
      'p.html: loads https://cdn.example/a.css',
    ]);
  });

  it('a permission or a match README does not justify', () => {
    const justified = justifiedPermissions(
      '# X\n\n## Permissions and privacy\n\n- **`storage`**: why.\n- **On `https://*/*`**: why.\n\n## Next\n\n- **`tabs`**\n',
    );
    expect([...justified]).toEqual(['storage', 'https://*/*']);
    expect(
      unjustifiedPermissions(
        {
          permissions: ['storage', 'tabs'],
          host_permissions: ['<all_urls>'],
          content_scripts: [{ matches: ['https://*/*', 'file:///*'] }],
        },
        justified,
      ),
    ).toEqual(['tabs', '<all_urls>', 'file:///*']);
  });

  it('an icon missing, of the wrong size, or not a PNG', () => {
    const icon = files.get(manifest.icons['16']!)!;
    const icons = new Map([
      ['16.png', icon],
      ['bad.png', new TextEncoder().encode('GIF89a')],
    ]);
    expect(iconProblems(icons, { '16': '16.png', '32': '16.png', '48': 'bad.png' })).toEqual([
      'no 128x128 icon',
      '16.png is 16x16, named as 32x32',
      'bad.png is not a PNG',
    ]);
  });
});
