/**
 * A table of 32-bit keys with a number each, by open addressing, in plain arrays: the build
 * makes it (word-index.ts) and a page reads it as loaded, JSON and all, with nothing made from
 * it first. Key 0 marks an empty slot: a key that is 0 is stored and looked up as 1 (`keyOf`),
 * so two keys share a slot now and then, as hashes do.
 */
export interface IntTable {
  /** `keys.length` is a power of two, at least twice the entries. */
  readonly keys: readonly number[];
  readonly values: readonly number[];
}

/** The key a table stores for `key` (never 0, which marks an empty slot). */
const keyOf = (key: number) => key | 0 || 1;

function slotOf(keys: readonly number[], key: number): number {
  const mask = keys.length - 1;
  let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  while (keys[at] !== 0 && keys[at] !== key) at = (at + 1) & mask;
  return at;
}

/** The value stored for `key`, or -1. */
export function lookUp(table: IntTable, key: number): number {
  const stored = keyOf(key);
  const at = slotOf(table.keys, stored);
  return table.keys[at] === stored ? table.values[at]! : -1;
}

/**
 * A table of `entries`: of two entries with one key, the first stays. (Build time: the arrays
 * are made here and never changed after.)
 */
export function makeIntTable(entries: Iterable<readonly [number, number]>): IntTable {
  const list = [...entries];
  let capacity = 16;
  while (capacity < list.length * 2) capacity *= 2;
  const keys = new Array<number>(capacity).fill(0);
  const values = new Array<number>(capacity).fill(0);
  for (const [key, value] of list) {
    const stored = keyOf(key);
    const at = slotOf(keys, stored);
    if (keys[at] === stored) continue;
    keys[at] = stored;
    values[at] = value;
  }
  return { keys, values };
}
