import { describe, expect, it } from 'vitest';
import type { Claim, ClaimEvent, StemProfile } from '../../src/core/dataset';
import { buildStemIndex, mayHoldFigures, unitOf } from '../../src/core/stem-index';

const event = (id: string): ClaimEvent => ({
  id,
  title: id,
  date: '2025-12-02',
  dates: [],
  place: null,
  kind: 'meeting',
});
const claim = (id: string, eventId: string, words: string[][]): Claim => ({
  id,
  kind: 'quote',
  speaker: 'witkoff',
  statement: id,
  event: eventId,
  appearances: [],
  differences: { attribution: { bySource: [], disagree: false }, details: [], wording: [] },
  stems: [{ language: 'en', source: null, words } satisfies StemProfile],
});

describe('buildStemIndex', () => {
  // Thirty claims with "the" and "said": enough to tell a common word.
  const filler = Array.from({ length: 30 }, (_, n) =>
    claim(`filler-${n}`, 'other', [['the'], ['said'], [`word${n}`]]),
  );
  const kremlin = [1, 2, 3].map((n) =>
    claim(`kremlin-${n}`, 'kremlin', [['the'], ['kreml'], ['useful'], [`own${n}`]]),
  );
  const index = buildStemIndex([...filler, ...kremlin], [event('other'), event('kremlin')]);

  it('weighs a word by how few claims hold it, and a common one nothing', () => {
    const text = index.texts.find((t) => t.claim === 30)!; // kremlin-1
    const [the, kreml, , own] = text.weights;
    expect(the).toBe(0);
    expect(own).toBeGreaterThan(kreml!);
    expect(index.beginnings).not.toContain('the');
  });

  it('lists, by language, the texts’ words each beginning stands for', () => {
    const words = index.words[index.beginnings.indexOf('kreml')]!;
    // [language, n, text, word, …]: English, three texts, each's second word.
    expect(words).toEqual([0, 3, 30, 1, 31, 1, 32, 1]);
  });

  it('finds the words of an event: held by three of its claims, and no other event’s', () => {
    expect(index.eventWords.kremlin).toEqual(expect.arrayContaining(['kreml', 'useful']));
    expect(index.eventWords.other).toEqual([]);
  });

  it('finds an event’s words of four letters in Hebrew and Arabic script, where beginnings are four', () => {
    const persian = [1, 2, 3].map((n) => ({
      ...claim(`kremlin-fa-${n}`, 'kremlin', [['kreml']]),
      stems: [{ language: 'fa', source: null, words: [['کرمل'], ['envi'], [`خود${n}`]] }],
    }));
    const built = buildStemIndex([...filler, ...persian], [event('other'), event('kremlin')]);
    expect(built.eventWords.kremlin).toContain('کرمل');
    // Four Latin letters are not enough: "envi" of "enviado" is every event's envoy.
    expect(built.eventWords.kremlin).not.toContain('envi');
  });

  it('marks a source’s words that none of its claim’s own texts in the language holds: its framing', () => {
    const withSource: Claim = {
      ...claim('ushakov-useful', 'kremlin', [['usef'], ['constructiv']]),
      stems: [
        { language: 'en', source: null, words: [['usef'], ['constructiv']] },
        {
          language: 'en',
          source: 'lenta',
          words: [['russian'], ['leader'], ['envoy'], ['constructiv'], ['usef']],
        },
      ],
    };
    const built = buildStemIndex([withSource], [event('kremlin')]);
    const [own, lenta] = built.texts;
    expect(own!.framing).toBeUndefined();
    expect(lenta!.framing).toEqual([0, 1, 2]);
  });

  it('keeps a text of two words (a short one) and a report rendering’s mark', () => {
    const short: Claim = {
      ...claim('magnificent-city', 'kremlin', [['magnific'], ['cit']]),
      stems: [{ language: 'ru', source: null, words: [['удивительн'], ['город']], report: true }],
    };
    const built = buildStemIndex([short], [event('kremlin')]);
    expect(built.texts).toHaveLength(1);
    expect(built.texts[0]!.report).toBe(true);
  });

  it('marks a report rendering’s numbers, and its figures’ units are the words after them', () => {
    const figures: Claim = {
      ...claim('meeting-five-hours', 'kremlin', [['talk'], ['last'], ['5', 'fiv'], ['hour']]),
      stems: [
        { language: 'it', source: null, words: [['incontr'], ['durat'], ['cinqu', '5'], ['ore']] },
        {
          language: 'it',
          source: null,
          words: [['incontr'], ['durat'], ['cinqu', '5'], ['ore']],
          report: true,
        },
      ],
    };
    const [statement, report] = buildStemIndex([figures], [event('kremlin')]).texts;
    expect(statement!.numbers).toBeUndefined();
    expect(report!.numbers).toEqual([2]);
    expect(unitOf(report!, 2)).toBe(3);
    expect(mayHoldFigures(report!, (word) => word === 2 || word === 3)).toBe(true);
    expect(mayHoldFigures(report!, (word) => word === 2 || word === 0)).toBe(false);
  });
});
