// Day arithmetic on plain YYYY-MM-DD dates. Date.UTC is used as a day counter only: no clock is read and no
// time zone is involved, so the result is the same on any host (DESIGN §3).
import { isPlainDate, type PlainDate } from '../shared/plain-date';

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
