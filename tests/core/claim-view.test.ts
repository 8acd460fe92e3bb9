import { describe, expect, it } from 'vitest';
import { groupBySpeaker, viewClaim } from '../../src/core/claim-view';
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
