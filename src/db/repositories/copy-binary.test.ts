import { describe, expect, it } from 'vitest';
import { BinaryRowEncoder, daysFromCivil } from './copy-binary';

/** The reference: a Date whose year is set with setUTCFullYear, which (unlike Date.UTC) takes 0–99 literally. */
function referenceDays(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

describe('daysFromCivil', () => {
  it.each([
    [1970, 1, 1, 0],
    [2000, 1, 1, 10_957],
    [1900, 1, 1, -25_567],
    [26, 3, 5, referenceDays(26, 3, 5)],
  ])('%i-%i-%i → %i', (year, month, day, days) => {
    expect(daysFromCivil(year, month, day)).toBe(days);
  });

  it('agrees with the calendar on every day from 0001 to 2100, leap days included', () => {
    for (let year = 1; year <= 2100; year += 1) {
      for (const [month, day] of [[1, 1], [2, 28], [3, 1], [12, 31]] as const) expect(daysFromCivil(year, month, day)).toBe(referenceDays(year, month, day));
    }
    expect(daysFromCivil(2024, 2, 29)).toBe(referenceDays(2024, 2, 29));
    expect(daysFromCivil(1900, 3, 1) - daysFromCivil(1900, 2, 28)).toBe(1);
  });
});

describe('BinaryRowEncoder.date', () => {
  it('writes 0026-03-05 as the year 26, not 1926 (days since 2000-01-01)', () => {
    const chunks: Buffer[] = [];
    const encoder = new BinaryRowEncoder(64, (chunk) => chunks.push(Buffer.from(chunk)));
    encoder.date('0026-03-05');
    encoder.date('2000-01-02');
    encoder.flush();
    const bytes = Buffer.concat(chunks);
    expect(bytes.readInt32BE(0)).toBe(4);
    expect(bytes.readInt32BE(4)).toBe(referenceDays(26, 3, 5) - 10_957);
    expect(bytes.readInt32BE(12)).toBe(1);
  });
});

describe('BinaryRowEncoder byte fields', () => {
  it('writes a yyyymmdd number as the same days as the text date, and copies a span of bytes with its length', () => {
    const chunks: Buffer[] = [];
    const encoder = new BinaryRowEncoder(64, (chunk) => chunks.push(Buffer.from(chunk)));
    const source = Buffer.from('x,管理咨询,y');
    encoder.dateNumber(20240229);
    encoder.date('2024-02-29');
    encoder.dateNumber(19000101);
    encoder.textBytes(source, 2, 14);
    encoder.flush();
    const bytes = Buffer.concat(chunks);
    expect(bytes.readInt32BE(4)).toBe(bytes.readInt32BE(12));
    expect(bytes.readInt32BE(4)).toBe(referenceDays(2024, 2, 29) - 10_957);
    expect(bytes.readInt32BE(20)).toBe(referenceDays(1900, 1, 1) - 10_957);
    expect(bytes.readInt32BE(24)).toBe(12);
    expect(bytes.subarray(28, 40).toString('utf8')).toBe('管理咨询');
  });
});

describe('BinaryRowEncoder words', () => {
  it.each([
    [0, 0],
    [-1, 4294967295],
    [-2147483648, 2147483648],
    [2147483647, 1],
  ])('writes the bigint with halves %i and %i as PostgreSQL reads it', (hi, lo) => {
    const chunks: Buffer[] = [];
    const encoder = new BinaryRowEncoder(64, (chunk) => chunks.push(Buffer.from(chunk)));
    encoder.startRow(3, 40);
    encoder.int8(hi, lo);
    encoder.int2(-2);
    encoder.null();
    encoder.flush();
    const bytes = Buffer.concat(chunks);
    expect(bytes.readInt16BE(0)).toBe(3);
    expect(bytes.readInt32BE(2)).toBe(8);
    expect(bytes.readBigInt64BE(6)).toBe((BigInt(hi) << 32n) | BigInt(lo));
    expect([bytes.readInt32BE(14), bytes.readInt16BE(18), bytes.readInt32BE(20)]).toEqual([2, -2, -1]);
    expect(bytes.length).toBe(24);
  });
});
