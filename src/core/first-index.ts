/**
 * A binary search for the first of `count` items in order that is not before what is looked
 * for: the one search the core's sorted lists share (a page's words, its quotation marks, a
 * text's hits, the stem index's beginnings).
 */
export function firstNotBefore(count: number, isBefore: (i: number) => boolean): number {
  let [low, high] = [0, count];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
