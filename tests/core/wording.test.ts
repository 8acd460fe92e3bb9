import { describe, expect, it } from 'vitest';
import { PAGE_WORDS_SHOWN, wordChanges, wordingDifference } from '../../src/core/wording';

const statement =
  'I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children.';

describe('wordingDifference', () => {
  it('is null where only quotes, case and punctuation differ', () => {
    expect(
      wordingDifference(
        'a',
        statement,
        '“i told him that I had lost a son — and that we were both members of a really bad club, parents who have buried children”',
      ),
    ).toBeNull();
  });

  it('compares an excerpt with the part of the statement it quotes', () => {
    expect(wordingDifference('a', statement, 'members of a really bad club')).toBeNull();
    const difference = wordingDifference('a', statement, 'members of the same really bad club');
    expect(difference?.excerpt).toBe(true);
    expect(difference?.parts.filter((p) => p[0] !== '=')).toEqual([
      ['-', 'a'],
      ['+', 'the same'],
    ]);
  });

  it("shows words a source adds, such as an editor's insertion", () => {
    const difference = wordingDifference(
      'a',
      'they really have nowhere else to go',
      'they [Palestinians] really have nowhere else to go',
    );
    expect(difference?.parts).toEqual([
      ['=', 'they'],
      ['+', '[Palestinians]'],
      ['=', 'really have nowhere else to go'],
    ]);
  });

  it("leaves out the page's own words between two quoted parts of a span, not a quote inside it", () => {
    const delegates = 'He delegates well. He gave us a lot of authority to negotiate.';
    const printed =
      'He delegates well,” said Witkoff.\n“He gave us a lot of authority to negotiate';
    expect(wordingDifference('a', delegates, printed)).toBeNull();
    const single = 'He delegates well,’ Witkoff said. ‘He gave us a lot of authority to negotiate';
    expect(wordingDifference('a', delegates, single)).toBeNull();
    // A quote the speaker quotes opens before it closes: it stays.
    const apology = 'And the president said to him, People apologize.';
    const quoting = 'And the president said to him, “People apologize.”';
    expect(wordingDifference('a', apology, quoting)).toBeNull();
  });
});

// Issue 19, "Page text speaks in the card": a page's words are listed apart, and clipped.
describe('wordChanges', () => {
  it("lists the page's added runs and the record's dropped runs, without punctuation runs", () => {
    expect(
      wordChanges([
        ['=', 'we were both'],
        ['+', 'VERIFIED TRUE BY SOURCELIGHT'],
        ['=', 'members of a'],
        ['-', 'really'],
        ['+', ','],
        ['=', 'bad club'],
      ]),
    ).toEqual({ added: ['VERIFIED TRUE BY SOURCELIGHT'], dropped: ['really'] });
  });

  it('clips a long run of added words', () => {
    const long = 'word '.repeat(40).trim();
    const { added } = wordChanges([['+', long]]);
    expect(added[0]!.length).toBeLessThanOrEqual(PAGE_WORDS_SHOWN);
    expect(added[0]!.endsWith('…')).toBe(true);
  });
});
