import { describe, expect, it } from 'vitest';
import {
  creditedPeople,
  isNarrated,
  peopleNear,
  peopleOfEvents,
} from '../../src/core/claim-people';
import type { Claim } from '../../src/core/dataset';
import { realDataset } from '../support/dataset';

const claim = (
  kind: 'quote' | 'fact',
  speaker: string | null,
  credits: (string | null)[],
  event = 'kremlin-meeting-dec-2025',
): Claim =>
  ({
    id: `c-${kind}-${credits.join('-')}`,
    kind,
    speaker,
    event,
    statement: '…',
    appearances: credits.map((attributedTo, k) => ({ source: `s${k}`, text: '…', attributedTo })),
  }) as unknown as Claim;

describe('creditedPeople', () => {
  it('is the speaker and whoever a source credits, each once', () => {
    expect(creditedPeople(claim('quote', 'ushakov', ['ushakov', 'putin', null, 'putin']))).toEqual([
      'ushakov',
      'putin',
    ]);
    expect(creditedPeople(claim('fact', null, [null, null]))).toEqual([]);
  });
});

describe('isNarrated', () => {
  it('is a quote most of whose sources credit nobody', () => {
    expect(isNarrated(claim('quote', 'ushakov', ['ushakov', null, null]))).toBe(true);
    expect(isNarrated(claim('quote', 'ushakov', ['ushakov', null]))).toBe(false);
    expect(isNarrated(claim('fact', null, [null, null]))).toBe(false);
  });

  it('holds of the length of the Kremlin meeting, and of no interview line', () => {
    const { claims } = realDataset();
    const narrated = claims.filter(isNarrated).map((c) => c.id);
    expect(narrated).toContain('meeting-about-five-hours');
    expect(narrated).not.toContain('witkoff-bad-club');
  });
});

describe('peopleNear', () => {
  const events = peopleOfEvents([
    claim('quote', 'ushakov', ['ushakov']),
    claim('quote', 'witkoff', ['witkoff', 'kushner']),
    claim('quote', 'al-hayya', ['al-hayya'], 'hayya-war-ended'),
  ]);

  it('gives each event the people its claims credit', () => {
    expect(events['kremlin-meeting-dec-2025']).toEqual(['kushner', 'ushakov', 'witkoff']);
    expect(events['hayya-war-ended']).toEqual(['al-hayya']);
  });

  it('is whoever is credited, for a quote its sources credit', () => {
    expect(peopleNear(claim('quote', 'putin', ['putin', 'putin', null]), events)).toEqual([
      'putin',
    ]);
  });

  it('adds the event’s people for a narrated quote, and no other event’s', () => {
    expect(peopleNear(claim('quote', 'putin', ['putin', null, null]), events).sort()).toEqual([
      'kushner',
      'putin',
      'ushakov',
      'witkoff',
    ]);
  });

  it('leaves a fact no one is credited with near no one', () => {
    expect(peopleNear(claim('fact', null, [null, null]), events)).toEqual([]);
  });
});
