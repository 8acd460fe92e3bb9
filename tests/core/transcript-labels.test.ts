import { describe, expect, it } from 'vitest';
import type { PersonMention } from '../../src/core/people';
import { withTranscriptLabels } from '../../src/core/transcript-labels';

/** Mentions where `names` stand in `text`, as the people matcher gives them. */
const mentionsOf = (text: string, names: Record<string, string>): PersonMention[] =>
  Object.entries(names).flatMap(([name, personId]) =>
    [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({
      personId,
      start: m.index,
      end: m.index + name.length,
    })),
  );
const labelled = (text: string, names: Record<string, string>) =>
  withTranscriptLabels(text, mentionsOf(text, names)).map((m) => [
    m.personId,
    text.slice(m.start, m.end),
  ]);

describe('withTranscriptLabels', () => {
  const names = { Witkoff: 'witkoff', Ushakov: 'ushakov' };

  it('reads a turn labelled by the initials of a name printed at a turn of its own', () => {
    const text =
      'La trascrizione della telefonata pubblicata da Bloomberg.\n' +
      'Steve Witkoff: Ciao Yuri.\nYuri Ushakov: Sì Steve, ciao.\nSW: Voglio dirti una cosa.\n' +
      'YU: La guerra russo-ucraina.';
    expect(labelled(text, names)).toEqual([
      ['witkoff', 'Witkoff'],
      ['ushakov', 'Ushakov'],
      ['witkoff', 'SW'],
      ['ushakov', 'YU'],
    ]);
  });

  it('takes the initials a page gives in brackets', () => {
    const text = 'Steve Witkoff (W): Hola.\nYuri Ushakov (YVU): Yes.\nYVU: Thank you.';
    expect(labelled(text, names).at(-1)).toEqual(['ushakov', 'YVU']);
  });

  it('labels nobody where a name is not a turn’s label, or two share initials', () => {
    const prose = 'Steve Witkoff said the call went well.\nSW: Hello.';
    expect(labelled(prose, names)).toEqual([['witkoff', 'Witkoff']]);
    const shared = 'Steve Witkoff: Hi.\nSam Wilson: Hi.\nSW: Hello.';
    expect(labelled(shared, { ...names, Wilson: 'wilson' })).toHaveLength(2);
  });
});
