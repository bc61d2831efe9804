import { describe, expect, it } from 'vitest';
import { recordKeyFromBigInt, recordKeyOf, recordKeyToBigInt } from './record-key';

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
});
