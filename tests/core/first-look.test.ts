import { describe, expect, it } from 'vitest';
import { compileFirstLook, firstLookNeedles, lookForPeople } from '../../src/core/first-look';
import { compilePeopleMatcher } from '../../src/core/people';
import { realDataset } from '../support/dataset';

const people = realDataset().people;
const capitalsOnly = (forms: string) => [...forms].every((form) => form.toLowerCase() !== form);
const firstLook = compileFirstLook(people);
const exact = compilePeopleMatcher(people);

describe('firstLookNeedles', () => {
  it('looks for one distinctive word per alias, and drops words that hold a shorter one', () => {
    const needles = firstLookNeedles([
      { id: 'witkoff', aliases: ['Steve Witkoff', 'Witkoff', 'Виткофф*', 'Виткоф*'] },
    ]);
    expect(needles).toEqual([['Виткоф'], ['Witkoff']]);
  });

  it('looks for a whole alias when its every word is a common syllable', () => {
    expect(firstLookNeedles([{ id: 'al-hayya', aliases: ['аль-Хай*', '*אל-חיה'] }])).toEqual([
      ['אל', 'חיה'],
      ['аль', 'Хай'],
    ]);
  });

  it('drops a needle for a shorter one only where the shorter finds all it finds', () => {
    // "Kay" with its capital would miss the "Mckay" that "McKay" finds; "Виткоф" finds "Виткофф".
    expect(firstLookNeedles([{ id: 'x', aliases: ['McKay', 'Kay', 'Виткофф', 'Виткоф'] }])).toEqual(
      [['Kay'], ['McKay'], ['Виткоф']],
    );
    expect(compileFirstLook([{ id: 'x', aliases: ['McKay', 'Kay'] }]).mayName('Mckay')).toBe(true);
  });

  it('takes a four-letter Latin surname as distinctive, not the alias whole', () => {
    expect(
      firstLookNeedles([{ id: 'ben-gvir', aliases: ['Itamar Ben-Gvir', 'Ben-Gvir'] }]),
    ).toEqual([['Gvir']]);
    const look = compileFirstLook([{ id: 'ben-gvir', aliases: ['Ben-Gvir'] }]);
    expect(look.mayName('Police minister Ben Gvir said')).toBe(true);
    expect([...look.positions('Police minister Ben-Gvir said')]).toEqual([20]);
  });
});

describe('compileFirstLook', () => {
  it('says yes wherever the people matcher names someone, in every script', () => {
    for (const text of [
      'Envoy STEVE WITKOFF said on Sunday.',
      'Беседа со Стивом Виткоффом и Джаредом Кушнером',
      'Он встретил Халила аль-Хайю в Каире',
      'لقاء نادر بين ترامب وويتكوف',
      'התראיינו לוויטקוף',
      'التقى القيادي في حماس والحية في القاهرة',
      'Khalil\u00A0al\u2011Hayya, the Hamas negotiator',
    ]) {
      expect(exact.namesAnyone(text), text).toBe(true);
      expect(firstLook.mayName(text), text).toBe(true);
    }
  });

  it("finds every spelling of the dataset's, as written, in capitals, in one byte a character or two", () => {
    // Two ways of reading (anchor-scan.ts): Latin-1 text by an expression, any other by a loop.
    const everyone = realDataset().people;
    const look = compileFirstLook(everyone);
    for (const person of everyone)
      for (const alias of [...person.aliases, ...(person.guardedAliases ?? [])]) {
        const written = alias.replace(/\*/g, '');
        const forms = [written, written.toUpperCase(), written.replace(/[\s-]+/g, '\u00A0')];
        for (const form of forms)
          for (const text of [`On Monday ${form} spoke.`, `«${form}» сказал, “${form}”`]) {
            const at = text.indexOf(form);
            const places = [...look.positions(text)];
            expect(
              places.some((place) => place >= at && place < at + form.length),
              `${form} in ${text}`,
            ).toBe(true);
          }
      }
  });

  it('anchors every watched spelling on a capital or a letter of a script without case', () => {
    // An alias written all in lower case would anchor the look on a common letter: every page
    // in its script would be read more slowly. Written with its capital, it is found as printed.
    // Georgian has capitals in Unicode (Mtavruli) that running text never uses: a script
    // without case, as printed.
    const georgian = /[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]/u;
    const watched = realDataset().people.filter((person) => person.watch);
    for (const anchor of lookForPeople(watched).anchors) {
      const first = anchor.units[0]!;
      const cased = [...first].some(
        (char) => char.toLowerCase() !== char.toUpperCase() && !georgian.test(char),
      );
      expect(!cased || capitalsOnly(first), anchor.pattern).toBe(true);
    }
  });

  it('looks for a surname with its capital, or in capitals, and for a particle in either case', () => {
    for (const text of [
      'Ben-Gvir Attacks Kushner and WItkoff', // a real headline's typo
      'ХАЛИЛ АЛЬ-ХАЙЯ',
      'Халил Аль-Хайя',
    ])
      expect(firstLook.mayName(text), text).toBe(true);
    // Written in lower case, a surname is a link's address or an ordinary word.
    for (const text of ['https://example.com/kushner-witkoff-gaza', 'a trump card', 'хайя'])
      expect(firstLook.mayName(text), text).toBe(false);
    expect(exact.namesAnyone('see example.com/witkoff')).toBe(false);
  });

  it('says no to prose naming nobody', () => {
    expect(firstLook.mayName('The council approved the harbour budget on Tuesday.')).toBe(false);
    expect(firstLook.mayName('Городской совет утвердил бюджет.')).toBe(false);
  });

  it('may say yes where the people matcher then finds nobody (the full check decides)', () => {
    const text = 'The Witkoffskaya family opened a shop.';
    expect(firstLook.mayName(text)).toBe(true);
    expect(exact.namesAnyone(text)).toBe(false);
  });

  it('anchors a surname at its capital, and one of a script without capitals at its end', () => {
    // A capital is rare in prose; a word's start is where Arabic ال and the proclitics are.
    const { anchors } = lookForPeople([
      { id: 'x', aliases: ['Steve Witkoff', 'Кушнер', 'الحية', 'ויטקוף', '库什纳', 'аль-Хай'] },
    ]);
    expect(anchors.map((anchor) => anchor.units.map((unit) => unit[0]).join('')).sort()).toEqual(
      ['Wit', 'Куш', 'Хай', 'קוף', 'حية', '库什纳'].sort(),
    );
  });

  it('spells each letter as the class of its case forms, a capital first letter as capitals', () => {
    // Without the i flag a capital is rare enough in prose for a scan to skip through it.
    const [kushner] = lookForPeople([{ id: 'kushner', aliases: ['Kushner'] }]).anchors;
    expect(kushner!.units).toEqual(['K\u212A', 'uU', 'sS\u017F']);
    const needle = new RegExp(`^(?:${kushner!.pattern})`);
    expect(['Kushner', 'KUSHNER', '\u212Aushner'].map((text) => needle.test(text))).toEqual([
      true,
      true,
      true,
    ]);
    expect(needle.test('kushner')).toBe(false);
  });

  it("finds the letters only the u flag's case folding equates: the Kelvin sign, the long s", () => {
    for (const text of ['WIT\u212AOFF met him', 'Jared Ku\u017Fhner']) {
      expect(exact.namesAnyone(text), text).toBe(true);
      expect(firstLook.mayName(text), text).toBe(true);
    }
  });

  it('reads a needle with a stem before its last word with the u flag', () => {
    const look = lookForPeople([{ id: 'al-hayya', aliases: ['аль* хай'] }]);
    expect(look.anchors.map((anchor) => anchor.unicode)).toEqual([true]);
    expect(compileFirstLook(look).mayName('с Алья Хай')).toBe(true);
    // Where its anchor starts: the last word, for a needle in lower case.
    expect([...compileFirstLook(look).positions('с Алья Хай и аль-хай')]).toEqual([7, 17]);
  });

  it('reads texts of any script in turn, each with the anchors of its own and of Latin', () => {
    // One look, its reading of the last text tried first on the next (anchor-scan.ts).
    const look = compileFirstLook(people);
    const texts: [string, boolean][] = [
      ['Городской совет собрался снова.', false],
      ['Беседа со Стивом Виткоффом', true],
      ['المجلس البلدي اجتمع مرة أخرى', false],
      ['لقاء نادر بين ترامب وويتكوف', true],
      ['Envoy “Witkoff” said', true],
      ['Совет и المجلس и 市议会', false],
      ['Совет, المجلس и 库什纳', true],
      ['The council met on Tuesday.', false],
      ['Χαλίλ αλ Χάγια', true],
      // Signs, an emoji, and a script no anchor starts in (Armenian), beside the scripts that
      // have anchors: only the anchors' scripts choose the reading.
      ['Совет № 5, цена 10 €, 🙂', false],
      ['Совет № 5 🙂 и ويتكوف', true],
      ['Քաղաքապետ и Совет', false],
      ['Քաղաքապետ и Уиткоф', true],
      ['Քաղաքապետ и ویتکوف', true],
    ];
    for (const [text, names] of texts) expect(look.mayName(text), text).toBe(names);
  });

  it('reads the anchors of a script with many first letters by several expressions', () => {
    // The engine skips through text for at most 16 first units an expression.
    const capitals = 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ';
    const look = compileFirstLook([
      { id: 'many', aliases: [...capitals].map((capital) => `${capital}ордон`) },
    ]);
    for (const capital of capitals)
      expect(look.mayName(`Сказал ${capital}ордон вчера`), capital).toBe(true);
    expect(look.mayName('Сказал гордон вчера')).toBe(false);
  });

  it('says no to everything when nobody is watched', () => {
    expect(compileFirstLook([]).mayName('Witkoff')).toBe(false);
  });
});
