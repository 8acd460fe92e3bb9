/**
 * What the people matcher's case-insensitive `iu` takes for a letter, spelt out, so that the
 * first look (first-look.ts) can find the same letters without `i` or `u`: "k" is also the
 * Kelvin sign (U+212A), "s" the long s (U+017F). Learnt, not listed: every character of the
 * Basic Multilingual Plane is asked once per letter (letters in it fold to none beyond it), at
 * build time (its cost: docs/engine-notes.md).
 */
// With its extension: the vite config loads this module too (scripts/dataset/vite-plugin.ts).
import { escapeRegExp } from './alias-syntax.ts';

/** For each letter asked about: every character `iu` takes for it, itself first. */
const learnt = new Map<string, string>();

/** Learns the case forms of `letters` at once: one pass over the characters, not one per letter. */
export function learnCaseForms(letters: readonly string[]): void {
  const fresh = [...new Set(letters)].filter((letter) => !learnt.has(letter));
  if (fresh.length === 0) return;
  const any = new RegExp(`^[${fresh.map(escapeRegExp).join('')}]$`, 'iu');
  const each = fresh.map((letter) => ({
    letter,
    same: new RegExp(`^${escapeRegExp(letter)}$`, 'iu'),
    forms: letter,
  }));
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (!any.test(char)) continue;
    for (const entry of each)
      if (char !== entry.letter && entry.same.test(char)) entry.forms += char;
  }
  for (const { letter, forms } of each) learnt.set(letter, forms);
}

/**
 * Every character `iu` takes for `char`, itself first. A character beyond the first plane is
 * taken for its upper and lower case only: the scripts there with case (Deseret, Osage, Adlam…)
 * have no other forms.
 */
export function caseForms(char: string): string {
  if (char.length > 1)
    return [...new Set([char, char.toLowerCase(), char.toUpperCase()])]
      .filter((form) => [...form].length === 1)
      .join('');
  learnCaseForms([char]);
  return learnt.get(char)!;
}

/** Whether `word` starts with a capital: printed, a name does too (see first-look.ts). */
export function startsCapital(word: string): boolean {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toLowerCase() !== first;
}

/** Of `forms`, the capitals: what a word that starts with a capital is looked for with. */
export const capitalsOf = (forms: string): string =>
  [...forms].filter((form) => form.toLowerCase() !== form).join('');
