/** Reads an evaluation corpus: every *.txt under a folder, the page body after the first blank line. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CorpusPage {
  /** Path relative to the corpus folder, with forward slashes. */
  readonly path: string;
  readonly body: string;
}

export interface PageLabel {
  readonly lang: string;
  readonly url?: string;
  /** The events the page is about; none where it is about another matter. */
  readonly events: readonly string[];
  readonly people: readonly string[];
  /** The key claims it carries: quoted whole, near-verbatim or translated. */
  readonly claims: readonly string[];
  /** The key claims it only paraphrases or quotes in fragments: found or not, both fine. */
  readonly optional: readonly string[];
}

/** A key claim of the corpus: one the dataset must hold under this id. */
export interface KeyClaim {
  readonly event: string;
  readonly speaker: string;
}

export interface Labels {
  readonly events: ReadonlyMap<string, { readonly title: string; readonly date: string }>;
  readonly keyClaims: ReadonlyMap<string, KeyClaim>;
  readonly pages: ReadonlyMap<string, PageLabel>;
}

function listTextFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTextFiles(path);
    return entry.name.endsWith('.txt') ? [path] : [];
  });
}

export function readCorpus(dir: string): CorpusPage[] {
  return listTextFiles(dir)
    .sort()
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const blank = text.search(/\r?\n\r?\n/);
      const body = blank === -1 ? text : text.slice(blank).replace(/^\r?\n\r?\n/, '');
      return { path: relative(dir, file).split('\\').join('/'), body };
    });
}

interface LabelsFile {
  events?: Record<string, { title: string; date: string }>;
  claim_ids?: Record<string, KeyClaim>;
  pages: Record<string, Partial<PageLabel> & { lang: string }>;
}

/** labels.json (corpus README), where the corpus has one; lists a page leaves out are empty. */
export function readLabels(dir: string): Labels | null {
  const file = join(dir, 'labels.json');
  if (!existsSync(file)) return null;
  const labels = JSON.parse(readFileSync(file, 'utf8')) as LabelsFile;
  const pages = Object.entries(labels.pages).map(([path, page]): [string, PageLabel] => [
    path,
    {
      ...page,
      events: page.events ?? [],
      people: page.people ?? [],
      claims: page.claims ?? [],
      optional: page.optional ?? [],
    },
  ]);
  return {
    events: new Map(Object.entries(labels.events ?? {})),
    keyClaims: new Map(Object.entries(labels.claim_ids ?? {})),
    pages: new Map(pages),
  };
}
