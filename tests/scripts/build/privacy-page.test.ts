import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePrivacyMarkdown } from '../../../scripts/build/privacy-page';
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
