import search from 'approx-string-match';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Appearance, Dataset } from '../../src/core/dataset';
import { foldText } from '../../src/core/normalize';
import { tokenize } from '../../src/core/words';
import { compileClaimMatcher, type ClaimMatcherOptions } from '../../src/core/match';
import { withIndex } from '../../src/core/analyzer-index';
import { realDataset } from '../support/dataset';

/** The matcher of a dataset, made by hand or not, over its index. */
const matcherOf = (data: Dataset, options?: ClaimMatcherOptions) =>
  compileClaimMatcher(withIndex(data), options);

// The aligner, watched: it is what verifying costs, and is asked only where it may matter.
vi.mock('approx-string-match', async (original) => {
  const real = await original<typeof import('approx-string-match')>();
  return { default: vi.fn(real.default) };
});

const appearance = (source: string, text: string) => ({
  source,
  text,
  attributedTo: 'witkoff',
  details: [],
});
const noDifferences = { attribution: { bySource: [], disagree: false }, details: [], wording: [] };

const dataset: Dataset = {
  events: [],
  people: [
    {
      id: 'witkoff',
      name: 'Steve Witkoff',
      role: 'envoy',
      aliases: ['Witkoff'],
      guardedAliases: [],
      namesakes: [],
      context: [],
      watch: true,
    },
  ],
  places: [],
  sources: [
    {
      id: 'a',
      outlet: 'A',
      url: 'https://a.example/1',
      title: null,
      published: '2025-10-20',
      language: 'en',
      kind: 'report',
      copyOf: null,
      titleFromUrl: false,
    },
    {
      id: 'b',
      outlet: 'B',
      url: 'https://b.example/1',
      title: null,
      published: '2025-10-20',
      language: 'en',
      kind: 'report',
      copyOf: null,
      titleFromUrl: false,
    },
  ],
  claims: [
    {
      id: 'bad-club',
      kind: 'quote',
      speaker: 'witkoff',
      statement: 'We were both members of a really bad club.',
      event: 'interview-60-minutes',
      appearances: [
        appearance(
          'a',
          'we were both members of a really bad club, parents who have buried children',
        ),
        appearance('b', 'members of a really bad club'),
      ],
      differences: noDifferences,
    },
    {
      id: 'too-short',
      kind: 'quote',
      speaker: 'witkoff',
      statement: 'Absolutely.',
      event: 'interview-60-minutes',
      appearances: [appearance('a', '“Absolutely.”')],
      differences: noDifferences,
    },
  ],
};

describe('compileClaimMatcher', () => {
  const matcher = matcherOf(dataset);

  it('finds a wording across case, curly quotes and line breaks, as an exact span of the page', () => {
    const page =
      'Witkoff said: “We were both members of a\n  really bad club, parents who have buried children.”';
    const [match, ...rest] = matcher.find(page);
    expect(rest).toEqual([]);
    expect(match?.id).toBe('bad-club');
    expect(match?.via).toBe('a');
    expect(page.slice(match!.start, match!.end)).toBe(
      'We were both members of a\n  really bad club, parents who have buried children',
    );
  });

  it('falls back to a shorter wording where the page prints only part of the quote', () => {
    const page = 'He called them “members of a really bad club”.';
    const matches = matcher.find(page);
    expect(matches.map((m) => [m.id, m.via, page.slice(m.start, m.end)])).toEqual([
      ['bad-club', 'b', 'members of a really bad club'],
    ]);
  });

  it('takes a part of a wording by its letters, not its words: common words carry little', () => {
    const thrive = matcherOf({
      ...dataset,
      claims: [
        {
          ...dataset.claims[0]!,
          id: 'thrive',
          appearances: [appearance('a', 'find a way to help the Palestinian people thrive')],
        },
      ],
    });
    // Five of its nine words, all of them common: another sentence that starts alike.
    expect(thrive.find('“We just needed to find a way to help everyone get there.”')).toEqual([]);
    // Five words holding the wording's own: more than half of its letters.
    const page = 'Israel must “help the Palestinian people thrive”, Witkoff said.';
    expect(thrive.find(page).map((m) => page.slice(m.start, m.end))).toEqual([
      'help the Palestinian people thrive',
    ]);
  });

  it('finds every occurrence', () => {
    const page = 'members of a really bad club ... and again: members of a really bad club';
    expect(matcher.find(page)).toHaveLength(2);
  });

  it('ignores wordings too short to be told from chance', () => {
    expect(matcher.find('“Absolutely,” Witkoff said.')).toEqual([]);
  });

  it('finds nothing in a page that does not print the claim', () => {
    expect(matcher.find('Witkoff said the club was really bad at football.')).toEqual([]);
  });

  it('finds a wording several sources print alike via the first of them, once', () => {
    const [bad] = dataset.claims;
    const alike = matcherOf({
      ...dataset,
      claims: [
        {
          ...bad!,
          appearances: [
            appearance('b', '“Members of a REALLY bad club”'),
            appearance('a', 'members of a really bad club'),
          ],
        },
      ],
    });
    const page = 'He called them “members of a really bad club”.';
    expect(alike.find(page).map((m) => [m.via, page.slice(m.start, m.end)])).toEqual([
      ['b', 'members of a really bad club'],
    ]);
  });
});

describe('verifying chains', () => {
  const [bad] = dataset.claims;
  const printed = 'we were both members of a really bad club, parents who have buried children';
  // Another source's wording of the same quote, printed nowhere exactly.
  const matcher = matcherOf({
    ...dataset,
    claims: [
      {
        ...bad!,
        appearances: [
          appearance('a', printed),
          appearance('b', 'members of a truly really bad club, parents who have buried'),
        ],
      },
    ],
  });
  beforeEach(() => {
    vi.mocked(search).mockClear();
  });

  it('does not align a chain whose words lie inside an exact match of its claim', () => {
    const page = `Witkoff said: “${printed}.”`;
    const matches = matcher.find(page);
    expect(matches.map((m) => [m.via, m.score, page.slice(m.start, m.end)])).toEqual([
      ['a', 1, printed],
    ]);
    expect(search).not.toHaveBeenCalled();
  });

  it('aligns where no source is printed exactly', () => {
    const page = `Witkoff said: “${printed.replace('really', 'realy')}.”`;
    const [match, ...rest] = matcher.find(page);
    expect(rest).toEqual([]);
    expect(match?.score).toBeLessThan(1);
    expect(match?.score).toBeGreaterThan(0.9);
    expect(search).toHaveBeenCalled();
  });
});

describe('the bundled dataset', () => {
  it('credits a span two wordings match alike to the first, however much of the page is read', () => {
    const data = realDataset();
    // Two sources print this part alike; "the biggest message" is only in the second, so a
    // reading of the whole page meets the second wording first.
    const council = 'the harbour council met again on Tuesday and adjourned. '.repeat(10);
    const page = `“the biggest message” ${council} “if you wnt to integrate Israel with the broader Middle East, you have” Witkoff said:`;
    const sieved = matcherOf(data).find(page);
    expect(sieved).toEqual(matcherOf(data, { sieve: false }).find(page));
    expect(sieved.map((m) => [m.id, m.via])).toEqual([
      ['palestinians-thrive', 'globalnewsc-behind-the-ceasefire'],
    ]);
  });

  it('finds every appearance in its own wording, but those too short to find alone', () => {
    const data = realDataset();
    const matcher = matcherOf(data);
    const missed: string[] = [];
    for (const claim of data.claims) {
      for (const appearance of claim.appearances) {
        if (appearance.text === null || unfindable(data, claim.id, appearance)) continue;
        const page = `Witkoff and Kushner spoke. “${appearance.text}.” The end.`;
        if (!matcher.find(page).some((m) => m.id === claim.id))
          missed.push(`${claim.id} via ${appearance.source}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

/**
 * Spans the matcher cannot find on their own, by design: fewer than three words (no 3-gram to
 * seed from; a text without spaces, Chinese or Japanese, is one word), or fewer than five words
 * and 16 characters ("no plan B": too likely by chance); or inside a longer span the same source
 * prints for another claim, which the longer match takes.
 */
function unfindable(data: Dataset, claimId: string, appearance: Appearance): boolean {
  const text = appearance.text ?? '';
  const words = tokenize(foldText(text)).texts.length;
  if (words < 3 || (words < 5 && foldText(text).length < 16)) return true;
  return data.claims.some(
    (other) =>
      other.id !== claimId &&
      other.appearances.some(
        (a) => a.source === appearance.source && a.text !== text && (a.text ?? '').includes(text),
      ),
  );
}

describe('claims found by the stems of their texts', () => {
  const data = realDataset();
  const sieved = matcherOf(data);
  const whole = matcherOf(data, { sieve: false });
  const witkoff = (page: string) => {
    const start = page.indexOf('Witkoff');
    return [{ personId: 'witkoff', start, end: start + 'Witkoff'.length }];
  };
  const found = (page: string) => {
    const mentions = witkoff(page);
    const claims = sieved.find(page, mentions);
    // Read off the page where the sieve found words, as reading the whole page reads them.
    expect(claims).toEqual(whole.find(page, mentions));
    return claims.map((c) => [c.id, page.slice(c.start, c.end)]);
  };
  const quote =
    'Eu disse-lhe que também tinha perdido um filho e que éramos ambos sócios de um clube terrível: pais que enterraram os seus filhos';

  it('are found where their first words stand beyond a name’s reach and their last within it', () => {
    // The name follows the quote: its reach ends 300 characters before the name, inside it.
    const filler = 'e acrescentou, perante as câmaras da estação pública, ';
    // Its claim's context (the programme) stands near: a translation's words alone are not the claim.
    const page = `No 60 Minutes: «${quote}», ${filler.repeat(5)}contou Witkoff.`;
    expect(page.indexOf('Witkoff') - page.indexOf('filhos»')).toBeLessThan(300);
    expect(page.indexOf('Witkoff') - page.indexOf('filho ')).toBeGreaterThan(300);
    expect(found(page)).toEqual([['witkoff-bad-club', quote]]);
  });

  it('are found in words whose letters carry marks folding drops (Arabic shadda and harakat)', () => {
    const plain = 'قال ويتكوف: "نحن أعضاء في النادي السيئ: الآباء الذين دفنوا أبناءهم".';
    const marked = plain
      .replace('النادي', 'النّادي')
      .replace('دفنوا', 'دَفَنوا')
      .replace('أبناءهم', 'أبناءَهم');
    const named = (page: string) => `Witkoff, 60 Minutes. ${page}`;
    expect(found(named(marked)).map(([id]) => id)).toEqual(['witkoff-bad-club']);
    expect(found(named(plain)).map(([id]) => id)).toEqual(['witkoff-bad-club']);
  });
});
