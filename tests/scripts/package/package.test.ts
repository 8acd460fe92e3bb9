/**
 * What `npm run package` writes (npm test packages before it runs the tests): the two stores'
 * zips and the source archive, their version, their contents, and that a second build of the
 * same commit packs to the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PACKAGE_TARGETS,
  committedFiles,
  extensionZipName,
  filesUnder,
  packExtension,
  packSource,
  packageVersion,
} from '../../../scripts/package/package';
import { readZip } from '../../../scripts/package/zip';

const version = packageVersion();

function packaged(name: string): Uint8Array {
  const path = join('dist', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run package\` first.`);
  return readFileSync(path);
}

const manifestIn = (files: Map<string, Uint8Array>) =>
  JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as Record<string, unknown>;

describe('the version', () => {
  it('is written once, in package.json: manifest.json has none', () => {
    expect(JSON.parse(readFileSync('manifest.json', 'utf8'))).not.toHaveProperty('version');
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(PACKAGE_TARGETS)(
    "is package.json's in the %s build, its zip and the zip's name",
    (target) => {
      const built = JSON.parse(readFileSync(join('dist', target, 'manifest.json'), 'utf8')) as {
        version: string;
      };
      expect(built.version).toBe(version);
      expect(manifestIn(readZip(packaged(extensionZipName(target, version)))).version).toBe(
        version,
      );
    },
  );
});

describe.each(PACKAGE_TARGETS)('the %s zip', (target) => {
  it('holds exactly the build, manifest.json at its root', () => {
    const zipped = readZip(packaged(extensionZipName(target, version)));
    const built = filesUnder(join('dist', target));
    expect([...zipped.keys()]).toEqual(built.map((file) => file.path).sort());
    for (const file of built)
      expect(Buffer.from(zipped.get(file.path)!).equals(Buffer.from(file.data)), file.path).toBe(
        true,
      );
  });
});

describe('two builds of the same commit', () => {
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'sourcelight-build-')));
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('pack to the same bytes', { timeout: 120_000 }, () => {
    const zips = dirs.map((dir) =>
      PACKAGE_TARGETS.map((target) => {
        const outDir = join(dir, target);
        execFileSync(
          process.execPath,
          ['node_modules/vite/bin/vite.js', 'build', '--mode', target, '--outDir', outDir],
          { stdio: 'pipe' },
        );
        return Buffer.from(packExtension(outDir));
      }),
    );
    for (const [index, target] of PACKAGE_TARGETS.entries())
      expect(zips[1]![index]!.equals(zips[0]![index]!), target).toBe(true);
  });
});

describe('the source archive', () => {
  const source = readZip(packaged(`sourcelight-source-${version}.zip`));

  it("holds the commit's files, as git holds them, and nothing built or installed", () => {
    const listed = execFileSync('git', ['ls-tree', '-r', '-z', '--name-only', 'HEAD'])
      .toString('utf8')
      .split('\0')
      .filter((path) => path !== '')
      .sort();
    // Another list: the archive was made before the last commit (run `npm run package` again).
    expect([...source.keys()], 'the archive is of another commit: run `npm run package`').toEqual(
      listed,
    );
    for (const file of committedFiles())
      expect(Buffer.from(source.get(file.path)!).equals(Buffer.from(file.data)), file.path).toBe(
        true,
      );
    expect([...source.keys()].filter((path) => /^(?:dist|node_modules)\//.test(path))).toEqual([]);
  });

  it("tells AMO's reviewers how to build it: Node's version, npm ci, npm run build, the output", () => {
    const steps = new TextDecoder().decode(source.get('SOURCE-BUILD.md'));
    const { engines } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      engines: { node: string };
    };
    expect(steps).toContain(`Node.js ${engines.node.replace(/^>=/, '')} or newer`);
    for (const step of ['npm ci', 'npm run build', 'dist/firefox/']) expect(steps).toContain(step);
    expect(source.has('package-lock.json')).toBe(true);
  });

  it('is the same bytes each time it is made', () => {
    expect(Buffer.from(packSource()).equals(Buffer.from(packSource()))).toBe(true);
  });
});
