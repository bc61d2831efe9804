import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addCalendarYears } from './day-arithmetic';

// 民法典 第二百零二条: the corresponding day of the last month is the last day; without one, the month's last day.
describe('calendar periods', () => {
  it.each([
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-03-15', 3, '2026-06-15'],
    ['2026-10-31', 1, '2026-11-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-10-12', 2, '2028-10-12'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2028-10-12', 1, '2029-10-12'],
    ['2020-02-29', 3, '2023-02-28'],
    ['2023-12-31', 3, '2026-12-31'],
  ])('%s + %i years → %s', (date, years, expected) => {
    expect(addCalendarYears(date, years)).toBe(expected);
  });

  it('refuses something that is not a plain date', () => {
    expect(() => addCalendarMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});
