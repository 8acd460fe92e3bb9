/**
 * Serves PRIVACY.md to the extension's privacy page as `virtual:sourcelight/privacy`: its
 * blocks (headings, paragraphs, bulleted lists) with bold and code inline, parsed here at build
 * time, and so each translation of it in privacy/ (`privacy/ar.md`), by language. The policy
 * has one source, the file the repository shows, and the page works offline.
 *
 * Only that much Markdown is read. Anything else (a link, a table, a numbered list, a third
 * level of heading, HTML) fails the build naming the line: a link could not be followed from
 * an extension page offline, and what is not understood must not be shown as something else.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Block, Inline } from '../../src/privacy/document';

const MODULE = 'virtual:sourcelight/privacy';

export class PrivacyMarkdownError extends Error {
  constructor(line: number, message: string, file = 'PRIVACY.md') {
    super(`${file} line ${line}: ${message}`);
    this.name = 'PrivacyMarkdownError';
  }
}

/** `**bold**` and `` `code` ``; the text between is plain. */
const INLINE = /\*\*([^*`]+)\*\*|`([^`]+)`/g;
/** Markdown the page would show wrongly inside a line: links, images, HTML, other emphasis. */
const UNREAD_INLINE = /[[\]<>*_`]/;
/** Blocks the page does not read: deeper headings, numbered or starred lists, tables, quotes. */
const UNREAD_BLOCK = /^(?:#{3,}|\d+\.\s|[*+]\s|[|>]|```)/;

export function parseInlines(text: string, line: number, file = 'PRIVACY.md'): Inline[] {
  const inlines: Inline[] = [];
  const plain = (part: string) => {
    if (part === '') return;
    const unread = UNREAD_INLINE.exec(part);
    if (unread !== null)
      throw new PrivacyMarkdownError(
        line,
        `"${unread[0]}" is Markdown the privacy page does not read`,
        file,
      );
    inlines.push({ text: part });
  };
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    plain(text.slice(at, match.index));
    inlines.push(
      match[1] !== undefined ? { text: match[1], strong: true } : { text: match[2]!, code: true },
    );
    at = match.index + match[0].length;
  }
  plain(text.slice(at));
  return inlines;
}

/** The blocks of a Markdown text written in the subset above; `file` names it in errors. */
export function parsePrivacyMarkdown(markdown: string, file = 'PRIVACY.md'): Block[] {
  const blocks: Block[] = [];
  /** The block being read: its kind, its lines (a list: its items' lines) and where it started. */
  let open: { kind: 'p' | 'ul'; parts: string[][]; line: number } | null = null;
  const close = () => {
    if (open === null) return;
    const { kind, parts, line } = open;
    if (kind === 'p') blocks.push({ kind, inlines: parseInlines(parts[0]!.join(' '), line, file) });
    else
      blocks.push({ kind, items: parts.map((item) => parseInlines(item.join(' '), line, file)) });
    open = null;
  };
  markdown.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trimEnd();
    const heading = /^(#{1,2}) (.+)$/.exec(text);
    if (UNREAD_BLOCK.test(text))
      throw new PrivacyMarkdownError(line, 'a block the privacy page does not read', file);
    if (text === '') close();
    else if (heading !== null) {
      close();
      blocks.push({
        kind: heading[1] === '#' ? 'h1' : 'h2',
        inlines: parseInlines(heading[2]!, line, file),
      });
    } else if (text.startsWith('- ')) {
      if (open?.kind !== 'ul') {
        close();
        open = { kind: 'ul', parts: [], line };
      }
      open.parts.push([text.slice(2)]);
    } else if (open?.kind === 'ul' && text.startsWith('  ')) open.parts.at(-1)!.push(text.trim());
    else if (/^\s/.test(text))
      throw new PrivacyMarkdownError(line, 'an indented line outside a list item', file);
    else if (open?.kind === 'p') open.parts[0]!.push(text);
    else {
      close();
      open = { kind: 'p', parts: [[text]], line };
    }
  });
  close();
  if (blocks[0]?.kind !== 'h1')
    throw new PrivacyMarkdownError(1, 'the text must start with a # title', file);
  return blocks;
}

/** The policy's text in each language: PRIVACY.md in English, each translation by its name. */
export function privacyTexts(
  file = resolve('PRIVACY.md'),
  translations = resolve('privacy'),
): Record<string, string> {
  const texts: Record<string, string> = { en: readFileSync(file, 'utf8') };
  for (const name of existsSync(translations) ? readdirSync(translations).sort() : []) {
    const language = /^([a-z]{2,3}(?:_[A-Z]{2})?)\.md$/.exec(name)?.[1];
    if (language !== undefined) texts[language] = readFileSync(join(translations, name), 'utf8');
  }
  return texts;
}

export function privacyPlugin(
  file = resolve('PRIVACY.md'),
  translations = resolve('privacy'),
): Plugin {
  return {
    name: 'sourcelight:privacy',
    resolveId: (id) => (id === MODULE ? `\0${MODULE}` : null),
    load(id) {
      if (id !== `\0${MODULE}`) return null;
      this.addWatchFile(file);
      this.addWatchFile(translations);
      const blocks = Object.fromEntries(
        Object.entries(privacyTexts(file, translations)).map(([language, text]) => [
          language,
          parsePrivacyMarkdown(text, language === 'en' ? 'PRIVACY.md' : `privacy/${language}.md`),
        ]),
      );
      return `export default ${JSON.stringify(blocks)};`;
    },
  };
}
