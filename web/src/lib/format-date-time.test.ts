import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  it.each([
    ['2026-11-28T02:05:00Z', '2026-11-28 10:05'],
    // 16:00 UTC is already the next day in Shanghai.
    ['2026-12-31T16:00:00Z', '2027-01-01 00:00'],
    ['2026-12-31T15:59:00Z', '2026-12-31 23:59'],
  ])('%s → %s', (iso, text) => {
    expect(formatDateTime(iso)).toBe(text);
  });

  it('gives the Shanghai date', () => {
    expect(formatDate('2026-12-31T16:00:00Z')).toBe('2027-01-01');
  });
});
