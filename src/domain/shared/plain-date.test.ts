import { describe, expect, it } from 'vitest';
import { daysInMonth, isPlainDate } from './plain-date';

describe('plain dates', () => {
  it.each([
    ['2026-11-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['26-11-28', false],
    ['2026-11-28T00:00:00Z', false],
  ])('%s valid: %s', (value, expected) => {
    expect(isPlainDate(value)).toBe(expected);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});
