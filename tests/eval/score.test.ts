import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../src/core/analyze';
import { readCorpus, readLabels, type KeyClaim, type PageLabel } from '../../eval/corpus';
import { score, scoreAttribution } from '../../eval/score';

const label = (
  lang: string,
  events: string[],
  claims: string[],
  people: string[],
  optional: string[] = [],
): PageLabel => ({ lang, events, claims, people, optional });
const found = (people: string[], ...claims: string[]): PageAnalysis => ({
  people,
  claims: claims.map((id) => ({ id, start: 0, end: 1, attributedTo: null, score: 1, via: 'a' })),
});

describe('readCorpus and readLabels', () => {
  it('reads every .txt below the folder, the body after the header, and the labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-corpus-'));
    mkdirSync(join(dir, 'davos-new-gaza', 'positive'), { recursive: true });
    writeFileSync(
      join(dir, 'davos-new-gaza', 'positive', '01-a.txt'),
      'url: https://a.example\ntitle: A\n\nKushner said it.\n\nSecond paragraph.',
    );
    writeFileSync(join(dir, 'notes.md'), 'not a page');
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify({
        events: { 'davos-new-gaza': { title: 'Davos', date: '2026-01-22' } },
        claim_ids: { 'kushner-no-plan-b': { event: 'davos-new-gaza', speaker: 'kushner' } },
        pages: {
          'davos-new-gaza/positive/01-a.txt': {
            lang: 'en',
            events: ['davos-new-gaza'],
            claims: ['kushner-no-plan-b'],
            people: ['kushner'],
          },
        },
      }),
    );
    expect(readCorpus(dir)).toEqual([
      { path: 'davos-new-gaza/positive/01-a.txt', body: 'Kushner said it.\n\nSecond paragraph.' },
    ]);
    const labels = readLabels(dir);
    expect(labels?.keyClaims.get('kushner-no-plan-b')?.event).toBe('davos-new-gaza');
    expect(labels?.pages.get('davos-new-gaza/positive/01-a.txt')).toMatchObject({
      events: ['davos-new-gaza'],
      people: ['kushner'],
      // Left out of the file: empty.
      optional: [],
    });
  });
});

describe('score', () => {
  const keyClaims = new Map<string, KeyClaim>([
    ['bad-club', { event: 'interview', speaker: 'witkoff' }],
    ['thrive', { event: 'interview', speaker: 'kushner' }],
    ['no-plan-b', { event: 'davos', speaker: 'kushner' }],
    ['catastrophic-success', { event: 'davos', speaker: 'kushner' }],
  ]);
  // The dataset's claims: the key claims, and one of its own (davos-own).
  const claimEvents = new Map([
    ['bad-club', 'interview'],
    ['thrive', 'interview'],
    ['no-plan-b', 'davos'],
    ['catastrophic-success', 'davos'],
    ['davos-own', 'davos'],
  ]);
  const pages = new Map([
    ['interview/positive/01.txt', label('en', ['interview'], ['bad-club', 'thrive'], ['witkoff'])],
    [
      'interview/positive/02.txt',
      label('ar', ['interview'], ['bad-club'], ['witkoff', 'al-hayya']),
    ],
    ['interview/near-negative/03.txt', label('en', [], [], ['kushner'])],
    [
      'davos/positive/04.txt',
      label('de', ['davos'], ['no-plan-b'], ['kushner'], ['catastrophic-success']),
    ],
    ['negative/05.txt', label('en', [], [], [])],
  ]);

  it('counts recall per event and language, per claim, and the claims missed', () => {
    const results = new Map([
      ['interview/positive/01.txt', found(['witkoff', 'trump'], 'bad-club')],
      ['interview/positive/02.txt', found(['witkoff'], 'bad-club')],
      ['davos/positive/04.txt', found(['kushner'], 'no-plan-b')],
    ]);
    const s = score(results, { keyClaims, pages }, claimEvents);
    expect(s.recallByClaim.get('bad-club')).toEqual([2, 2]);
    expect(s.recallByClaim.get('thrive')).toEqual([0, 1]);
    expect(s.recallByEvent.get('interview')).toEqual({ en: [1, 2], other: [1, 1] });
    expect(s.recallByEvent.get('davos')).toEqual({ en: [0, 0], other: [1, 1] });
    expect(s.recallByLanguage.get('en')).toEqual([1, 2]);
    expect(s.missed).toEqual([{ path: 'interview/positive/01.txt', claim: 'thrive' }]);
    // Trump is not scored; the Arabic page misses al-Hayya.
    expect(s.peopleMismatches).toEqual([
      { path: 'interview/positive/02.txt', found: ['witkoff'], labelled: ['al-hayya', 'witkoff'] },
    ]);
    // The near-negative page was not read: it is not scored.
    expect(s.byFolder.get('interview')).toEqual({
      pages: 2,
      falseHighlights: 0,
      peopleExact: 1,
    });
  });

  it('calls a found claim false on negative/, as a key claim the page does not carry, or of another event', () => {
    const results = new Map([
      // A paraphrased key claim (optional) and the page's event's own claim are fine.
      [
        'davos/positive/04.txt',
        found(['kushner'], 'no-plan-b', 'catastrophic-success', 'davos-own'),
      ],
      // A key claim of its own event that the page does not carry.
      ['interview/positive/01.txt', found(['witkoff'], 'bad-club', 'thrive', 'no-plan-b')],
      // A page about another matter: any claim is of another event.
      ['interview/near-negative/03.txt', found(['kushner'], 'davos-own')],
      ['negative/05.txt', found([], 'bad-club')],
    ]);
    const s = score(results, { keyClaims, pages }, claimEvents);
    expect(s.falseHighlights).toEqual([
      {
        path: 'interview/positive/01.txt',
        claim: 'no-plan-b',
        reason: 'key claim not on the page',
      },
      { path: 'interview/near-negative/03.txt', claim: 'davos-own', reason: 'another event' },
      { path: 'negative/05.txt', claim: 'bad-club', reason: 'negative page' },
    ]);
    expect(s.byFolder.get('negative')).toEqual({ pages: 1, falseHighlights: 1, peopleExact: 1 });
  });
});

describe('scoreAttribution', () => {
  const credited = (...claims: [string, string | null][]): PageAnalysis => ({
    people: [],
    claims: claims.map(([id, attributedTo]) => ({
      id,
      start: 0,
      end: 1,
      attributedTo,
      score: 1,
      via: 'a',
    })),
  });
  const truth = new Map([['p.txt', new Map([['q', 'witkoff']])]]);
  const scored = (analysis: PageAnalysis) =>
    scoreAttribution(new Map([['p.txt', analysis]]), truth);

  it('counts a page’s quote once, right where a highlight credits the recorded person', () => {
    // The body credits him; a headline printing the same words names no one.
    expect(scored(credited(['q', null], ['q', 'witkoff']))).toEqual({ right: 1, wrong: [] });
  });

  it('is wrong where a highlight credits someone else, or none credits the recorded person', () => {
    expect(scored(credited(['q', 'witkoff'], ['q', 'kushner'])).wrong).toEqual([
      { path: 'p.txt', claim: 'q', found: ['witkoff', 'kushner'], recorded: 'witkoff' },
    ]);
    expect(scored(credited(['q', null])).right).toBe(0);
  });

  it('scores no quote the page was not found to print, and none the record does not credit', () => {
    expect(scored(credited(['other', 'kushner']))).toEqual({ right: 0, wrong: [] });
  });
});
