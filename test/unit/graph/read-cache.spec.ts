import { ReadCache } from '../../../src/graph/read-cache';

/** A loader that counts its calls and answers with that count. */
function counter(): { load: () => Promise<number>; calls: () => number } {
  let calls = 0;
  return { load: () => Promise.resolve(++calls), calls: () => calls };
}

describe('ReadCache', () => {
  let clock: number;
  const now = () => clock;
  beforeEach(() => (clock = 1_000));

  it('reuses an answer while it is fresh and loads again once it is older than the TTL', async () => {
    const cache = new ReadCache(500, 10, now);
    const { load, calls } = counter();
    expect(await cache.get('q', load)).toBe(1);
    clock += 499;
    expect(await cache.get('q', load)).toBe(1);
    clock += 1;
    expect(await cache.get('q', load)).toBe(2);
    expect(calls()).toBe(2);
  });

  it('keeps different questions apart', async () => {
    const cache = new ReadCache(500, 10, now);
    expect(await cache.get('a', () => Promise.resolve('A'))).toBe('A');
    expect(await cache.get('b', () => Promise.resolve('B'))).toBe('B');
    expect(await cache.get('a', () => Promise.resolve('other'))).toBe('A');
  });

  it('forgets everything on clear, so an answer from before a write is never given after it', async () => {
    const cache = new ReadCache(60_000, 10, now);
    const { load } = counter();
    await cache.get('q', load);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(await cache.get('q', load)).toBe(2);
  });

  it('lets identical reads that overlap share one load', async () => {
    const cache = new ReadCache(500, 10, now);
    let release!: (value: string) => void;
    let loads = 0;
    const load = () => {
      loads += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const first = cache.get('q', load);
    const second = cache.get('q', load);
    release('answer');
    expect(await Promise.all([first, second])).toEqual(['answer', 'answer']);
    expect(loads).toBe(1);
  });

  it('does not keep a failed load: the next read tries again', async () => {
    const cache = new ReadCache(500, 10, now);
    await expect(cache.get('q', () => Promise.reject(new Error('Neo4j is down')))).rejects.toThrow('Neo4j is down');
    expect(await cache.get('q', () => Promise.resolve('back'))).toBe('back');
  });

  it('a failed load that finishes after a clear does not remove the newer answer', async () => {
    const cache = new ReadCache(500, 10, now);
    let fail!: (error: Error) => void;
    const failing = cache.get('q', () => new Promise<string>((_, reject) => (fail = reject)));
    cache.clear();
    expect(await cache.get('q', () => Promise.resolve('fresh'))).toBe('fresh');
    fail(new Error('late'));
    await expect(failing).rejects.toThrow('late');
    expect(await cache.get('q', () => Promise.resolve('not used'))).toBe('fresh');
  });

  it('drops the least recently used answer beyond maxEntries', async () => {
    const cache = new ReadCache(60_000, 2, now);
    await cache.get('a', () => Promise.resolve('A'));
    await cache.get('b', () => Promise.resolve('B'));
    await cache.get('a', () => Promise.resolve('unused')); // a is now the most recent
    await cache.get('c', () => Promise.resolve('C'));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', () => Promise.resolve('reloaded'))).toBe('A');
    expect(await cache.get('b', () => Promise.resolve('reloaded'))).toBe('reloaded');
  });

  it('with a TTL of 0 every read loads', async () => {
    const cache = new ReadCache(0, 10, now);
    const { load, calls } = counter();
    await cache.get('q', load);
    await cache.get('q', load);
    expect(calls()).toBe(2);
    expect(cache.size).toBe(0);
  });
});
