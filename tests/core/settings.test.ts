import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isPaused,
  normalizeSite,
  parseSettings,
  watchedPeople,
} from '../../src/core/settings';

describe('parseSettings', () => {
  it('reads valid settings, normalising the sites', () => {
    expect(
      parseSettings({
        pausedSites: ['https://www.Example.com/news', 'blog.test.'],
        people: ['witkoff'],
        highlightStyle: 'underline',
      }),
    ).toEqual({
      pausedSites: ['www.example.com', 'blog.test'],
      people: ['witkoff'],
      highlightStyle: 'underline',
    });
  });

  it('falls back to the default for anything malformed', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('settings')).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({ pausedSites: 'example.com', people: [1], highlightStyle: 'neon' }),
    ).toEqual(DEFAULT_SETTINGS);
  });
});

describe('isPaused', () => {
  const settings = parseSettings({ pausedSites: ['example.com'] });

  it('pauses a site and its subdomains, nothing else', () => {
    expect(isPaused(settings, 'example.com')).toBe(true);
    expect(isPaused(settings, 'news.example.com')).toBe(true);
    expect(isPaused(settings, 'notexample.com')).toBe(false);
    expect(isPaused(DEFAULT_SETTINGS, 'example.com')).toBe(false);
  });
});

describe('watchedPeople', () => {
  const people = [{ id: 'witkoff' }, { id: 'kushner' }, { id: 'al-hayya' }];

  it('keeps everyone by default, or the people chosen', () => {
    expect(watchedPeople(people, DEFAULT_SETTINGS)).toEqual(people);
    expect(watchedPeople(people, parseSettings({ people: ['kushner'] }))).toEqual([
      { id: 'kushner' },
    ]);
  });
});

describe('normalizeSite', () => {
  it('reduces what a reader types to a host name', () => {
    expect(normalizeSite('  HTTP://Example.com:8080/path?q ')).toBe('example.com');
  });
});
