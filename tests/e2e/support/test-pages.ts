/**
 * The pages the e2e tests serve, in a temporary folder: the team's fixture pages; the two seed
 * articles, made at test time from ../shared/seeds (the repository keeps no article bodies);
 * and the matching cases of tests/fixtures/matching-cases.ts as one news page.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MATCHING_CASES } from '../../fixtures/matching-cases';
import { writeHostilePages } from './hostile-pages';

export const SEEDS = {
  '000': { file: '000_b23aa22bd236c092.txt', page: 'seed-000.html' },
  '002': { file: '002_817fcf1168404129.txt', page: 'seed-002.html' },
} as const;

const SEEDS_DIR = resolve('../shared/seeds');

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain news page: the first line as the headline, every other line a paragraph. */
function articleHtml(text: string): string {
  const [headline = '', ...paragraphs] = text.split('\n').filter((line) => line.trim() !== '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(headline)}</title>
<style>body{max-width:720px;margin:0 auto;padding:24px;font:18px/1.6 Georgia,'DejaVu Serif',serif;color:#1b1b1b;background:#fff}h1{font-size:30px;line-height:1.2}</style>
</head><body><article><h1>${escape(headline)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></body></html>`;
}

export const MATCHING_PAGE = 'matching-cases.html';

/** Every case a paragraph of one page, in order: what the matcher must find in a real browser. */
function matchingCasesHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>How outlets printed the interview</title>
<style>body{max-width:760px;margin:0 auto;padding:24px;font:17px/1.6 Georgia,'DejaVu Serif',serif}</style>
</head><body><article><h1>How outlets printed the interview</h1>
${MATCHING_CASES.map((c) => `<p dir="auto">${escape(c.text)}</p>`).join('\n')}
</article></body></html>`;
}

/** A folder with every test page; fails with a clear message without shared/. */
export function testPages(deepNesting: number): string {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(
      `${SEEDS_DIR} is missing: the seed-article tests read the seeds from ../shared/seeds beside the repository.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-pages-'));
  cpSync(resolve('tests/fixtures/pages'), dir, { recursive: true });
  for (const seed of Object.values(SEEDS)) {
    writeFileSync(
      join(dir, seed.page),
      articleHtml(readFileSync(join(SEEDS_DIR, seed.file), 'utf8')),
    );
  }
  writeFileSync(join(dir, MATCHING_PAGE), matchingCasesHtml());
  writeHostilePages(dir, deepNesting);
  return dir;
}
