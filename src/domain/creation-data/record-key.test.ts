import { describe, expect, it } from 'vitest';
import { RecordKeyHasher, recordKeyFromBigInt, recordKeyOf, recordKeyToBigInt } from './record-key';

describe('record key', () => {
  it('is stable: stored keys must keep their values across releases', () => {
    expect(recordKeyToBigInt(recordKeyOf('id\u0001FW001'))).toBe(-7660430371957378066n);
  });

  it.each([
    ['id\u0001FW001', 'id\u0001FW002'],
    ['ab', 'ba'],
    ['c\u0001914403001922038216\u0001440106', 'c\u0001914403001922038216\u0001440105'],
  ])('tells %j from %j', (a, b) => {
    expect(recordKeyToBigInt(recordKeyOf(a))).not.toBe(recordKeyToBigInt(recordKeyOf(b)));
  });

  it('has no collision among 200,000 similar identities', () => {
    const seen = new Set<bigint>();
    for (let i = 0; i < 200_000; i += 1) seen.add(recordKeyToBigInt(recordKeyOf(`c\u0001914403001922038216\u0001440106\u0001管理咨询\u00012026-03-05\u0001${i}`)));
    expect(seen.size).toBe(200_000);
  });

  it.each([0n, 1n, -1n, 9223372036854775807n, -9223372036854775808n, 4294967296n, -4294967297n])('round-trips %s through its halves', (value) => {
    expect(recordKeyToBigInt(recordKeyFromBigInt(value))).toBe(value);
  });

  it.each(['', 'id\u0001FW001', 'c\u0001914403001922038216\u0001440106\u0001管理咨询\u00012026-03-05\u0001online', '😀企业'])(
    'a reused hasher fed piece by piece gives the key of the whole string %j',
    (identity) => {
      const hasher = new RecordKeyHasher();
      hasher.text('something before');
      hasher.reset();
      const split = Math.floor(identity.length / 2);
      hasher.text(identity.slice(0, split));
      for (let i = split; i < identity.length; i += 1) hasher.unit(identity.charCodeAt(i));
      hasher.finish();
      expect({ hi: hasher.hi, lo: hasher.lo }).toEqual(recordKeyOf(identity));
    },
  );

  it('reads ASCII bytes as their code units', () => {
    const hasher = new RecordKeyHasher();
    hasher.text('id\u0001');
    hasher.ascii(new TextEncoder().encode('xxFW001yy'), 2, 7);
    hasher.finish();
    expect(recordKeyToBigInt(hasher)).toBe(-7660430371957378066n);
  });
});
