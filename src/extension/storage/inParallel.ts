// File-system checks over many files at once: one at a time, a folder of hundreds of articles costs
// hundreds of sequential round trips (seconds on a busy machine); all at once floods the file service.
/** How many checks run at the same time. */
const AT_ONCE = 16;

/** `check` applied to every item, at most AT_ONCE at a time; results in the items' order. */
export async function mapInParallel<T, R>(items: readonly T[], check: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await check(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, lane));
  return results;
}
