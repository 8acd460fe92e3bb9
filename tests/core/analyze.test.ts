import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileAnalyzer } from '../../src/core/analyze';
import { withIndex } from '../../src/core/analyzer-index';
import { claimRegions } from '../../src/core/match';
import { compilePeopleMatcher } from '../../src/core/people';
import { withTranscriptLabels } from '../../src/core/transcript-labels';
import { readCorpus } from '../../eval/corpus';
import { withAnalyzerIndex } from '../../scripts/dataset/vite-plugin';
import { MATCHING_CASES, type MatchingCase } from '../fixtures/matching-cases';
import { realDataset } from '../support/dataset';
import { scriptAt } from '../../src/core/words';

const analyzer = compileAnalyzer(realDataset());
const people = compilePeopleMatcher(realDataset().people);

describe('analyze: claims as outlets really print them', () => {
  it('finds on one page of every case what each finds alone, as the browser test’s page', () => {
    // Beside the interview's claims, a look-alike ("a bomb had gone off" in a kitchen) is still
    // not one: what a surer finding near may keep (stem-match.ts) must not reach it.
    const page = MATCHING_CASES.map((c) => c.text).join('\n');
    const spans = analyzer.analyze(page).claims.map((c) => page.slice(c.start, c.end));
    expect(spans).toEqual(MATCHING_CASES.flatMap((c) => c.expected.map((e) => e.span)));
  });

  it('finds no look-alike between any two printed claims, each found as alone', () => {
    // The case before may credit the look-alike to one of the claim's people, and the case
    // after may print the very claim it looks like: neither makes it the claim. A page is
    // written in one script: a look-alike stands among the cases of its own. (Beside another
    // script's, a claim's words in Latin letters are context for it: claim-context.ts.)
    const script = (c: MatchingCase) => scriptAt(c.text, 0, c.text.length);
    const lookAlikes = MATCHING_CASES.filter((c) => c.expected.length === 0);
    expect(lookAlikes.length).toBeGreaterThan(3);
    for (const lookAlike of lookAlikes) {
      const printed = MATCHING_CASES.filter(
        (c) => c.expected.length > 0 && script(c) === script(lookAlike),
      );
      expect(printed.length).toBeGreaterThan(0);
      for (const before of printed)
        for (const after of printed) {
          const cases = [before, lookAlike, after];
          const page = cases.map((c) => c.text).join('\n');
          const spans = analyzer.analyze(page).claims.map((c) => page.slice(c.start, c.end));
          expect(spans, cases.map((c) => c.name).join(' | ')).toEqual(
            cases.flatMap((c) => c.expected.map((e) => e.span)),
          );
        }
    }
  });

  for (const testCase of MATCHING_CASES) {
    it(testCase.name, () => {
      const found = analyzer.analyze(testCase.text).claims;
      const spans = found.map((c) => ({
        claim: c.id,
        span: testCase.text.slice(c.start, c.end),
        attributedTo: c.attributedTo,
      }));
      expect(spans).toEqual(testCase.expected);
      // 0.8 at least, 0.7 for long runs (another outlet's translation).
      for (const c of found) expect(c.score).toBeGreaterThanOrEqual(0.7);
    });
  }

  it('finds nothing on a page that names nobody, however close the text', () => {
    expect(
      analyzer.analyze(
        '“We expressed our condolences to him for the loss of his son,” the coach said.',
      ).claims,
    ).toEqual([]);
  });
});

// Issue 22: a look-alike that must not match, the same words said of someone else.
describe('analyze: a claim said of someone (its `about`)', () => {
  // Finnish, as Finnish outlets word Witkoff's "deepest respect" for Putin (claim-people.ts).
  const ofPutin =
    'Erityislähettiläs Steve Witkoff kiitti Moskovassa presidentti Vladimir Putinia ja sanoi tuntevansa tätä kohtaan syvintä kunnioitusta.';
  const ofTheEmir =
    'Erityislähettiläs Steve Witkoff kiitti Dohassa Qatarin emiiriä Tamim bin Hamad Al Thania ja sanoi tuntevansa tätä kohtaan syvintä kunnioitusta.';
  const ids = (text: string) => analyzer.analyze(text).claims.map((c) => c.id);

  it('is found where the page names whom it is said of', () => {
    expect(ids(ofPutin)).toEqual(['witkoff-deepest-respect-putin']);
  });

  it('is not found in the same words said of someone else', () => {
    expect(ids(ofTheEmir)).toEqual([]);
  });

  it('is not credited to whom it is said of, though the sentence names him nearest', () => {
    // Polish: Witkoff advised that Putin congratulate Trump ("Trumpowi") as "a man of peace".
    const text =
      'Według zapisu rozmowy Witkoff doradził Uszakowowi, aby Putin zadzwonił do Trumpa. Zalecił, by rosyjski przywódca pogratulował Trumpowi sukcesu w Strefie Gazy i wyraził szacunek dla amerykańskiego prezydenta jako „człowieka pokoju”.';
    expect(analyzer.analyze(text).claims.map((c) => [c.id, c.attributedTo])).toEqual([
      ['witkoff-man-of-peace', 'witkoff'],
    ]);
  });

  it('nor where the page names him only beyond a claim’s reach, as a live blog’s other story', () => {
    const story =
      'Kremlin neuvonantaja Juri Ušakov kertoi, että presidentti Putin tapasi Moskovassa intialaisia liikemiehiä. ';
    const page = `${story}${'Muita uutisia päivän mittaan. '.repeat(200)}${ofTheEmir}`;
    expect(ids(page)).toEqual([]);
  });
});

// Issue 22: languages no source prints; Vietnamese read two syllables a word (syllables.ts).
describe('analyze: a long text held at three quarters (stem-match.ts LONG_SURE)', () => {
  it('is the claim with no other word of its event near: sixteen of its twenty-two words are no chance', () => {
    // Hindi, as its outlets report al-Hayya's figures: the rendering's words for 16 of its 22.
    const text =
      'हमास नेता अल-हय्या के अनुसार, समझौते के तहत उम्रकैद की सजा काट रहे 250 फिलिस्तीनी कैदी और 7 अक्टूबर 2023 के बाद गाजा से पकड़े गए 1,700 बंदी रिहा किए जाएंगे। इसके अलावा हिरासत में ली गई सभी फिलिस्तीनी महिलाओं और बच्चों को भी छोड़ा जाएगा।';
    expect(analyzer.analyze(text).claims.map((c) => c.id)).toEqual(['hayya-prisoners-250-1700']);
  });
});

describe('analyze: languages the corpus lacks, as their outlets word the claims', () => {
  // Passages helpers wrote apart from the renderings (tests/fixtures/passages/): at least this
  // many of the 42 key claims found, each passage read alone. Measured 2026-12-07: Vietnamese
  // 30 (stem-match.ts PAIR_SHARE; read a syllable a word, 33, with look-alikes highlighted that
  // no English page's words would be), Malay 28, Lithuanian 25, Azerbaijani 27, Latvian 28,
  // Bengali 26, Kazakh 26, Georgian 23, Albanian 34, Estonian 29, Armenian 25; Belarusian 28,
  // Sorani Kurdish 23, Macedonian 30, Pashto 31, Swahili 29, Tamil 25, Thai 24 (read four letters
  // a word, words.ts), Uzbek 32; and in languages rendered before, measured now: Catalan 32,
  // Danish 35, Norwegian 27, Slovak 28, Slovenian 25, Serbian 25, Urdu 21 (a surname alone names
  // al-Hayya only with Hamas, Gaza or Witkoff near: people.ts's guarded aliases); and in the corpus's
  // own languages, passages written apart from its pages: Spanish 35, French 36, Italian 34,
  // Portuguese 31, Russian 34, Polish 30, Arabic 20 (al-Hayya alone, الحية, is "the snake": named
  // only after his full name, short-names.ts), Turkish 37, Chinese 15, Japanese 24, Ukrainian
  // 32, Croatian 32, Romanian 35, Persian 23, Hebrew 24, Greek 35.
  const least: Record<string, number> = {
    vi: 28,
    ms: 26,
    lt: 23,
    az: 25,
    lv: 26,
    bn: 24,
    kk: 24,
    ka: 21,
    sq: 32,
    et: 27,
    hy: 23,
    be: 26,
    ckb: 21,
    mk: 28,
    ps: 29,
    sw: 27,
    ta: 23,
    th: 22,
    uz: 30,
    ca: 30,
    da: 33,
    nb: 25,
    sk: 26,
    sl: 24,
    sr: 25,
    ur: 21,
    es: 33,
    fr: 34,
    it: 32,
    pt: 29,
    ru: 32,
    pl: 28,
    ar: 18,
    tr: 35,
    zh: 13,
    ja: 22,
    uk: 30,
    hr: 30,
    ro: 33,
    fa: 21,
    he: 22,
    el: 33,
  };
  // Malay's look-alike of the 250 and 1,700 prisoners (another year's "hundreds", serving life
  // sentences) is highlighted, by its statement rendering's words without the figures; and two
  // of Latvian's and Estonian's, Trump's words about other deals, with the year in the sentence
  // before; Armenian's three, among them a football club's bad season.
  const noLookAlike = [
    'vi',
    'lt',
    'az',
    'bn',
    'kk',
    'ka',
    'sq',
    'ckb',
    'sk',
    'sl',
    'be',
    'pt',
    'ro',
  ];
  const passagesOf = (language: string) =>
    JSON.parse(readFileSync(resolve(`tests/fixtures/passages/${language}.json`), 'utf8')) as {
      translations: { claim: string; text: string }[];
      lookalikes: { imitates: string; text: string; englishToo?: true }[];
    };

  for (const [language, fewest] of Object.entries(least))
    it(`finds ${fewest} or more of the key claims in ${language} passages written apart from the renderings`, () => {
      const found = passagesOf(language).translations.filter((t) =>
        analyzer.analyze(t.text).claims.some((c) => c.id === t.claim),
      );
      expect(found.length).toBeGreaterThanOrEqual(fewest);
    });

  for (const language of noLookAlike)
    it(`highlights no ${language} look-alike an English page worded as closely would not be highlighted as`, () => {
      const lookalikes = passagesOf(language).lookalikes.filter((l) => l.englishToo !== true);
      expect(lookalikes.length).toBeGreaterThanOrEqual(8);
      for (const l of lookalikes) expect(analyzer.analyze(l.text).claims, l.text).toEqual([]);
    });
});

// Issue 19, "Claims the reader cannot see" and "Page text speaks in the card".
describe('analyze: a name given in full, then by its last words', () => {
  /** A Spanish wire story: the negotiator named in full in its lede, then as "Al Haya". */
  const story = (later: string) =>
    [
      'El jefe negociador de Hamás, Jalil Al Haya, aseguró este jueves en un discurso televisado que el movimiento ha recibido garantías de los mediadores.',
      'Los mediadores de Egipto, Catar y Turquía trabajaron durante días en Sharm el Sheij para cerrar el texto. Las delegaciones se reunieron por separado, y los equipos técnicos revisaron cada cláusula del documento antes de la firma, según fuentes diplomáticas citadas por la prensa egipcia.',
      'En la Franja, miles de personas salieron a las calles de Jan Yunis y de Deir al Balah para celebrar el anuncio. Las ambulancias y los equipos de defensa civil se preparaban para recibir a los heridos que esperaban ser evacuados, mientras las organizaciones humanitarias pedían acceso inmediato.',
      'El Gobierno israelí debía reunirse por la noche para votar el acuerdo. Varios ministros anunciaron su voto en contra, aunque la mayoría del gabinete apoyaba el plan presentado por Washington, según los medios locales, que citaban a funcionarios del Ejecutivo.',
      `${later} ha precisado que serán excarcelados 250 presos condenados a cadena perpetua y otros 1.700 detenidos en la Franja arrestados tras el 7 de octubre, además de todas las mujeres y los niños.`,
    ].join('\n\n');

  it('finds a claim near the short form, many paragraphs from the full name', () => {
    const text = story('Al Haya');
    expect(text.indexOf('Al Haya ha') - text.indexOf('Jalil Al Haya')).toBeGreaterThan(900);
    expect(analyzer.analyze(text).claims.map((c) => c.id)).toContain('hayya-prisoners-250-1700');
  });

  it('not near another man of the same family name (Himam Al Haya)', () => {
    const ids = analyzer.analyze(story('Himam Al Haya')).claims.map((c) => c.id);
    expect(ids).not.toContain('hayya-prisoners-250-1700');
  });
});

describe('analyze: invisible characters', () => {
  const QUOTE = 'we were both members of a really bad club, parents who have buried children';
  const page = (quote: string) => `Witkoff recalled the talks. “${quote},” Witkoff said.`;

  it('finds a quote with soft hyphens, zero-width joiners and word joiners inside its words', () => {
    const hidden = QUOTE.replace('members', 'mem\u00ADbers')
      .replace('really', 'real\u200Dly')
      .replace('parents', 'par\u2060ents')
      .replace('buried', 'bu\uFEFFried');
    const text = page(hidden);
    const found = analyzer.analyze(text).claims;
    expect(found.map((c) => c.id)).toEqual(['witkoff-bad-club']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toContain('mem\u00ADbers');
  });

  it('takes no span printed under a bidi override, embedding or isolate for a claim', () => {
    for (const control of ['\u202E', '\u202D', '\u2067', '\u202B'])
      expect(
        analyzer.analyze(page(QUOTE.replace('really bad club', `${control}really bad club\u202C`)))
          .claims,
      ).toEqual([]);
    // Reversed whole: the override stands before the quote and is never closed.
    expect(analyzer.analyze(page(`\u202E${QUOTE}`)).claims).toEqual([]);
    expect(analyzer.analyze(page(QUOTE)).claims.map((c) => c.id)).toEqual(['witkoff-bad-club']);
    // An override closed before the quote, or in another paragraph, reorders none of it.
    expect(analyzer.analyze(`\u202Eolleh\u202C ${page(QUOTE)}`).claims.map((c) => c.id)).toEqual([
      'witkoff-bad-club',
    ]);
    expect(analyzer.analyze(`\u202Eolleh\n${page(QUOTE)}`).claims.map((c) => c.id)).toEqual([
      'witkoff-bad-club',
    ]);
  });
});

describe('analyzeInSteps', () => {
  it('pauses between who is named, the claims and their speakers, and ends as analyze does', () => {
    let named = 0;
    for (const { text } of MATCHING_CASES) {
      const steps = analyzer.analyzeInSteps(text);
      let pauses = 0;
      let step = steps.next();
      for (; step.done !== true; step = steps.next()) pauses++;
      expect(step.value).toEqual(analyzer.analyze(text));
      // Each stretch near names is read by wordings, stems and two-word quotes, a step each.
      const mentions = withTranscriptLabels(text, people.mentions(text));
      const regions = mentions.length > 0 ? claimRegions(text, mentions).length : 0;
      expect(pauses).toBe(step.value.people.length > 0 ? 2 + 2 * regions : 0);
      if (regions > 0) named++;
    }
    expect(named).toBeGreaterThan(5);
  });
});

describe('compileAnalyzer over the index the build made', () => {
  it('analyses every page of the corpus as over an index made in Node, loaded as JSON', () => {
    const corpus = resolve('../shared/corpus');
    expect(existsSync(corpus), `the corpus is read from ${corpus}`).toBe(true);
    const dataset = realDataset();
    // As the extension loads it: made by the build, sent as JSON, no claim's stems.
    const loaded = compileAnalyzer(JSON.parse(JSON.stringify(withAnalyzerIndex(dataset))));
    // Made here, from the claims, as for a dataset made by hand.
    const made = compileAnalyzer(withIndex({ ...dataset, index: undefined }));
    const pages = readCorpus(corpus);
    expect(pages.length).toBeGreaterThan(100);
    let found = 0;
    for (const { path, body } of pages) {
      const analysis = loaded.analyze(body);
      expect(analysis, path).toEqual(made.analyze(body));
      found += analysis.claims.length;
    }
    expect(found).toBeGreaterThan(200);
  });
});
