/** What add-source proposes for saved pages written like real news pages (tests/fixtures/add-source/). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProposer } from '../../../scripts/add-source/propose';
import { readPage } from '../../../scripts/add-source/read-page';
import { realDataset } from '../../support/dataset';

const fixture = (name: string) => resolve('tests/fixtures/add-source', name);
const propose = compileProposer(realDataset());
const appearancesOf = (proposal: ReturnType<typeof propose>) =>
  Object.fromEntries(proposal.appearances.map((p) => [p.claim, p.appearance]));

describe('add-source on a corpus-style .txt page', () => {
  const proposal = propose(readPage(fixture('meridian-envoys-interview.txt')), { lang: 'en' });
  const source = 'meridianherald-trumps-envoys-describe-night';

  it('proposes the source entry from the header, the language from --lang', () => {
    expect(proposal.source).toEqual({
      id: source,
      outlet: 'The Meridian Herald',
      url: 'https://www.meridianherald.com/world/2025/10/21/trump-envoys-gaza-talks-60-minutes',
      title: 'Trump’s envoys describe the night the Gaza talks turned personal',
      published: '2025-10-21',
      language: 'en',
      kind: 'report',
      copyOf: null,
    });
    expect(proposal.missing).toEqual([]);
    expect(proposal.existingSource).toBeNull();
  });

  it('proposes one appearance per claim: the span as printed, the credit, the details near it', () => {
    expect(appearancesOf(proposal)).toEqual({
      'witkoff-bad-club': {
        source,
        text: 'I told him that I had lost a son, and that we were both members of a really bad club, parents who have buried children',
        attributedTo: 'witkoff',
        details: [],
      },
      // "he said", after a sentence that says Kushner said it.
      'two-human-beings-vulnerability': {
        source,
        text: 'It turned from a negotiation with a terrorist group to seeing two human beings kind of showing a vulnerability with each other',
        attributedTo: 'kushner',
        details: [],
      },
      // The amount stands outside the quote: its sentence becomes the context.
      'gaza-rebuild-50bn': {
        source,
        text: 'It might be a little bit less, it might be a little bit more',
        context:
          'Witkoff said the reconstruction of Gaza, estimated at around $50 billion, would take years. “It might be a little bit less, it might be a little bit more,” he added.',
        attributedTo: 'witkoff',
        details: [
          {
            type: 'amount',
            about: 'cost of rebuilding Gaza',
            text: '$50 billion',
            value: 50_000_000_000,
            currency: 'USD',
          },
        ],
      },
    });
    expect(proposal.appearances.map((p) => p.claim)).toEqual([
      'witkoff-bad-club',
      'two-human-beings-vulnerability',
      'gaza-rebuild-50bn',
    ]);
  });

  it("proposes a known person's unmatched quote, not a short phrase or an unknown analyst's words", () => {
    expect(proposal.candidates).toEqual([
      {
        text: 'We spent most of our time thinking about what the day after looks like for ordinary families',
        attributedTo: 'kushner',
      },
    ]);
  });

  it('says what the page lacks', () => {
    const bare = propose(readPage(fixture('meridian-envoys-interview.txt')));
    expect(bare.missing).toEqual(['language (pass --lang)']);
  });
});

describe('add-source on an .html page', () => {
  const page = readPage(fixture('northstar-kremlin-talks.html'));
  const proposal = propose(page);
  const source = 'northstarnews-putin-receives-witkoff-kushner';

  it("reads the article, not the site's navigation, byline, aside or footer", () => {
    expect(page.text).toContain(
      '“It was an extremely useful, constructive and substantive conversation, which did not last five minutes but five hours,” Ushakov said.',
    );
    for (const chrome of ['Politics', 'Petra Lindqvist', 'Read more', 'All rights reserved'])
      expect(page.text).not.toContain(chrome);
  });

  it('proposes the source from og:url, og:site_name, the publication time and <html lang>', () => {
    expect(proposal.source).toEqual({
      id: source,
      outlet: 'Northstar News',
      url: 'https://northstarnews.com/europe/2025/12/03/putin-witkoff-kushner-kremlin-talks',
      title: 'Putin receives Witkoff and Kushner for late-night Kremlin talks',
      published: '2025-12-03',
      language: 'en',
      kind: 'report',
      copyOf: null,
    });
  });

  it('proposes the quote with markup inside it as printed, with its duration', () => {
    expect(appearancesOf(proposal)).toEqual({
      'meeting-about-five-hours': {
        source,
        text: 'which did not last five minutes but five hours',
        attributedTo: 'ushakov',
        details: [
          {
            type: 'duration',
            about: 'length of the 2 December 2025 Kremlin meeting',
            text: 'five hours',
            seconds: 18_000,
          },
        ],
      },
      // The quote's first clause is a claim of its own; the markup is inside it.
      'ushakov-useful-constructive-substantive': {
        source,
        text: 'It was an extremely useful, constructive and substantive conversation',
        attributedTo: 'ushakov',
        details: [],
      },
      'witkoff-to-us-embassy-after-meeting': {
        source,
        text: 'the US embassy in Moscow',
        attributedTo: null,
        details: [],
      },
    });
    // "in the Kremlin" is in another paragraph: shown to the reviewer, not written.
    const meeting = proposal.appearances.find((p) => p.claim === 'meeting-about-five-hours')!;
    expect(meeting.detailsLeft.map((d) => d.text)).toEqual(['Kremlin']);
  });

  it('proposes the unmatched quote "he said" credits to Ushakov', () => {
    expect(proposal.candidates).toEqual([
      {
        text: 'We agreed not to reveal the substance of what was discussed until the Americans have consulted Kyiv',
        attributedTo: 'ushakov',
      },
    ]);
  });

  it('takes the flags over what the page says', () => {
    const flagged = propose(page, {
      url: 'https://northstarnews.com/a/1',
      outlet: 'Northstar',
      date: '2025-12-02',
      lang: 'en-GB',
      id: 'northstar-kremlin',
      kind: 'copy',
    });
    expect(flagged.source).toMatchObject({
      id: 'northstar-kremlin',
      url: 'https://northstarnews.com/a/1',
      outlet: 'Northstar',
      published: '2025-12-02',
      language: 'en-GB',
      kind: 'copy',
    });
    expect(flagged.appearances.every((p) => p.appearance.source === 'northstar-kremlin')).toBe(
      true,
    );
  });
});
