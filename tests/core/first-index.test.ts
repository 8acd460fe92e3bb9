import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNotBefore } from '../../src/core/first-index';

describe('firstNotBefore', () => {
  it('finds the first item not before a key, as a scan from the start does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 })),
        fc.integer({ min: -5, max: 55 }),
        (values, key) => {
          const sorted = [...values].sort((a, b) => a - b);
          const scanned = sorted.findIndex((v) => v >= key);
          expect(firstNotBefore(sorted.length, (i) => sorted[i]! < key)).toBe(
            scanned === -1 ? sorted.length : scanned,
          );
        },
      ),
    );
  });

  it('reads sorted words by UTF-16 units', () => {
    const words = ['club', 'construt', 'useful'];
    expect(firstNotBefore(words.length, (i) => words[i]! < 'con')).toBe(1);
    expect(firstNotBefore(words.length, (i) => words[i]! < 'zz')).toBe(3);
  });
});
