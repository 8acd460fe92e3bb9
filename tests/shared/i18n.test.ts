/**
 * Every string a reader sees comes from _locales: each message the code asks for exists in
 * English, each English message is used somewhere (the code or the manifest), and every other
 * locale has every message, with English's placeholders and English notes for translators.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Message>;

const read = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const english = read('en');
const messages = Object.keys(english);
const others = readdirSync('public/_locales').filter((locale) => locale !== 'en');

/** The languages of issue 23: the readers' languages the interface is translated into. */
const LANGUAGES = ['ar', 'de', 'es', 'fa', 'fr', 'he', 'it', 'ru', 'tr', 'uk'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|html)$/.test(entry.name) ? [path] : [];
  });
}

const code = sourceFiles('src')
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const manifest = readFileSync('manifest.json', 'utf8');
const asked = new Set(
  [...code.matchAll(/\bt\('([A-Za-z]+)'|<Message\s+name="([A-Za-z]+)"/g)].map((m) => m[1] ?? m[2]!),
);
// Messages picked from a table (VERDICT, KIND) are named as string literals in the code.
const named = (message: string) =>
  asked.has(message) || code.includes(`'${message}'`) || manifest.includes(`__MSG_${message}__`);

/** The named placeholders a message's text uses ($NAME$), upper-cased as the browsers match them. */
const usedPlaceholders = (text: string) =>
  [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();

/** A `$` that is neither a placeholder nor `$$` (a dollar sign): the browsers would eat it. */
const strayDollar = (text: string) => /\$/.test(text.replace(/\$[A-Za-z0-9_@]+\$|\$\$/g, ''));

describe('_locales', () => {
  it('has a folder for each language of the interface', () => {
    expect(others.sort()).toEqual(LANGUAGES);
  });

  describe.each(others)('_locales/%s', (locale) => {
    const translated = read(locale);

    it('has every English message, and no other, none of them empty', () => {
      expect(Object.keys(translated).sort()).toEqual([...messages].sort());
      expect(
        Object.keys(translated).filter((name) => translated[name]!.message.trim() === ''),
      ).toEqual([]);
    });

    it("has English's placeholders in each message, each where the message uses it", () => {
      for (const name of messages) {
        const { message, placeholders } = translated[name] ?? { message: '' };
        expect(placeholders, name).toEqual(english[name]!.placeholders);
        expect(usedPlaceholders(message), name).toEqual(usedPlaceholders(english[name]!.message));
        expect(strayDollar(message), `${name}: a stray $`).toBe(false);
      }
    });

    it("keeps English's notes for translators", () => {
      for (const name of messages)
        expect(translated[name]?.description, name).toBe(english[name]!.description);
    });

    it('names its own language, and the direction it is written in', () => {
      const tag = locale.replace('_', '-');
      expect(translated.localeTag?.message).toBe(tag);
      const { direction } = (
        new Intl.Locale(tag) as Intl.Locale & { textInfo: { direction: string } }
      ).textInfo;
      expect(translated.textDirection?.message).toBe(direction);
    });
  });
});

describe('_locales/en/messages.json', () => {
  it('has every message the code asks for', () => {
    expect([...asked].filter((message) => !messages.includes(message))).toEqual([]);
  });

  it('has no message nothing uses', () => {
    expect(messages.filter((message) => !named(message))).toEqual([]);
  });

  it('describes every message for translators, and each placeholder it declares is used', () => {
    for (const [name, { message, description, placeholders }] of Object.entries(english)) {
      expect(description ?? '', name).not.toBe('');
      expect(usedPlaceholders(message), name).toEqual(
        Object.keys(placeholders ?? {})
          .map((p) => p.toUpperCase())
          .sort(),
      );
      expect(strayDollar(message), `${name}: a stray $`).toBe(false);
    }
  });

  it('holds the strings of the UI: no English sentence is written into a component', () => {
    const components = sourceFiles('src').filter((file) => file.endsWith('.tsx'));
    // Text between tags that holds a letter, other than expressions: `>Some words<`.
    const literal = /> *[A-Za-z][A-Za-z ,.'’]{3,}</;
    expect(components.filter((file) => literal.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
