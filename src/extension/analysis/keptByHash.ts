// What the analysis worker keeps by content hash (raw and finished analyses): least recently used
// first out, bounded by the total length of the texts they describe rather than by a count, so a
// story of a thousand ordinary articles stays whole (a count of 64 made every corpus pass over a
// large folder analyse most of its articles again) while a few huge articles cannot exhaust memory.
export class KeptByHash<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(
    /** The most text (UTF-16 code units, summed over entries) whose analyses are kept. */
    private readonly budget: number,
  ) {}

  /** The value under `hash`, which becomes the most recently used. */
  get(hash: string): V | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    this.entries.delete(hash);
    this.entries.set(hash, entry);
    return entry.value;
  }

  has(hash: string): boolean {
    return this.entries.has(hash);
  }

  /** Keeps `value` for a text of `size` code units, dropping the least recently used beyond the budget (never the newest). */
  set(hash: string, value: V, size: number): void {
    this.delete(hash);
    this.entries.set(hash, { value, size });
    this.total += size;
    while (this.total > this.budget && this.entries.size > 1) this.delete(this.entries.keys().next().value as string);
  }

  delete(hash: string): void {
    const entry = this.entries.get(hash);
    if (!entry) return;
    this.entries.delete(hash);
    this.total -= entry.size;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
