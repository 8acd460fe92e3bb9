/**
 * Mozilla's linter, as addons.mozilla.org runs it on upload, on the Firefox zip as uploaded
 * (unpacked): no error, no warning, no notice. See README's "Releasing" for the two warnings
 * it once gave and how each was resolved.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeMessages, lintFirefox } from '../../../scripts/package/firefox-lint';
import { extensionZipName, packageVersion } from '../../../scripts/package/package';
import { extractZip } from '../../../scripts/package/zip';

describe('web-ext lint on the Firefox zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-firefox-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports 0 errors, 0 warnings and 0 notices', { timeout: 60_000 }, async () => {
    const zip = join('dist', extensionZipName('firefox', packageVersion()));
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run package\` first.`);
    extractZip(readFileSync(zip), dir);
    const report = await lintFirefox(dir);
    expect(describeMessages(report.errors), 'errors').toEqual([]);
    expect(describeMessages(report.warnings), 'warnings').toEqual([]);
    expect(describeMessages(report.notices), 'notices').toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });
});
