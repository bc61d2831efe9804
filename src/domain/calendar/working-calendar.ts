// Working days under the State Council holiday schedule (DESIGN §3). A day is a working day when it is a
// make-up working day (调休上班), or a Monday–Friday that is not a holiday. The schedule is data per year; a
// computation that reaches a year without one fails with CALENDAR_YEAR_MISSING and never falls back to plain
// weekdays, because a guessed 公示 deadline could cut an objection period short (Art. 7(2)(4)).
import { AppError } from '../shared/app-error';
import { isPlainDate, type PlainDate } from '../shared/plain-date';
import { addDays, isWeekend, yearOf } from './day-arithmetic';

/** One year's schedule as published: 放假 dates and 调休上班 dates (weekend days worked). */
export interface CalendarYear {
  year: number;
  holidays: readonly PlainDate[];
  workdays: readonly PlainDate[];
}

export interface WorkingCalendar {
  readonly years: ReadonlyMap<number, { holidays: ReadonlySet<PlainDate>; workdays: ReadonlySet<PlainDate> }>;
}

/** Art. 7(2)(4): 公示5个工作日. */
export const PUBLICITY_WORKING_DAYS = 5;

export function workingCalendar(schedules: readonly CalendarYear[]): WorkingCalendar {
  return { years: new Map(schedules.map((s) => [s.year, { holidays: new Set(s.holidays), workdays: new Set(s.workdays) }])) };
}

export function calendarYearMissing(year: number): AppError {
  return new AppError('CALENDAR_YEAR_MISSING', `尚未录入${year}年的节假日安排，无法计算工作日，请由省工业和信息化厅录入后再试`, { details: { year } });
}

export function isWorkingDay(calendar: WorkingCalendar, date: PlainDate): boolean {
  if (!isPlainDate(date)) throw new RangeError(`not a plain date: ${date}`);
  const schedule = calendar.years.get(yearOf(date));
  if (!schedule) throw calendarYearMissing(yearOf(date));
  if (schedule.workdays.has(date)) return true;
  return !isWeekend(date) && !schedule.holidays.has(date);
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(calendar: WorkingCalendar, date: PlainDate): PlainDate {
  let day = date;
  // Ends: every step either finds a working day or reaches a year without a schedule, which throws.
  while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
  return day;
}

/** The n-th working day after `date` (the date itself is not counted); n = 0 gives `date` unchanged. */
export function addWorkingDays(calendar: WorkingCalendar, date: PlainDate, n: number): PlainDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days to add must be a whole number ≥ 0: ${n}`);
  let day = date;
  for (let counted = 0; counted < n; counted += 1) day = nextWorkingDayOnOrAfter(calendar, addDays(day, 1));
  return day;
}

export interface PublicityWindow {
  /** First day of the notice: the publication date if it is a working day, else the next working day. */
  start: PlainDate;
  /** Last working day; the notice ends at 23:59:59 Asia/Shanghai on it. */
  end: PlainDate;
  workingDays: PlainDate[];
}

/** 公示 window (DESIGN §3): `days` working days counting the start. */
export function publicityWindow(calendar: WorkingCalendar, publishedOn: PlainDate, days = PUBLICITY_WORKING_DAYS): PublicityWindow {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`a notice lasts at least one working day: ${days}`);
  const workingDays = [nextWorkingDayOnOrAfter(calendar, publishedOn)];
  while (workingDays.length < days) workingDays.push(addWorkingDays(calendar, workingDays[workingDays.length - 1] as PlainDate, 1));
  return { start: workingDays[0] as PlainDate, end: workingDays[workingDays.length - 1] as PlainDate, workingDays };
}
