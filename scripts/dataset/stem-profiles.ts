/**
 * A claim's texts as word beginnings, by language (issue 22): made at build time, so the content
 * script carries no stemmer. A page's word stands for a claim's word where it begins with one of
 * that word's beginnings (src/core/stem-match.ts), which is what a suffix-stripping stemmer's
 * stem is, for nearly every word it stems: "buried" → "buri", похоронили → похорон.
 *
 * Stems come from @orama/stemmers (Snowball's algorithms) for the languages it covers. Where it
 * covers none (Hebrew, Persian, Polish, any other), a word's first letters stand for its stem:
 * five, four in Hebrew and Arabic script (their roots are short, their endings long). The
 * content script lets a Hebrew or Arabic page word's beginning start a few letters in, past
 * "and", "the", "to" written onto it; a rendering's own word that may hold one gets a second
 * beginning without it (docs/how-a-translation-is-found.md).
 */
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import type { SourceId, StemProfile } from '../../src/core/dataset';
import { foldText } from '../../src/core/normalize.ts';

type Stemmer = (word: string) => string;

/**
 * By the primary subtag of a language tag. Croatian and Bosnian are stemmed as Serbian is;
 * Norwegian's two written forms alike. (Snowball's Serbian answers a Cyrillic word in Latin
 * letters: such a word takes its first letters, `beginningsOf`. @orama/stemmers' Bulgarian
 * writes into its string argument and throws on most words, 3.1.18: Bulgarian takes first letters.)
 */
const STEMMERS: Readonly<Record<string, Stemmer>> = {
  ar: arabic,
  bs: serbian,
  da: danish,
  de: german,
  el: greek,
  en: english,
  es: spanish,
  fi: finnish,
  fr: french,
  hr: serbian,
  hu: hungarian,
  id: indonesian,
  it: italian,
  lt: lithuanian,
  nb: norwegian,
  nl: dutch,
  nn: norwegian,
  no: norwegian,
  pt: portuguese,
  ro: romanian,
  ru: russian,
  sr: serbian,
  sv: swedish,
  tr: turkish,
  uk: ukrainian,
};

/** Shorter beginnings name a syllable, not a word. */
export const SHORTEST_BEGINNING = 3;
/** Where no stemmer covers a language: a word's first letters stand for its stem. */
const FIRST_LETTERS = 5;
const FIRST_LETTERS_SEMITIC = 4;
/** Letters Hebrew writes onto a word for "and", "the", "in", "to", "from", "that", "as". */
const HEBREW_PROCLITIC = /^[ובהלמשכ]/u;
const SEMITIC = /^[\u0590-\u06ff]/u;
/** A word: letters, marks and digits, with apostrophes inside ("l'accord", "Kushner's"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function stemmerFor(language: string): Stemmer | undefined {
  return STEMMERS[language.split('-')[0]!.toLowerCase()];
}

/**
 * Of a word with an apostrophe, the part that carries the meaning: the longer one ("accord" of
 * "l'accord", "kushner" of "kushner's").
 */
function mainPart(word: string): string {
  const parts = word.split(/['’]/u);
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The longest beginning `a` and `b` share. */
function sharedBeginning(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

/**
 * A word's beginnings as the page is matched against them (folded as the page is): its stem
 * where a stemmer covers the language, cut to what the word itself begins with (Snowball writes
 * "happi" for "happy"); else its first letters. None for a word of one or two letters: grammar.
 */
export function beginningsOf(word: string, language: string): string[] {
  const lower = mainPart(word.normalize('NFC').toLowerCase());
  const folded = foldText(lower).replace(/\s+/gu, '');
  if (/^\p{N}+$/u.test(folded)) return folded.length >= 2 ? [folded] : [];
  if (folded.length < SHORTEST_BEGINNING) return [];
  const stemmer = stemmerFor(language);
  const firstLetters = SEMITIC.test(folded) ? FIRST_LETTERS_SEMITIC : FIRST_LETTERS;
  let beginning =
    stemmer === undefined
      ? folded.slice(0, firstLetters)
      : sharedBeginning(foldText(stemmer(lower)), folded);
  // A stem in another script than its word's (Serbian's Cyrillic stemmed in Latin letters).
  if (stemmer !== undefined && beginning.length === 0) beginning = folded.slice(0, firstLetters);
  // A stem shorter than a word's first letters ("πα" of παιδιά) says too little.
  if (beginning.length < SHORTEST_BEGINNING) beginning = folded.slice(0, FIRST_LETTERS_SEMITIC);
  const beginnings = [beginning];
  // Hebrew: a rendering's "והעולם" should also find a page's "העולם".
  if (stemmer === undefined && HEBREW_PROCLITIC.test(folded) && folded.length > firstLetters)
    beginnings.push(folded.slice(1, 1 + firstLetters));
  return beginnings;
}

/**
 * Whether a word is a name of someone the dataset knows, from their aliases: "Witkoff",
 * "Witkoffs", ويتكوف. A claim's people are found by name anyway (people.ts); in its texts their
 * names would make any report that names them look like the claim.
 */
export function namesOf(people: readonly { readonly aliases: readonly string[] }[]) {
  const names = new Set<string>();
  for (const person of people)
    for (const alias of person.aliases)
      for (const [word] of foldText(alias).matchAll(WORD)) if (word.length >= 4) names.add(word);
  return (word: string) => {
    const folded = foldText(mainPart(word.toLowerCase()));
    for (let end = 4; end <= folded.length; end++) if (names.has(folded.slice(0, end))) return true;
    return false;
  };
}

/** A text's distinct words as beginnings, in the order they first appear; names left out. */
export function profileWords(
  text: string,
  language: string,
  isName: (word: string) => boolean = () => false,
): string[][] {
  const seen = new Set<string>();
  const words: string[][] = [];
  for (const [word] of text.matchAll(WORD)) {
    if (isName(word)) continue;
    const beginnings = beginningsOf(word, language);
    const key = beginnings.join('|');
    if (beginnings.length === 0 || seen.has(key)) continue;
    seen.add(key);
    words.push(beginnings);
  }
  return words;
}

/**
 * A claim's profiles: its statement (English), each rendering, and each source's wording in
 * the source's language. `languageOf` gives a source's language.
 */
export function stemProfilesOf(
  claim: {
    readonly statement: string;
    readonly appearances: readonly { readonly source: SourceId; readonly text: string | null }[];
    readonly renderings?: readonly {
      readonly lang: string;
      readonly text: string;
      readonly form?: 'statement' | 'report';
    }[];
  },
  languageOf: (source: SourceId) => string | undefined,
  isName: (word: string) => boolean,
): StemProfile[] {
  const profile = (
    text: string,
    language: string,
    source: SourceId | null,
    report = false,
  ): StemProfile[] => {
    const words = profileWords(text, language, isName);
    if (words.length === 0) return [];
    return [{ language, source, words, ...(report ? { report: true as const } : {}) }];
  };
  return [
    ...profile(statementText(claim.statement), 'en', null),
    ...(claim.renderings ?? []).flatMap((r) => profile(r.text, r.lang, null, r.form === 'report')),
    ...claim.appearances.flatMap((a) => {
      const language = languageOf(a.source);
      return a.text === null || language === undefined ? [] : profile(a.text, language, a.source);
    }),
  ];
}

/** A statement without the editors' brackets ("[statement] …"). */
const statementText = (statement: string) => statement.replace(/\[[^\]]*\]/gu, ' ');
