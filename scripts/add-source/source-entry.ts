/**
 * The source entry a saved page proposes for data/sources.json: what the page says about itself,
 * with the maintainer's flags taking precedence, and an id made of the outlet and the title.
 */
import slugify from '@sindresorhus/slugify';
import type * as v from 'valibot';
import type { SourceSchema } from '../dataset/schema.ts';
import type { SavedPage } from './saved-page.ts';

export type SourceEntry = v.InferInput<typeof SourceSchema>;

/** What the maintainer says on the command line; it overrides what the page says. */
export interface Overrides {
  readonly id?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly date?: string;
  readonly lang?: string;
  readonly kind?: SourceEntry['kind'];
}

/** Words an id does without. */
const STOP_WORDS = new Set(
  'a an the of and or to in on at for with by from as is are was were be its his her their'.split(
    ' ',
  ),
);
const TITLE_WORDS = 4;

/** "Dnevnik.hr (Nova TV)" → "dnevnik", "Il Tempo" → "iltempo", "The Daily Ledger" → "dailyledger". */
export function outletSlug(outlet: string): string {
  const name = outlet
    .replace(/\(.*?\)/g, '')
    .replace(/^\s*the\s+/i, '')
    .replace(/^www\./i, '')
    .split('.')[0]!;
  return slugify(name).replace(/-/g, '');
}

/** The first few words of a title (or a URL's last path segment) that say something. */
function wordsSlug(text: string): string {
  return slugify(text)
    .split('-')
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .slice(0, TITLE_WORDS)
    .join('-');
}

function urlSlug(url: string | null): string {
  if (url === null) return '';
  try {
    const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
    return wordsSlug(decodeURIComponent(segments.at(-1) ?? '').replace(/\.[a-z]+$/i, ''));
  } catch {
    return '';
  }
}

/** An id from the outlet and the title (or the URL), not one of `taken`. */
export function proposeId(
  outlet: string | null,
  title: string | null,
  url: string | null,
  taken: ReadonlySet<string>,
): string {
  const parts = [outlet === null ? '' : outletSlug(outlet), wordsSlug(title ?? '') || urlSlug(url)];
  const id = parts.filter((p) => p !== '').join('-') || 'source';
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  return free;
}

/** The host of a URL without "www.", the outlet a page that names none is proposed under. */
function hostOf(url: string | null): string | null {
  try {
    return url === null ? null : new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function proposeSourceEntry(
  page: SavedPage,
  overrides: Overrides,
  takenIds: ReadonlySet<string>,
): { entry: SourceEntry; missing: string[] } {
  const url = overrides.url ?? page.url;
  const outlet = overrides.outlet ?? page.outlet ?? hostOf(url);
  const language = overrides.lang ?? page.language;
  const entry: SourceEntry = {
    id: overrides.id ?? proposeId(outlet, page.title, url, takenIds),
    outlet: outlet ?? '',
    url: url ?? '',
    title: page.title,
    published: overrides.date ?? page.published,
    language: language ?? '',
    kind: overrides.kind ?? 'report',
    copyOf: null,
    ...(page.titleFromUrl ? { titleFromUrl: true } : {}),
  };
  const missing = [
    ...(url === null ? ['url (pass --url)'] : []),
    ...(outlet === null ? ['outlet (pass --outlet)'] : []),
    ...(language === null ? ['language (pass --lang)'] : []),
  ];
  return { entry, missing };
}
