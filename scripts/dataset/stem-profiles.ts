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
import { stemmer as hindi } from '@orama/stemmers/indian';
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
import { stemmer as tamil } from '@orama/stemmers/tamil';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { toCardinal as arCardinal } from 'n2words/ar-SA';
import { toCardinal as csCardinal } from 'n2words/cs-CZ';
import { toCardinal as daCardinal } from 'n2words/da-DK';
import { toCardinal as deCardinal } from 'n2words/de-DE';
import { toCardinal as elCardinal } from 'n2words/el-GR';
import { toCardinal as enCardinal } from 'n2words/en-US';
import { toCardinal as esCardinal } from 'n2words/es-ES';
import { toCardinal as faCardinal } from 'n2words/fa-IR';
import { toCardinal as fiCardinal } from 'n2words/fi-FI';
import { toCardinal as frCardinal } from 'n2words/fr-FR';
import { toCardinal as heCardinal } from 'n2words/he-IL';
import { toCardinal as hrCardinal } from 'n2words/hr-HR';
import { toCardinal as huCardinal } from 'n2words/hu-HU';
import { toCardinal as idCardinal } from 'n2words/id-ID';
import { toCardinal as itCardinal } from 'n2words/it-IT';
import { toCardinal as ltCardinal } from 'n2words/lt-LT';
import { toCardinal as nbCardinal } from 'n2words/nb-NO';
import { toCardinal as nlCardinal } from 'n2words/nl-NL';
import { toCardinal as plCardinal } from 'n2words/pl-PL';
import { toCardinal as ptCardinal } from 'n2words/pt-PT';
import { toCardinal as roCardinal } from 'n2words/ro-RO';
import { toCardinal as ruCardinal } from 'n2words/ru-RU';
import { toCardinal as srCardinal } from 'n2words/sr-Cyrl-RS';
import { toCardinal as svCardinal } from 'n2words/sv-SE';
import { toCardinal as trCardinal } from 'n2words/tr-TR';
import { toCardinal as ukCardinal } from 'n2words/uk-UA';
import type { SourceId, StemProfile } from '../../src/core/dataset';
import { foldText } from '../../src/core/normalize.ts';
import { joinNumbers } from '../../src/core/number-words.ts';
import {
  endsSentence,
  isMarked,
  pairSyllables,
  SYLLABLE,
  VIETNAMESE,
} from '../../src/core/syllables.ts';
import {
  isUnspacedLetter,
  isUnspacedScript,
  PROCLITIC_REACH,
  pushWords,
} from '../../src/core/words.ts';

type Stemmer = (word: string) => string;

/**
 * By the primary subtag of a language tag. Croatian and Bosnian are stemmed as Serbian is;
 * Norwegian's two written forms alike. (Snowball's Serbian answers a Cyrillic word in Latin
 * letters: such a word takes its first letters, `beginningsOf`. @orama/stemmers' Bulgarian
 * writes into its string argument and throws on most words, 3.1.18: Bulgarian takes first letters.)
 */
const STEMMERS: Readonly<Record<string, Stemmer>> = {
  ar: arabic,
  // Azerbaijani as Turkish, its ə read as Turkish's e: mostly the same suffixes, by the same
  // vowel harmony ("görüşmələr" as "görüşmeler"), which a word's first five letters keep or cut
  // at random (the stem is cut to what the word begins with: `sharedBeginning`).
  az: (word) => turkish(word.replaceAll('ə', 'e')),
  bs: serbian,
  da: danish,
  de: german,
  el: greek,
  en: english,
  es: spanish,
  fi: finnish,
  fr: french,
  // @orama/stemmers calls its Hindi stemmer "indian".
  hi: hindi,
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
  ta: tamil,
  tr: turkish,
  uk: ukrainian,
};

type Cardinal = (n: number) => string;

/**
 * Numbers in words, by language (n2words): a rendering's "five hours" is a page's "5 hours",
 * and its "20 points" a page's "двадцать пунктов". Bosnian and Croatian as Croatian is written;
 * Norwegian's two written forms alike.
 */
const CARDINALS: Readonly<Record<string, Cardinal>> = {
  ar: arCardinal,
  cs: csCardinal,
  da: daCardinal,
  de: deCardinal,
  el: elCardinal,
  en: enCardinal,
  es: esCardinal,
  fa: faCardinal,
  fi: fiCardinal,
  fr: frCardinal,
  he: heCardinal,
  hr: hrCardinal,
  hu: huCardinal,
  id: idCardinal,
  it: itCardinal,
  lt: ltCardinal,
  nb: nbCardinal,
  nl: nlCardinal,
  pl: plCardinal,
  pt: ptCardinal,
  ro: roCardinal,
  ru: ruCardinal,
  sr: srCardinal,
  sv: svCardinal,
  tr: trCardinal,
  uk: ukCardinal,
  bs: hrCardinal,
  nn: nbCardinal,
  no: nbCardinal,
};
/** The numbers a word stands for, with its digits: those news writes in words. */
const LEAST_WORDED = 2;
const MOST_WORDED = 99;

/** Per language, its numbers written in one word (folded), each with its digits. */
const numberWords = new Map<string, Map<string, string>>();

function numberWordsOf(language: string): Map<string, string> | undefined {
  const tag = language.split('-')[0]!.toLowerCase();
  const cardinal = CARDINALS[tag];
  if (cardinal === undefined) return undefined;
  let words = numberWords.get(tag);
  if (words === undefined) {
    words = new Map();
    for (let n = LEAST_WORDED; n <= MOST_WORDED; n++) {
      const word = foldText(cardinal(n).toLowerCase());
      if (/[\s-]/u.test(word)) continue;
      words.set(word, String(n));
      // Arabic counts a feminine noun with the number's other form: خمس ساعات, not خمسة.
      if (tag === 'ar' && word.endsWith('ة')) words.set(word.slice(0, -1), String(n));
    }
    numberWords.set(tag, words);
  }
  return words;
}

/** Shorter beginnings name a syllable, not a word. */
export const SHORTEST_BEGINNING = 3;
/** Where no stemmer covers a language: a word's first letters stand for its stem. */
const FIRST_LETTERS = 5;
const FIRST_LETTERS_SEMITIC = 4;
/** Letters Hebrew writes onto a word for "and", "the", "in", "to", "from", "that", "as". */
const HEBREW_PROCLITIC = /^[ובהלמשכ]/u;
const SEMITIC = /^[\u0590-\u06ff]/u;
const ARABIC_SCRIPT = /^[\u0600-\u06ff]/u;
/** A word: letters, marks and digits, with apostrophes inside ("l'accord", "Kushner's"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

export function stemmerFor(language: string): Stemmer | undefined {
  return STEMMERS[language.split('-')[0]!.toLowerCase()];
}

/** Cyrillic writes an apostrophe inside a word as a letter would stand (Ukrainian п'ять, м'ясо). */
const CYRILLIC_APOSTROPHE = /\p{Script=Cyrillic}['’ʼ]\p{Script=Cyrillic}/u;

/**
 * Of a word with an apostrophe, the part that carries the meaning: the longer one ("accord" of
 * "l'accord", "kushner" of "kushner's"); a Cyrillic word whole, its apostrophe a part of it.
 */
function mainPart(word: string): string {
  if (CYRILLIC_APOSTROPHE.test(word)) return word;
  const parts = word.split(/['’ʼ]/u);
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
  // Two syllables of Vietnamese (syllables.ts): the pair whole, as a page's is read.
  if (/\s/u.test(word)) return [foldText(word)];
  const lower = mainPart(word.normalize('NFC').toLowerCase());
  const folded = foldText(lower).replace(/\s+/gu, '');
  const numbers = numberWordsOf(language);
  if (/^\p{N}+$/u.test(folded)) {
    // A number news writes in words as well: its word's beginning too.
    const inWords = [...(numbers ?? [])].find(([, digits]) => digits === folded)?.[0];
    if (inWords !== undefined) return [folded, ...wordBeginnings(inWords, language)];
    return folded.length >= 2 ? [folded] : [];
  }
  const digits = numbers?.get(folded);
  const beginnings = wordBeginnings(lower, language);
  return digits === undefined || beginnings.length === 0 ? beginnings : [...beginnings, digits];
}

/** A word's beginnings (not a number written in digits): `beginningsOf`. */
function wordBeginnings(lower: string, language: string): string[] {
  const folded = foldText(lower).replace(/\s+/gu, '');
  // Chinese and Japanese are read two characters a word, Thai four (words.ts): the word itself,
  // or a character alone ("亿"), whatever its length.
  if (folded.length > 0 && isUnspacedScript(folded.charCodeAt(0))) return [folded];
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
  // Arabic: the stemmer takes off what is written onto a word ("و", "ال", "بال"), so its stem is
  // no beginning of the word, which keeps its first letters; where the word holds the stem just
  // after them, the stem is a beginning too: a rendering's "وتمنيت" finds a page's "تمنيت".
  if (stemmer !== undefined && ARABIC_SCRIPT.test(folded)) {
    const stem = foldText(stemmer(lower));
    const at = folded.indexOf(stem);
    if (at > 0 && at <= PROCLITIC_REACH && stem.length >= SHORTEST_BEGINNING && stem !== beginning)
      beginnings.push(stem);
  }
  // Hebrew: a rendering's "והעולם" should also find a page's "העולם".
  if (stemmer === undefined && HEBREW_PROCLITIC.test(folded) && folded.length > firstLetters)
    beginnings.push(folded.slice(1, 1 + firstLetters));
  return beginnings;
}

/** Georgian's letters: a capital of theirs (Mtavruli) is in Unicode, but prose writes none. */
const GEORGIAN = /[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]/u;

/**
 * Whether a word is a name of someone the dataset knows, from their aliases: "Witkoff",
 * "Witkoffs", ويتكوف; written with its capital, where its script has case. A claim's people are
 * found by name anyway (people.ts); in its texts their names would make any report that names
 * them look like the claim. `unspaced`: the names' words in Thai, Lao, Khmer or Myanmar, folded,
 * which a text writes onto the words beside them ("คุชเนอร์กล่าวว่า", Kushner said): taken out of
 * a text before it is split (`profileWords`).
 */
export interface Names {
  (word: string): boolean;
  readonly unspaced?: readonly string[];
}

export function namesOf(people: readonly { readonly aliases: readonly string[] }[]): Names {
  const names = new Set<string>();
  const unspaced = new Set<string>();
  for (const person of people)
    for (const alias of person.aliases)
      for (const [word] of foldText(alias).matchAll(WORD)) {
        if (word.length >= 4) names.add(word);
        if (word.length >= 3 && isUnspacedLetter(word.charCodeAt(0))) unspaced.add(word);
      }
  const isName = (word: string) => {
    // A word of a script with case, in lower case, is no name: Romanian's "puțin" (a little),
    // Czech's "stáhl" (withdrew), Spanish's "haya" fold to Putin, Stahl and al-Haya. (Georgian
    // has capitals running text never uses.)
    if (word[0] !== word[0]!.toUpperCase() && !GEORGIAN.test(word[0]!)) return false;
    const folded = foldText(mainPart(word.toLowerCase()));
    for (let end = 4; end <= folded.length; end++) if (names.has(folded.slice(0, end))) return true;
    return false;
  };
  // Longest first, so a name holding another is taken whole.
  return Object.assign(isName, { unspaced: [...unspaced].sort((a, b) => b.length - a.length) });
}

/** `text` folded, without the names written in a script without spaces, where it holds one. */
function withoutUnspacedNames(text: string, names: readonly string[] = []): string {
  if (names.length === 0 || ![...text].some((char) => isUnspacedLetter(char.charCodeAt(0))))
    return text;
  let folded = foldText(text);
  for (const name of names) folded = folded.replaceAll(name, ' ');
  return folded;
}

/**
 * A text's words (`WORD`), each number one word however its digits are grouped (number-words.ts),
 * Vietnamese two syllables a word (syllables.ts), as a page's are read: folding a syllable's
 * letters leaves them Latin, and white space alone between two words folds to one space.
 */
export function wordsOf(written: string): string[] {
  // Thai, Lao, Khmer and Myanmar are split once folded, as a page's are: folding drops their
  // vowel and tone marks, which would shift the three letters a word.
  const unspaced = [...written].some((char) => isUnspacedLetter(char.charCodeAt(0)));
  const text = unspaced ? foldText(written) : written;
  const spans = { starts: [] as number[], ends: [] as number[] };
  for (const match of text.matchAll(WORD)) {
    const end = match.index + match[0].length;
    // Chinese, Japanese and Thai, split as a page's are (words.ts).
    const split = [...match[0]].some((char) => isUnspacedScript(char.charCodeAt(0)));
    pushWords(text, match.index, end, split, spans);
  }
  const { starts, ends } = spans;
  const gap = (k: number) => text.slice(ends[k], starts[k + 1]);
  const paired = VIETNAMESE.test(text)
    ? pairSyllables(spans, {
        syllable: (k) => SYLLABLE.test(foldText(text.slice(starts[k], ends[k]))),
        joined: (k) => foldText(`a${gap(k)}a`) === 'a a',
        sentenceEnd: (k) => endsSentence(foldText(gap(k))),
        marked: (k) => isMarked(text, starts[k]!, ends[k]!),
      })
    : spans;
  return joinNumbers(text, paired).texts;
}

/** A text's distinct words as beginnings, in the order they first appear; names left out. */
export function profileWords(
  text: string,
  language: string,
  isName: Names = () => false,
): string[][] {
  const seen = new Set<string>();
  const words: string[][] = [];
  for (const word of wordsOf(withoutUnspacedNames(text, isName.unspaced))) {
    // A pair of syllables holding a name is a name's ("Steve Witkoff", "Witkoff nói").
    if (word.split(/\s+/u).some(isName)) continue;
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
  isName: Names,
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
    ...profile(withoutEditorsBrackets(claim.statement), 'en', null),
    ...(claim.renderings ?? []).flatMap((r) =>
      profile(withoutEditorsBrackets(r.text), r.lang, null, r.form === 'report'),
    ),
    ...claim.appearances.flatMap((a) => {
      const language = languageOf(a.source);
      return a.text === null || language === undefined ? [] : profile(a.text, language, a.source);
    }),
  ];
}

/**
 * A statement or rendering without the editors' brackets: "[Witkoff said he has] the deepest
 * respect…" was not said, and its "said" in a rendering ("[Witkoff tha se]…", Albanian) would
 * be found in every English "that".
 */
const withoutEditorsBrackets = (text: string) => text.replace(/\[[^\]]*\]/gu, ' ');
