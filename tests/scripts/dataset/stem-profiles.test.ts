import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/normalize';
import { tokenize } from '../../../src/core/words';
import {
  beginningsOf,
  namesOf,
  profileWords,
  stemProfilesOf,
} from '../../../scripts/dataset/stem-profiles';

describe('beginningsOf', () => {
  it('gives a stemming library’s stem, cut to what the word begins with, folded as pages are', () => {
    expect(beginningsOf('похоронили', 'ru')).toEqual(['похорон']);
    expect(beginningsOf('Kindern', 'de')).toEqual(['kind']);
    // Snowball writes "happi"; the page's word begins with "happ".
    expect(beginningsOf('happy', 'en')).toEqual(['happ']);
    // Accents fold away, as on the page.
    expect(beginningsOf('garanties', 'fr')[0]).toBe('garant');
  });

  it('falls back to a word’s first letters where no library covers the language', () => {
    expect(beginningsOf('pochowali', 'pl')).toEqual(['pocho']);
    // Hebrew: four letters, and without a letter written on for "and", "the", "in".
    expect(beginningsOf('והעולם', 'he')).toEqual(['והעו', 'העול']);
  });

  it('stems the languages the coverage added, and Serbian in either script', () => {
    expect(beginningsOf('onderhandelingen', 'nl')).toEqual(['onderhandel']);
    expect(beginningsOf('tárgyalások', 'hu')).toEqual(['targyalas']);
    expect(beginningsOf('razgovarali', 'sr')).toEqual(['razgovara']);
    // Azerbaijani as Turkish, its ə as e: "negotiations" (locative), "meetings", "of the war".
    expect(beginningsOf('danışıqlarda', 'az')).toEqual(['danısıq']);
    expect(beginningsOf('görüşmələr', 'az')).toEqual(['gorusm']);
    expect(beginningsOf('müharibənin', 'az')).toEqual(['muharib']);
    // Snowball's Serbian answers in Latin letters: a Cyrillic word takes its first five.
    expect(beginningsOf('разговарали', 'sr')).toEqual(['разго']);
    // @orama/stemmers' Bulgarian throws: first letters (scripts/dataset/stem-profiles.ts).
    expect(beginningsOf('взривена', 'bg')).toEqual(['взрив']);
  });

  it('gives a number in words its digits, and a number in digits its word (n2words)', () => {
    expect(beginningsOf('пять', 'ru')).toEqual(['пят', '5']);
    expect(beginningsOf('5', 'de')).toEqual(['5', 'funf']);
    expect(beginningsOf('20', 'uk')).toEqual(['20', 'двадц']);
    // Ukrainian writes an apostrophe inside the word: п’ять is one word, not "п" and "ять".
    expect(beginningsOf('п’ять', 'uk')).toEqual(["п'ят", '5']);
    // Persian digits are the digits they print.
    expect(beginningsOf('۵', 'fa')).toEqual(['5', 'پنج']);
    // Where no list of number words covers the language, a digit alone is grammar.
    expect(beginningsOf('5', 'ka')).toEqual([]);
  });

  it('takes the part of an elided word that carries it, and leaves grammar out', () => {
    expect(beginningsOf("l'accord", 'fr')).toEqual(['accord']);
    expect(beginningsOf('de', 'fr')).toEqual([]);
    expect(beginningsOf('250', 'en')).toEqual(['250']);
    expect(beginningsOf('7', 'ka')).toEqual([]);
  });
});

describe('beginningsOf in Arabic', () => {
  it('keeps a word’s first letters, and the stem the stemmer finds past what is written onto it', () => {
    // "and I wished": a page's "تمنيت" (I wished) begins with the stem, not with "وتمن".
    expect(beginningsOf('وتمنيت', 'ar')).toEqual(['وتمن', 'تمني']);
    expect(beginningsOf('للحرب', 'ar')).toEqual(['للحر', 'حرب']);
    // Nothing written onto it: its stem is its beginning already.
    expect(beginningsOf('تمنيت', 'ar')).toEqual(['تمني']);
  });
});

describe('profileWords', () => {
  it('leaves out the names of people the dataset knows, in their forms', () => {
    const isName = namesOf([{ aliases: ['Witkoff', 'Уиткофф'] }]);
    expect(profileWords('Уиткоффа поблагодарили за визит', 'ru', isName)).toEqual([
      ['поблагодар'],
      ['виз'],
    ]);
  });
});

describe('profileWords in a script written without spaces', () => {
  it('takes out the names written onto the words beside them, and splits the rest as a page', () => {
    // "Kushner said: we have no backup plan", Thai, the name written onto "said".
    const isName = namesOf([{ aliases: ['Jared Kushner', 'คุชเนอร์'] }]);
    expect(profileWords('คุชเนอร์กล่าวว่า เราไม่มีแผนสำรอง', 'th', isName).flat()).toEqual(
      tokenize(foldText('กล่าวว่า เราไม่มีแผนสำรอง')).texts,
    );
  });
});

describe('stemProfilesOf', () => {
  it('leaves out the editors’ brackets, of the statement and of its renderings alike', () => {
    const profiles = stemProfilesOf(
      {
        statement: '[Witkoff said he has] the deepest respect for President Putin.',
        appearances: [],
        renderings: [{ lang: 'sq', text: '[Witkoff tha se] ka respektin më të thellë.' }],
      },
      () => undefined,
      namesOf([{ aliases: ['Putin'] }]),
    );
    expect(profiles.map((p) => p.words.flat())).toEqual([
      ['the', 'deepest', 'respect', 'for', 'presid'],
      ['respe', 'thell'],
    ]);
  });
});

describe('profileWords reads a number as the page is read (number-words.ts)', () => {
  it('makes one word of a number’s grouped digits, as a page’s “1.700” is read', () => {
    expect(profileWords('1.700 detenidos', 'es')).toEqual(profileWords('1700 detenidos', 'es'));
    expect(profileWords('1.700 detenidos', 'es')[0]).toEqual(['1700']);
  });
});

describe('beginningsOf reads numbers in words', () => {
  it('reads Arabic’s number of either gender: خمس ساعات as خمسة أيام', () => {
    expect(beginningsOf('خمس', 'ar')).toContain('5');
    expect(beginningsOf('خمسة', 'ar')).toContain('5');
  });
});

describe('namesOf', () => {
  it('takes a word of a script with case for a name only written with its capital', () => {
    // Romanian's "puțin" (a little), Czech's "stáhl" (withdrew), Turkish's "saat" (hour), Spanish's
    // "haya" fold to Putin, Stahl, Czech's Šaat (Shaath) and al-Haya: a name's words leave a
    // claim's profile, and these are the claims' own (session 25: Šaat took Turkish's "saat", and a
    // page's "5 saat sürdü" went unfound).
    const isName = namesOf([
      { aliases: ['Vladimir Putin', 'Putin*'] },
      { aliases: ['Lesley Stahl'] },
      { aliases: ['Šaat*'] },
      { aliases: ['Jalil Al Haya'] },
    ]);
    for (const word of ['puțin', 'stáhl', 'saat', 'haya']) expect(isName(word), word).toBe(false);
    for (const word of ['Putin', 'Putinem', 'Stahl', 'Šaat', 'Haya'])
      expect(isName(word), word).toBe(true);
    // The first is the Romanian word, kept (folded); the second the name, left out.
    expect(profileWords('mai puțin acceptabile', 'ro', isName).flat()).toContain('putin');
    expect(profileWords('acceptabile, a spus Putin', 'ro', isName).flat()).not.toContain('putin');
    // Georgian's letters have capitals no prose writes: its names are read in lower case.
    expect(namesOf([{ aliases: ['უიტკოფ*'] }])('უიტკოფი')).toBe(true);
  });
});
