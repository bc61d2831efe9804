import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, isWeekend } from './day-arithmetic';

describe('day arithmetic on plain dates', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-09-28', 0, '2026-09-28'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s %+i days → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-09-28', 1, false],
    ['2026-11-27', 5, false],
    ['2026-11-28', 6, true],
    ['2026-11-29', 0, true],
    ['2027-01-01', 5, false],
  ])('%s is day %i of the week, weekend %s', (date, day, weekend) => {
    expect(dayOfWeek(date)).toBe(day);
    expect(isWeekend(date)).toBe(weekend);
  });

  it('refuses an impossible date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
