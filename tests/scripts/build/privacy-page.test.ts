import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePrivacyMarkdown, privacyTexts } from '../../../scripts/build/privacy-page';
import type { Block, Inline } from '../../../src/privacy/document';

const markdown = readFileSync('PRIVACY.md', 'utf8');
const inlineText = (inlines: readonly Inline[]) => inlines.map((i) => i.text).join('');
const blockText = (block: Block) =>
  block.kind === 'ul' ? block.items.map(inlineText).join(' ') : inlineText(block.inlines);

describe('PRIVACY.md as the privacy page reads it', () => {
  const blocks = parsePrivacyMarkdown(markdown);

  it('loses no word of the file', () => {
    const plain = (text: string) =>
      text
        .replace(/\*\*|`/g, '')
        .replace(/^(?:#+|-) /gm, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(blocks.map(blockText).join(' ')).toBe(plain(markdown));
  });

  it('says what Sourcelight reads, keeps and sends', () => {
    const headings = blocks.filter((b) => b.kind === 'h2').map(blockText);
    expect(headings).toEqual(
      expect.arrayContaining(['What it reads', 'What it keeps', 'What it sends']),
    );
    const text = blocks.map(blockText).join(' ');
    expect(text).toContain('Sourcelight makes no network request');
    expect(text).toContain('storage.local');
    expect(text).toContain('storage.session');
  });

  it('keeps bold and code apart from plain text', () => {
    const list = blocks.find((b) => b.kind === 'ul');
    expect(list?.kind === 'ul' && list.items[0]![0]).toEqual({
      text: 'The web pages you open',
      strong: true,
    });
  });
});

/** What a translation must keep of the policy: its blocks, each list's items, bold and code. */
function shape(blocks: readonly Block[]) {
  const inlines = (items: readonly Inline[]) => ({
    strong: items.filter((i) => i.strong).length,
    code: items.filter((i) => i.code).map((i) => i.text),
  });
  return blocks.map((block) =>
    block.kind === 'ul'
      ? { kind: block.kind, items: block.items.map(inlines) }
      : { kind: block.kind, ...inlines(block.inlines) },
  );
}

describe('the translations of PRIVACY.md (privacy/)', () => {
  const texts = privacyTexts();
  const translations = Object.keys(texts).filter((language) => language !== 'en');

  it('are one for each language of the interface', () => {
    const locales = readdirSync('public/_locales').filter((locale) => locale !== 'en');
    expect(translations.sort()).toEqual(locales.sort());
  });

  describe.each(translations)('privacy/%s.md', (language) => {
    const blocks = parsePrivacyMarkdown(texts[language]!, `privacy/${language}.md`);

    it('says all the English says, block for block, with its bold and code, and its date', () => {
      const english = parsePrivacyMarkdown(markdown);
      expect(shape(blocks.slice(0, english.length))).toEqual(shape(english));
      // The block that says when the text last changed gives the same year (in Persian, its digits).
      const dated = english.findIndex((block) => blockText(block).includes('Last changed'));
      const year = /Last changed: .*?(\d{4})/.exec(blockText(english[dated]!))![1]!;
      const persian = Number(year).toLocaleString('fa', { useGrouping: false });
      expect(blockText(blocks[dated]!)).toMatch(new RegExp(`${year}|${persian}`));
    });

    it('ends saying it is a translation of PRIVACY.md, which is the reference', () => {
      const english = parsePrivacyMarkdown(markdown);
      expect(blocks).toHaveLength(english.length + 1);
      expect(blocks.at(-1)?.kind).toBe('p');
      expect(blockText(blocks.at(-1)!)).toContain('PRIVACY.md');
    });
  });
});

describe('parsePrivacyMarkdown', () => {
  it('reads headings, paragraphs over several lines, and list items with their continuations', () => {
    expect(
      parsePrivacyMarkdown(
        '# Title\n\nOne\nparagraph.\n\n## Part\n\n- **A** item\n  goes on\n- `b`\n',
      ),
    ).toEqual([
      { kind: 'h1', inlines: [{ text: 'Title' }] },
      { kind: 'p', inlines: [{ text: 'One paragraph.' }] },
      { kind: 'h2', inlines: [{ text: 'Part' }] },
      {
        kind: 'ul',
        items: [
          [{ text: 'A', strong: true }, { text: ' item goes on' }],
          [{ text: 'b', code: true }],
        ],
      },
    ]);
  });

  it.each([
    ['# T\n\nSee [the README](README.md).', /line 3: "\[" is Markdown/],
    ['# T\n\n### Deeper', /line 3: a block/],
    ['# T\n\n1. First', /line 3: a block/],
    ['# T\n\n<b>bold</b>', /line 3: "<" is Markdown/],
    ['# T\n\nan *emphasis*', /line 3: "\*" is Markdown/],
    ['# T\n\n    code', /line 3: an indented line/],
    ['No title', /line 1: the text must start with a # title/],
  ])('names the line of what it does not read: %j', (text, error) => {
    expect(() => parsePrivacyMarkdown(text)).toThrow(error);
  });
});
