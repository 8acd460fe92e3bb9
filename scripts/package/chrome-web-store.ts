/**
 * The Chrome Web Store's rules for a Manifest V3 package that can be checked offline, as
 * functions over the package's files (path → bytes): each returns what breaks a rule, one line
 * per problem, and nothing for a package that keeps it. tests/scripts/package/ holds the
 * Chrome zip to them.
 */

export type PackageFiles = ReadonlyMap<string, Uint8Array>;

const decoder = new TextDecoder();
const textOf = (files: PackageFiles, path: string) => decoder.decode(files.get(path));

/** A URL with a scheme or protocol-relative (`https://…`, `//…`, `data:…`): not the package's. */
const ELSEWHERE = /^(?:[a-z][\w+.-]*:|\/\/)/i;

/** `path` resolved against the package file `from` (`../a.js` from `src/b.html`: `a.js`). */
const inPackage = (path: string, from: string) =>
  new URL(path, `https://package/${from}`).pathname.slice(1);

/** Strings run as code. */
const EVALUATION: Record<string, RegExp> = {
  eval: /\beval\s*\(/,
  // `new Function(…)` and `Function(…)` alike.
  'the Function constructor': /(?<![\w$.])Function\s*\(/,
  'a timer given a string': /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
};

/** Code loaded from outside the package. */
const REMOTE_LOADING: Record<string, RegExp> = {
  importScripts: /\bimportScripts\s*\(/,
  'a remote import': /\b(?:import|from)\s*\(?\s*["'`](?:[a-z][\w+.-]*:)?\/\//i,
  'a script element made': /createElement(?:NS)?\s*\([^)]*["'`]script["'`]\s*\)/,
};

function matches(files: PackageFiles, path: string, patterns: Record<string, RegExp>): string[] {
  const code = textOf(files, path);
  return Object.entries(patterns).flatMap(([what, pattern]) => {
    const found = pattern.exec(code);
    if (found === null) return [];
    const context = code.slice(Math.max(0, found.index - 30), found.index + 50);
    return [`${path}: ${what}: …${context}…`];
  });
}

const scriptsOf = (files: PackageFiles) =>
  [...files.keys()].filter((path) => /\.(?:js|mjs)$/.test(path));

/** No script evaluates a string as code. */
export function evaluatedStrings(files: PackageFiles): string[] {
  return scriptsOf(files).flatMap((path) => matches(files, path, EVALUATION));
}

/** No script loads code from elsewhere, and every module a script imports is in the package. */
export function remoteScripts(files: PackageFiles): string[] {
  return scriptsOf(files).flatMap((path) => [
    ...matches(files, path, REMOTE_LOADING),
    ...[...textOf(files, path).matchAll(/\b(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)]
      .map((m) => inPackage(m[1]!, path))
      .filter((imported) => !files.has(imported))
      .map((imported) => `${path}: imports ${imported}, which the package does not hold`),
  ]);
}

/** Each page's scripts are package files (none inline), and nothing is loaded from elsewhere. */
export function pageProblems(files: PackageFiles): string[] {
  return [...files.keys()]
    .filter((path) => path.endsWith('.html'))
    .flatMap((path) => {
      const html = textOf(files, path);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].flatMap(
        ([, attributes, body]) => {
          const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes!)?.[1];
          if (src === undefined || body!.trim() !== '') return [`${path}: an inline script`];
          if (ELSEWHERE.test(src) || !files.has(inPackage(src, path)))
            return [`${path}: a script from ${src}`];
          return [];
        },
      );
      const loads = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)]
        .map((m) => m[1]!)
        .filter((url) => ELSEWHERE.test(url))
        .map((url) => `${path}: loads ${url}`);
      return [...scripts, ...loads];
    });
}

/**
 * What README's "Permissions and privacy" justifies: the backticked names in the bold lead of
 * each of its items (`**\`storage\`**`, `**Content script on \`https://*\/*\`**`).
 */
export function justifiedPermissions(readme: string): Set<string> {
  const section = /^## Permissions and privacy\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "## Permissions and privacy"');
  const leads = [...section.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]!);
  return new Set(leads.flatMap((lead) => [...lead.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
}

export interface PermissionsOf {
  readonly permissions?: readonly string[];
  readonly host_permissions?: readonly string[];
  readonly optional_permissions?: readonly string[];
  readonly optional_host_permissions?: readonly string[];
  readonly content_scripts?: readonly { readonly matches: readonly string[] }[];
}

/** Every permission, host and content script match the manifest asks for, that `justified` lacks. */
export function unjustifiedPermissions(manifest: PermissionsOf, justified: Set<string>): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
  ].filter((asked) => !justified.has(asked));
}

/** A PNG's width and height, read from its IHDR chunk; null for anything else. */
export function pngSize(data: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 24 || !signature.every((byte, i) => data[i] === byte)) return null;
  if (decoder.decode(data.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Sizes the store asks for: 128 to list the extension; 16, 32 and 48 for Chrome's own use. */
export const ICON_SIZES = ['16', '32', '48', '128'] as const;

/** Each size missing from `icons`, and each named icon that is not a PNG of its size. */
export function iconProblems(files: PackageFiles, icons: Record<string, string>): string[] {
  const missing = ICON_SIZES.filter((size) => icons[size] === undefined).map(
    (size) => `no ${size}x${size} icon`,
  );
  const wrong = Object.entries(icons).flatMap(([size, path]) => {
    const data = files.get(path);
    if (data === undefined) return [`${path} (${size}) is not in the package`];
    const found = pngSize(data);
    if (found === null) return [`${path} is not a PNG`];
    return found.width === Number(size) && found.height === Number(size)
      ? []
      : [`${path} is ${found.width}x${found.height}, named as ${size}x${size}`];
  });
  return [...missing, ...wrong];
}
