import { describe, expect, it } from 'vitest';
import { viewClaim } from '../../src/core/claim-view';
import { indexDataset } from '../../src/core/dataset';
import { realDataset } from '../support/dataset';

describe('viewClaim', () => {
  const index = indexDataset(realDataset());

  it('names the speaker and lists every source with whom it credits', () => {
    const view = viewClaim(index, 'two-human-beings-vulnerability');
    expect(view?.speaker).toBe('Jared Kushner');
    expect(view?.sources.map((s) => [s.outlet, s.attributedTo, s.attributionDiffers])).toEqual([
      ['globalnewsc.com', 'Steve Witkoff', true],
      ['newsbeep.com', 'Jared Kushner', false],
    ]);
  });

  it('is null for an unknown claim', () => {
    expect(viewClaim(index, 'no-such-claim')).toBeNull();
  });
});
