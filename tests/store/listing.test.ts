/**
 * The store listings (store/): a folder for each language of the interface, each with the
 * texts both stores ask for, within their limits, saying what the manifest asks for, and
 * translating all of the English listing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LISTING = [
  'short-description.txt',
  'description.txt',
  'single-purpose.txt',
  'permissions.txt',
];
const locales = readdirSync('public/_locales');
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  permissions: string[];
  content_scripts: { matches: string[] }[];
};
const read = (locale: string, file: string) =>
  readFileSync(join('store', locale, file), 'utf8').trim();

describe('store/', () => {
  it('has a listing for each language of the interface, and for no other', () => {
    expect(
      readdirSync('store', { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort(),
    ).toEqual([...locales].sort());
  });

  describe.each(locales)('store/%s', (locale) => {
    it('holds every text the stores ask for', () => {
      expect(LISTING.filter((file) => !existsSync(join('store', locale, file)))).toEqual([]);
      for (const file of LISTING) expect(read(locale, file), file).not.toBe('');
    });

    it("has a summary of at most 132 characters: the manifest's description, word for word", () => {
      const messages = JSON.parse(
        readFileSync(join('public/_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      const summary = read(locale, 'short-description.txt');
      expect(summary.length).toBeLessThanOrEqual(132);
      expect(summary).toBe(messages.extensionDescription!.message);
    });

    it('has a description within 16,000 characters and a single purpose within 1,000', () => {
      expect(read(locale, 'description.txt').length).toBeLessThanOrEqual(16_000);
      expect(read(locale, 'single-purpose.txt').length).toBeLessThanOrEqual(1_000);
    });

    it("follows the English listing's shape: its paragraphs and bullets, none left out", () => {
      const shape = (text: string) =>
        text.split(/\n\s*\n/).map((paragraph) => paragraph.split('\n•').length);
      for (const file of LISTING)
        expect(shape(read(locale, file)), file).toEqual(shape(read('en', file)));
    });

    it('justifies each permission of the manifest and each host its content script runs on', () => {
      const justifications = read(locale, 'permissions.txt');
      const paragraphs = justifications.split(/\n\s*\n/);
      for (const permission of manifest.permissions)
        expect(
          paragraphs.some((p) => p.startsWith(`${permission}:`)),
          permission,
        ).toBe(true);
      for (const match of manifest.content_scripts.flatMap((script) => script.matches))
        expect(justifications).toContain(match);
    });
  });
});
