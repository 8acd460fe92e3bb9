import { describe, expect, it } from 'vitest';
import {
  browseClaims,
  groupForBrowse,
  holdsWords,
  queryWords,
  searchClaims,
  type BrowseClaim,
} from '../../src/core/browse';
import { indexDataset } from '../../src/core/dataset';
import { realDataset } from '../support/dataset';

const index = indexDataset(realDataset());
const claims = browseClaims(index);
const found = (query: string) => searchClaims(claims, query).map((claim) => claim.claimId);

describe('browseClaims', () => {
  it('lists every claim once, by speaker in the dataset’s order of people, facts last, then by event date', () => {
    expect(claims.map((c) => c.claimId).sort()).toEqual(
      index.dataset.claims.map((c) => c.id).sort(),
    );
    const speakers = [...new Set(claims.map((c) => c.speaker))];
    const people = index.dataset.people
      .map((p) => p.name)
      .filter((name) => speakers.includes(name));
    expect(speakers).toEqual([...people, null]);
    for (const group of groupForBrowse(claims)) {
      const dates = group.events.map(({ event }) => event.date);
      expect(dates, String(group.speaker)).toEqual([...dates].sort());
    }
  });
});

describe('searchClaims', () => {
  it('finds a claim by a word of its statement, any case, a word begun', () => {
    expect(found('vulnerability')).toEqual(['two-human-beings-vulnerability']);
    expect(found('VULNER')).toEqual(['two-human-beings-vulnerability']);
  });

  it('finds one by a word only a source’s wording holds, folded as pages are (accents, case)', () => {
    // Fanpage.it's Italian wording: "vulnerabilità".
    expect(found('Vulnerabilità')).toEqual(['two-human-beings-vulnerability']);
    expect(found('seres humanos')).toEqual(['two-human-beings-vulnerability']);
  });

  it('asks for every word of the query, wherever each stands', () => {
    const both = found('Steve sons');
    expect(both).toContain('two-human-beings-vulnerability');
    expect(found('vulnerability zzyzx')).toEqual([]);
  });

  it('lists every claim for a query of no words', () => {
    expect(found('')).toHaveLength(claims.length);
    expect(found('  “ ” — ')).toHaveLength(claims.length);
  });

  it('finds by the speaker’s name and the event’s title too', () => {
    const hayya = found('al-Hayya');
    expect(hayya.length).toBeGreaterThan(10);
    expect(found('Davos').every((id) => index.claim(id)!.event === 'davos-new-gaza')).toBe(true);
  });
});

describe('holdsWords', () => {
  const claim: BrowseClaim = {
    claimId: 'c',
    statement: '',
    speaker: null,
    event: { id: 'e', title: '', date: '', days: ['', ''] },
    words: queryWords('Friedensabkommen والسلام bad club'),
  };

  it('takes a short word only at a word’s start, a longer one inside a word too', () => {
    expect(holdsWords(claim, queryWords('clu'))).toBe(true);
    expect(holdsWords(claim, queryWords('lub'))).toBe(false);
    expect(holdsWords(claim, queryWords('abkommen'))).toBe(true);
    expect(holdsWords(claim, queryWords('سلام'))).toBe(true);
  });
});

describe('groupForBrowse', () => {
  it('groups by speaker, then by event, keeping the order', () => {
    const groups = groupForBrowse(searchClaims(claims, 'sons'));
    expect(groups.length).toBeGreaterThan(0);
    const flat = groups.flatMap((g) => g.events.flatMap((e) => e.claims.map((c) => c.claimId)));
    expect(flat).toEqual(found('sons'));
    for (const group of groups)
      for (const { event, claims: those } of group.events)
        for (const claim of those) {
          expect(claim.speaker).toBe(group.speaker);
          expect(claim.event.id).toBe(event.id);
        }
  });
});
