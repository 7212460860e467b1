/**
 * Answers of read queries kept for a short while, so that a burst of identical questions ("statements by this
 * speaker", asked by every reader of a story at once) costs Neo4j one query instead of hundreds.
 *
 * Freshness: every write made through this process clears the whole cache (Neo4jService does it), so the service
 * never answers from before its own writes. Writes made elsewhere (another service, `npm run ingest`, Neo4j Browser)
 * are seen within `ttlMs`. Identical reads that arrive while the first is still running share its answer.
 * Answers are shared between callers: treat them as read-only.
 */
export class ReadCache {
  /** Insertion order is recency order: a hit moves its entry to the end, eviction takes from the front. */
  private readonly entries = new Map<string, { expiresAt: number; answer: Promise<unknown> }>();
  private generation = 0;

  /**
   * @param ttlMs how long an answer may be reused; 0 turns the cache off.
   * @param maxEntries how many answers are kept at most (the least recently used goes first).
   * @param now the clock, replaceable in tests.
   */
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The answer for `key`: reused while fresh, else loaded by `load` (a failed load is not kept). */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0 || this.maxEntries <= 0) return load();
    const now = this.now();
    const entry = this.entries.get(key);
    this.entries.delete(key);
    if (entry !== undefined && entry.expiresAt > now) {
      this.entries.set(key, entry);
      return entry.answer as Promise<T>;
    }
    const generation = this.generation;
    const answer = load();
    this.entries.set(key, { expiresAt: now + this.ttlMs, answer });
    answer.catch(() => {
      // Only this load's own entry goes; a newer one (after a clear) stays.
      if (generation === this.generation && this.entries.get(key)?.answer === answer) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return answer;
  }

  /** Forgets every answer: the graph has changed. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
