// The 64-bit record key (service_records.record_key, service_events.event_key): a hash of what identifies a record
// (its own id, else its content), so importing the same data twice stores each record once. Computed for every row of
// a million-row import, so it is a plain 64-bit string hash (two 32-bit multiply-xorshift lanes over the UTF-16
// code units, then a final avalanche) rather than a cryptographic digest; its values are stored, so it never changes.

/** A 64-bit key as its two 32-bit halves: `hi` signed, `lo` unsigned — the big-endian bytes of a PostgreSQL bigint. */
export interface RecordKey {
  hi: number;
  lo: number;
}

/**
 * The same hash fed piece by piece, so the byte reader of a big import can key a row straight from its bytes without
 * building the identity string: reset, feed the identity's UTF-16 code units in order, finish; the key is then in
 * `hi`/`lo`. One hasher is reused for every row, so nothing is allocated per key.
 */
export class RecordKeyHasher implements RecordKey {
  hi = 0;
  lo = 0;
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  reset(): void {
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
  }

  /** One UTF-16 code unit. */
  unit(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761);
    this.h2 = Math.imul(this.h2 ^ code, 1597334677);
  }

  // text and ascii keep the lanes in locals: a field write per code unit made hashing a third of the byte reader's time.
  text(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** Bytes `start … end − 1`, which must all be ASCII: each byte is then its own code unit. */
  ascii(bytes: Uint8Array, start: number, end: number): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = start; i < end; i += 1) {
      const code = bytes[i]!;
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  finish(): void {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.hi = h2 | 0;
    this.lo = h1 >>> 0;
  }
}

const shared = new RecordKeyHasher();

export function recordKeyOf(identity: string): RecordKey {
  shared.reset();
  shared.text(identity);
  shared.finish();
  return { hi: shared.hi, lo: shared.lo };
}

/** The key as the signed 64-bit integer PostgreSQL stores. */
export function recordKeyToBigInt(key: RecordKey): bigint {
  return (BigInt(key.hi) << 32n) | BigInt(key.lo);
}

export function recordKeyFromBigInt(value: bigint): RecordKey {
  return { hi: Number(BigInt.asIntN(32, value >> 32n)), lo: Number(BigInt.asUintN(32, value)) };
}
