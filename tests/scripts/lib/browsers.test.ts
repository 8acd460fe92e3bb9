import { describe, expect, it } from 'vitest';
import { executableFor, MissingBrowserError } from '../../../scripts/lib/browsers';

describe('executableFor', () => {
  it('fails with the command that installs a missing browser', () => {
    expect(() => executableFor('firefox', () => false)).toThrow(MissingBrowserError);
    expect(() => executableFor('firefox', () => false)).toThrow(
      /apt-get install -y firefox-esr fonts-dejavu-core/,
    );
    expect(() => executableFor('chromium', () => false)).toThrow(/apt-get install -y chromium /);
  });

  it("returns Debian's browser binaries where they are installed", () => {
    expect(executableFor('chromium', () => true)).toBe('/usr/lib/chromium/chromium');
    expect(executableFor('firefox', () => true)).toBe('/usr/bin/firefox-esr');
  });
});
