import { describe, expect, it } from 'vitest';
import {
  checkLocalePack,
  executableFor,
  MissingBrowserError,
  MissingLocaleError,
} from '../../../scripts/lib/browsers';

describe('executableFor', () => {
  it('fails with the command that installs a missing browser', () => {
    expect(() => executableFor('firefox', () => false)).toThrow(MissingBrowserError);
    expect(() => executableFor('firefox', () => false)).toThrow(
      /apt-get install -y firefox-esr fonts-dejavu-core fonts-wqy-microhei fonts-lohit-deva/,
    );
    expect(() => executableFor('chromium', () => false)).toThrow(/apt-get install -y chromium /);
  });

  it("returns Debian's browser binaries where they are installed", () => {
    expect(executableFor('chromium', () => true)).toBe('/usr/lib/chromium/chromium');
    expect(executableFor('firefox', () => true)).toBe('/usr/bin/firefox-esr');
  });
});

describe('checkLocalePack', () => {
  it("fails with the Debian package that holds a browser's interface in a language", () => {
    expect(() => checkLocalePack('chromium', 'ar', () => false)).toThrow(MissingLocaleError);
    expect(() => checkLocalePack('chromium', 'ar', () => false)).toThrow(
      /apt-get install -y chromium-l10n$/,
    );
    expect(() => checkLocalePack('firefox', 'ru', () => false)).toThrow(
      /apt-get install -y firefox-esr-l10n-ru$/,
    );
  });

  it('looks where Debian puts the language packs', () => {
    const looked: string[] = [];
    const exists = (path: string) => looked.push(path) > 0;
    checkLocalePack('chromium', 'ar', exists);
    checkLocalePack('firefox', 'ar', exists);
    expect(looked).toEqual([
      '/usr/lib/chromium/locales/ar.pak',
      '/usr/lib/firefox-esr/browser/extensions/langpack-ar@firefox-esr.mozilla.org.xpi',
    ]);
  });
});
