/**
 * The reader's settings (the options page): sites where Sourcelight pauses, the people it
 * watches, and how highlights look. Read on every page by the content script, so validated
 * here by hand, without a library: anything malformed falls back to the default.
 */
export type HighlightStyle = 'marker' | 'underline';

export interface Settings {
  /** Host names where Sourcelight does nothing; "example.com" covers its subdomains too. */
  readonly pausedSites: readonly string[];
  /** The watched people to look for; null for all of them. */
  readonly people: readonly string[] | null;
  readonly highlightStyle: HighlightStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  pausedSites: [],
  people: null,
  highlightStyle: 'marker',
};

/** The storage key the settings live under. */
export const SETTINGS_KEY = 'settings';

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= 1000 &&
  value.every((item) => typeof item === 'string' && item.length <= 253);

/** A host name as the reader might type it ("https://www.Example.com/page") reduced to "www.example.com". */
export function normalizeSite(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/:?#].*$/, '')
    .replace(/\.$/, '');
}

export function parseSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  return {
    pausedSites: isStringList(value.pausedSites)
      ? value.pausedSites.map(normalizeSite).filter((site) => site !== '')
      : DEFAULT_SETTINGS.pausedSites,
    people:
      value.people === null || isStringList(value.people)
        ? (value.people as string[] | null)
        : DEFAULT_SETTINGS.people,
    highlightStyle:
      value.highlightStyle === 'marker' || value.highlightStyle === 'underline'
        ? value.highlightStyle
        : DEFAULT_SETTINGS.highlightStyle,
  };
}

export function isPaused(settings: Settings, hostname: string): boolean {
  const host = normalizeSite(hostname);
  return settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The people to look for on pages, as the reader chose them. */
export function watchedPeople<T extends { id: string }>(
  people: readonly T[],
  settings: Settings,
): T[] {
  return settings.people === null
    ? [...people]
    : people.filter((p) => settings.people!.includes(p.id));
}
