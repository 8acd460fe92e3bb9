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
  readonly people: readonly string[];
  readonly claims: readonly string[];
  readonly optional: readonly string[];
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

/** labels.json's pages, where the corpus has one. */
export function readLabels(dir: string): Map<string, PageLabel> | null {
  const file = join(dir, 'labels.json');
  if (!existsSync(file)) return null;
  const pages = (JSON.parse(readFileSync(file, 'utf8')) as { pages: Record<string, PageLabel> })
    .pages;
  return new Map(Object.entries(pages));
}
