import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../src/core/analyze';
import { readCorpus, readLabels, type PageLabel } from '../../eval/corpus';
import { score } from '../../eval/score';

const label = (lang: string, claims: string[], people: string[]): PageLabel => ({
  lang,
  claims,
  people,
  optional: [],
});
const found = (people: string[], ...claims: string[]): PageAnalysis => ({
  people,
  claims: claims.map((id) => ({ id, start: 0, end: 1, attributedTo: null, score: 1, via: 'a' })),
});

describe('readCorpus', () => {
  it('reads every .txt below the folder, the body after the header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-corpus-'));
    mkdirSync(join(dir, 'positive'));
    writeFileSync(
      join(dir, 'positive', '01-a.txt'),
      'url: https://a.example\ntitle: A\n\nWitkoff said it.\n\nSecond paragraph.',
    );
    writeFileSync(join(dir, 'notes.md'), 'not a page');
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify({ pages: { 'positive/01-a.txt': label('en', [], ['witkoff']) } }),
    );
    expect(readCorpus(dir)).toEqual([
      { path: 'positive/01-a.txt', body: 'Witkoff said it.\n\nSecond paragraph.' },
    ]);
    expect(readLabels(dir)?.get('positive/01-a.txt')?.people).toEqual(['witkoff']);
  });
});

describe('score', () => {
  const labels = new Map([
    ['positive/01.txt', label('en', ['bad-club', 'thrive'], ['witkoff'])],
    ['positive/02.txt', label('ar', ['bad-club'], ['witkoff', 'al-hayya'])],
    ['near-negative/03.txt', label('en', [], ['kushner'])],
  ]);

  it('counts recall per claim and language, false highlights and people mismatches', () => {
    const results = new Map([
      ['positive/01.txt', found(['witkoff', 'trump'], 'bad-club')],
      ['positive/02.txt', found(['witkoff'], 'bad-club')],
      ['near-negative/03.txt', found(['kushner'], 'thrive')],
    ]);
    const s = score(results, labels);
    expect(s.recallByClaim.get('bad-club')).toEqual([2, 2]);
    expect(s.recallByClaim.get('thrive')).toEqual([0, 1]);
    expect(s.recallByLanguage.get('en')).toEqual([1, 2]);
    expect(s.falseHighlights).toEqual([{ path: 'near-negative/03.txt', claim: 'thrive' }]);
    // Trump is not scored; the Arabic page misses al-Hayya.
    expect(s.peopleMismatches).toEqual([
      { path: 'positive/02.txt', found: ['witkoff'], labelled: ['al-hayya', 'witkoff'] },
    ]);
  });
});
