import { describe, expect, it } from 'vitest';
import { lookUp, makeIntTable } from '../../src/core/int-table';

describe('makeIntTable and lookUp', () => {
  const entries: [number, number][] = [
    [-2_054_362_721, 7],
    [13, 0],
    [0x7fffffff, 3],
    [0, 9],
  ];
  const table = makeIntTable(entries);

  it('gives each key its value, and -1 for a key it has not', () => {
    for (const [key, value] of entries) expect(lookUp(table, key)).toBe(value);
    expect(lookUp(table, 14)).toBe(-1);
    expect(lookUp(table, -13)).toBe(-1);
  });

  it('is at most half full, in a power of two of slots, and reads alike once sent as JSON', () => {
    expect(table.keys.length & (table.keys.length - 1)).toBe(0);
    expect(table.keys.length).toBeGreaterThanOrEqual(entries.length * 2);
    const sent = JSON.parse(JSON.stringify(table)) as typeof table;
    for (const [key, value] of entries) expect(lookUp(sent, key)).toBe(value);
  });

  it('keeps the first of two entries with one key, and stores key 0 as 1', () => {
    const twice = makeIntTable([
      [5, 1],
      [5, 2],
    ]);
    expect(lookUp(twice, 5)).toBe(1);
    // 0 marks an empty slot: 0 and 1 are one key.
    expect(lookUp(makeIntTable([[0, 4]]), 1)).toBe(4);
  });

  it('finds every key of a crowded table, however they collide', () => {
    const many = Array.from({ length: 5_000 }, (_, k) => [k * 65_536, k] as const);
    const crowded = makeIntTable(many);
    for (const [key, value] of many) expect(lookUp(crowded, key)).toBe(value);
  });
});
