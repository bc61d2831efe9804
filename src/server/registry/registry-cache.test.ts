import { describe, expect, it } from 'vitest';
import { createRegistryCache, matchesIfNoneMatch } from './registry-cache';

function setUp(options: { versionCheckMs?: number; maxEntries?: number; maxBytes?: number } = {}) {
  let version = 1;
  let reads = 0;
  let clock = 0;
  let release: (() => void) | undefined;
  let isSlow = false;
  const cache = createRegistryCache({
    readVersion: async () => {
      reads += 1;
      if (isSlow) await new Promise<void>((resolve) => (release = resolve));
      return version;
    },
    versionCheckMs: options.versionCheckMs ?? 1000,
    now: () => clock,
    ...(options.maxEntries ? { maxEntries: options.maxEntries } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  });
  return {
    cache,
    setVersion: (v: number) => (version = v),
    advance: (ms: number) => (clock += ms),
    reads: () => reads,
    slow: () => (isSlow = true),
    release: () => release?.(),
  };
}

describe('registry cache version check', () => {
  it('reads the version at most once per versionCheckMs', async () => {
    const s = setUp({ versionCheckMs: 1000 });
    expect(await s.cache.currentVersion()).toBe(1);
    s.setVersion(2);
    s.advance(999);
    expect(await s.cache.currentVersion()).toBe(1);
    expect(s.reads()).toBe(1);
    s.advance(1);
    expect(await s.cache.currentVersion()).toBe(2);
    expect(s.reads()).toBe(2);
  });

  it('shares one read between requests that arrive while it runs', async () => {
    const s = setUp();
    s.slow();
    const both = Promise.all([s.cache.currentVersion(), s.cache.currentVersion()]);
    await Promise.resolve();
    s.release();
    expect(await both).toEqual([1, 1]);
    expect(s.reads()).toBe(1);
  });

  it('reads every time with versionCheckMs 0', async () => {
    const s = setUp({ versionCheckMs: 0 });
    await s.cache.currentVersion();
    s.setVersion(5);
    expect(await s.cache.currentVersion()).toBe(5);
  });
});

describe('registry cache entries', () => {
  it('finds an entry only at the version it was made', () => {
    const { cache } = setUp();
    const stored = cache.store('/a', 1, Buffer.from('x'), 'application/json');
    expect(stored.etag).toMatch(/^"v1-[\w-]{22}"$/);
    expect(cache.find('/a', 1)).toBe(stored);
    expect(cache.find('/a', 2)).toBeUndefined();
    expect(cache.find('/a', 1)).toBeUndefined();
  });

  it('gives different bodies different ETags', () => {
    const { cache } = setUp();
    expect(cache.store('/a', 1, Buffer.from('x'), 'text/csv').etag).not.toBe(cache.store('/b', 1, Buffer.from('y'), 'text/csv').etag);
  });

  it('evicts the least recently used beyond maxEntries', () => {
    const { cache } = setUp({ maxEntries: 2 });
    cache.store('/a', 1, Buffer.from('a'), 'x');
    cache.store('/b', 1, Buffer.from('b'), 'x');
    cache.find('/a', 1);
    cache.store('/c', 1, Buffer.from('c'), 'x');
    expect(cache.size).toBe(2);
    expect(cache.find('/b', 1)).toBeUndefined();
    expect(cache.find('/a', 1)).toBeDefined();
  });

  it('keeps the bodies under maxBytes, and never holds one larger than that', () => {
    const { cache } = setUp({ maxBytes: 10 });
    cache.store('/a', 1, Buffer.alloc(6), 'x');
    cache.store('/b', 1, Buffer.alloc(6), 'x');
    expect(cache.find('/a', 1)).toBeUndefined();
    expect(cache.find('/b', 1)).toBeDefined();
    cache.store('/big', 1, Buffer.alloc(11), 'x');
    expect(cache.find('/big', 1)).toBeUndefined();
    expect(cache.find('/b', 1)).toBeDefined();
  });
});

describe('matchesIfNoneMatch', () => {
  it.each<[string | string[] | undefined, boolean]>([
    [undefined, false],
    ['"v1-abc"', true],
    ['W/"v1-abc"', true],
    ['"v0-abc"', false],
    ['"x", "v1-abc"', true],
    [['"x"', '"v1-abc"'], true],
    ['*', true],
    ['v1-abc', false],
  ])('%j → %s', (header, expected) => expect(matchesIfNoneMatch(header, '"v1-abc"')).toBe(expected));
});
