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
  private readonly dayNumberCache = new Map<number, number>();

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
    this.buffer[this.position] = fieldCount >>> 8;
    this.buffer[this.position + 1] = fieldCount & 0xff;
    this.position += 2;
  }

  /**
   * A big-endian 32-bit word. Written byte by byte: Buffer#writeInt32BE checks its arguments on every call, which
   * showed in the profile of a million-row import (each row has a dozen such words).
   */
  private word(value: number): void {
    const buffer = this.buffer;
    const position = this.position;
    buffer[position] = value >>> 24;
    buffer[position + 1] = (value >>> 16) & 0xff;
    buffer[position + 2] = (value >>> 8) & 0xff;
    buffer[position + 3] = value & 0xff;
    this.position = position + 4;
  }

  null(): void {
    this.word(-1);
  }

  bytes(value: Buffer): void {
    this.word(value.length);
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

  /** A text field whose UTF-8 bytes are already at hand (a span of the imported file): copied, never decoded. */
  textBytes(source: Uint8Array, start: number, end: number): void {
    this.word(end - start);
    const buffer = this.buffer;
    let position = this.position;
    for (let i = start; i < end; i += 1) buffer[position++] = source[i]!;
    this.position = position;
  }

  /** A date given as the number yyyymmdd. */
  dateNumber(value: number): void {
    let days = this.dayNumberCache.get(value);
    if (days === undefined) {
      days = daysFromCivil(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100) - EPOCH_2000_DAYS;
      this.dayNumberCache.set(value, days);
    }
    this.int4(days);
  }

  /** A bigint given as its signed high and unsigned low 32 bits. */
  int8(hi: number, lo: number): void {
    this.word(8);
    this.word(hi);
    this.word(lo);
  }

  int2(value: number): void {
    this.word(2);
    const buffer = this.buffer;
    buffer[this.position] = (value >>> 8) & 0xff;
    buffer[this.position + 1] = value & 0xff;
    this.position += 2;
  }

  int4(value: number): void {
    this.word(4);
    this.word(value);
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
    this.word(bytes);
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
