/**
 * What `npm run package` writes: each built extension as the zip its store takes, and the
 * source archive addons.mozilla.org asks of an extension whose code is bundled and minified.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deterministicZip, type ZipEntry } from './zip';

export type PackageTarget = 'chrome' | 'firefox';
export const PACKAGE_TARGETS: readonly PackageTarget[] = ['chrome', 'firefox'];

/** The version, from its one source: package.json (the build writes it into both manifests). */
export function packageVersion(root = '.'): string {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  if (typeof version !== 'string' || !/^\d+(?:\.\d+){0,3}$/.test(version))
    throw new Error(
      `package.json's version ${JSON.stringify(version)} is not one both stores take (1 to 4 dot-separated numbers)`,
    );
  return version;
}

export const extensionZipName = (target: PackageTarget, version: string) =>
  `sourcelight-${target}-${version}.zip`;
export const sourceZipName = (version: string) => `sourcelight-source-${version}.zip`;

/** Every file under `dir`, by its path inside it (with `/`). */
export function filesUnder(dir: string, prefix = ''): ZipEntry[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(dir, path);
    if (!entry.isFile()) throw new Error(`${join(dir, path)} is neither a file nor a folder`);
    return [{ path, data: readFileSync(join(dir, path)) }];
  });
}

/** A built extension (dist/chrome, dist/firefox) as its store's zip: manifest.json at the root. */
export function packExtension(dir: string): Uint8Array {
  const files = filesUnder(dir);
  if (!files.some((file) => file.path === 'manifest.json'))
    throw new Error(`${dir} has no manifest.json: run \`npm run build\` first`);
  return deterministicZip(files);
}

/**
 * The files of a commit (HEAD by default) as git holds them, read from git, not from the work
 * tree: the archive is exactly what the commit builds from, whatever is edited or left about.
 */
export function committedFiles(root = '.', commit = 'HEAD'): ZipEntry[] {
  const git = (args: string[], input?: string) =>
    execFileSync('git', args, { cwd: root, input, maxBuffer: 1 << 30 });
  const listed = git(['ls-tree', '-r', '-z', commit])
    .toString('utf8')
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(line);
      if (match === null) throw new Error(`git ls-tree: cannot read ${JSON.stringify(line)}`);
      const [, mode, type, object, path] = match;
      if (type !== 'blob' || (mode !== '100644' && mode !== '100755'))
        throw new Error(`${path}: a ${type} of mode ${mode}; the source archive takes files only`);
      return { path: path!, object: object!, executable: mode === '100755' };
    });
  const blobs = git(['cat-file', '--batch'], listed.map((file) => `${file.object}\n`).join(''));
  let at = 0;
  return listed.map((file) => {
    const headerEnd = blobs.indexOf(0x0a, at);
    const header = blobs.subarray(at, headerEnd).toString('utf8');
    const size = Number(/^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1] ?? NaN);
    if (!header.startsWith(file.object) || Number.isNaN(size))
      throw new Error(`git cat-file: unexpected ${JSON.stringify(header)} for ${file.path}`);
    const data = blobs.subarray(headerEnd + 1, headerEnd + 1 + size);
    at = headerEnd + 1 + size + 1;
    return { path: file.path, data, executable: file.executable };
  });
}

/** The source archive for AMO's reviewers: the committed files, SOURCE-BUILD.md among them. */
export function packSource(root = '.', commit = 'HEAD'): Uint8Array {
  const files = committedFiles(root, commit);
  if (!files.some((file) => file.path === 'SOURCE-BUILD.md'))
    throw new Error('the source archive needs SOURCE-BUILD.md (the build steps for reviewers)');
  return deterministicZip(files);
}

/** What the work tree holds that the commit does not (the source archive leaves it out). */
export function uncommittedChanges(root = '.'): string[] {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=normal'], { cwd: root })
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}
