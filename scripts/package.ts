/**
 * `npm run package` (after `npm run build`, which the npm script runs first): writes
 * dist/sourcelight-chrome-<version>.zip, dist/sourcelight-firefox-<version>.zip and
 * dist/sourcelight-source-<version>.zip (the committed files, for addons.mozilla.org's review).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  PACKAGE_TARGETS,
  extensionZipName,
  packExtension,
  packSource,
  packageVersion,
  sourceZipName,
  uncommittedChanges,
} from './package/package';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'dist' },
  },
});
const dist = resolve(values.dist);
const out = resolve(values.out);
const version = packageVersion();
mkdirSync(out, { recursive: true });

const written: [string, Uint8Array][] = [
  ...PACKAGE_TARGETS.map((target): [string, Uint8Array] => [
    extensionZipName(target, version),
    packExtension(join(dist, target)),
  ]),
  [sourceZipName(version), packSource()],
];
for (const [name, zip] of written) {
  writeFileSync(join(out, name), zip);
  console.log(`${join(values.out, name)}  ${(zip.length / 1024).toFixed(1)} kB`);
}
const changes = uncommittedChanges();
if (changes.length > 0)
  console.warn(
    `Note: the source archive holds the last commit; the work tree has ${changes.length} uncommitted change(s). Commit before packaging a release.`,
  );
