import { describe, expect, it } from 'vitest';
import { groupByEvent, groupBySpeaker, viewClaim } from '../../src/core/claim-view';
import { indexDataset } from '../../src/core/dataset';
import { realDataset } from '../support/dataset';

describe('viewClaim', () => {
  const index = indexDataset(realDataset());

  it('names the speaker and lists every source with whom it credits', () => {
    const view = viewClaim(index, 'two-human-beings-vulnerability');
    expect(view?.speaker).toBe('Jared Kushner');
    const sources = view?.sources.map((s) => [s.outlet, s.attributedTo, s.attributionDiffers]);
    expect(sources).toContainEqual(['globalnewsc.com', 'Steve Witkoff', true]);
    expect(sources).toContainEqual(['newsbeep.com', 'Jared Kushner', false]);
    expect(sources?.filter(([, , differs]) => differs)).toHaveLength(1);
  });

  it('names the event it was made at, with its date', () => {
    expect(viewClaim(index, 'witkoff-bad-club')?.event).toEqual({
      id: 'interview-60-minutes',
      title: 'CBS “60 Minutes” interview with Steve Witkoff and Jared Kushner',
      date: '2025-10-19',
      days: ['2025-10-19', '2025-10-19'],
    });
  });

  it('gives an event of several days its first and last, the title none', () => {
    // The call on 14 October, its publication on 25 November, the reactions the day after.
    const event = viewClaim(index, 'witkoff-really-good-call')?.event;
    expect(event?.days).toEqual(['2025-10-14', '2025-11-26']);
    const kremlin = viewClaim(index, 'meeting-about-five-hours')?.event;
    expect(kremlin?.days).toEqual(['2025-12-02', '2026-01-22']);
    // The card prints the days beside the title: the title does not print them again.
    expect(kremlin?.title).not.toMatch(/2025|2026/);
  });

  it('shows no title read off a URL as a headline', () => {
    const view = viewClaim(index, 'gaza-rebuild-50bn');
    const dawn = view?.sources.find((s) => s.sourceId === 'dawn-gaza-50bn');
    expect(index.source('dawn-gaza-50bn')?.titleFromUrl).toBe(true);
    expect(dawn?.title).toBeNull();
  });

  it('says a statement back-translated from the German post that reports it is a translation', () => {
    expect(viewClaim(index, 'ben-gvir-play-the-victim')?.translatedFrom).toBe('de');
  });

  it('is null for an unknown claim', () => {
    expect(viewClaim(index, 'no-such-claim')).toBeNull();
  });
});

describe('groupBySpeaker', () => {
  const index = indexDataset(realDataset());
  const item = (id: string) => ({ view: viewClaim(index, id)! });

  it('groups claims by speaker in order of first appearance, facts last', () => {
    const groups = groupBySpeaker([
      item('hayya-son-killed-in-doha-strike'),
      item('witkoff-bad-club'),
      item('gaza-nuclear-bomb'),
      item('condolences-loss-of-son'),
    ]);
    expect(groups.map((g) => [g.speaker, g.items.map((i) => i.view.claimId)])).toEqual([
      ['Steve Witkoff', ['witkoff-bad-club', 'condolences-loss-of-son']],
      ['Jared Kushner', ['gaza-nuclear-bomb']],
      [null, ['hayya-son-killed-in-doha-strike']],
    ]);
  });
});

describe('groupByEvent', () => {
  const index = indexDataset(realDataset());
  const item = (id: string) => ({ view: viewClaim(index, id)! });
  const other = (id: string, event: string) => {
    const view = viewClaim(index, id)!;
    return {
      view: {
        ...view,
        event: {
          id: event,
          title: event,
          date: '2026-01-22',
          days: ['2026-01-22', '2026-01-22'] as const,
        },
      },
    };
  };

  it('groups claims by event in order of first appearance, then by speaker', () => {
    const groups = groupByEvent([
      item('witkoff-bad-club'),
      other('gaza-nuclear-bomb', 'davos-new-gaza'),
      item('two-human-beings-vulnerability'),
    ]);
    expect(
      groups.map((g) => [
        g.event.id,
        g.speakers.map((s) => [s.speaker, s.items.map((i) => i.view.claimId)]),
      ]),
    ).toEqual([
      [
        'interview-60-minutes',
        [
          ['Steve Witkoff', ['witkoff-bad-club']],
          ['Jared Kushner', ['two-human-beings-vulnerability']],
        ],
      ],
      ['davos-new-gaza', [['Jared Kushner', ['gaza-nuclear-bomb']]]],
    ]);
  });
});
