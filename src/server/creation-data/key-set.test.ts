import { describe, expect, it } from 'vitest';
import { recordKeyFromBigInt, recordKeyOf } from '../../domain/creation-data/record-key';
import { KeySet } from './key-set';

describe('KeySet', () => {
  it('adds a key once, whatever its halves', () => {
    const set = new KeySet();
    for (const value of [0n, -1n, 1n, 9223372036854775807n, -9223372036854775808n, 4294967296n]) {
      const key = recordKeyFromBigInt(value);
      expect(set.addKey(key)).toBe(true);
      expect(set.addKey(key)).toBe(false);
    }
    expect(set.size).toBe(6);
  });

  it('keeps every key through growth', () => {
    const set = new KeySet(4);
    const keys = Array.from({ length: 50_000 }, (_, i) => recordKeyOf(`k${i}`));
    for (const key of keys) expect(set.addKey(key)).toBe(true);
    for (const key of keys) expect(set.addKey(key)).toBe(false);
    expect(set.size).toBe(50_000);
  });
});
