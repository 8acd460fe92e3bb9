/** Reads a saved page, `.txt` in the corpus format or `.html`, by its file name's ending. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readHtmlPage } from './read-html-page.ts';
import { readTextPage } from './read-text-page.ts';
import type { SavedPage } from './saved-page.ts';

export function readPage(path: string): SavedPage {
  const content = readFileSync(path, 'utf8');
  const ending = extname(path).toLowerCase();
  if (ending === '.txt') return readTextPage(content);
  if (ending === '.html' || ending === '.htm') return readHtmlPage(content);
  throw new Error(`${path}: expected a .txt page in the corpus format or an .html page`);
}
