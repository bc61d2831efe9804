// PostgreSQL's binary COPY format (https://www.postgresql.org/docs/15/sql-copy.html, "Binary Format"): rows are
// encoded straight into large buffers, so a million rows never become a million strings or parameter arrays, and the
// server skips parsing text. Used by the bulk imports on both PostgreSQL and PGlite.

/** "PGCOPY\n\377\r\n\0", flags 0, no header extension. */
export const COPY_BINARY_HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
/** A field count of -1 ends the data. */
export const COPY_BINARY_TRAILER = Buffer.from([0xff, 0xff]);

/** Days from 1970-01-01 to 2000-01-01, PostgreSQL's date epoch. */
const EPOCH_2000_DAYS = 10_957;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (H. Hinnant's days_from_civil): Date.UTC would
 * read the years 0–99 as 1900–1999 (0026-03-05 → 1926).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Writes rows field by field; hands over a full chunk whenever the next row might not fit. */
export class BinaryRowEncoder {
  private buffer: Buffer;
  private position = 0;
  private readonly dayCache = new Map<string, number>();

  constructor(
    private readonly chunkBytes: number,
    private readonly emit: (chunk: Buffer) => void,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkBytes);
  }

  /** Starts a row of `fieldCount` fields taking at most `maxBytes` (fields and their length words included). */
  startRow(fieldCount: number, maxBytes: number): void {
    if (this.position + maxBytes + 2 > this.buffer.length) {
      this.flush();
      if (maxBytes + 2 > this.buffer.length) this.buffer = Buffer.allocUnsafe(maxBytes + 2);
    }
    this.position = this.buffer.writeInt16BE(fieldCount, this.position);
  }

  null(): void {
    this.position = this.buffer.writeInt32BE(-1, this.position);
  }

  bytes(value: Buffer): void {
    this.position = this.buffer.writeInt32BE(value.length, this.position);
    this.raw(value);
  }

  /** Bytes already in wire form (length words included), e.g. the fields every row of an import shares. */
  raw(value: Uint8Array): void {
    const buffer = this.buffer;
    let position = this.position;
    // A plain loop: for the few dozen bytes of a field it beats the native copy's call overhead.
    for (let i = 0; i < value.length; i += 1) buffer[position++] = value[i]!;
    this.position = position;
  }

  /** A bigint given as its signed high and unsigned low 32 bits. */
  int8(hi: number, lo: number): void {
    this.position = this.buffer.writeInt32BE(8, this.position);
    this.position = this.buffer.writeInt32BE(hi, this.position);
    this.position = this.buffer.writeUInt32BE(lo, this.position);
  }

  int2(value: number): void {
    this.position = this.buffer.writeInt32BE(2, this.position);
    this.position = this.buffer.writeInt16BE(value, this.position);
  }

  int4(value: number): void {
    this.position = this.buffer.writeInt32BE(4, this.position);
    this.position = this.buffer.writeInt32BE(value, this.position);
  }

  /** A YYYY-MM-DD date: days since 2000-01-01. */
  date(value: string): void {
    let days = this.dayCache.get(value);
    if (days === undefined) {
      days = daysFromCivil(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) - EPOCH_2000_DAYS;
      this.dayCache.set(value, days);
    }
    this.int4(days);
  }

  text(value: string): void {
    const buffer = this.buffer;
    const start = this.position + 4;
    const length = value.length;
    // Codes, dates, numbers and ids are ASCII: written byte by byte, which beats a native call for short strings.
    let i = 0;
    for (; i < length; i += 1) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) break;
      buffer[start + i] = code;
    }
    const bytes = i === length ? length : buffer.write(value, start, 'utf8');
    buffer.writeInt32BE(bytes, this.position);
    this.position = start + bytes;
  }

  /** Hands over what has been written (if anything) and starts a new chunk. */
  flush(): void {
    if (this.position === 0) return;
    this.emit(this.buffer.subarray(0, this.position));
    this.buffer = Buffer.allocUnsafe(this.chunkBytes);
    this.position = 0;
  }
}

/** Most bytes a text field may take: the length word and three UTF-8 bytes per UTF-16 code unit. */
export function textBytes(value: string | null): number {
  return 4 + (value === null ? 0 : value.length * 3);
}

export function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}
