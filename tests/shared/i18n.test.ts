/**
 * Every string a reader sees comes from _locales: each message the code asks for exists in
 * English, and each English message is used somewhere (the code or the manifest).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const messages = Object.keys(
  JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as object,
);

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
const asked = new Set([...code.matchAll(/\bt\('([A-Za-z]+)'/g)].map((m) => m[1]!));
// Messages picked from a table (VERDICT, KIND) are named as string literals in the code.
const named = (message: string) =>
  asked.has(message) || code.includes(`'${message}'`) || manifest.includes(`__MSG_${message}__`);

describe('_locales', () => {
  it('has every English message in every other locale, and no other', () => {
    const locales = readdirSync('public/_locales').filter((locale) => locale !== 'en');
    for (const locale of locales) {
      const keys = Object.keys(
        JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as object,
      );
      expect(keys.sort(), locale).toEqual([...messages].sort());
    }
  });
});

describe('_locales/en/messages.json', () => {
  it('has every message the code asks for', () => {
    expect([...asked].filter((message) => !messages.includes(message))).toEqual([]);
  });

  it('has no message nothing uses', () => {
    expect(messages.filter((message) => !named(message))).toEqual([]);
  });

  it('holds the strings of the UI: no English sentence is written into a component', () => {
    const components = sourceFiles('src').filter((file) => file.endsWith('.tsx'));
    // Text between tags that holds a letter, other than expressions: `>Some words<`.
    const literal = /> *[A-Za-z][A-Za-z ,.'’]{3,}</;
    expect(components.filter((file) => literal.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
