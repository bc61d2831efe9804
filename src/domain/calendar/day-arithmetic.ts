// Day arithmetic on plain YYYY-MM-DD dates. Date.UTC is used as a day counter only: no clock is read and no
// time zone is involved, so the result is the same on any host (DESIGN §3).
import { daysInMonth, isPlainDate, type PlainDate } from '../shared/plain-date';

const DAY_MS = 86_400_000;

function dayNumber(date: PlainDate): number {
  if (!isPlainDate(date)) throw new RangeError(`not a plain date: ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(day: number): PlainDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: PlainDate): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: PlainDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

export function yearOf(date: PlainDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The corresponding day `months` later; a month without that day ends on its last day (民法典 第二百零二条).
 * The boundary convention of the lifecycle's periods is in src/domain/lifecycle/calendar-periods.ts.
 */
export function addCalendarMonths(date: PlainDate, months: number): PlainDate {
  if (!isPlainDate(date)) throw new RangeError(`not a plain date: ${date}`);
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The corresponding day `years` later (29 February → 28 February in a common year). */
export function addCalendarYears(date: PlainDate, years: number): PlainDate {
  return addCalendarMonths(date, years * 12);
}
