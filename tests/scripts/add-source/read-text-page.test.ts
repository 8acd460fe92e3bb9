import { describe, expect, it } from 'vitest';
import { readTextPage } from '../../../scripts/add-source/read-text-page';

const page = (title: string, date: string) =>
  `url: https://example.org/a\ntitle: ${title}\noutlet: Example\ndate: ${date}\n\nFirst line.\nSecond line.\n`;

describe('a corpus-style page', () => {
  it('reads the header and the text after the blank line', () => {
    expect(readTextPage(page('A headline', '2025-10-20'))).toEqual({
      text: 'First line.\nSecond line.\n',
      url: 'https://example.org/a',
      title: 'A headline',
      titleFromUrl: false,
      outlet: 'Example',
      published: '2025-10-20',
      language: null,
    });
  });

  it('marks a title read off the URL slug', () => {
    const read = readTextPage(page('[from URL slug] us touts new gaza', '2026-01-22'));
    expect(read).toMatchObject({ title: 'us touts new gaza', titleFromUrl: true });
  });

  it('takes "(none)" for no title and "unknown" for no date', () => {
    expect(readTextPage(page('(none)', 'unknown'))).toMatchObject({
      title: null,
      titleFromUrl: false,
      published: null,
    });
  });
});
