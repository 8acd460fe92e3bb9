import { describe, expect, it } from 'vitest';
import { compilePeopleMatcher } from '../../../src/core/people';
import { gatePeople } from '../../../scripts/dataset/vite-plugin';
import { realDataset } from '../../support/dataset';

describe('gatePeople', () => {
  const gate = compilePeopleMatcher(gatePeople(realDataset()));

  it('opens for the watched people, guarded spellings included', () => {
    expect(gate.namesAnyone('Envoy Steve Witkoff arrived on Monday.')).toBe(true);
    expect(gate.namesAnyone('Hamas negotiator Hayya met the mediators.')).toBe(true);
  });

  it('stays shut for people kept only for attribution', () => {
    expect(
      gate.namesAnyone(
        'President Donald Trump and Benjamin Netanyahu spoke by phone; Lesley Stahl reported.',
      ),
    ).toBe(false);
  });
});
