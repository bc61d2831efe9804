import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { SCHEDULE_2025, SCHEDULE_2026 } from './state-council-schedules.fixture';
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, publicityWindow, workingCalendar } from './working-calendar';

const Y2025 = SCHEDULE_2025;
const Y2026 = SCHEDULE_2026;
const calendar = workingCalendar([Y2025, Y2026]);

function missingYearOf(compute: () => unknown): unknown {
  try {
    compute();
  } catch (error) {
    if (error instanceof AppError && error.code === 'CALENDAR_YEAR_MISSING') return { year: error.details?.year, message: error.message };
    throw error;
  }
  throw new Error('expected CALENDAR_YEAR_MISSING');
}

describe('isWorkingDay', () => {
  it.each([
    ['2026-09-28', true, 'plain Monday'],
    ['2026-11-27', true, 'plain Friday'],
    ['2026-11-28', false, 'plain Saturday'],
    ['2026-11-29', false, 'plain Sunday'],
    ['2026-10-01', false, 'National Day, a Thursday'],
    ['2026-10-07', false, 'last day of the National Day holiday, a Wednesday'],
    ['2026-10-08', true, 'first day back'],
    ['2026-10-03', false, 'holiday on a Saturday'],
    ['2026-10-10', true, '调休 Saturday'],
    ['2026-09-20', true, '调休 Sunday'],
    ['2026-01-04', true, '调休 Sunday after 元旦'],
    ['2026-02-23', false, 'last day of 春节, a Monday'],
    ['2026-12-31', true, 'last day of the year'],
    ['2026-01-01', false, 'first day of the year'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
  });

  it('refuses a year without a schedule, naming it, even for a plain weekday', () => {
    expect(missingYearOf(() => isWorkingDay(calendar, '2027-03-03'))).toEqual({ year: 2027, message: expect.stringContaining('2027年') });
    expect(missingYearOf(() => isWorkingDay(calendar, '2024-12-31'))).toMatchObject({ year: 2024 });
  });

  it('refuses something that is not a date', () => {
    expect(() => isWorkingDay(calendar, '2026-02-30')).toThrow(RangeError);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it.each([
    ['2026-09-28', '2026-09-28', 'a working day is itself'],
    ['2026-11-28', '2026-11-30', 'Saturday → Monday'],
    ['2026-10-01', '2026-10-08', 'holiday → first day back'],
    ['2026-09-25', '2026-09-28', 'Mid-Autumn Friday → Monday'],
    ['2026-09-19', '2026-09-20', 'Saturday → 调休 Sunday'],
    ['2026-02-15', '2026-02-24', 'first day of 春节 → after it'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(nextWorkingDayOnOrAfter(calendar, date)).toBe(expected);
  });

  it('stops at a year without a schedule instead of guessing', () => {
    const lastDayOff = workingCalendar([{ ...Y2026, holidays: [...Y2026.holidays, '2026-12-31'] }]);
    expect(missingYearOf(() => nextWorkingDayOnOrAfter(lastDayOff, '2026-12-31'))).toMatchObject({ year: 2027 });
    expect(nextWorkingDayOnOrAfter(calendar, '2026-12-31')).toBe('2026-12-31');
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-09-28', 0, '2026-09-28'],
    ['2026-11-28', 0, '2026-11-28'],
    ['2026-09-28', 1, '2026-09-29'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-10-09', 1, '2026-10-10'],
    ['2026-11-27', 1, '2026-11-30'],
    ['2026-11-28', 1, '2026-11-30'],
    ['2026-09-18', 1, '2026-09-20'],
    ['2025-12-31', 1, '2026-01-04'],
    ['2026-09-28', 10, '2026-10-16'],
  ])('%s + %i working days → %s', (date, n, expected) => {
    expect(addWorkingDays(calendar, date, n)).toBe(expected);
  });

  it.each([-1, 1.5])('refuses %s working days', (n) => {
    expect(() => addWorkingDays(calendar, '2026-09-28', n)).toThrow(RangeError);
  });
});

describe('publicityWindow (公示, 5 working days counting the start)', () => {
  it.each([
    ['DESIGN §3 example: Monday before National Day', '2026-09-28', 5, ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09']],
    ['published on a plain Saturday', '2026-11-28', 5, ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']],
    ['published on a holiday', '2026-10-01', 5, ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13']],
    ['published on a 调休 Saturday', '2026-02-14', 5, ['2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27']],
    ['published on a 调休 Sunday', '2026-09-20', 5, ['2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24']],
    ['across the year end, through a 调休 Sunday', '2025-12-29', 5, ['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-04', '2026-01-05']],
    ['ending exactly on 31 December needs no next year', '2026-12-25', 5, ['2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']],
    ['one day on a working day', '2026-09-30', 1, ['2026-09-30']],
    ['one day on a Saturday', '2026-11-28', 1, ['2026-11-30']],
    ['four days stop before the holiday ends', '2026-09-28', 4, ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08']],
    ['six days include the 调休 Saturday', '2026-09-28', 6, ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']],
  ])('%s', (_name, publishedOn, days, expected) => {
    const window = publicityWindow(calendar, publishedOn, days);
    expect(window).toEqual({ start: expected[0], end: expected[expected.length - 1], workingDays: expected });
  });

  it('defaults to 5 working days (Art. 7)', () => {
    expect(publicityWindow(calendar, '2026-09-28').end).toBe('2026-10-09');
  });

  it('30 working days from the Monday before National Day', () => {
    const window = publicityWindow(calendar, '2026-09-28', 30);
    expect(window.workingDays).toHaveLength(30);
    expect(window.end).toBe('2026-11-12');
    expect(new Set(window.workingDays).size).toBe(30);
  });

  it.each([
    ['a window starting in December that runs into a missing year', '2026-12-28', 5],
    ['a Saturday in late December whose next working days are in a missing year', '2026-12-26', 5],
    ['one more day than fits in the known year', '2026-12-25', 6],
  ])('%s fails naming 2027', (_name, publishedOn, days) => {
    expect(missingYearOf(() => publicityWindow(calendar, publishedOn, days))).toMatchObject({ year: 2027 });
  });

  it('a publication date in a missing year fails naming that year', () => {
    expect(missingYearOf(() => publicityWindow(calendar, '2024-12-30'))).toMatchObject({ year: 2024 });
  });

  it.each([0, -1, 2.5])('refuses %s days', (days) => {
    expect(() => publicityWindow(calendar, '2026-09-28', days)).toThrow(RangeError);
  });
});
