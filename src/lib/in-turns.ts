/**
 * Work done a few jobs at a time: the build writes many files of the same kind (each area's
 * search index, each area's offline kit), and doing them all at once would hold every one in
 * memory together, while one at a time would leave a core idle.
 */

/** `make` of each item, at most `atOnce` at a time, each begun when one before it has finished; the results in the items' order. */
export async function inTurns<T, R>(items: readonly T[], atOnce: number, make: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await make(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return results;
}
