// The 64-bit record key (service_records.record_key, service_events.event_key): a hash of what identifies a record
// (its own id, else its content), so importing the same data twice stores each record once. Computed for every row of
// a million-row import, so it is a plain 64-bit string hash (two 32-bit multiply-xorshift lanes over the UTF-16
// code units, then a final avalanche) rather than a cryptographic digest; its values are stored, so it never changes.

/** A 64-bit key as its two 32-bit halves: `hi` signed, `lo` unsigned — the big-endian bytes of a PostgreSQL bigint. */
export interface RecordKey {
  hi: number;
  lo: number;
}

export function recordKeyOf(identity: string): RecordKey {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < identity.length; i += 1) {
    const code = identity.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return { hi: h2 | 0, lo: h1 >>> 0 };
}

/** The key as the signed 64-bit integer PostgreSQL stores. */
export function recordKeyToBigInt(key: RecordKey): bigint {
  return (BigInt(key.hi) << 32n) | BigInt(key.lo);
}

export function recordKeyFromBigInt(value: bigint): RecordKey {
  return { hi: Number(BigInt.asIntN(32, value >> 32n)), lo: Number(BigInt.asUintN(32, value)) };
}
