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
